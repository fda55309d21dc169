#include "HistoryGenerator.h"

#include "ContactGenerator.h"

#include <QElapsedTimer>

#include <sqlite3.h>

namespace iq::bench {
namespace {

// The campaigns, one every 1.75 days from 2025-12-01; half by SMS, the rest by e-mail and voice.
const char* const kCampaigns =
    "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < :campaigns - 1) "
    "INSERT INTO campaigns (id, name, channel, kind, body, status, sent_at, created_at, updated_at) "
    "SELECT printf('campaign-%04d', i), printf('%s %d', CASE i % 4 WHEN 0 THEN 'Spring sale' WHEN 1 THEN "
    "'Order update' WHEN 2 THEN 'Newsletter' ELSE 'Reminder call' END, i), "
    "CASE i % 4 WHEN 2 THEN 'email' WHEN 3 THEN 'voice' ELSE 'sms' END, "
    "CASE i % 4 WHEN 1 THEN 'transactional' ELSE 'marketing' END, 'Hi {{first_name}}', 'sent', "
    "strftime('%Y-%m-%dT%H:%M:%fZ', '2025-12-01', printf('+%d seconds', i * 151200)), "
    "strftime('%Y-%m-%dT%H:%M:%fZ', '2025-12-01', printf('+%d seconds', i * 151200)), "
    "strftime('%Y-%m-%dT%H:%M:%fZ', '2025-12-01', printf('+%d seconds', i * 151200)) FROM n";

// Message i belongs to campaign i / per-campaign, goes to a contact picked by a stride through the
// rowids, and was created a few seconds after the one before: the campaigns' sends follow each other.
// Status: 80% delivered, 6% failed (30003), 4% undeliverable (30005), 4% sent, 3% skipped, 2% held,
// 1% queued.
const char* const kMessages =
    "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < :messages - 1), "
    "m AS (SELECT i, i * :campaigns / :messages AS c, 1 + (i * 7919) % :contacts AS r, "
    "strftime('%Y-%m-%dT%H:%M:%fZ', '2025-12-01', printf('+%d seconds', i * 30)) AS at, "
    "CASE WHEN i % 100 < 80 THEN 'delivered' WHEN i % 100 < 86 THEN 'failed' WHEN i % 100 < 90 THEN "
    "'undeliverable' WHEN i % 100 < 94 THEN 'sent' WHEN i % 100 < 97 THEN 'skipped' WHEN i % 100 < 99 "
    "THEN 'held' ELSE 'queued' END AS status FROM n) "
    "INSERT INTO messages (id, campaign_id, contact_id, channel, address, body, segments, status, "
    "error_code, error_message, status_history, server_version, created_at, updated_at) "
    "SELECT lower(hex(randomblob(16))), printf('campaign-%04d', c), p.id, "
    "CASE c % 4 WHEN 2 THEN 'email' WHEN 3 THEN 'voice' ELSE 'sms' END, "
    "CASE c % 4 WHEN 2 THEN COALESCE(NULLIF(p.primary_email, ''), 'someone@example.com') ELSE "
    "printf('+1%03d555%04d', 201 + r % 700, r % 10000) END, "
    "printf('Hi %s, thank you for shopping with us. Offer %d ends Sunday.', p.given_name, c), 1, status, "
    "CASE status WHEN 'failed' THEN '30003' WHEN 'undeliverable' THEN '30005' ELSE '' END, "
    "CASE status WHEN 'failed' THEN 'Unreachable destination handset' WHEN 'undeliverable' THEN "
    "'Unknown destination handset' ELSE '' END, "
    "json_array(json_object('status', 'queued', 'at', at, 'detail', ''), "
    "json_object('status', 'sent', 'at', at, 'detail', 'Accepted by the carrier'), "
    "json_object('status', status, 'at', at, 'detail', '')), 1, at, at "
    "FROM m JOIN contacts p ON p.rowid = m.r";

// Calls: a fifth are campaign calls tied to a contact, the rest inbound, outbound, missed, voicemail
// and forwarded calls from and to numbers of the same plan, a third of those tied to a contact.
const char* const kCalls =
    "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < :calls - 1), "
    "k AS (SELECT i, 1 + (i * 104729) % :contacts AS r, "
    "strftime('%Y-%m-%dT%H:%M:%fZ', '2025-12-01', printf('+%d seconds', i * 150)) AS at, "
    "CASE i % 10 WHEN 0 THEN 'campaign' WHEN 1 THEN 'campaign' WHEN 2 THEN 'outbound' WHEN 3 THEN "
    "'missed' WHEN 4 THEN 'voicemail' WHEN 5 THEN 'forwarded' ELSE 'inbound' END AS type FROM n) "
    "INSERT INTO call_logs (id, calling_number, receiving_number, forwarding_number, started_at, "
    "duration_seconds, routing, call_type, outcome, campaign_id, contact_id, server_version, created_at, "
    "updated_at) "
    "SELECT lower(hex(randomblob(16))), "
    "CASE WHEN type IN ('campaign', 'outbound') THEN '+14155550000' ELSE printf('+1%03d555%04d', 201 + r % "
    "700, r % 10000) END, "
    "CASE WHEN type IN ('campaign', 'outbound') THEN printf('+1%03d555%04d', 201 + r % 700, r % 10000) ELSE "
    "'+14155550000' END, CASE type WHEN 'forwarded' THEN '+14155550001' ELSE '' END, at, "
    "CASE type WHEN 'missed' THEN 0 ELSE i % 600 END, CASE type WHEN 'forwarded' THEN 'forward' ELSE "
    "'direct' "
    "END, type, CASE type WHEN 'campaign' THEN CASE i % 3 WHEN 0 THEN 'answered' WHEN 1 THEN 'voicemail' "
    "ELSE 'no_answer' END ELSE '' END, "
    "CASE type WHEN 'campaign' THEN printf('campaign-%04d', 3 + 4 * (i % (:campaigns / 4))) END, "
    "CASE WHEN type = 'campaign' OR i % 3 = 0 THEN p.id END, 1, at, at "
    "FROM k JOIN contacts p ON p.rowid = k.r";

Error sqliteError(sqlite3* db, const QString& what) {
    return Error::make(Error::Code::Io, what + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(db)));
}

// Runs one statement with its named counts bound.
bool run(sqlite3* db, const char* sql, const HistoryGeneratorOptions& options) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return false;
    const std::pair<const char*, int> counts[] = {{":contacts", options.contacts},
                                                  {":campaigns", options.campaigns},
                                                  {":messages", options.messages},
                                                  {":calls", options.calls}};
    for (const auto& [name, value] : counts) {
        if (const int index = sqlite3_bind_parameter_index(statement, name); index > 0)
            sqlite3_bind_int(statement, index, value);
    }
    const int rc = sqlite3_step(statement);
    sqlite3_finalize(statement);
    return rc == SQLITE_DONE;
}

} // namespace

