#include "core/store/ImportWriter.h"

#include "core/store/ContactListColumns.h"
#include "core/store/Database.h"
#include "shared/json/ContactJson.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>

namespace iq {
namespace {

enum Statement {
    InsertContact,
    InsertPhone,
    InsertEmail,
    InsertOutbox,
    InsertLedger,
    UpsertMember,
    InsertChange,
    TouchContact,
    UnindexText,
    UnindexNumbers,
    StatementCount
};

const char* const kSql[StatementCount] = {
    "INSERT INTO contacts (id, given_name, middle_name, family_name, display_name, list_name, organization, "
    "notes, language, time_zone, custom_fields, server_version, created_at, updated_at, primary_phone, "
    "primary_email, groups_text, consent_summary, search_numbers, search_emails) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO contact_phones (contact_id, position, raw, e164, type, label, valid) VALUES (?, ?, ?, ?, ?, "
    "?, ?)",
    "INSERT INTO contact_emails (contact_id, position, address, label) VALUES (?, ?, ?, ?)",
    "INSERT INTO outbox (entity, record_id, operation, base_version, payload, created_at) "
    "VALUES (?, ?, 'upsert', ?, ?, ?)",
    "INSERT INTO consent_ledger (id, contact_id, group_id, channel, consent, method, source, recorded_by, "
    "recorded_at) VALUES (?, ?, ?, NULL, ?, ?, ?, 'import', ?)",
    "INSERT INTO group_members (group_id, contact_id, consent, added_at) VALUES (?, ?, ?, ?) "
    "ON CONFLICT DO UPDATE SET consent = excluded.consent",
    "INSERT INTO import_changes (import_id, seq, action, contact_id, group_id, before) VALUES (?, ?, ?, ?, "
    "?, ?)",
    "INSERT OR IGNORE INTO temp.iq_import_touched (id) SELECT rowid FROM contacts "
    "WHERE id = ? AND deleted = 0 AND rowid <= ?",
    "INSERT INTO contacts_text_fts (contacts_text_fts, rowid, given_name, middle_name, family_name, "
    "display_name, organization, search_emails) SELECT 'delete', rowid, given_name, middle_name, "
    "family_name, "
    "display_name, organization, search_emails FROM contacts WHERE id = ?",
    "INSERT INTO contacts_number_fts (contacts_number_fts, rowid, search_numbers) "
    "SELECT 'delete', rowid, search_numbers FROM contacts WHERE id = ?",
};

constexpr int kBulkCacheKiB = 64 * 1024; // also bounds the sorter that builds the indexes

// The per-row triggers of schema 4 that an import fires. finishBulk() does their work once.
const char* const kBulkTriggers[] = {
    "contact_counts_insert",      "contacts_fts_insert",    "contacts_text_fts_update",
    "contacts_number_fts_update", "contact_phones_insert",  "contact_phones_delete",
    "contact_phones_update",      "contact_emails_insert",  "contact_emails_delete",
    "contact_emails_update",      "group_members_insert",   "group_members_delete",
    "group_members_update",       "channel_consent_insert", "channel_consent_delete",
    "channel_consent_update",
};

// What those triggers compute for a contact, for the existing contacts an import touched (the new
// ones get the same values from ImportWriter::addContact). Kept identical to schema 4; the import
// tests compare a bulk import with one that ran the triggers.
const char* const kRefreshTouched =
    "UPDATE contacts SET "
    "primary_phone = COALESCE((SELECT CASE WHEN e164 <> '' THEN e164 ELSE raw END FROM contact_phones "
    "WHERE contact_id = contacts.id ORDER BY type NOT IN ('mobile', 'fixed_line_or_mobile'), position LIMIT "
    "1), ''), "
    "search_numbers = COALESCE((SELECT group_concat(ltrim(e164, '+') || ' ' || "
    "replace(replace(replace(replace(replace(replace(replace(raw, ' ', ''), '-', ''), '(', ''), ')', ''), "
    "'.', ''), "
    "'+', ''), '/', ''), ' ') FROM contact_phones WHERE contact_id = contacts.id), ''), "
    "primary_email = COALESCE((SELECT address FROM contact_emails WHERE contact_id = contacts.id "
    "ORDER BY position LIMIT 1), ''), "
    "search_emails = COALESCE((SELECT group_concat(address, ' ') FROM contact_emails "
    "WHERE contact_id = contacts.id), ''), "
    "groups_text = COALESCE((SELECT group_concat(name, ', ') FROM "
    "(SELECT g.name AS name FROM group_members m JOIN groups g ON g.id = m.group_id "
    "WHERE m.contact_id = contacts.id AND g.deleted = 0 ORDER BY g.name COLLATE NOCASE)), ''), "
    "consent_summary = CASE "
    "WHEN EXISTS (SELECT 1 FROM channel_consent WHERE contact_id = contacts.id AND consent = 'opted_out') "
    "THEN 'opted_out' "
    "WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = contacts.id AND consent = 'opted_in') "
    "THEN 'opted_in' "
    "WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = contacts.id AND consent = 'pending') "
    "THEN 'pending' "
    "WHEN EXISTS (SELECT 1 FROM group_members WHERE contact_id = contacts.id AND consent = 'opted_out') "
    "THEN 'opted_out' "
    "WHEN EXISTS (SELECT 1 FROM channel_consent WHERE contact_id = contacts.id AND consent = 'opted_in') "
    "THEN 'opted_in' "
    "ELSE 'unknown' END "
    "WHERE deleted = 0 AND rowid IN (SELECT id FROM temp.iq_import_touched)";

// A null QString binds as '' (as Database::exec does), never as SQL NULL.
void bindText(sqlite3_stmt* statement, int index, const QString& text) {
    if (text.isEmpty())
        sqlite3_bind_text(statement, index, "", 0, SQLITE_STATIC);
    else
        sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

void bindTextOrNull(sqlite3_stmt* statement, int index, const QString& text) {
    if (text.isEmpty())
        sqlite3_bind_null(statement, index);
    else
        bindText(statement, index, text);
}

// Secondary indexes whose keys arrive in no useful order (names, numbers, addresses). When an import
// is about as large as the profile or larger, building them once at the end (a sort) costs a
// fraction of a million random inserts into trees larger than the page cache.
const char* const kBulkIndexes[] = {
    "contacts_list_name",    "contacts_sort_phone", "contacts_sort_email",    "contacts_sort_groups",
    "contacts_sort_consent", "contact_phones_e164", "contact_emails_address",
};
// Bytes of a typical file row: the file's size over this estimates its rows.
constexpr qint64 kBytesPerRow = 100;

// A JSON string as QJsonDocument's compact form writes it. False for text with surrogates, which
// the caller leaves to QJsonDocument.
bool appendJsonString(QByteArray& out, const QString& text) {
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            if (u < 0x20 || u == u'"' || u == u'\\') {
                out += '\\';
                switch (u) {
                case u'"':
                    out += '"';
                    break;
                case u'\\':
                    out += '\\';
                    break;
                case 0x8:
                    out += 'b';
                    break;
                case 0xc:
                    out += 'f';
                    break;
                case 0xa:
                    out += 'n';
                    break;
                case 0xd:
                    out += 'r';
                    break;
                case 0x9:
                    out += 't';
                    break;
                default:
                    out += "u00";
                    out += hex[u >> 4];
                    out += hex[u & 0xf];
                }
            } else {
                out += char(u);
            }
        } else if (c.isSurrogate()) {
            return false;
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        }
    }
    out += '"';
    return true;
}

bool appendMember(QByteArray& out, const char* key, const QString& value) {
    out += '"';
    out += key;
    out += "\":";
    return appendJsonString(out, value);
}

} // namespace

