#pragma once

#include "shared/domain/SyncConflict.h"

#include <QAbstractTableModel>
#include <QList>

namespace iq {

class Database;
class ChangeNotifier;

// The open sync conflicts of a profile, one row each, newest last.
class ConflictListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RecordColumn, FieldColumn, LocalColumn, ServerColumn, DetectedColumn, ColumnCount };

    ConflictListModel(Database& database, ChangeNotifier& notifier, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    SyncConflict conflict(int row) const { return m_conflicts.value(row); }
    void reload();

private:
    Database& m_database;
    QList<SyncConflict> m_conflicts;
};

} // namespace iq