Result<HistoryGeneratorReport> generateHistory(const QString& databasePath,
                                               const HistoryGeneratorOptions& options) {
    QElapsedTimer timer;
    timer.start();
    GeneratorOptions people;
    people.count = options.contacts;
    auto contacts = generateContacts(databasePath, people);
    if (!contacts)
        return contacts.error();
    sqlite3* db = nullptr;
    if (sqlite3_open(databasePath.toUtf8().constData(), &db) != SQLITE_OK) {
        const Error error = sqliteError(db, QStringLiteral("Opening %1").arg(databasePath));
        sqlite3_close(db);
        return error;
    }
    struct Closer {
        sqlite3* db;
        ~Closer() { sqlite3_close(db); }
    } closer{db};
    if (sqlite3_exec(db,
                     "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -200000; "
                     "PRAGMA temp_store = MEMORY; BEGIN IMMEDIATE",
                     nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(db, QStringLiteral("Preparing %1").arg(databasePath));
    for (const auto& [sql, what] : {std::pair{kCampaigns, "campaigns"}, std::pair{kMessages, "messages"},
                                    std::pair{kCalls, "call logs"}}) {
        if (!run(db, sql, options)) {
            const Error error = sqliteError(db, QStringLiteral("Writing the %1").arg(QLatin1String(what)));
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return error;
        }
    }
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(db, QStringLiteral("Committing"));
    sqlite3_exec(db, "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);", nullptr, nullptr, nullptr);
    HistoryGeneratorReport report;
    report.contacts = contacts.value().contacts;
    report.campaigns = options.campaigns;
    report.messages = options.messages;
    report.calls = options.calls;
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace iq::bench
