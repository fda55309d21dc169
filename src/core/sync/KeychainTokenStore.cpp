#include "core/sync/KeychainTokenStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace iq {
namespace {

// Runs one QtKeychain job to completion and turns its outcome into a Result. The job is owned here
// (autoDelete off) so its error can be read after it finished.
class KeychainJob final {
public:
    explicit KeychainJob(QKeychain::Job& job)
        : m_job(job) {
        m_job.setAutoDelete(false);
    }

    Status run() {
        QEventLoop loop;
        bool finished = false;
        QObject::connect(&m_job, &QKeychain::Job::finished, &loop, [&] {
            finished = true;
            loop.quit();
        });
        // A keychain that never answers must not hang the caller forever.
        QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
        m_job.start();
        if (!finished)
            loop.exec();
        if (!finished)
            return Error::make(Error::Code::Io, QCoreApplication::translate(
                                                    "iq::KeychainTokenStore",
                                                    "The system keychain did not answer. Sign-ins cannot be "
                                                    "kept; you can keep working offline."));
        switch (m_job.error()) {
        case QKeychain::NoError:
            return {};
        case QKeychain::EntryNotFound:
            return Error::make(Error::Code::NotFound,
                               QCoreApplication::translate("iq::KeychainTokenStore",
                                                           "No sign-in is stored in the keychain for %1.")
                                   .arg(m_job.key()));
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
        case QKeychain::CouldNotDeleteEntry:
        case QKeychain::OtherError:
            break;
        }
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("iq::KeychainTokenStore",
                                                       "No usable system keychain (%1). Sign-ins cannot be "
                                                       "kept; you can keep working offline.")
                               .arg(m_job.errorString()));
    }

private:
    static constexpr int kTimeoutMs = 20000;
    QKeychain::Job& m_job;
};

} // namespace

KeychainTokenStore::KeychainTokenStore(QString service)
    : m_service(std::move(service)) {}

Result<QString> KeychainTokenStore::read(const QString& key) {
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    if (Status status = KeychainJob(job).run(); !status)
        return status.error();
    return job.textData();
}

Status KeychainTokenStore::write(const QString& key, const QString& secret) {
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    return KeychainJob(job).run();
}

Status KeychainTokenStore::remove(const QString& key) {
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    Status status = KeychainJob(job).run();
    if (!status && status.error().code == Error::Code::NotFound)
        return {};
    return status;
}

Status KeychainTokenStore::probe() {
    const QString key = QStringLiteral("probe");
    if (Status written = write(key, QStringLiteral("probe")); !written)
        return written;
    auto read = this->read(key);
    remove(key);
    if (!read)
        return read.error();
    return {};
}

} // namespace iq
