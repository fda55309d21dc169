#pragma once

#include <QWidget>

class QTableView;
class QLabel;

namespace iq {

class ContactsModel;

// The contacts area: the list of the profile's contacts, with a count above it.
class ContactsPage final : public QWidget {
    Q_OBJECT
public:
    explicit ContactsPage(ContactsModel& model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }

private:
    void updateCount(int total);

    ContactsModel& m_model;
    QLabel* m_title = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_empty = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace iq
