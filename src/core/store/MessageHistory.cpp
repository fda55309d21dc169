#include "core/store/MessageHistory.h"

#include "core/store/Database.h"
#include "core/store/PreparedStatements.h"
#include "shared/util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <sqlite3.h>

#include <memory>

namespace iq {
namespace {

// The select list, with the campaign's and the recipient's columns as an arm of a query gives them.
QString columnsWith(const QString& campaignId, const QString& campaignName, const QString& contactId,
                    const QString& recipient) {
    return QStringLiteral("SELECT m.id, ") + campaignId + QStringLiteral(", ") + campaignName +
           QStringLiteral(", ") + contactId + QStringLiteral(", ") + recipient +
           QStringLiteral(", m.channel, m.address, m.body, m.segments, m.status, m.error_code, "
                          "m.error_message, m.release_at, m.status_history, m.created_at, m.updated_at");
}
const QString kCampaignId = QStringLiteral("COALESCE(m.campaign_id, '')");
const QString kCampaignName = QStringLiteral("COALESCE(c.name, '')");
const QString kContactId = QStringLiteral("COALESCE(m.contact_id, '')");
const QString kRecipient = QStringLiteral("COALESCE(p.list_name, '')");
const QString kColumns = columnsWith(kCampaignId, kCampaignName, kContactId, kRecipient);
// Live contacts only: an erased person's name is not shown.
const QString kFrom = QStringLiteral(" FROM messages m LEFT JOIN campaigns c ON c.id = m.campaign_id "
                                     "LEFT JOIN contacts p ON p.id = m.contact_id AND p.deleted = 0");

HistoryConditions conditionsOf(const HistoryFilter& filter) {
    HistoryConditions conditions;
    conditions.add(QStringLiteral("m.deleted = 0"));
    if (!filter.campaignId.isEmpty())
        conditions.add(QStringLiteral("m.campaign_id = ?"), {filter.campaignId});
    if (!filter.statuses.isEmpty())
        conditions.addIn(QStringLiteral("m.status"), filter.statuses);
    if (!filter.errorCodes.isEmpty())
        conditions.addIn(QStringLiteral("m.error_code"), filter.errorCodes);
    if (!filter.channel.isEmpty())
        conditions.add(QStringLiteral("m.channel = ?"), {filter.channel});
    if (!filter.contactId.isEmpty())
        conditions.add(QStringLiteral("m.contact_id = ?"), {filter.contactId});
    conditions.addRange(QStringLiteral("m.created_at"), filter.since, filter.until);
    conditions.addSearch({QStringLiteral("p.list_name"), QStringLiteral("m.body")},
                         {QStringLiteral("m.address")}, filter.search);
    return conditions;
}

QString orderBy(MessageSortKey key, Qt::SortOrder order) {
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString column;
    switch (key) {
    case MessageSortKey::Time:
        column = QStringLiteral("m.created_at");
        break;
    case MessageSortKey::Recipient:
        column = QStringLiteral("COALESCE(p.list_name, '') COLLATE NOCASE");
        break;
    case MessageSortKey::Address:
        column = QStringLiteral("m.address COLLATE NOCASE");
        break;
    case MessageSortKey::Campaign:
        column = QStringLiteral("COALESCE(c.name, '') COLLATE NOCASE");
        break;
    case MessageSortKey::Channel:
        column = QStringLiteral("m.channel");
        break;
    case MessageSortKey::Status:
        column = QStringLiteral("m.status");
        break;
    case MessageSortKey::Error:
        column = QStringLiteral("m.error_code");
        break;
    }
    // Ties follow the time, then the id, so that pages never overlap or skip a row.
    QString result = QStringLiteral(" ORDER BY ") + column + direction;
    if (key != MessageSortKey::Time)
        result += QStringLiteral(", m.created_at") + direction;
    return result + QStringLiteral(", m.id") + direction;
}

// A sort by campaign or recipient, whose names are in another table, as a merge of ordered arms:
// the messages without one (their name is ''), then those of each campaign or live contact in the
// order of the names' index, each one's messages in time order from an index of messages. So the
// first page is read without sorting the table. Ties of a name follow the campaign or contact, then
// the time. Foreign keys make every campaign_id and contact_id name a row.
QString byJoinedName(MessageSortKey key, const HistoryConditions& conditions, const QString& direction,
                     QVariantList& values) {
    const QString where = conditions.where();
    QStringList arms;
    if (key == MessageSortKey::Campaign) {
        arms << kColumns + kFrom + where + QStringLiteral(" AND m.campaign_id IS NULL")
             << columnsWith(QStringLiteral("c.id"), QStringLiteral("c.name"), kContactId, kRecipient) +
                    QStringLiteral(" FROM campaigns c CROSS JOIN messages m ON m.campaign_id = c.id "
                                   "LEFT JOIN contacts p ON p.id = m.contact_id AND p.deleted = 0") +
                    where;
    } else {
        arms << kColumns + kFrom + where + QStringLiteral(" AND m.contact_id IS NULL")
             << columnsWith(kCampaignId, kCampaignName, QStringLiteral("d.id"), QStringLiteral("''")) +
                    QStringLiteral(" FROM contacts d CROSS JOIN messages m ON m.contact_id = d.id "
                                   "LEFT JOIN campaigns c ON c.id = m.campaign_id "
                                   "LEFT JOIN contacts p ON p.id = m.contact_id AND p.deleted = 0") +
                    where + QStringLiteral(" AND d.deleted = 1")
             << columnsWith(kCampaignId, kCampaignName, QStringLiteral("p.id"),
                            QStringLiteral("p.list_name")) +
                    QStringLiteral(" FROM contacts p CROSS JOIN messages m ON m.contact_id = p.id "
                                   "LEFT JOIN campaigns c ON c.id = m.campaign_id") +
                    where + QStringLiteral(" AND p.deleted = 0");
    }
    for (qsizetype i = 0; i < arms.size(); ++i)
        values << conditions.values;
    // Result columns by number: 3 and 2 are the campaign's name and id, 5 and 4 the recipient's.
    const QString name = key == MessageSortKey::Campaign ? QStringLiteral("3") : QStringLiteral("5");
    const QString id = key == MessageSortKey::Campaign ? QStringLiteral("2") : QStringLiteral("4");
    return arms.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" ORDER BY ") + name +
           QStringLiteral(" COLLATE NOCASE") + direction + QStringLiteral(", ") + id + direction +
           QStringLiteral(", 15") + direction + QStringLiteral(", 1") + direction;
}

// The whole list's query in the order asked, and the values it binds.
QString listQuery(const HistoryFilter& filter, MessageSortKey key, Qt::SortOrder order,
                  QVariantList& values) {
    const HistoryConditions conditions = conditionsOf(filter);
    if (key == MessageSortKey::Campaign || key == MessageSortKey::Recipient)
        return byJoinedName(key, conditions,
                            order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC"),
                            values);
    values << conditions.values;
    return kColumns + kFrom + conditions.where() + orderBy(key, order);
}

// The name kept for an id, or nothing; the view stays valid while the map does.
QByteArrayView nameOf(const QHash<QByteArray, QByteArray>& names, QByteArrayView id) {
    if (id.isEmpty())
        return {};
    const auto found = names.constFind(QByteArray::fromRawData(id.data(), id.size()));
    return found == names.cend() ? QByteArrayView() : QByteArrayView(*found);
}

MessageRecord recordAt(const QSqlQuery& q) {
    MessageRecord r;
    r.id = q.value(0).toString();
    r.campaignId = q.value(1).toString();
    r.campaignName = q.value(2).toString();
    r.contactId = q.value(3).toString();
    r.recipientName = q.value(4).toString();
    r.channel = q.value(5).toString();
    r.address = q.value(6).toString();
    r.body = q.value(7).toString();
    r.segments = q.value(8).toInt();
    r.status = q.value(9).toString();
    r.errorCode = q.value(10).toString();
    r.errorMessage = q.value(11).toString();
    r.releaseAt = fromStoredTime(q.value(12).toString());
    r.statusHistory = MessageHistory::parseStatusHistory(q.value(13).toString());
    r.createdAt = fromStoredTime(q.value(14).toString());
    r.updatedAt = fromStoredTime(q.value(15).toString());
    return r;
}

} // namespace

