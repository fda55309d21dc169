#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

namespace iq {

class Database;
class ChangeNotifier;

// The profile's groups with how many members each has and how many of them may be messaged.
// Contacts dropped on a group row are announced, for the page to add them (undoably).
class GroupsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Description, Members, OptedIn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    GroupsModel(Database& database, ChangeNotifier& notifier, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    QString groupIdAt(int row) const;
    int rowOfGroup(const QString& groupId) const;
    void reload();

Q_SIGNALS:
    void contactsDropped(const QString& groupId, const QStringList& contactIds);
    void loadFailed(const QString& message);

private:
    struct Row {
        QString id, name, description;
        int members = 0;
        int optedIn = 0;
    };
    Database& m_database;
    QList<Row> m_rows;
    QTimer m_reloadTimer;
};

} // namespace iq
