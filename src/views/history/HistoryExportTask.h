#pragma once

#include "core/store/CallHistory.h"
#include "core/store/MessageHistory.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>
#include <variant>

class QProgressDialog;
class QWidget;

namespace iq {

class Profile;
class ProfileWorker;

// What an export writes: the messages or the calls a filter lists, in the order shown.
struct HistoryExportRequest {
    HistoryFilter filter;
    std::variant<MessageSortKey, CallSortKey> key = MessageSortKey::Time;
    Qt::SortOrder order = Qt::DescendingOrder;
};

// Writes a History list as CSV on a worker thread with its own connection, with a progress dialog and
// Cancel when it takes more than a moment. Deletes itself when finished.
class HistoryExportTask final : public QObject {
    Q_OBJECT
public:
    HistoryExportTask(Profile& profile, QWidget* window);
    ~HistoryExportTask() override;

    void start(const HistoryExportRequest& request, const QString& path);
    void cancel();
    QProgressDialog* progressDialog() const { return m_dialog; }

Q_SIGNALS:
    void progressed(int permille);
    // message is a sentence for the status bar: what was written where, or why it failed.
    void finished(bool ok, qint64 written, const QString& message);

private:
    QPointer<QWidget> m_window;
    QProgressDialog* m_dialog = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    std::unique_ptr<ProfileWorker> m_worker;
};

} // namespace iq