Result<int> MessageHistory::count(const HistoryFilter& filter) {
    const HistoryConditions conditions = conditionsOf(filter);
    // Only a search looks at the recipient's name: without one, the count reads an index of messages
    // alone (SQLite keeps the outer joins of a count otherwise, a lookup per message).
    // The whole list's count reads the index of live messages: SQLite's planner would read the table,
    // a gigabyte for a million messages, rather than an index whose condition is the query's.
    QString from = QStringLiteral(" FROM messages m");
    if (conditions.clauses.size() == 1)
        from += QStringLiteral(" INDEXED BY messages_live_created");
    if (!filter.search.trimmed().isEmpty())
        from += QStringLiteral(" LEFT JOIN contacts p ON p.id = m.contact_id AND p.deleted = 0");
    auto query =
        m_database.exec(QStringLiteral("SELECT count(*)") + from + conditions.where(), conditions.values);
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toInt() : 0;
}

Result<QList<MessageRecord>> MessageHistory::page(const HistoryFilter& filter, MessageSortKey key,
                                                  Qt::SortOrder order, int offset, int limit) {
    QVariantList values;
    const QString sql = listQuery(filter, key, order, values);
    values << qMax(0, limit) << qMax(0, offset);
    auto query = m_database.exec(sql + QStringLiteral(" LIMIT ? OFFSET ?"), values);
    if (!query)
        return query.error();
    QList<MessageRecord> records;
    while (query.value().next())
        records << recordAt(query.value());
    return records;
}

