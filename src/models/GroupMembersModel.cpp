#include "models/GroupMembersModel.h"

#include "core/store/ChangeNotifier.h"
#include "core/store/GroupBrowser.h"
#include "models/ContactsModel.h"

#include <QMimeData>
#include <QSet>

namespace iq {

GroupMembersModel::GroupMembersModel(Database& database, ChangeNotifier& notifier, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database) {
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(50);
    connect(&m_reloadTimer, &QTimer::timeout, this, &GroupMembersModel::reload);
    connect(&notifier, &ChangeNotifier::changed, this, [this](Entity entity, const QStringList&) {
        if (!m_groupId.isEmpty() && entity != Entity::Content && entity != Entity::Campaign &&
            entity != Entity::Message && entity != Entity::CallLog && entity != Entity::Account)
            m_reloadTimer.start();
    });
}

void GroupMembersModel::setGroup(const QString& groupId) {
    if (groupId == m_groupId)
        return;
    m_groupId = groupId;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    reload();
}

void GroupMembersModel::setPhoneRegion(const QString& region) {
    m_displayedPhones.setRegion(region);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Mobile), index(rowCount() - 1, Mobile));
}

void GroupMembersModel::reload() {
    m_reloadTimer.stop();
    QList<Row> rows;
    if (!m_groupId.isEmpty()) {
        auto members = GroupBrowser(m_database).members(m_groupId);
        if (!members) {
            Q_EMIT loadFailed(members.errorMessage());
            return;
        }
        for (const GroupMemberRow& member : members.value())
            rows.append({member.contactId, member.name, member.phone, member.consent});
    }
    bool same = rows.size() == m_rows.size();
    for (qsizetype i = 0; same && i < rows.size(); ++i)
        same = rows.at(i).id == m_rows.at(i).id;
    if (same) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int GroupMembersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GroupMembersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupMembersModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role == ConsentRole)
        return toStorage(row.consent);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return row.name;
    case Mobile:
        return m_displayedPhones.shown(row.phone);
    case Consent:
        return displayName(row.consent);
    default:
        return {};
    }
}

QVariant GroupMembersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Member");
    case Mobile:
        return tr("Mobile");
    case Consent:
        return tr("Consent");
    default:
        return {};
    }
}

Qt::ItemFlags GroupMembersModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsDragEnabled;
    else
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList GroupMembersModel::mimeTypes() const {
    return {ContactsModel::contactIdsMimeType()};
}

QMimeData* GroupMembersModel::mimeData(const QModelIndexList& indexes) const {
    QStringList ids;
    QSet<int> rows;
    for (const QModelIndex& index : indexes) {
        if (index.isValid() && !rows.contains(index.row())) {
            rows.insert(index.row());
            ids << contactIdAt(index.row());
        }
    }
    auto* mime = new QMimeData;
    mime->setData(ContactsModel::contactIdsMimeType(), ids.join(QLatin1Char('\n')).toUtf8());
    return mime;
}

bool GroupMembersModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                        const QModelIndex&) const {
    return !m_groupId.isEmpty() && data && data->hasFormat(ContactsModel::contactIdsMimeType());
}

bool GroupMembersModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                     const QModelIndex& parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QStringList ids = ContactsModel::contactIdsFromMime(data);
    if (ids.isEmpty())
        return false;
    Q_EMIT contactsDropped(m_groupId, ids);
    return true;
}

QString GroupMembersModel::contactIdAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

} // namespace iq
