#pragma once

#include "shared/util/Result.h"

#include <QString>

namespace iq::bench {

struct HistoryGeneratorOptions {
    int contacts = 50000;
    int campaigns = 200;
    int messages = 1000000;
    int calls = 200000;
};

struct HistoryGeneratorReport {
    int contacts = 0;
    int campaigns = 0;
    int messages = 0;
    int calls = 0;
    qint64 milliseconds = 0;
};

// A profile with a year of history as a sync leaves it: generated contacts (generateContacts), then
// campaigns sent over the year, their messages (SMS, e-mail and voice) to those contacts in every
// status with its status history and, for failures, the provider's error code, and call logs (inbound,
// outbound, missed, voicemail, forwarded and campaign calls), some tied to a contact and some not.
// Messages and calls are written by INSERT ... SELECT in one transaction: about a minute for
// 1,000,000 messages and 200,000 calls.
Result<HistoryGeneratorReport> generateHistory(const QString& databasePath,
                                               const HistoryGeneratorOptions& options);

} // namespace iq::bench
