#include "core/actions/CampaignReportActions.h"

#include "core/store/CampaignReportReader.h"
#include "shared/campaign/DeliveryErrors.h"

#include <algorithm>

namespace iq {

CampaignReportActions::CampaignReportActions(Database& database)
    : m_database(database) {}

Result<CampaignReport> CampaignReportActions::report(const QString& campaignId) {
    auto campaign = CampaignRepository(m_database).get(campaignId);
    if (!campaign)
        return campaign.error();
    CampaignReportReader reader(m_database);
    CampaignReport report;
    report.campaign = campaign.value();
    report.sentAt = report.campaign.sentAt;
    if (!report.sentAt.isValid()) {
        auto first = reader.firstMessageAt(campaignId);
        if (!first)
            return first.error();
        report.sentAt = first.value();
    }
    auto figures = reader.read(campaignId, report.sentAt);
    if (!figures)
        return figures.error();
    const CampaignReportFigures& f = figures.value();
    report.byStatus = f.byStatus;
    for (auto it = f.byStatus.cbegin(); it != f.byStatus.cend(); ++it)
        report.messages += it.value();
    report.delivered = f.byStatus.value(QStringLiteral("delivered"));
    report.failed = f.byStatus.value(QStringLiteral("failed"));
    report.undeliverable = f.byStatus.value(QStringLiteral("undeliverable"));
    report.skipped = f.byStatus.value(QStringLiteral("skipped"));
    report.pending = f.byStatus.value(QStringLiteral("queued")) + f.byStatus.value(QStringLiteral("held")) +
                     f.byStatus.value(QStringLiteral("sent"));
    report.optedOut = f.optedOut;
    report.replies = f.replied;
    for (auto it = f.failuresByCode.cbegin(); it != f.failuresByCode.cend(); ++it)
        report.failures << FailureReason{it.key(), campaign::displayMeaning(it.key()), it.value()};
    std::stable_sort(report.failures.begin(), report.failures.end(),
                     [](const FailureReason& a, const FailureReason& b) { return a.count > b.count; });
    report.deliveries = bucketize(f.outcomes, &report.bucketSeconds);
    return report;
}

QList<DeliveryBucket> CampaignReportActions::bucketize(const QList<OutcomeMinute>& minutes,
                                                       int* bucketSeconds) {
    static const int kWidths[] = {60, 300, 900, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86400, 7 * 86400};
    if (minutes.isEmpty()) {
        if (bucketSeconds)
            *bucketSeconds = 0;
        return {};
    }
    const qint64 first = minutes.first().minute.toSecsSinceEpoch();
    const qint64 last = minutes.last().minute.toSecsSinceEpoch();
    qint64 width = kWidths[std::size(kWidths) - 1];
    for (int candidate : kWidths) {
        if ((last / candidate) - (first / candidate) + 1 <= kMaxBuckets) {
            width = candidate;
            break;
        }
    }
    // Intervals start on multiples of the width (UTC), so an hour's bucket starts on the hour.
    const qint64 origin = first / width * width;
    QList<DeliveryBucket> buckets((last / width) - (first / width) + 1);
    for (int i = 0; i < buckets.size(); ++i)
        buckets[i].start = QDateTime::fromSecsSinceEpoch(origin + i * width, Qt::UTC);
    for (const OutcomeMinute& minute : minutes) {
        DeliveryBucket& bucket = buckets[int((minute.minute.toSecsSinceEpoch() - origin) / width)];
        bucket.delivered += minute.delivered;
        bucket.failed += minute.failed;
    }
    if (bucketSeconds)
        *bucketSeconds = int(width);
    return buckets;
}

} // namespace iq
