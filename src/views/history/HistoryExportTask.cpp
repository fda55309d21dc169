#include "views/history/HistoryExportTask.h"

#include "core/actions/HistoryActions.h"
#include "core/profile/Profile.h"
#include "views/common/ProfileWorker.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>

namespace iq {

HistoryExportTask::HistoryExportTask(Profile& profile, QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_worker(std::make_unique<ProfileWorker>(profile.databasePath())) {}

HistoryExportTask::~HistoryExportTask() {
    m_cancel->store(true);
    m_worker.reset();
}

void HistoryExportTask::cancel() {
    m_cancel->store(true);
}

void HistoryExportTask::start(const HistoryExportRequest& request, const QString& path) {
    if (m_window) {
        m_dialog = new QProgressDialog(tr("Exporting the history to %1…").arg(QFileInfo(path).fileName()),
                                       tr("Cancel"), 0, 1000, m_window);
        m_dialog->setWindowTitle(tr("Export history"));
        m_dialog->setAccessibleName(tr("Export progress"));
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumDuration(600);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        connect(m_dialog, &QProgressDialog::canceled, this, &HistoryExportTask::cancel);
        connect(this, &HistoryExportTask::progressed, m_dialog, &QProgressDialog::setValue);
    }
    auto cancelFlag = m_cancel;
    m_worker->post([this, request, path, cancelFlag](Database* database, const QString& openError) {
        Result<qint64> written = Error::make(Error::Code::Io, openError);
        if (database) {
            HistoryActions actions(*database);
            const HistoryActions::Progress progress = [this](qint64 done, qint64 total) {
                const int permille = total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 1000;
                QMetaObject::invokeMethod(
                    this, [this, permille] { Q_EMIT progressed(permille); }, Qt::QueuedConnection);
            };
            written = HistoryActions::toFile(
                path,
                [&](QIODevice* device) {
                    if (const auto* key = std::get_if<MessageSortKey>(&request.key))
                        return actions.exportMessages(device, request.filter, *key, request.order, progress,
                                                      cancelFlag.get());
                    return actions.exportCalls(device, request.filter, std::get<CallSortKey>(request.key),
                                               request.order, progress, cancelFlag.get());
                },
                cancelFlag.get());
        }
        QMetaObject::invokeMethod(
            this,
            [this, written, path] {
                if (m_dialog) {
                    m_dialog->close();
                    m_dialog->deleteLater();
                    m_dialog = nullptr;
                }
                if (written)
                    Q_EMIT finished(true, written.value(),
                                    tr("Exported %n row(s) to %1.", nullptr, int(written.value()))
                                        .arg(QDir::toNativeSeparators(path)));
                else
                    Q_EMIT finished(false, 0, written.errorMessage());
                deleteLater();
            },
            Qt::QueuedConnection);
    });
}

} // namespace iq
