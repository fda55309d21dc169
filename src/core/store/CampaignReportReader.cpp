#include "core/store/CampaignReportReader.h"

#include "core/store/Database.h"
#include "shared/util/Clock.h"

#include <QSqlQuery>

namespace iq {

Result<CampaignReportFigures> CampaignReportReader::read(const QString& campaignId, const QDateTime& after) {
    CampaignReportFigures figures;
    if (Status read = readMessages(campaignId, figures); !read)
        return read.error();
    if (Status read = readResponses(campaignId, after, figures); !read)
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

// One pass over the campaign's messages gives the counts per status and per error code and the
// outcomes per minute. A message's outcome time is its last status change (updated_at is when the
// record last changed, which a later sync may move).
Status CampaignReportReader::readMessages(const QString& campaignId, CampaignReportFigures& figures) {
    auto query = m_database.exec(
        QStringLiteral(
            "SELECT status, error_code, "
            "CASE WHEN status IN ('delivered', 'failed', 'undeliverable') "
            "THEN substr(json_extract(status_history, '$[#-1].at'), 1, 16) END AS minute, count(*) "
            "FROM messages WHERE campaign_id = ? AND deleted = 0 "
            "GROUP BY status, error_code, minute"),
        {campaignId});
    if (!query)
        return query.error();
    QMap<QString, OutcomeMinute> minutes;
    while (query.value().next()) {
        const QString status = query.value().value(0).toString();
        const int count = query.value().value(3).toInt();
        figures.byStatus[status] += count;
        const bool delivered = status == QLatin1String("delivered");
        if (!delivered && (status == QLatin1String("failed") || status == QLatin1String("undeliverable")))
            figures.failuresByCode[query.value().value(1).toString()] += count;
        const QString minute = query.value().value(2).toString();
        if (minute.isEmpty())
            continue;
        OutcomeMinute& outcome = minutes[minute];
        (delivered ? outcome.delivered : outcome.failed) += count;
    }
    for (auto it = minutes.begin(); it != minutes.end(); ++it) {
        it->minute = fromStoredTime(it.key() + QStringLiteral(":00.000Z"));
        if (it->minute.isValid())
            figures.outcomes << *it;
    }
    return {};
}

// From the responses to the campaign's recipients: the ledger's changes since the send, and the
// server's answers to keywords, are few next to a campaign's messages.
Status CampaignReportReader::readResponses(const QString& campaignId, const QDateTime& after,
                                           CampaignReportFigures& figures) {
    // A keyword reply is recorded in the ledger by the device that got it (method keyword) or, pulled
    // from the server, as a synced change that keeps the original method in recorded_by. A reply that
    // changes no consent (HELP) leaves only the server's answer: a message outside any campaign.
    const QString since = toStoredTime(after.isValid() ? after : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
    const QString recipient = QStringLiteral("EXISTS (SELECT 1 FROM messages m WHERE m.contact_id = "
                                             "r.contact_id AND m.campaign_id = ? AND m.deleted = 0)");
    auto query = m_database.exec(
        QStringLiteral("SELECT (SELECT count(*) FROM (SELECT DISTINCT contact_id FROM consent_ledger "
                       "WHERE consent = 'opted_out' AND recorded_at >= ?) r WHERE %1), "
                       "(SELECT count(*) FROM (SELECT contact_id FROM consent_ledger WHERE recorded_at >= ? "
                       "AND (method = 'keyword' OR (method = 'sync' AND recorded_by = 'keyword')) "
                       "UNION SELECT contact_id FROM messages WHERE campaign_id IS NULL AND deleted = 0 "
                       "AND contact_id IS NOT NULL AND created_at >= ? "
                       "AND json_extract(status_history, '$[0].detail') = 'Reply to a keyword') r WHERE %1)")
            .arg(recipient),
        {since, campaignId, since, since, campaignId});
    if (!query)
        return query.error();
    if (query.value().next()) {
        figures.optedOut = query.value().value(0).toInt();
        figures.replied = query.value().value(1).toInt();
    }
    return {};
}

} // namespace iq
