#pragma once

#include "core/import/ContactExporter.h"
#include "core/store/ContactBrowser.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace iq {

class Profile;
class ProfileWorker;

// Exports contacts (all, a group, or the list a filter shows) to CSV or vCard on a worker thread
// with its own connection, showing progress with Cancel when the export takes more than a moment.
// Deletes itself when finished.
class ContactExportTask final : public QObject {
    Q_OBJECT
public:
    ContactExportTask(Profile& profile, QWidget* window);
    ~ContactExportTask() override;

    // Exports the contacts the filter lists (an empty filter: everyone) to path.
    void start(const ContactFilter& filter, const QString& path, ContactExporter::Format format);
    void cancel();
    // Null without a window, and once the export has finished.
    QProgressDialog* progressDialog() const { return m_dialog; }

    // Asks where to save; the format follows the chosen filter or the file's extension.
    static QString chooseFile(QWidget* parent, const QString& suggestedName, ContactExporter::Format* format);
    static ContactExporter::Format formatOf(const QString& path);

Q_SIGNALS:
    // How far the whole export is, 0 to 1000: reading the contacts, then writing them.
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
