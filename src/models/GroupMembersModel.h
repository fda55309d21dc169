#pragma once

#include "shared/domain/Consent.h"
#include "shared/phone/DisplayedPhones.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

namespace iq {

class Database;
class ChangeNotifier;

// The members of one group with their consent in it. Contacts dropped on it are announced for the
// page to add (undoably); dragging members out carries their ids.
class GroupMembersModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Mobile, Consent, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ConsentRole };

    GroupMembersModel(Database& database, ChangeNotifier& notifier, QObject* parent = nullptr);

    void setGroup(const QString& groupId);
    QString groupId() const { return m_groupId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    QString contactIdAt(int row) const;
    void reload();
    // The region numbers are shown for ("+1 415-555-0123"); "" leaves E.164 as stored.
    void setPhoneRegion(const QString& region);

Q_SIGNALS:
    void contactsDropped(const QString& groupId, const QStringList& contactIds);
    void loadFailed(const QString& message);

private:
    struct Row {
        QString id, name, phone;
        ConsentState consent = ConsentState::Unknown;
    };
    Database& m_database;
    QString m_groupId;
    QList<Row> m_rows;
    mutable DisplayedPhones m_displayedPhones; // formatted when shown: a group can be very big
    QTimer m_reloadTimer;
};

} // namespace iq
