#include "core/store/MessageHistory.h"

#include "core/store/Database.h"
#include "shared/util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace iq {
namespace {

const QString kColumns = QStringLiteral(
    "SELECT m.id, COALESCE(m.campaign_id, ''), COALESCE(c.name, ''), COALESCE(m.contact_id, ''), "
    "COALESCE(p.list_name, ''), m.channel, m.address, m.body, m.segments, m.status, m.error_code, "
    "m.error_message, m.release_at, m.status_history, m.created_at, m.updated_at");
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
    auto query =
        m_database.exec(QStringLiteral("SELECT count(*)") + kFrom + conditions.where(), conditions.values);
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toInt() : 0;
}

Result<QList<MessageRecord>> MessageHistory::page(const HistoryFilter& filter, MessageSortKey key,
                                                  Qt::SortOrder order, int offset, int limit) {
    HistoryConditions conditions = conditionsOf(filter);
    QVariantList values = conditions.values;
    values << qMax(0, limit) << qMax(0, offset);
    auto query = m_database.exec(kColumns + kFrom + conditions.where() + orderBy(key, order) +
                                     QStringLiteral(" LIMIT ? OFFSET ?"),
                                 values);
    if (!query)
        return query.error();
    QList<MessageRecord> records;
    while (query.value().next())
        records << recordAt(query.value());
    return records;
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
