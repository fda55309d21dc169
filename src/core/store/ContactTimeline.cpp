#include "core/store/ContactTimeline.h"

#include "core/store/Database.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace iq {
namespace {

// "?, ?, ?" for a list of values.
QString marks(qsizetype count) {
    QStringList list;
    for (qsizetype i = 0; i < count; ++i)
        list << QStringLiteral("?");
    return list.join(QStringLiteral(", "));
}

QVariantList bound(const QStringList& values) {
    QVariantList list;
    for (const QString& value : values)
        list << value;
    return list;
}

TimelineEvent eventAt(const QString& storedTime, TimelineKind kind, const QString& recordId,
                      QJsonObject details) {
    return {fromStoredTime(storedTime), kind, recordId, {}, std::move(details)};
}

// A keyword reply reaches the profile as a consent change the server made: recorded by "keyword"
// when it came by sync, or with the keyword method when recorded here.
bool isReply(const QString& method, const QString& recordedBy) {
    return method == QLatin1String("keyword") ||
           (method == QLatin1String("sync") && recordedBy == QLatin1String("keyword"));
}

} // namespace

Result<QList<TimelineEvent>> ContactTimeline::events(const QString& contactId) {
    auto live =
        m_database.exec(QStringLiteral("SELECT 1 FROM contacts WHERE id = ? AND deleted = 0"), {contactId});
    if (!live)
        return live.error();
    if (!live.value().next())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("iq::ContactRepository", "There is no contact with id %1.")
                .arg(contactId));
    live.value().finish();

    QList<TimelineEvent> events;
    auto ids = mergedIds(contactId, events);
    if (!ids)
        return ids.error();
    for (const Status& read : {readMessages(ids.value(), events), readCalls(ids.value(), events),
                               readConsent(contactId, events), readImports(ids.value(), events)}) {
        if (!read)
            return read.error();
    }
    // Newest first; events of one instant keep the order they were read in, reversed.
    std::stable_sort(events.begin(), events.end(),
                     [](const TimelineEvent& a, const TimelineEvent& b) { return a.at < b.at; });
    std::reverse(events.begin(), events.end());
    return events;
}

Result<QStringList> ContactTimeline::mergedIds(const QString& contactId, QList<TimelineEvent>& merges) {
    QStringList ids{contactId};
    for (qsizetype next = 0; next < ids.size(); ++next) {
        auto query = m_database.exec(
            QStringLiteral("SELECT seq, at, detail FROM audit_events WHERE kind = 'contact_merged' AND "
                           "json_extract(detail, '$.kept') = ? ORDER BY seq"),
            {ids.at(next)});
        if (!query)
            return query.error();
        while (query.value().next()) {
            const QJsonObject detail =
                QJsonDocument::fromJson(query.value().value(2).toString().toUtf8()).object();
            const QString other = detail.value(QStringLiteral("other")).toString();
            if (other.isEmpty() || ids.contains(other))
                continue;
            ids << other;
            merges << eventAt(query.value().value(1).toString(), TimelineKind::Merge, other, detail);
        }
    }
    return ids;
}

Status ContactTimeline::readMessages(const QStringList& ids, QList<TimelineEvent>& events) {
    auto query = m_database.exec(
        QStringLiteral(
            "SELECT m.id, m.created_at, m.channel, m.address, m.status, m.error_code, "
            "m.error_message, m.body, m.segments, COALESCE(m.campaign_id, ''), COALESCE(c.name, ''), "
            "m.status_history, m.updated_at FROM messages m LEFT JOIN campaigns c ON c.id = "
            "m.campaign_id WHERE m.contact_id IN (") +
            marks(ids.size()) + QStringLiteral(") AND m.deleted = 0 ORDER BY m.created_at, m.id"),
        bound(ids));
    if (!query)
        return query.error();
    QSqlQuery& q = query.value();
    while (q.next()) {
        const QJsonArray history = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).array();
        events << eventAt(q.value(1).toString(), TimelineKind::Message, q.value(0).toString(),
                          {{QStringLiteral("channel"), q.value(2).toString()},
                           {QStringLiteral("to"), q.value(3).toString()},
                           {QStringLiteral("status"), q.value(4).toString()},
                           {QStringLiteral("errorCode"), q.value(5).toString()},
                           {QStringLiteral("providerMessage"), q.value(6).toString()},
                           {QStringLiteral("text"), q.value(7).toString()},
                           {QStringLiteral("segments"), q.value(8).toInt()},
                           {QStringLiteral("campaignId"), q.value(9).toString()},
                           {QStringLiteral("campaign"), q.value(10).toString()},
                           {QStringLiteral("statusHistory"), history},
                           {QStringLiteral("updated"), q.value(12).toString()}});
    }
    return {};
}

