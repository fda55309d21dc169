#include "models/GroupsModel.h"

#include "core/store/ChangeNotifier.h"
#include "core/store/GroupBrowser.h"
#include "models/ContactsModel.h"

#include <QMimeData>

namespace iq {

GroupsModel::GroupsModel(Database& database, ChangeNotifier& notifier, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database) {
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(50);
    connect(&m_reloadTimer, &QTimer::timeout, this, &GroupsModel::reload);
    connect(&notifier, &ChangeNotifier::changed, this, [this](Entity entity, const QStringList&) {
        if (entity == Entity::Group || entity == Entity::Membership || entity == Entity::Contact ||
            entity == Entity::Consent || entity == Entity::Any)
            m_reloadTimer.start();
    });
    reload();
}

void GroupsModel::reload() {
    m_reloadTimer.stop();
    auto groups = GroupBrowser(m_database).summaries();
    if (!groups) {
        Q_EMIT loadFailed(groups.errorMessage());
        return;
    }
    QList<Row> rows;
    for (const GroupSummary& group : groups.value())
        rows.append({group.id, group.name, group.description, group.members, group.optedIn});
    bool sameGroups = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameGroups && i < rows.size(); ++i)
        sameGroups = rows.at(i).id == m_rows.at(i).id;
    if (sameGroups) {
        // Same groups in the same order: update in place so the selection stays.
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int GroupsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GroupsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole && (index.column() == Members || index.column() == OptedIn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return row.name;
    case Description:
        return row.description;
    case Members:
        return row.members;
    case OptedIn:
        return row.optedIn;
    default:
        return {};
    }
}

QVariant GroupsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Group");
    case Description:
        return tr("Description");
    case Members:
        return tr("Members");
    case OptedIn:
        return tr("Opted in");
    default:
        return {};
    }
}

Qt::ItemFlags GroupsModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList GroupsModel::mimeTypes() const {
    return {ContactsModel::contactIdsMimeType()};
}

bool GroupsModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int row, int,
                                  const QModelIndex& parent) const {
    return data && data->hasFormat(ContactsModel::contactIdsMimeType()) && (parent.isValid() || row >= 0);
}

bool GroupsModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                               const QModelIndex& parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int target = parent.isValid() ? parent.row() : row;
    const QString groupId = groupIdAt(target);
    const QStringList ids = ContactsModel::contactIdsFromMime(data);
    if (groupId.isEmpty() || ids.isEmpty())
        return false;
    Q_EMIT contactsDropped(groupId, ids);
    return true;
}

QString GroupsModel::groupIdAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int GroupsModel::rowOfGroup(const QString& groupId) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == groupId)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace iq