ImportWriter::ImportWriter(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

ImportWriter::~ImportWriter() {
    for (sqlite3_stmt* statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    if (m_checksOff)
        setChecks(true); // a cancelled or failed import
    if (m_handle && m_previousCacheSize != 0) {
        const QByteArray pragma = "PRAGMA cache_size = " + QByteArray::number(m_previousCacheSize);
        sqlite3_exec(m_handle, pragma.constData(), nullptr, nullptr, nullptr);
    }
}

Error ImportWriter::error(const char* what) const {
    return sqliteError(
        m_handle,
        QCoreApplication::translate("iq::ImportWriter", "%1 failed").arg(QString::fromLatin1(what)));
}

Status ImportWriter::prepare() {
    m_handle = m_database.handle();
    if (!m_handle)
        return Error::make(
            Error::Code::Generic,
            QCoreApplication::translate("iq::ImportWriter", "The SQLite driver gave no native handle."));
    m_statements.fill(nullptr, StatementCount);
    // Contacts created from here on have larger rowids: the range the import records, and in bulk mode
    // the rows finishBulk() indexes.
    auto last = m_database.exec(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM contacts"));
    if (!last)
        return last.error();
    m_rowidBefore = last.value().next() ? last.value().value(0).toLongLong() : 0;
    return {};
}

sqlite3_stmt* ImportWriter::statement(int index) {
    sqlite3_stmt*& statement = m_statements[index];
    if (!statement) {
        if (sqlite3_prepare_v3(m_handle, kSql[index], -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) !=
            SQLITE_OK) {
            sqlite3_finalize(statement);
            statement = nullptr;
        }
    } else {
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
    }
    return statement;
}

Status ImportWriter::step(sqlite3_stmt* statement, const char* what) {
    if (!statement)
        return error(what);
    const int result = sqlite3_step(statement);
    if (result != SQLITE_DONE && result != SQLITE_ROW) {
        Error failed = error(what);
        sqlite3_reset(statement);
        return failed;
    }
    sqlite3_reset(statement);
    return {};
}

Status ImportWriter::run(const QString& sql) {
    return m_database.execScript(sql);
}

QString ImportWriter::now() {
    const QDateTime time = m_clock.now();
    if (time != m_lastNow || m_lastNowText.isEmpty()) {
        m_lastNow = time;
        m_lastNowText = toStoredTime(time);
    }
    return m_lastNowText;
}

// SQLite's NOCASE: ASCII letters folded, then the UTF-8 bytes compared.
static bool lessNoCase(const QString& a, const QString& b) {
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    const int n = int(std::min(x.size(), y.size()));
    for (int i = 0; i < n; ++i) {
        const uchar c = uchar(x.at(i)), d = uchar(y.at(i));
        const uchar fc = (c >= 'A' && c <= 'Z') ? uchar(c + 32) : c;
        const uchar fd = (d >= 'A' && d <= 'Z') ? uchar(d + 32) : d;
        if (fc != fd)
            return fc < fd;
    }
    return x.size() < y.size();
}

// A UUID in the layout of RFC 9562 version 7: milliseconds since 1970, a counter within the
// millisecond, then random bits. Ids made one after the other sort one after the other, so the
// rows an import adds land at the end of every index keyed by contact id instead of on random pages.
QString ImportWriter::orderedId() {
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms <= m_idMs) {
        if (++m_idCounter > 0xFFF) {
            m_idCounter = 0;
            ++m_idMs;
        }
        ms = m_idMs;
    } else {
        m_idMs = ms;
        m_idCounter = 0;
    }
    const quint64 random = QRandomGenerator::global()->generate64();
    auto byte = [random](int i) {
        return uchar(random >> (8 * i));
    };
    return QUuid(uint(quint64(ms) >> 16), ushort(ms & 0xFFFF), ushort(0x7000 | m_idCounter),
                 uchar(0x80 | (byte(7) & 0x3F)), byte(6), byte(5), byte(4), byte(3), byte(2), byte(1),
                 byte(0))
        .toString(QUuid::WithoutBraces);
}

Status ImportWriter::addContact(Contact& contact, QStringList groupNames, ConsentState summary) {
    contact.id = orderedId();
    const QString at = now();
    contact.meta.createdAt = m_lastNow;
    contact.meta.updatedAt = m_lastNow;
    contact.meta.deleted = false;

    // The list columns, as the triggers of schema 4 compute them from the rows written below.
    const ContactListColumns list = ContactListColumns::of(contact);
    std::sort(groupNames.begin(), groupNames.end(), lessNoCase);

    sqlite3_stmt* insert = statement(InsertContact);
    if (!insert)
        return error("Preparing the contact insert");
    bindText(insert, 1, contact.id);
    bindText(insert, 2, contact.givenName);
    bindText(insert, 3, contact.middleName);
    bindText(insert, 4, contact.familyName);
    bindText(insert, 5, contact.displayName);
    const QString listName = contact.shownName();
    bindText(insert, 6, listName);
    bindText(insert, 7, contact.organization);
    bindText(insert, 8, contact.notes);
    bindText(insert, 9, contact.language);
    bindText(insert, 10, contact.timeZone);
    bindText(insert, 11, ContactJson::customFieldsText(contact));
    sqlite3_bind_int64(insert, 12, contact.meta.serverVersion);
    bindText(insert, 13, at);
    bindText(insert, 14, at);
    bindText(insert, 15, list.primaryPhone);
    bindText(insert, 16, list.primaryEmail);
    const QString groupsText = groupNames.join(QStringLiteral(", "));
    bindText(insert, 17, groupsText);
    const QString consent = toStorage(summary);
    bindText(insert, 18, consent);
    bindText(insert, 19, list.searchNumbers);
    bindText(insert, 20, list.searchEmails);
    if (Status done = step(insert, "Adding a contact"); !done)
        return done;

    for (int i = 0; i < contact.phones.size(); ++i) {
        const ContactPhone& phone = contact.phones.at(i);
        sqlite3_stmt* s = statement(InsertPhone);
        if (!s)
            return error("Preparing the number insert");
        bindText(s, 1, contact.id);
        sqlite3_bind_int(s, 2, i);
        bindText(s, 3, phone.raw);
        bindText(s, 4, phone.e164);
        bindText(s, 5, phone.type);
        bindText(s, 6, phone.label);
        sqlite3_bind_int(s, 7, phone.valid ? 1 : 0);
        if (Status done = step(s, "Adding a phone number"); !done)
            return done;
    }
    for (int i = 0; i < contact.emails.size(); ++i) {
        const ContactEmail& email = contact.emails.at(i);
        sqlite3_stmt* s = statement(InsertEmail);
        if (!s)
            return error("Preparing the e-mail insert");
        bindText(s, 1, contact.id);
        sqlite3_bind_int(s, 2, i);
        bindText(s, 3, email.address);
        bindText(s, 4, email.label);
        if (Status done = step(s, "Adding an e-mail address"); !done)
            return done;
    }
    // Queued without a payload: the sync reads the contact as it is when it pushes, so a large import
    // does not store every contact a second time, as JSON.
    return appendOutbox(QStringLiteral("contact"), contact.id, contact.meta.serverVersion, QByteArray());
}

Status ImportWriter::appendOutbox(const QString& entity, const QString& recordId, qint64 baseVersion,
                                  const QByteArray& payload) {
    sqlite3_stmt* s = statement(InsertOutbox);
    if (!s)
        return error("Preparing the outbox insert");
    bindText(s, 1, entity);
    bindText(s, 2, recordId);
    sqlite3_bind_int64(s, 3, baseVersion);
    sqlite3_bind_text(s, 4, payload.constData(), int(payload.size()), SQLITE_TRANSIENT);
    const QString at = now();
    bindText(s, 5, at);
    return step(s, "Queueing a change for sync");
}

Status ImportWriter::addMember(const QString& groupId, const QString& contactId, ConsentState consent,
                               const QString& source) {
    const QString at = now();
    const QString state = toStorage(consent);
    const QString method = toStorage(ConsentMethod::Import);
    sqlite3_stmt* ledger = statement(InsertLedger);
    if (!ledger)
        return error("Preparing the consent ledger insert");
    const QString id = orderedId();
    bindText(ledger, 1, id);
    bindText(ledger, 2, contactId);
    bindText(ledger, 3, groupId);
    bindText(ledger, 4, state);
    bindText(ledger, 5, method);
    bindText(ledger, 6, source);
    bindText(ledger, 7, at);
    if (Status done = step(ledger, "Recording consent"); !done)
        return done;
    sqlite3_stmt* member = statement(UpsertMember);
    if (!member)
        return error("Preparing the membership insert");
    bindText(member, 1, groupId);
    bindText(member, 2, contactId);
    bindText(member, 3, state);
    bindText(member, 4, at);
    if (Status done = step(member, "Adding a group member"); !done)
        return done;
    QByteArray payload;
    payload.reserve(160);
    payload += '{';
    bool ok = appendMember(payload, "consent", state);
    payload += ',';
    ok = ok && appendMember(payload, "contactId", contactId);
    payload += ',';
    ok = ok && appendMember(payload, "groupId", groupId);
    payload += ',';
    ok = ok && appendMember(payload, "method", method);
    payload += ',';
    ok = ok && appendMember(payload, "source", source);
    payload += '}';
    if (!ok)
        payload = QJsonDocument(QJsonObject{{QStringLiteral("groupId"), groupId},
                                            {QStringLiteral("contactId"), contactId},
                                            {QStringLiteral("consent"), state},
                                            {QStringLiteral("method"), method},
                                            {QStringLiteral("source"), source}})
                      .toJson(QJsonDocument::Compact);
    return appendOutbox(QStringLiteral("membership"), groupId + QLatin1Char(':') + contactId, 0, payload);
}

Status ImportWriter::recordChange(const QString& importId, qint64 seq, const QString& action,
                                  const QString& contactId, const QString& groupId, const QString& before) {
    sqlite3_stmt* s = statement(InsertChange);
    if (!s)
        return error("Preparing the import record");
    bindText(s, 1, importId);
    sqlite3_bind_int64(s, 2, seq);
    bindText(s, 3, action);
    bindTextOrNull(s, 4, contactId);
    bindTextOrNull(s, 5, groupId);
    bindTextOrNull(s, 6, before);
    return step(s, "Recording the import");
}

Status ImportWriter::beginBulk(qint64 fileBytes) {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QList<QPair<QString, QString>> triggers;
    for (const char* name : kBulkTriggers) {
        query.prepare(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?"));
        query.addBindValue(QString::fromLatin1(name));
        if (!query.exec())
            return sqlError(query, QStringLiteral("Reading the triggers"));
        if (!query.next())
            return {}; // not the schema this was written for: keep the triggers, import row by row
        triggers.append({QString::fromLatin1(name), query.value(0).toString()});
        query.finish();
    }
    // A large import touches more pages than the default cache holds; spilling them to the WAL and
    // reading them back costs more than everything else. Restored when the writer goes.
    if (!query.exec(QStringLiteral("PRAGMA cache_size")) || !query.next())
        return sqlError(query, QStringLiteral("Reading the cache size"));
    m_previousCacheSize = query.value(0).toLongLong();
    query.finish();
    if (!query.exec(QStringLiteral("SELECT live FROM contact_counts WHERE id = 1")))
        return sqlError(query, QStringLiteral("Counting the contacts"));
    const qint64 live = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    QList<QPair<QString, QString>> indexes;
    if (fileBytes / kBytesPerRow >= live) {
        for (const char* name : kBulkIndexes) {
            query.prepare(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?"));
            query.addBindValue(QString::fromLatin1(name));
            if (!query.exec())
                return sqlError(query, QStringLiteral("Reading the indexes"));
            if (query.next())
                indexes.append({QString::fromLatin1(name), query.value(0).toString()});
            query.finish();
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kBulkCacheKiB)))
        return sqlError(query, QStringLiteral("Setting the cache size"));
    QString script =
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS iq_import_touched (id INTEGER PRIMARY KEY);"
                       "DELETE FROM temp.iq_import_touched;");
    for (const auto& trigger : std::as_const(triggers))
        script += QStringLiteral("DROP TRIGGER ") + trigger.first + QLatin1Char(';');
    for (const auto& index : std::as_const(indexes))
        script += QStringLiteral("DROP INDEX ") + index.first + QLatin1Char(';');
    if (Status dropped = run(script); !dropped)
        return dropped;
    m_triggers = triggers;
    m_indexes = indexes;
    m_bulk = true;
    return setChecks(false);
}

// SQLite runs a CHECK with an IN list ("consent IN ('opted_in', ...)") by building a small b-tree each
// time a statement runs: a third of the cost of a membership row. Every value an import writes comes
// from this code's enums, so the connection skips CHECK constraints until the import ends. Turning
// them back on makes SQLite prepare every statement again, with the checks.
Status ImportWriter::setChecks(bool on) {
    const char* pragma =
        on ? "PRAGMA ignore_check_constraints = OFF" : "PRAGMA ignore_check_constraints = ON";
    if (sqlite3_exec(m_handle, pragma, nullptr, nullptr, nullptr) != SQLITE_OK)
        return error("Setting the constraint checks");
    m_checksOff = !on;
    return {};
}

Status ImportWriter::touch(const QString& contactId) {
    if (!m_bulk)
        return {};
    sqlite3_stmt* s = statement(TouchContact);
    if (!s)
        return error("Preparing the contact refresh");
    bindText(s, 1, contactId);
    sqlite3_bind_int64(s, 2, m_rowidBefore);
    if (Status done = step(s, "Noting a changed contact"); !done)
        return done;
    if (sqlite3_changes(m_handle) == 0)
        return {}; // already noted, or created by this import
    // The full-text entries are taken out while the row still holds the text they were made from.
    for (int index : {UnindexText, UnindexNumbers}) {
        sqlite3_stmt* unindex = statement(index);
        if (!unindex)
            return error("Preparing the search index update");
        bindText(unindex, 1, contactId);
        if (Status done = step(unindex, "Updating the search index"); !done)
            return done;
    }
    return {};
}

Status ImportWriter::finishBulk() {
    if (!m_bulk)
        return {};
    m_bulk = false;
    if (Status checked = setChecks(true); !checked)
        return checked;
    const QString created = QStringLiteral("rowid > %1").arg(m_rowidBefore); // an integer read above
    const QString refreshed =
        QStringLiteral("(%1 OR rowid IN (SELECT id FROM temp.iq_import_touched))").arg(created);
    QString script = QString::fromLatin1(kRefreshTouched) + QLatin1Char(';');
    script +=
        QStringLiteral(
            "INSERT INTO contacts_text_fts (rowid, given_name, middle_name, family_name, display_name, "
            "organization, search_emails) SELECT rowid, given_name, middle_name, family_name, display_name, "
            "organization, search_emails FROM contacts WHERE deleted = 0 AND %1;"
            "INSERT INTO contacts_number_fts (rowid, search_numbers) SELECT rowid, search_numbers "
            "FROM contacts WHERE deleted = 0 AND %1;"
            "UPDATE contact_counts SET live = live + (SELECT count(*) FROM contacts WHERE deleted = 0 "
            "AND %2) WHERE id = 1;")
            .arg(refreshed, created);
    for (const auto& index : std::as_const(m_indexes))
        script += index.second + QLatin1Char(';');
    for (const auto& trigger : std::as_const(m_triggers))
        script += trigger.second + QLatin1Char(';');
    script += QStringLiteral("DROP TABLE temp.iq_import_touched;");
    m_triggers.clear();
    m_indexes.clear();
    return run(script);
}

} // namespace iq