Status ContactTimeline::readCalls(const QStringList& ids, QList<TimelineEvent>& events) {
    // Calls a sync could tie to no contact are theirs when made from or to one of their numbers.
    auto numbers = m_database.exec(
        QStringLiteral("SELECT DISTINCT e164 FROM contact_phones WHERE e164 <> '' AND contact_id IN (") +
            marks(ids.size()) + QLatin1Char(')'),
        bound(ids));
    if (!numbers)
        return numbers.error();
    QStringList e164s;
    while (numbers.value().next())
        e164s << numbers.value().value(0).toString();
    QString where = QStringLiteral("l.contact_id IN (") + marks(ids.size()) + QLatin1Char(')');
    QVariantList values = bound(ids);
    if (!e164s.isEmpty()) {
        where += QStringLiteral(" OR (l.contact_id IS NULL AND (l.calling_number IN (%1) OR "
                                "l.receiving_number IN (%1)))")
                     .arg(marks(e164s.size()));
        values << bound(e164s) << bound(e164s);
    }
    auto query = m_database.exec(
        QStringLiteral("SELECT l.id, l.started_at, l.calling_number, l.receiving_number, "
                       "l.forwarding_number, l.duration_seconds, l.call_type, l.outcome, l.routing, "
                       "COALESCE(l.campaign_id, ''), COALESCE(c.name, ''), COALESCE(l.message_id, '') "
                       "FROM call_logs l LEFT JOIN campaigns c ON c.id = l.campaign_id WHERE (") +
            where + QStringLiteral(") AND l.deleted = 0 ORDER BY l.started_at, l.id"),
        values);
    if (!query)
        return query.error();
    QSqlQuery& q = query.value();
    while (q.next())
        events << eventAt(q.value(1).toString(), TimelineKind::Call, q.value(0).toString(),
                          {{QStringLiteral("from"), q.value(2).toString()},
                           {QStringLiteral("to"), q.value(3).toString()},
                           {QStringLiteral("forwardedTo"), q.value(4).toString()},
                           {QStringLiteral("durationSeconds"), q.value(5).toInt()},
                           {QStringLiteral("type"), q.value(6).toString()},
                           {QStringLiteral("outcome"), q.value(7).toString()},
                           {QStringLiteral("routing"), q.value(8).toString()},
                           {QStringLiteral("campaignId"), q.value(9).toString()},
                           {QStringLiteral("campaign"), q.value(10).toString()},
                           {QStringLiteral("messageId"), q.value(11).toString()}});
    return {};
}

Status ContactTimeline::readConsent(const QString& contactId, QList<TimelineEvent>& events) {
    // The ledger already holds the entries of contacts merged into this one (a merge copies them).
    auto query = m_database.exec(
        QStringLiteral(
            "SELECT l.id, l.recorded_at, COALESCE(l.channel, ''), COALESCE(l.group_id, ''), "
            "COALESCE(g.name, ''), l.consent, l.method, l.source, l.recorded_by FROM consent_ledger "
            "l LEFT JOIN groups g ON g.id = l.group_id WHERE l.contact_id = ? ORDER BY l.seq"),
        {contactId});
    if (!query)
        return query.error();
    QSqlQuery& q = query.value();
    while (q.next()) {
        const QString method = q.value(6).toString();
        const QString recordedBy = q.value(8).toString();
        events << eventAt(q.value(1).toString(),
                          isReply(method, recordedBy) ? TimelineKind::Reply : TimelineKind::Consent,
                          q.value(0).toString(),
                          {{QStringLiteral("channel"), q.value(2).toString()},
                           {QStringLiteral("groupId"), q.value(3).toString()},
                           {QStringLiteral("group"), q.value(4).toString()},
                           {QStringLiteral("consent"), q.value(5).toString()},
                           {QStringLiteral("method"), method},
                           {QStringLiteral("source"), q.value(7).toString()},
                           {QStringLiteral("recordedBy"), recordedBy}});
    }
    return {};
}

Status ContactTimeline::readImports(const QStringList& ids, QList<TimelineEvent>& events) {
    // An import's changes to a person, in one event per import: the contact it created (a range of
    // rowids since schema 6, a 'created' row before), the fields it updated, the groups it added them to.
    const QString list = marks(ids.size());
    auto query = m_database.exec(
        QStringLiteral(
            "SELECT i.id, i.started_at, i.file_name, COALESCE(i.rolled_back_at, ''), 'created', '' "
            "FROM imports i JOIN contacts p ON p.rowid BETWEEN i.created_first AND i.created_last "
            "WHERE p.id IN (%1) "
            "UNION ALL SELECT i.id, i.started_at, i.file_name, COALESCE(i.rolled_back_at, ''), ic.action, "
            "COALESCE(g.name, '') FROM import_changes ic JOIN imports i ON i.id = ic.import_id "
            "LEFT JOIN groups g ON g.id = ic.group_id WHERE ic.contact_id IN (%1) "
            "ORDER BY 2, 1")
            .arg(list),
        bound(ids) + bound(ids));
    if (!query)
        return query.error();
    QSqlQuery& q = query.value();
    QString current;
    while (q.next()) {
        const QString importId = q.value(0).toString();
        if (importId != current) {
            current = importId;
            events << eventAt(q.value(1).toString(), TimelineKind::Import, importId,
                              {{QStringLiteral("fileName"), q.value(2).toString()},
                               {QStringLiteral("rolledBackAt"), q.value(3).toString()},
                               {QStringLiteral("changes"), QJsonArray()},
                               {QStringLiteral("groups"), QJsonArray()}});
        }
        QJsonObject& details = events.last().details;
        const QString action = q.value(4).toString();
        QJsonArray changes = details.value(QStringLiteral("changes")).toArray();
        if (!changes.contains(action))
            changes.append(action);
        if (action == QLatin1String("joined")) {
            QJsonArray groups = details.value(QStringLiteral("groups")).toArray();
            groups.append(q.value(5).toString());
            details.insert(QStringLiteral("groups"), groups);
        }
        details.insert(QStringLiteral("changes"), changes);
    }
    return {};
}

} // namespace iq
