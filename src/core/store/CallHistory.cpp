#include "core/store/CallHistory.h"

#include "core/store/Database.h"
#include "shared/util/Clock.h"

#include <QSqlQuery>

namespace iq {
namespace {

const QString kColumns =
    QStringLiteral("SELECT l.id, l.calling_number, l.receiving_number, l.forwarding_number, l.started_at, "
                   "l.duration_seconds, l.routing, l.call_type, l.outcome, COALESCE(l.message_id, ''), "
                   "COALESCE(l.campaign_id, ''), COALESCE(c.name, ''), COALESCE(l.contact_id, ''), "
                   "COALESCE(p.list_name, '')");
const QString kFrom = QStringLiteral(" FROM call_logs l LEFT JOIN campaigns c ON c.id = l.campaign_id "
                                     "LEFT JOIN contacts p ON p.id = l.contact_id AND p.deleted = 0");

HistoryConditions conditionsOf(const HistoryFilter& filter) {
    HistoryConditions conditions;
    conditions.add(QStringLiteral("l.deleted = 0"));
    if (!filter.channel.isEmpty() && filter.channel != QLatin1String("voice"))
        conditions.add(QStringLiteral("0"));
    if (!filter.campaignId.isEmpty())
        conditions.add(QStringLiteral("l.campaign_id = ?"), {filter.campaignId});
    if (!filter.statuses.isEmpty()) {
        HistoryConditions outcome, type;
        outcome.addIn(QStringLiteral("l.outcome"), filter.statuses);
        type.addIn(QStringLiteral("l.call_type"), filter.statuses);
        conditions.add(QLatin1Char('(') + outcome.clauses.first() + QStringLiteral(" OR ") +
                           type.clauses.first() + QLatin1Char(')'),
                       outcome.values + type.values);
    }
    if (!filter.contactId.isEmpty())
        conditions.add(QStringLiteral("l.contact_id = ?"), {filter.contactId});
    conditions.addRange(QStringLiteral("l.started_at"), filter.since, filter.until);
    conditions.addSearch({QStringLiteral("p.list_name")},
                         {QStringLiteral("l.calling_number"), QStringLiteral("l.receiving_number"),
                          QStringLiteral("l.forwarding_number")},
                         filter.search);
    return conditions;
}

QString orderBy(CallSortKey key, Qt::SortOrder order) {
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString column;
    switch (key) {
    case CallSortKey::Time:
        column = QStringLiteral("l.started_at");
        break;
    case CallSortKey::Contact:
        column = QStringLiteral("COALESCE(p.list_name, '') COLLATE NOCASE");
        break;
    case CallSortKey::From:
        column = QStringLiteral("l.calling_number");
        break;
    case CallSortKey::To:
        column = QStringLiteral("l.receiving_number");
        break;
    case CallSortKey::Campaign:
        column = QStringLiteral("COALESCE(c.name, '') COLLATE NOCASE");
        break;
    case CallSortKey::Type:
        column = QStringLiteral("l.call_type");
        break;
    case CallSortKey::Outcome:
        column = QStringLiteral("l.outcome");
        break;
    case CallSortKey::Duration:
        column = QStringLiteral("l.duration_seconds");
        break;
    }
    QString result = QStringLiteral(" ORDER BY ") + column + direction;
    if (key != CallSortKey::Time)
        result += QStringLiteral(", l.started_at") + direction;
    return result + QStringLiteral(", l.id") + direction;
}

CallRecord recordAt(const QSqlQuery& q) {
    CallRecord r;
    r.id = q.value(0).toString();
    r.callingNumber = q.value(1).toString();
    r.receivingNumber = q.value(2).toString();
    r.forwardingNumber = q.value(3).toString();
    r.startedAt = fromStoredTime(q.value(4).toString());
    r.durationSeconds = q.value(5).toInt();
    r.routing = q.value(6).toString();
    r.callType = q.value(7).toString();
    r.outcome = q.value(8).toString();
    r.messageId = q.value(9).toString();
    r.campaignId = q.value(10).toString();
    r.campaignName = q.value(11).toString();
    r.contactId = q.value(12).toString();
    r.contactName = q.value(13).toString();
    return r;
}

} // namespace

Result<int> CallHistory::count(const HistoryFilter& filter) {
    const HistoryConditions conditions = conditionsOf(filter);
    // As for messages: only a search needs the contact's name, and SQLite keeps the outer joins of a
    // count otherwise (a lookup of campaign and contact per call).
    const QString from =
        filter.search.trimmed().isEmpty()
            ? QStringLiteral(" FROM call_logs l")
            : QStringLiteral(
                  " FROM call_logs l LEFT JOIN contacts p ON p.id = l.contact_id AND p.deleted = 0");
    auto query =
        m_database.exec(QStringLiteral("SELECT count(*)") + from + conditions.where(), conditions.values);
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toInt() : 0;
}

Result<QList<CallRecord>> CallHistory::page(const HistoryFilter& filter, CallSortKey key, Qt::SortOrder order,
                                            int offset, int limit) {
    const HistoryConditions conditions = conditionsOf(filter);
    QVariantList values = conditions.values;
    values << qMax(0, limit) << qMax(0, offset);
    auto query = m_database.exec(kColumns + kFrom + conditions.where() + orderBy(key, order) +
                                     QStringLiteral(" LIMIT ? OFFSET ?"),
                                 values);
    if (!query)
        return query.error();
    QList<CallRecord> records;
    while (query.value().next())
        records << recordAt(query.value());
    return records;
}

} // namespace iq
