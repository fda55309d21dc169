#include "models/ContentListModel.h"

#include "core/actions/ContentActions.h"
#include "core/store/ChangeNotifier.h"

#include <QLocale>

namespace iq {

ContentListModel::ContentListModel(Database& database, ChangeNotifier& notifier, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database) {
    connect(&notifier, &ChangeNotifier::changed, this, [this](Entity entity, const QStringList&) {
        if (entity == Entity::Content || entity == Entity::Any)
            reload();
    });
    reload();
}

void ContentListModel::setFilter(std::optional<ContentItem::Kind> kind, const QString& tag) {
    m_kind = kind;
    m_tag = tag;
    reload();
}

void ContentListModel::reload() {
    auto items = ContentActions(m_database, nullptr).list(m_kind, m_tag);
    if (!items) {
        Q_EMIT loadFailed(items.errorMessage());
        return;
    }
    beginResetModel();
    m_items = items.value();
    endResetModel();
}

int ContentListModel::rowOf(const QString& id) const {
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return row;
    }
    return -1;
}

int ContentListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ContentListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContentListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContentItem& item = m_items.at(index.row());
    if (role == IdRole)
        return item.id;
    if (role == BodyRole)
        return item.body;
    if (role == Qt::ToolTipRole)
        return item.kind == ContentItem::Kind::Email ? item.subject : item.body.left(300);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Name:
        return item.name;
    case Kind:
        return displayName(item.kind);
    case Tags:
        return item.tags.join(QStringLiteral(", "));
    case Updated:
        return QLocale().toString(item.meta.updatedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ContentListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Tags:
        return tr("Tags");
    case Updated:
        return tr("Changed");
    default:
        return {};
    }
}

} // namespace iq