Result<bool> MessageHistory::readNames(const QString& sql, int most, QHash<QByteArray, QByteArray>& names) {
    auto query = m_database.exec(sql + QStringLiteral(" LIMIT ?"), {most + 1});
    if (!query)
        return query.error();
    while (query.value().next()) {
        if (names.size() >= most)
            return false;
        names.insert(query.value().value(0).toString().toUtf8(), query.value().value(1).toString().toUtf8());
    }
    return true;
}

Result<qint64> MessageHistory::forEachBytes(const HistoryFilter& filter, MessageSortKey key,
                                            Qt::SortOrder order,
                                            const std::function<bool(const MessageRowBytes&)>& visit) {
    // Without a search or a sort by their names, the names of campaigns and recipients come from maps
    // read first rather than from two joins: a million lookups in the contacts' index are more than
    // half of what SQLite does for an export.
    QHash<QByteArray, QByteArray> campaigns, recipients;
    bool joined = !filter.search.trimmed().isEmpty() || key == MessageSortKey::Campaign ||
                  key == MessageSortKey::Recipient;
    if (!joined) {
        auto names = readNames(QStringLiteral("SELECT id, name FROM campaigns"), kMaxNames, campaigns);
        if (!names)
            return names.error();
        auto people = readNames(QStringLiteral("SELECT id, list_name FROM contacts WHERE deleted = 0"),
                                kMaxNames, recipients);
        if (!people)
            return people.error();
        joined = !names.value() || !people.value();
    }
    QVariantList values;
    QByteArray sql;
    if (joined) {
        sql = listQuery(filter, key, order, values).toUtf8();
    } else {
        const HistoryConditions conditions = conditionsOf(filter);
        values = conditions.values;
        sql = QString(columnsWith(kCampaignId, QStringLiteral("''"), kContactId, QStringLiteral("''")) +
                      QStringLiteral(" FROM messages m") + conditions.where() + orderBy(key, order))
                  .toUtf8();
    }
    sqlite3* handle = m_database.handle();
    sqlite3_stmt* statement = nullptr;
    if (!handle ||
        sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        return sqliteError(handle, QStringLiteral("Reading the messages"));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> finalizer(statement, &sqlite3_finalize);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong)
            PreparedStatements::bindInteger(statement, i + 1, value.toLongLong());
        else
            PreparedStatements::bindText(statement, i + 1, value.toString());
    }
    qint64 visited = 0;
    MessageRowBytes row;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        for (int column = 0; column < MessageRowBytes::ColumnCount; ++column) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
            row.cells[column] = QByteArrayView(text, text ? sqlite3_column_bytes(statement, column) : 0);
        }
        if (!joined) {
            row.cells[MessageRowBytes::CampaignName] =
                nameOf(campaigns, row.cells[MessageRowBytes::CampaignId]);
            row.cells[MessageRowBytes::RecipientName] =
                nameOf(recipients, row.cells[MessageRowBytes::ContactId]);
        }
        ++visited;
        if (!visit(row))
            return visited;
    }
    if (step != SQLITE_DONE)
        return sqliteError(handle, QStringLiteral("Reading the messages"));
    return visited;
}

Result<std::optional<MessageRecord>> MessageHistory::get(const QString& messageId) {
    auto query =
        m_database.exec(kColumns + kFrom + QStringLiteral(" WHERE m.id = ? AND m.deleted = 0"), {messageId});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<MessageRecord>();
    return std::optional<MessageRecord>(recordAt(query.value()));
}

QList<StatusChange> MessageHistory::parseStatusHistory(const QString& json) {
    QList<StatusChange> changes;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject change = value.toObject();
        changes << StatusChange{change.value(QStringLiteral("status")).toString(),
                                fromStoredTime(change.value(QStringLiteral("at")).toString()),
                                change.value(QStringLiteral("detail")).toString()};
    }
    return changes;
}

} // namespace iq
