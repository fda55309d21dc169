#include "core/store/LocalRecords.h"

#include "core/store/ConsentLedger.h"
#include "core/store/ContactListColumns.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/GroupRepository.h"
#include "core/store/PreparedStatements.h"
#include "core/store/TriggersAside.h"
#include "shared/domain/Consent.h"
#include "shared/json/ContactJson.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace iq {
namespace {

// A column of a table whose records sync as flat objects; the wire key is the column in camelCase.
struct Column {
    const char* name;
    enum Kind { Text, NullableText, Integer, JsonText } kind = Text;
    const char* references = nullptr; // a foreign key: NULL when the row is not here
};

struct GenericTable {
    const char* entity;
    const char* table;
    std::initializer_list<Column> columns;
};

const GenericTable kGenericTables[] = {
    {"content",
     "content",
     {{"kind"},
      {"name"},
      {"subject"},
      {"body"},
      {"body_html"},
      {"media_hash", Column::NullableText, "media (hash)"},
      {"tags", Column::JsonText}}},
    {"campaign",
     "campaigns",
     {{"name"},
      {"channel"},
      {"kind"},
      {"content_id", Column::NullableText, "content (id)"},
      {"subject"},
      {"body"},
      {"audience", Column::JsonText},
      {"status"},
      {"scheduled_at", Column::NullableText},
      {"time_zone", Column::NullableText},
      {"sent_at", Column::NullableText},
      {"idempotency_key", Column::NullableText},
      {"counts", Column::JsonText}}},
    {"message",
     "messages",
     {{"campaign_id", Column::NullableText, "campaigns (id)"},
      {"contact_id", Column::NullableText, "contacts (id)"},
      {"channel"},
      {"address"},
      {"body"},
      {"segments", Column::Integer},
      {"status"},
      {"error_code"},
      {"error_message"},
      {"release_at", Column::NullableText},
      {"status_history", Column::JsonText}}},
    {"call_log",
     "call_logs",
     {{"calling_number"},
      {"receiving_number"},
      {"forwarding_number"},
      {"started_at"},
      {"duration_seconds", Column::Integer},
      {"routing"},
      {"call_type"},
      {"outcome"},
      {"message_id", Column::NullableText},
      {"campaign_id", Column::NullableText, "campaigns (id)"},
      {"contact_id", Column::NullableText, "contacts (id)"}}},
};

const GenericTable* genericTable(const QString& entity) {
    for (const GenericTable& table : kGenericTables) {
        if (entity == QLatin1String(table.entity))
            return &table;
    }
    return nullptr;
}

// "campaigns (id)" as its table and column.
std::pair<QString, QString> referent(const char* references) {
    const QString target = QString::fromLatin1(references);
    return {target.section(QLatin1Char(' '), 0, 0), target.section(QLatin1Char('('), 1).chopped(1)};
}

QString camelCase(const char* column) {
    QString result;
    bool upper = false;
    for (const char* c = column; *c; ++c) {
        if (*c == '_') {
            upper = true;
            continue;
        }
        result += upper ? QChar::fromLatin1(*c).toUpper() : QChar::fromLatin1(*c);
        upper = false;
    }
    return result;
}

Error invalidRecord(const QString& entity, const QString& id, const QString& why) {
    return Error::make(
        Error::Code::InvalidInput,
        QCoreApplication::translate("iq::LocalRecords", "The server's %1 %2 cannot be stored: %3")
            .arg(entity, id, why));
}

// What SQLite's refusal of a record means for its owner: the field at fault and why, instead of the
// statement and SQLite's own words ("CHECK constraint failed: kind IN (...)").
QString plainReason(const QString& databaseMessage) {
    auto fieldAfter = [&](const QString& marker) -> QString {
        const qsizetype at = databaseMessage.indexOf(marker);
        if (at < 0)
            return {};
        qsizetype begin = at + marker.size();
        qsizetype end = begin;
        while (end < databaseMessage.size() &&
               (databaseMessage.at(end).isLetterOrNumber() || databaseMessage.at(end) == u'_' ||
                databaseMessage.at(end) == u'.'))
            ++end;
        const QString name = databaseMessage.mid(begin, end - begin).section(QLatin1Char('.'), -1);
        return camelCase(name.toLatin1().constData());
    };
    if (const QString field = fieldAfter(QStringLiteral("CHECK constraint failed: ")); !field.isEmpty())
        return QCoreApplication::translate("iq::LocalRecords",
                                           "\"%1\" has a value this version of the app does not know")
            .arg(field);
    if (const QString field = fieldAfter(QStringLiteral("NOT NULL constraint failed: ")); !field.isEmpty())
        return QCoreApplication::translate("iq::LocalRecords", "\"%1\" is missing").arg(field);
    if (const QString field = fieldAfter(QStringLiteral("UNIQUE constraint failed: ")); !field.isEmpty())
        return QCoreApplication::translate("iq::LocalRecords", "another record already has the same \"%1\"")
            .arg(field);
    if (databaseMessage.contains(QLatin1String("FOREIGN KEY constraint failed")))
        return QCoreApplication::translate("iq::LocalRecords",
                                           "it refers to a record this device does not have");
    return QCoreApplication::translate("iq::LocalRecords", "this device's database refused it (%1)")
        .arg(databaseMessage.section(QStringLiteral(": "), -1));
}

QString storedNow() {
    return toStoredTime(Clock::system().now());
}

// Whether text is a time in exactly the form toStoredTime() writes ("2026-01-02T03:04:05.678Z"), a
// valid one. Checked by hand: an initial sync reads two such times per record, and parsing each into a
// QDateTime cost more than storing the record's phones.
bool isStoredTimeForm(const QString& text) {
    if (text.size() != 24)
        return false;
    const auto digits = [&text](int from, int count, int& value) {
        value = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + (c - u'0');
        }
        return true;
    };
    const auto at = [&text](int i, char16_t c) {
        return text.at(i).unicode() == c;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, ms = 0;
    return digits(0, 4, year) && at(4, u'-') && digits(5, 2, month) && at(7, u'-') && digits(8, 2, day) &&
           at(10, u'T') && digits(11, 2, hour) && at(13, u':') && digits(14, 2, minute) && at(16, u':') &&
           digits(17, 2, second) && at(19, u'.') && digits(20, 3, ms) && at(23, u'Z') &&
           QDate::isValid(year, month, day) && hour < 24 && minute < 60 && second < 60;
}

// The record's time, or else `now`, read from the clock on first need: a run of records without their
// times (delivery records carry none) reads the clock once, not per record.
QString metaTime(const QJsonObject& payload, const char* key, QString& now) {
    const QString text = payload.value(QLatin1String(key)).toString();
    if (isStoredTimeForm(text) || fromStoredTime(text).isValid())
        return text;
    if (now.isEmpty())
        now = storedNow();
    return now;
}

QString metaTime(const QJsonObject& payload, const char* key) {
    QString now;
    return metaTime(payload, key, now);
}

QString jsonText(const QJsonArray& rows) {
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

// The table a record type is kept in, for the types with one row per record; empty for the others.
QString tableOf(const QString& entity) {
    if (entity == QLatin1String("contact"))
        return QStringLiteral("contacts");
    if (entity == QLatin1String("group"))
        return QStringLiteral("groups");
    if (const GenericTable* table = genericTable(entity))
        return QLatin1String(table->table);
    return {};
}

// Runs `work` so that either all of it stays written or none of it does, without ending the caller's
// transaction.
Status allOrNothing(Database& database, const std::function<Status()>& work) {
    auto opened = database.exec(QStringLiteral("SAVEPOINT insert_new"));
    if (!opened)
        return opened.error();
    Status status = work();
    if (!status)
        database.exec(QStringLiteral("ROLLBACK TO insert_new"));
    auto released = database.exec(QStringLiteral("RELEASE insert_new"));
    if (status && !released)
        return released.error();
    return status;
}

QString compactJson(const QJsonValue& value) {
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return QStringLiteral("[]");
}

// Whether the payload links to a row this device does not have.
Result<bool> missingReferent(PreparedStatements& statements, const GenericTable& table,
                             const QJsonObject& payload) {
    for (const Column& column : table.columns) {
        if (!column.references)
            continue;
        const QString value = payload.value(camelCase(column.name)).toString();
        if (value.isEmpty())
            continue; // no link: a reply to a keyword has no campaign
        const auto [targetTable, targetColumn] = referent(column.references);
        sqlite3_stmt* exists = statements.get(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE %2 = ?1)").arg(targetTable, targetColumn));
        if (exists)
            PreparedStatements::bindText(exists, 1, value);
        auto found = statements.integer(
            exists, QCoreApplication::translate("iq::LocalRecords", "Looking up what a record refers to"));
        if (!found)
            return found.error();
        if (found.value() == 0)
            return true;
    }
    return false;
}

} // namespace

LocalRecords::LocalRecords(Database& database)
    : m_database(database) {}

bool LocalRecords::isMetaField(const QString& key) {
    return key == QLatin1String("id") || key == QLatin1String("serverVersion") ||
           key == QLatin1String("createdAt") || key == QLatin1String("updatedAt") ||
           key == QLatin1String("deleted") || key == QLatin1String("name") /* derived, on contacts */;
}

Result<std::optional<QJsonObject>> LocalRecords::read(const QString& entity, const QString& id) {
    if (entity == QLatin1String("contact")) {
        auto contact = ContactRepository(m_database).get(id);
        if (!contact)
            return contact.error().code == Error::Code::NotFound
                       ? Result<std::optional<QJsonObject>>(std::nullopt)
                       : Result<std::optional<QJsonObject>>(contact.error());
        return std::optional<QJsonObject>(ContactJson::toJson(contact.value()));
    }
    if (entity == QLatin1String("group")) {
        auto group = GroupRepository(m_database).get(id);
        if (!group)
            return group.error().code == Error::Code::NotFound
                       ? Result<std::optional<QJsonObject>>(std::nullopt)
                       : Result<std::optional<QJsonObject>>(group.error());
        return std::optional<QJsonObject>(toJson(group.value()));
    }
    if (entity == QLatin1String("membership") || entity == QLatin1String("consent")) {
        const qsizetype colon = id.indexOf(QLatin1Char(':'));
        const QString first = id.left(colon), second = id.mid(colon + 1);
        const bool membership = entity == QLatin1String("membership");
        auto query = membership ? m_database.exec(QStringLiteral("SELECT consent FROM group_members WHERE "
                                                                 "group_id = ? AND contact_id = ?"),
                                                  {first, second})
                                : m_database.exec(QStringLiteral("SELECT consent FROM channel_consent WHERE "
                                                                 "contact_id = ? AND channel = ?"),
                                                  {first, second});
        if (!query)
            return query.error();
        if (!query.value().next())
            return std::optional<QJsonObject>();
        QJsonObject payload{{QStringLiteral("consent"), query.value().value(0).toString()}};
        if (membership) {
            payload.insert(QStringLiteral("groupId"), first);
            payload.insert(QStringLiteral("contactId"), second);
        } else {
            payload.insert(QStringLiteral("contactId"), first);
            payload.insert(QStringLiteral("channel"), second);
        }
        return std::optional<QJsonObject>(payload);
    }
    const GenericTable* table = genericTable(entity);
    if (!table)
        return invalidRecord(entity, id,
                             QCoreApplication::translate("iq::LocalRecords", "unknown record type"));
    QStringList names;
    for (const Column& column : table->columns)
        names << QString::fromLatin1(column.name);
    auto query =
        m_database.exec(QStringLiteral("SELECT %1, server_version FROM %2 WHERE id = ? AND deleted = 0")
                            .arg(names.join(QLatin1Char(',')), QLatin1String(table->table)),
                        {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<QJsonObject>();
    QJsonObject payload{{QStringLiteral("id"), id}};
    int i = 0;
    for (const Column& column : table->columns) {
        const QVariant value = query.value().value(i++);
        QJsonValue json;
        switch (column.kind) {
        case Column::Text:
            json = value.toString();
            break;
        case Column::NullableText:
            json = value.isNull() ? QJsonValue() : QJsonValue(value.toString());
            break;
        case Column::Integer:
            json = value.toLongLong();
            break;
        case Column::JsonText: {
            // Lists (tags, a status history) and objects (an audience, counts) alike.
            const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
            json = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
            break;
        }
        }
        payload.insert(camelCase(column.name), json);
    }
    return std::optional<QJsonObject>(payload);
}

Status LocalRecords::write(const QString& entity, const QString& id, const QJsonObject& payload,
                           qint64 version, bool* waiting) {
    if (waiting)
        *waiting = false;
    if (entity == QLatin1String("contact"))
        return writeContact(id, payload, version);
    if (entity == QLatin1String("group"))
        return writeGroup(id, payload, version);
    if (entity == QLatin1String("membership"))
        return writeMembership(payload, waiting);
    if (entity == QLatin1String("consent"))
        return writeConsent(payload, waiting);
    return writeGeneric(entity, id, payload, version, waiting);
}

Status LocalRecords::writeContact(const QString& id, const QJsonObject& payload, qint64 version) {
    QJsonObject withId = payload;
    withId.insert(QStringLiteral("id"), id);
    auto parsed = ContactJson::fromJson(withId);
    if (!parsed)
        return invalidRecord(QStringLiteral("contact"), id, parsed.errorMessage());
    const Contact& c = parsed.value();
    auto upserted = m_database.exec(
        QStringLiteral(
            "INSERT INTO contacts (id, given_name, middle_name, family_name, display_name, list_name, "
            "organization, notes, language, time_zone, custom_fields, server_version, created_at, "
            "updated_at, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) "
            "ON CONFLICT (id) DO UPDATE SET given_name = excluded.given_name, middle_name = "
            "excluded.middle_name, family_name = excluded.family_name, display_name = "
            "excluded.display_name, list_name = excluded.list_name, organization = "
            "excluded.organization, notes = excluded.notes, language = excluded.language, time_zone "
            "= excluded.time_zone, custom_fields = excluded.custom_fields, server_version = "
            "excluded.server_version, updated_at = excluded.updated_at, deleted = 0"),
        {id, c.givenName, c.middleName, c.familyName, c.displayName, c.shownName(), c.organization, c.notes,
         c.language, c.timeZone, ContactJson::customFieldsText(c), version, metaTime(payload, "createdAt"),
         metaTime(payload, "updatedAt")});
    if (!upserted)
        return upserted.error();
    for (const QString& table : {QStringLiteral("contact_phones"), QStringLiteral("contact_emails")}) {
        auto removed =
            m_database.exec(QStringLiteral("DELETE FROM %1 WHERE contact_id = ?").arg(table), {id});
        if (!removed)
            return removed.error();
    }
    for (int i = 0; i < c.phones.size(); ++i) {
        const ContactPhone& phone = c.phones.at(i);
        auto inserted = m_database.exec(
            QStringLiteral("INSERT INTO contact_phones (contact_id, position, raw, "
                           "e164, type, label, valid) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {id, i, phone.raw, phone.e164, phone.type.isEmpty() ? QStringLiteral("unknown") : phone.type,
             phone.label, phone.valid ? 1 : 0});
        if (!inserted)
            return inserted.error();
    }
    for (int i = 0; i < c.emails.size(); ++i) {
        auto inserted = m_database.exec(
            QStringLiteral(
                "INSERT INTO contact_emails (contact_id, position, address, label) VALUES (?, ?, ?, ?)"),
            {id, i, c.emails.at(i).address, c.emails.at(i).label});
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Status LocalRecords::writeGroup(const QString& id, const QJsonObject& payload, qint64 version) {
    QJsonObject withId = payload;
    withId.insert(QStringLiteral("id"), id);
    auto parsed = groupFromJson(withId);
    if (!parsed)
        return invalidRecord(QStringLiteral("group"), id, parsed.errorMessage());
    if (parsed.value().name.trimmed().isEmpty())
        return invalidRecord(QStringLiteral("group"), id,
                             QCoreApplication::translate("iq::LocalRecords", "the name is empty"));
    // Group names are unique on a device. Another group of this name made here before the sync keeps
    // its members and gets a distinguishable name, rather than the whole batch failing.
    auto clash = m_database.exec(
        QStringLiteral(
            "UPDATE groups SET name = name || ' (' || substr(id, 1, 8) || ')' WHERE name = ? COLLATE "
            "NOCASE AND id <> ? AND deleted = 0"),
        {parsed.value().name, id});
    if (!clash)
        return clash.error();
    auto upserted = m_database.exec(
        QStringLiteral(
            "INSERT INTO groups (id, name, description, server_version, created_at, updated_at, deleted) "
            "VALUES (?, ?, ?, ?, ?, ?, 0) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
            "description = excluded.description, server_version = excluded.server_version, "
            "updated_at = excluded.updated_at, deleted = 0"),
        {id, parsed.value().name, parsed.value().description, version, metaTime(payload, "createdAt"),
         metaTime(payload, "updatedAt")});
    if (!upserted)
        return upserted.error();
    return {};
}

Status LocalRecords::writeMembership(const QJsonObject& payload, bool* waiting) {
    const QString groupId = payload.value(QStringLiteral("groupId")).toString();
    const QString contactId = payload.value(QStringLiteral("contactId")).toString();
    const auto consent = consentStateFromStorage(payload.value(QStringLiteral("consent")).toString());
    if (groupId.isEmpty() || contactId.isEmpty() || !consent)
        return invalidRecord(
            QStringLiteral("membership"), groupId + QLatin1Char(':') + contactId,
            QCoreApplication::translate("iq::LocalRecords", "groupId, contactId and consent are required"));
    auto present = m_database.exec(
        QStringLiteral(
            "SELECT (SELECT count(*) FROM groups WHERE id = ? AND deleted = 0), (SELECT count(*) FROM "
            "contacts WHERE id = ? AND deleted = 0), (SELECT consent FROM group_members WHERE "
            "group_id = ? AND contact_id = ?)"),
        {groupId, contactId, groupId, contactId});
    if (!present)
        return present.error();
    present.value().next();
    if (present.value().value(0).toInt() == 0 || present.value().value(1).toInt() == 0) {
        if (waiting)
            *waiting = true;
        return {};
    }
    if (!present.value().value(2).isNull() && present.value().value(2).toString() == toStorage(*consent))
        return {};
    present.value().finish();
    ConsentChange change;
    change.contactId = contactId;
    change.groupId = groupId;
    change.state = *consent;
    change.method = ConsentMethod::Sync;
    change.source = payload.value(QStringLiteral("source")).toString();
    change.recordedBy = payload.value(QStringLiteral("method")).toString();
    return ConsentLedger(m_database).record(change);
}

Status LocalRecords::writeConsent(const QJsonObject& payload, bool* waiting) {
    const QString contactId = payload.value(QStringLiteral("contactId")).toString();
    const auto channel = channelFromStorage(payload.value(QStringLiteral("channel")).toString());
    const auto consent = consentStateFromStorage(payload.value(QStringLiteral("consent")).toString());
    if (contactId.isEmpty() || !channel || !consent)
        return invalidRecord(
            QStringLiteral("consent"), contactId,
            QCoreApplication::translate("iq::LocalRecords", "contactId, channel and consent are required"));
    auto present = m_database.exec(
        QStringLiteral(
            "SELECT (SELECT count(*) FROM contacts WHERE id = ? AND deleted = 0), (SELECT consent FROM "
            "channel_consent WHERE contact_id = ? AND channel = ?)"),
        {contactId, contactId, toStorage(*channel)});
    if (!present)
        return present.error();
    present.value().next();
    if (present.value().value(0).toInt() == 0) {
        if (waiting)
            *waiting = true;
        return {};
    }
    if (!present.value().value(1).isNull() && present.value().value(1).toString() == toStorage(*consent))
        return {};
    present.value().finish();
    ConsentChange change;
    change.contactId = contactId;
    change.channel = *channel;
    change.state = *consent;
    change.method = ConsentMethod::Sync;
    change.source = payload.value(QStringLiteral("source")).toString();
    change.recordedBy = payload.value(QStringLiteral("method")).toString();
    return ConsentLedger(m_database).record(change);
}

Status LocalRecords::writeGeneric(const QString& entity, const QString& id, const QJsonObject& payload,
                                  qint64 version, bool* waiting) {
    const GenericTable* table = genericTable(entity);
    if (!table)
        return invalidRecord(entity, id,
                             QCoreApplication::translate("iq::LocalRecords", "unknown record type"));
    if (waiting) {
        // A message pulled before its campaign (whose status change gave it a later place in the pull)
        // waits for it rather than losing the link for good.
        PreparedStatements statements(m_database);
        auto missing = missingReferent(statements, *table, payload);
        if (!missing)
            return missing.error();
        if (missing.value()) {
            *waiting = true;
            return {};
        }
    }
    QStringList names, values, updates;
    QVariantList bound{id};
    for (const Column& column : table->columns) {
        const QString name = QString::fromLatin1(column.name);
        const QJsonValue value = payload.value(camelCase(column.name));
        names << name;
        updates << name + QStringLiteral(" = excluded.") + name;
        switch (column.kind) {
        case Column::Text:
            if (!value.isString() && !value.isUndefined())
                return invalidRecord(
                    entity, id,
                    QCoreApplication::translate("iq::LocalRecords", "\"%1\" must be a string")
                        .arg(camelCase(column.name)));
            bound << value.toString();
            break;
        case Column::NullableText:
            bound << (value.isString() ? QVariant(value.toString()) : QVariant());
            break;
        case Column::Integer:
            bound << qint64(value.toDouble());
            break;
        case Column::JsonText:
            bound << compactJson(value);
            break;
        }
        if (column.references) {
            const QString target = QString::fromLatin1(column.references);
            const QString targetTable = target.section(QLatin1Char(' '), 0, 0);
            const QString targetColumn = target.section(QLatin1Char('('), 1).chopped(1);
            values << QStringLiteral("(SELECT %1 FROM %2 WHERE %1 = ?)").arg(targetColumn, targetTable);
        } else {
            values << QStringLiteral("?");
        }
    }
    bound << version << metaTime(payload, "createdAt") << metaTime(payload, "updatedAt");
    auto upserted = m_database.exec(
        QStringLiteral(
            "INSERT INTO %1 (id, %2, server_version, created_at, updated_at, deleted) VALUES (?, %3, ?, "
            "?, ?, 0) ON CONFLICT (id) DO UPDATE SET %4, server_version = excluded.server_version, "
            "updated_at = excluded.updated_at, deleted = 0")
            .arg(QLatin1String(table->table), names.join(QLatin1Char(',')), values.join(QLatin1Char(',')),
                 updates.join(QLatin1Char(','))),
        bound);
    if (!upserted)
        return invalidRecord(entity, id, plainReason(upserted.errorMessage()));
    return {};
}

Status LocalRecords::remove(const QString& entity, const QString& id, qint64 version) {
    if (entity == QLatin1String("membership") || entity == QLatin1String("consent")) {
        const qsizetype colon = id.indexOf(QLatin1Char(':'));
        if (entity == QLatin1String("consent")) {
            // A channel's consent is never forgotten by a sync: the ledger keeps it.
            return {};
        }
        auto removed =
            m_database.exec(QStringLiteral("DELETE FROM group_members WHERE group_id = ? AND contact_id = ?"),
                            {id.left(colon), id.mid(colon + 1)});
        return removed ? Status() : Status(removed.error());
    }
    if (entity == QLatin1String("contact")) {
        for (const QString& table : {QStringLiteral("contact_phones"), QStringLiteral("contact_emails"),
                                     QStringLiteral("group_members")}) {
            auto removed =
                m_database.exec(QStringLiteral("DELETE FROM %1 WHERE contact_id = ?").arg(table), {id});
            if (!removed)
                return removed.error();
        }
        auto tombstone = m_database.exec(
            QStringLiteral(
                "UPDATE contacts SET given_name = '', middle_name = '', family_name = '', display_name = "
                "'', list_name = '', organization = '', notes = '', custom_fields = '{}', deleted = 1, "
                "server_version = ?, updated_at = ? WHERE id = ?"),
            {version, storedNow(), id});
        return tombstone ? Status() : Status(tombstone.error());
    }
    QString table;
    if (entity == QLatin1String("group"))
        table = QStringLiteral("groups");
    else if (const GenericTable* generic = genericTable(entity))
        table = QLatin1String(generic->table);
    else
        return invalidRecord(entity, id,
                             QCoreApplication::translate("iq::LocalRecords", "unknown record type"));
    auto tombstone = m_database.exec(
        QStringLiteral("UPDATE %1 SET deleted = 1, server_version = ?, updated_at = ? WHERE id = ?")
            .arg(table),
        {version, storedNow(), id});
    return tombstone ? Status() : Status(tombstone.error());
}

bool LocalRecords::insertsInBulk(const QString& entity) {
    return entity == QLatin1String("contact") || genericTable(entity) != nullptr;
}

bool LocalRecords::editedHere(const QString& entity) {
    return entity != QLatin1String("message") && entity != QLatin1String("call_log");
}

Result<QSet<QString>> LocalRecords::present(const QString& entity, const QStringList& ids) {
    const QString table = tableOf(entity);
    if (table.isEmpty() || !insertsInBulk(entity))
        return invalidRecord(entity, {},
                             QCoreApplication::translate("iq::LocalRecords", "unknown record type"));
    QJsonArray list;
    for (const QString& id : ids)
        list.append(id);
    auto query = m_database.exec(
        QStringLiteral("SELECT id FROM %1 WHERE id IN (SELECT value FROM json_each(?))").arg(table),
        {jsonText(list)});
    if (!query)
        return query.error();
    QSet<QString> found;
    while (query.value().next())
        found.insert(query.value().value(0).toString());
    return found;
}

Result<QList<qsizetype>> LocalRecords::insertNew(const QString& entity, const QList<NewRecord>& records) {
    QList<qsizetype> skipped;
    Status stored = allOrNothing(m_database, [&]() -> Status {
        if (entity == QLatin1String("contact"))
            return insertNewContacts(records, skipped);
        return insertNewGeneric(entity, records, skipped);
    });
    if (!stored)
        return stored.error();
    return skipped;
}

Status LocalRecords::insertNewContacts(const QList<NewRecord>& records, QList<qsizetype>& skipped) {
    PreparedStatements statements(m_database);
    // Phones and e-mails go in before their contacts (the foreign keys are checked once the contacts
    // are there), so that each contact row is written once, with the columns the triggers of schema 4
    // would have derived, and enters the full-text index once, in rowid order, in a single statement.
    // Written the usual way (contact, then phones updating it) the index takes a delete and a re-insert
    // per contact, and SQLite's FTS5 writes a new index segment for nearly every one of them. The
    // contacts go in one statement for the same reason: each statement with triggers opens a statement
    // savepoint, and at every savepoint FTS5 writes out what it holds as a new segment. Phones and
    // e-mails (no full-text index of their own) go one row at a time through statements prepared once
    // for the run, cheaper than packing them into JSON text for json_each.
    const QString insertPhone = QStringLiteral("INSERT INTO contact_phones (contact_id, position, raw, e164, "
                                               "type, label, valid) VALUES (?, ?, ?, ?, "
                                               "?, ?, ?)");
    const QString insertEmail = QStringLiteral(
        "INSERT INTO contact_emails (contact_id, position, address, label) VALUES (?, ?, ?, ?)");
    // The new contacts wait in a table of this connection's temporary database (no triggers, no
    // indexes) and then go into contacts with one statement. Their derived columns are those the
    // triggers of migration 0004 compute (ContactListColumns); a new contact has no memberships or
    // channel consent yet, so groups_text and consent_summary keep their defaults.
    const QString stageContact = QStringLiteral(
        "INSERT INTO temp.iq_new_contacts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QString insertContacts = QStringLiteral(
        "INSERT INTO contacts (id, given_name, middle_name, family_name, display_name, list_name, "
        "organization, notes, language, time_zone, custom_fields, server_version, created_at, "
        "updated_at, deleted, primary_phone, search_numbers, primary_email, search_emails) "
        "SELECT id, given_name, middle_name, family_name, display_name, list_name, organization, notes, "
        "language, time_zone, custom_fields, server_version, created_at, updated_at, 0, primary_phone, "
        "search_numbers, primary_email, search_emails FROM temp.iq_new_contacts ORDER BY rowid");
    using S = PreparedStatements;
    qsizetype staged = 0;
    QString now;
    // The triggers that would copy each phone and e-mail into its contact find no contact yet; the
    // contacts statement derives those columns itself. Without them a phone's insert needs no statement
    // journal. Put back before this returns, or undone with everything else by the caller's savepoint.
    TriggersAside triggers(m_database);
    Status status = [&]() -> Status {
        auto deferred = m_database.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        if (!deferred)
            return deferred.error();
        if (Status aside = triggers.setAside({"contact_phones_insert", "contact_emails_insert"}); !aside)
            return aside;
        if (Status created = m_database.execScript(QStringLiteral(
                "CREATE TEMP TABLE IF NOT EXISTS iq_new_contacts (id, given_name, middle_name, family_name, "
                "display_name, list_name, organization, notes, language, time_zone, custom_fields, "
                "server_version, created_at, updated_at, primary_phone, search_numbers, primary_email, "
                "search_emails); DELETE FROM temp.iq_new_contacts;"));
            !created)
            return created;
        for (qsizetype r = 0; r < records.size(); ++r) {
            const NewRecord& record = records.at(r);
            // The server's payload carries the id already; adding it would copy the whole object.
            const bool hasId = record.payload.value(QLatin1String("id")).toString() == record.id;
            QJsonObject withId;
            if (!hasId) {
                withId = record.payload;
                withId.insert(QStringLiteral("id"), record.id);
            }
            auto parsed = ContactJson::fromJson(hasId ? record.payload : withId);
            if (!parsed) {
                skipped.append(r);
                continue;
            }
            const Contact& c = parsed.value();
            for (int i = 0; i < c.phones.size(); ++i) {
                const ContactPhone& phone = c.phones.at(i);
                sqlite3_stmt* s = statements.get(insertPhone);
                if (s) {
                    S::bindText(s, 1, record.id);
                    S::bindInteger(s, 2, i);
                    S::bindText(s, 3, phone.raw);
                    S::bindText(s, 4, phone.e164);
                    S::bindText(s, 5, phone.type.isEmpty() ? QStringLiteral("unknown") : phone.type);
                    S::bindText(s, 6, phone.label);
                    S::bindInteger(s, 7, phone.valid ? 1 : 0);
                }
                if (Status done = statements.run(
                        s, QCoreApplication::translate("iq::LocalRecords", "Storing a phone number"));
                    !done)
                    return done;
            }
            for (int i = 0; i < c.emails.size(); ++i) {
                sqlite3_stmt* s = statements.get(insertEmail);
                if (s) {
                    S::bindText(s, 1, record.id);
                    S::bindInteger(s, 2, i);
                    S::bindText(s, 3, c.emails.at(i).address);
                    S::bindText(s, 4, c.emails.at(i).label);
                }
                if (Status done = statements.run(
                        s, QCoreApplication::translate("iq::LocalRecords", "Storing an e-mail address"));
                    !done)
                    return done;
            }
            const ContactListColumns list = ContactListColumns::of(c);
            sqlite3_stmt* s = statements.get(stageContact);
            if (s) {
                const QString texts[] = {record.id,     c.givenName,   c.middleName,   c.familyName,
                                         c.displayName, c.shownName(), c.organization, c.notes,
                                         c.language,    c.timeZone};
                int i = 1;
                for (const QString& text : texts)
                    S::bindText(s, i++, text);
                S::bindText(s, 11, ContactJson::customFieldsText(c));
                S::bindInteger(s, 12, record.version);
                S::bindText(s, 13, metaTime(record.payload, "createdAt", now));
                S::bindText(s, 14, metaTime(record.payload, "updatedAt", now));
                S::bindText(s, 15, list.primaryPhone);
                S::bindText(s, 16, list.searchNumbers);
                S::bindText(s, 17, list.primaryEmail);
                S::bindText(s, 18, list.searchEmails);
            }
            if (Status done =
                    statements.run(s, QCoreApplication::translate("iq::LocalRecords", "Storing a contact"));
                !done)
                return done;
            ++staged;
        }
        if (staged > 0) {
            auto inserted = m_database.exec(insertContacts);
            if (!inserted)
                return inserted.error();
            if (Status emptied = m_database.execScript(QStringLiteral("DELETE FROM temp.iq_new_contacts"));
                !emptied)
                return emptied;
        }
        return triggers.restore();
    }();
    // Foreign keys are checked here, at the latest: the contacts of the phones are all in by now.
    auto checked = m_database.exec(QStringLiteral("PRAGMA defer_foreign_keys = OFF"));
    if (status && !checked)
        return checked.error();
    return status;
}

Status LocalRecords::insertNewGeneric(const QString& entity, const QList<NewRecord>& records,
                                      QList<qsizetype>& skipped) {
    const GenericTable* table = genericTable(entity);
    if (!table)
        return invalidRecord(entity, {},
                             QCoreApplication::translate("iq::LocalRecords", "unknown record type"));
    // The same values writeGeneric() binds, one row per record, with a statement prepared once.
    QStringList keys, names, values;
    int index = 2;
    for (const Column& column : table->columns) {
        keys << camelCase(column.name);
        names << QString::fromLatin1(column.name);
        const QString value = QStringLiteral("?%1").arg(index++);
        if (column.references) {
            const QString target = QString::fromLatin1(column.references);
            const QString targetTable = target.section(QLatin1Char(' '), 0, 0);
            const QString targetColumn = target.section(QLatin1Char('('), 1).chopped(1);
            values
                << QStringLiteral("(SELECT %1 FROM %2 WHERE %1 = %3)").arg(targetColumn, targetTable, value);
        } else {
            values << value;
        }
    }
    const QString sql =
        QStringLiteral("INSERT INTO %1 (id, %2, server_version, created_at, updated_at, deleted) VALUES (?1, "
                       "%3, ?%4, ?%5, ?%6, 0)")
            .arg(QLatin1String(table->table), names.join(QLatin1Char(',')), values.join(QLatin1Char(',')))
            .arg(index)
            .arg(index + 1)
            .arg(index + 2);
    PreparedStatements statements(m_database);
    using S = PreparedStatements;
    QString now;
    for (qsizetype r = 0; r < records.size(); ++r) {
        const NewRecord& record = records.at(r);
        bool valid = true;
        qsizetype k = 0;
        for (const Column& column : table->columns) {
            const QJsonValue value = record.payload.value(keys.at(k++));
            if (column.kind == Column::Text)
                valid = valid && (value.isString() || value.isUndefined());
        }
        if (valid) {
            auto missing = missingReferent(statements, *table, record.payload);
            if (!missing)
                return missing.error();
            valid = !missing.value(); // written or held by write(), which the caller uses for these
        }
        if (!valid) {
            skipped.append(r);
            continue;
        }
        sqlite3_stmt* s = statements.get(sql);
        if (s) {
            S::bindText(s, 1, record.id);
            int i = 2;
            k = 0;
            for (const Column& column : table->columns) {
                const QJsonValue value = record.payload.value(keys.at(k++));
                switch (column.kind) {
                case Column::Text:
                    S::bindText(s, i, value.toString());
                    break;
                case Column::NullableText:
                    if (value.isString())
                        S::bindText(s, i, value.toString());
                    else
                        S::bindNull(s, i);
                    break;
                case Column::Integer:
                    S::bindInteger(s, i, qint64(value.toDouble()));
                    break;
                case Column::JsonText:
                    S::bindText(s, i, compactJson(value));
                    break;
                }
                ++i;
            }
            S::bindInteger(s, i, record.version);
            S::bindText(s, i + 1, metaTime(record.payload, "createdAt", now));
            S::bindText(s, i + 2, metaTime(record.payload, "updatedAt", now));
        }
        if (Status done = statements.run(
                s, QCoreApplication::translate("iq::LocalRecords", "Storing the %1 record").arg(entity));
            !done)
            return done;
    }
    return {};
}

Result<QHash<QString, QJsonObject>> LocalRecords::readMany(const QString& entity, const QStringList& ids) {
    QHash<QString, QJsonObject> records;
    if (entity == QLatin1String("contact")) {
        auto contacts = ContactRepository(m_database).getMany(ids);
        if (!contacts)
            return contacts.error();
        for (const Contact& contact : std::as_const(contacts.value()))
            records.insert(contact.id, ContactJson::toJson(contact));
        return records;
    }
    for (const QString& id : ids) {
        auto record = read(entity, id);
        if (!record)
            return record.error();
        if (record.value())
            records.insert(id, *record.value());
    }
    return records;
}

bool LocalRecords::canUnlink(const QString& entity) {
    return genericTable(entity) != nullptr;
}

QString LocalRecords::versionTable(const QString& entity) {
    return tableOf(entity);
}

Status LocalRecords::setVersion(const QString& entity, const QString& id, qint64 version) {
    const QString table = versionTable(entity);
    if (table.isEmpty())
        return {}; // memberships and consent keep their version in sync_base only
    auto updated = m_database.exec(QStringLiteral("UPDATE %1 SET server_version = ? WHERE id = ?").arg(table),
                                   {version, id});
    return updated ? Status() : Status(updated.error());
}

} // namespace iq
