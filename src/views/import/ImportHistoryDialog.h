#pragma once

#include "core/import/ImportHistory.h"

#include <QDialog>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace iq {

class Profile;
class ProfileWorker;

// Past imports, newest first, and a way to undo one as a whole (on the worker thread).
class ImportHistoryDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ImportHistoryDialog(Profile& profile, QWidget* parent = nullptr);
    ~ImportHistoryDialog() override;

    QTableWidget* table() const { return m_table; }
    QPushButton* rollbackButton() const { return m_rollback; }
    QPushButton* closeButton() const { return m_close; }
    QLabel* statusLabel() const { return m_status; }
    QProgressBar* progressBar() const { return m_progress; }
    bool busy() const { return m_busy; }
    QList<ImportRecord> records() const { return m_records; }

    void reload();
    // Undoes the import shown in this row, after the user confirmed.
    void rollbackRow(int row);

    // Closing waits until an undo that runs has finished: it cannot be stopped halfway.
    void reject() override;

Q_SIGNALS:
    void loaded();
    void rolledBack(bool ok, const QString& message);

private:
    void showRecords(const QList<ImportRecord>& records);
    void updateButtons();
    void setBusy(bool busy);

    Profile& m_profile;
    QTableWidget* m_table = nullptr;
    QPushButton* m_rollback = nullptr;
    QPushButton* m_close = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    bool m_busy = false;
    bool m_undoneUntilReload = false;
    QList<ImportRecord> m_records;
    std::unique_ptr<ProfileWorker> m_worker;
};

} // namespace iq
