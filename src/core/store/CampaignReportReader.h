#pragma once

#include "shared/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace iq {

class Database;

// How many of a campaign's messages reached a final status in one minute (UTC).
struct OutcomeMinute {
    QDateTime minute;
    int delivered = 0;
    int failed = 0; // failed or undeliverable
};

// What the profile holds about one campaign's outcome, as the report needs it: counts per status and
// per error code, final statuses per minute, and what its recipients did after it was sent.
struct CampaignReportFigures {
    QMap<QString, int> byStatus;       // status -> messages
    QMap<QString, int> failuresByCode; // error code ("" when none was given) -> failed or undeliverable
    QList<OutcomeMinute> outcomes;     // oldest first, minutes without an outcome left out
    int optedOut = 0;                  // recipients who opted out (any channel or group) after the send
    int replied = 0;                   // recipients who answered with a keyword after the send
};

// Reads a campaign's report figures from the messages, the consent ledger and the replies synced into
// the profile. Read-only; three aggregate queries, never a row per message into memory.
class CampaignReportReader final {
public:
    explicit CampaignReportReader(Database& database)
        : m_database(database) {}

    // after: when the campaign went out; opt-outs and replies recorded from then on count.
    Result<CampaignReportFigures> read(const QString& campaignId, const QDateTime& after);
    // The first message's time, for a campaign that does not say when it was sent; invalid without one.
    Result<QDateTime> firstMessageAt(const QString& campaignId);

private:
    Status readMessages(const QString& campaignId, CampaignReportFigures& figures);
    Status readResponses(const QString& campaignId, const QDateTime& after, CampaignReportFigures& figures);

    Database& m_database;
};

} // namespace iq
