#pragma once

#include "import/ImportEngine.h"

#include <QDialog>

#include <memory>

class QLabel;
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
    QLabel* statusLabel() const { return m_status; }
    QList<ImportRecord> records() const { return m_records; }

    void reload();
    // Undoes the import shown in this row, after the user confirmed.
    void rollbackRow(int row);

Q_SIGNALS:
    void loaded();
    void rolledBack(bool ok, const QString& message);

private:
    void showRecords(const QList<ImportRecord>& records);
    void updateButtons();

    Profile& m_profile;
    QTableWidget* m_table = nullptr;
    QPushButton* m_rollback = nullptr;
    QLabel* m_status = nullptr;
    QList<ImportRecord> m_records;
    std::unique_ptr<ProfileWorker> m_worker;
};

} // namespace iq
