#pragma once

#include "core/store/CampaignRepository.h"
#include "shared/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace iq {

class Database;
struct OutcomeMinute;

// The messages of a campaign that reached their final status in one interval of the report's chart.
struct DeliveryBucket {
    QDateTime start; // UTC
    int delivered = 0;
    int failed = 0; // failed or undeliverable
};

// How many failed or undeliverable messages gave one error code, and what it means.
struct FailureReason {
    QString code;    // empty when the provider gave none
    QString meaning; // in the user's language; empty when the code is not known
    int count = 0;
};

// What a campaign achieved, from the messages, consent changes and replies synced into the profile.
struct CampaignReport {
    Campaign campaign;
    QDateTime sentAt; // when it went out (the first message's time when the campaign does not say)
    int messages = 0;
    int delivered = 0;
    int failed = 0;        // the provider could not deliver it this time
    int undeliverable = 0; // the address itself is the problem
    int pending = 0;       // queued, held or sent, not yet delivered or failed
    int skipped = 0;       // not sent (the recipient opted out before it went)
    int optedOut = 0;      // recipients who opted out after the send
    int replies = 0;       // recipients who replied with a keyword (STOP, START, HELP...) after the send
    QMap<QString, int> byStatus;
    QList<FailureReason> failures;    // most frequent first
    QList<DeliveryBucket> deliveries; // consecutive, oldest first; empty before any outcome
    int bucketSeconds = 0;

    // part of whole in percent, 0 when whole is 0. Outcomes are shares of the messages; opt-outs and
    // replies, as usual in messaging, of the messages delivered.
    static double rate(int part, int whole) { return whole > 0 ? 100.0 * part / whole : 0.0; }
};

// The campaign report of the History page and iqm campaign report. Read-only.
class CampaignReportActions final {
public:
    explicit CampaignReportActions(Database& database);

    // Fails with Error::Code::NotFound for an unknown campaign.
    Result<CampaignReport> report(const QString& campaignId);

    // The chart's intervals: the shortest of 1, 5, 15, 30 minutes, 1, 3, 6, 12 hours, 1, 7 days that
    // gives at most kMaxBuckets between the first and last outcome, every interval present (zeros too).
    static constexpr int kMaxBuckets = 48;
    static QList<DeliveryBucket> bucketize(const QList<OutcomeMinute>& minutes, int* bucketSeconds);

private:
    Database& m_database;
};

} // namespace iq
