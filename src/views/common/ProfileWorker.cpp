#include "views/common/ProfileWorker.h"

#include "core/store/Database.h"

namespace iq {

ProfileWorker::ProfileWorker(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_context(new QObject) {
    m_thread.setObjectName(QStringLiteral("ProfileWorker"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

ProfileWorker::~ProfileWorker() {
    // The connection is closed on the thread that opened it, after the jobs already posted.
    QMetaObject::invokeMethod(
        m_context, [this] { m_database.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void ProfileWorker::post(Job job) {
    QMetaObject::invokeMethod(
        m_context,
        [this, job = std::move(job)] {
            if (!m_opened) {
                m_opened = true;
                auto opened = Database::open(m_databasePath);
                if (opened)
                    m_database = std::move(opened.value());
                else
                    m_openError = opened.errorMessage();
            }
            job(m_database.get(), m_openError);
        },
        Qt::QueuedConnection);
}

} // namespace iq
