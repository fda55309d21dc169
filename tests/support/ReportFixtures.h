#pragma once

#include <QDateTime>
#include <QString>

namespace iq {
class Database;
}

namespace iq::test {

// The campaign of pullReportCampaign and when it went out.
inline QString reportCampaignId() {
    return QStringLiteral("c-report");
}
inline QDateTime reportCampaignSentAt() {
    return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
}

// A sent SMS campaign "Spring sale" as a sync pulls it: `messages` recipients (contacts made for it)
// with one message each whose outcomes come over the next three hours, most of them early: about 82 %
// delivered, failures with the carrier codes 30003 and 30008, undeliverable with 30005, 30006 and 30007,
// some still sent and some not sent. One recipient in 97 opts out by a STOP pulled an hour after the
// send. The same figures every time (no randomness). Answers false (with a warning) on a refusal.
bool pullReportCampaign(Database& database, int messages);

} // namespace iq::test
