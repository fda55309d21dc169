#pragma once

#include "domain/Contact.h"

#include <QAbstractTableModel>
#include <QList>

namespace iq {

class Database;
class ChangeNotifier;

// The profile's contacts as a table, fetched a page at a time as the view scrolls, and reloaded when
// the notifier says contacts changed (in this process or another).
class ContactListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Phone, Email, Updated, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    ContactListModel(Database& database, ChangeNotifier& notifier, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    int totalCount() const { return m_total; }
    void reload();

Q_SIGNALS:
    void totalCountChanged(int total);
    void loadFailed(const QString& message);

private:
    static constexpr int kPageSize = 256;

    Database& m_database;
    QList<Contact> m_rows;
    int m_total = 0;
};

} // namespace iq
