#include "models/sync/ConflictListModel.h"

#include "core/actions/ConflictActions.h"
#include "core/store/ChangeNotifier.h"
#include "shared/domain/SyncConflict.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace iq {
namespace {

QString shown(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::String:
        return value.toString().isEmpty() ? QStringLiteral("“”") : value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

ConflictListModel::ConflictListModel(Database& database, ChangeNotifier& notifier, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database) {
    connect(&notifier, &ChangeNotifier::changed, this, &ConflictListModel::reload);
    reload();
}

void ConflictListModel::reload() {
    beginResetModel();
    auto open = ConflictActions(m_database, nullptr).open();
    m_conflicts = open ? open.value() : QList<SyncConflict>();
    endResetModel();
}

int ConflictListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConflictListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncConflict& c = m_conflicts.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case RecordColumn: {
            const QString& name = c.recordName;
            return name.isEmpty() ? tr("%1 %2").arg(c.entity, c.recordId.left(8))
                                  : tr("%1 “%2”").arg(c.entity, name);
        }
        case FieldColumn:
            if (c.kind == QLatin1String("deleted_on_server"))
                return tr("Deleted on another device, edited here");
            if (c.kind == QLatin1String("edited_on_server"))
                return tr("Deleted here, edited on another device");
            return c.field;
        case LocalColumn:
            return c.kind == QLatin1String("field")
                       ? shown(c.localValue)
                       : (c.kind == QLatin1String("deleted_on_server") ? tr("your edit") : tr("deleted"));
        case ServerColumn:
            return c.kind == QLatin1String("field")
                       ? shown(c.serverValue)
                       : (c.kind == QLatin1String("deleted_on_server") ? tr("deleted") : tr("edited"));
        case DetectedColumn:
            return QLocale().toString(c.detectedAt.toLocalTime(), QLocale::ShortFormat);
        default:
            break;
        }
    }
    return {};
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecordColumn:
        return tr("Record");
    case FieldColumn:
        return tr("Field");
    case LocalColumn:
        return tr("This device had");
    case ServerColumn:
        return tr("Kept (server)");
    case DetectedColumn:
        return tr("Found");
    default:
        return {};
    }
}

} // namespace iq
