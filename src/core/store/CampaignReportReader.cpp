#include "core/store/CampaignReportReader.h"

#include "core/store/Database.h"
#include "shared/util/Clock.h"

#include <QSqlQuery>

namespace iq {

Result<CampaignReportFigures> CampaignReportReader::read(const QString& campaignId, const QDateTime& after) {
    CampaignReportFigures figures;
    if (Status read = readStatuses(campaignId, figures); !read)
        return read.error();
    if (Status read = readOutcomes(campaignId, figures); !read)
        return read.error();
    if (Status read = readRecipients(campaignId, after, figures); !read)
        return read.error();
    return figures;
}

Result<QDateTime> CampaignReportReader::firstMessageAt(const QString& campaignId) {
    auto query = m_database.exec(
        QStringLiteral("SELECT min(created_at) FROM messages WHERE campaign_id = ? AND deleted = 0"),
        {campaignId});
    if (!query)
        return query.error();
    if (!query.value().next() || query.value().value(0).isNull())
        return QDateTime();
    return fromStoredTime(query.value().value(0).toString());
}

Status CampaignReportReader::readStatuses(const QString& campaignId, CampaignReportFigures& figures) {
    // Both group over the (campaign_id, status) index.
    auto statuses =
        m_database.exec(QStringLiteral("SELECT status, count(*) FROM messages WHERE campaign_id = ? "
                                       "AND deleted = 0 GROUP BY status"),
                        {campaignId});
    if (!statuses)
        return statuses.error();
    while (statuses.value().next())
        figures.byStatus.insert(statuses.value().value(0).toString(), statuses.value().value(1).toInt());
    auto codes = m_database.exec(
        QStringLiteral("SELECT error_code, count(*) FROM messages WHERE campaign_id = ? AND deleted = 0 AND "
                       "status IN ('failed', 'undeliverable') GROUP BY error_code"),
        {campaignId});
    if (!codes)
        return codes.error();
    while (codes.value().next())
        figures.failuresByCode.insert(codes.value().value(0).toString(), codes.value().value(1).toInt());
    return {};
}

Status CampaignReportReader::readOutcomes(const QString& campaignId, CampaignReportFigures& figures) {
    // When a message reached its final status is in its status history (updated_at is when the record
    // last changed, which a later sync may move).
    auto query =
        m_database.exec(QStringLiteral("SELECT substr(json_extract(h.value, '$.at'), 1, 16) AS minute, "
                                       "sum(m.status = 'delivered'), sum(m.status <> 'delivered') "
                                       "FROM messages m, json_each(m.status_history) h "
                                       "WHERE m.campaign_id = ? AND m.deleted = 0 "
                                       "AND m.status IN ('delivered', 'failed', 'undeliverable') "
                                       "AND json_extract(h.value, '$.status') = m.status "
                                       "GROUP BY minute ORDER BY minute"),
                        {campaignId});
    if (!query)
        return query.error();
    while (query.value().next()) {
        OutcomeMinute minute;
        minute.minute = fromStoredTime(query.value().value(0).toString() + QStringLiteral(":00.000Z"));
        minute.delivered = query.value().value(1).toInt();
        minute.failed = query.value().value(2).toInt();
        if (minute.minute.isValid())
            figures.outcomes << minute;
    }
    return {};
}

Status CampaignReportReader::readRecipients(const QString& campaignId, const QDateTime& after,
                                            CampaignReportFigures& figures) {
    // A keyword reply is recorded in the ledger by the device that got it (method keyword) or, pulled
    // from the server, as a synced change that keeps the original method in recorded_by. A reply that
    // changes no consent (HELP) leaves only the server's answer: a message outside any campaign.
    const QString since = toStoredTime(after.isValid() ? after : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
    auto query = m_database.exec(
        QStringLiteral(
            "SELECT count(*), "
            "sum(EXISTS (SELECT 1 FROM consent_ledger l WHERE l.contact_id = r.contact_id "
            "AND l.consent = 'opted_out' AND l.recorded_at >= ?)), "
            "sum(EXISTS (SELECT 1 FROM consent_ledger l WHERE l.contact_id = r.contact_id "
            "AND l.recorded_at >= ? AND (l.method = 'keyword' OR (l.method = 'sync' AND l.recorded_by = "
            "'keyword'))) "
            "OR EXISTS (SELECT 1 FROM messages a WHERE a.contact_id = r.contact_id AND a.campaign_id IS NULL "
            "AND a.deleted = 0 AND a.created_at >= ? "
            "AND json_extract(a.status_history, '$[0].detail') = 'Reply to a keyword')) "
            "FROM (SELECT DISTINCT contact_id FROM messages WHERE campaign_id = ? AND deleted = 0 "
            "AND contact_id IS NOT NULL) r"),
        {since, since, since, campaignId});
    if (!query)
        return query.error();
    if (query.value().next()) {
        figures.recipients = query.value().value(0).toInt();
        figures.optedOut = query.value().value(1).toInt();
        figures.replied = query.value().value(2).toInt();
    }
    return {};
}

} // namespace iq
