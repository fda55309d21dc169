#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace iq {

class ConflictListModel;
class Profile;

// What a sync could not decide alone: for each, keep what the server has, or re-apply this device's
// value (sent with the next sync).
class ConflictsPage final : public QWidget {
    Q_OBJECT
public:
    ConflictsPage(Profile& profile, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    ConflictListModel* model() const { return m_model; }
    QPushButton* keepButton() const { return m_keep; }
    QPushButton* reapplyButton() const { return m_reapply; }

private:
    void resolveSelected(bool reapply);
    void updateButtons();

    Profile& m_profile;
    ConflictListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_reapply = nullptr;
};

} // namespace iq
