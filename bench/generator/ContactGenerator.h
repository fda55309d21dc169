#pragma once

#include "shared/util/Result.h"

#include <QString>

namespace iq::bench {

struct GeneratorOptions {
    int count = 1000000;
    quint32 seed = 20260101;
    int groupCount = 24;
    // Share of contacts (percent) with an invalid number kept as typed, and with no e-mail.
    int invalidPhonePercent = 1;
    int withoutEmailPercent = 20;
    // Share of contacts known by last name only (what message fallbacks are for).
    int withoutGivenNamePercent = 0;
};

struct GeneratorReport {
    int contacts = 0;
    int phones = 0;
    int emails = 0;
    int memberships = 0;
    qint64 milliseconds = 0;
};

// Fills a profile database (created and migrated when needed) with realistic contacts: names with
// accents, US and UK numbers written the ways people write them, e-mails, group memberships with
// consent and their ledger rows. One transaction with prepared statements, children written before
// their contact so the row triggers run once per contact: about a minute for 1,000,000.
// Reusable by every benchmark that needs a realistic profile.
Result<GeneratorReport> generateContacts(const QString& databasePath, const GeneratorOptions& options);

} // namespace iq::bench
