#include "sync/LocalRecords.h"

#include "domain/Consent.h"
#include "store/ConsentLedger.h"
#include "store/ContactRepository.h"
#include "store/Database.h"
#include "store/GroupRepository.h"
#include "util/Clock.h"
#include "json/ContactJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

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
      {"content_id", Column::NullableText, "content (id)"},
      {"body"},
      {"status"},
      {"scheduled_at", Column::NullableText},
      {"sent_at", Column::NullableText},
      {"idempotency_key", Column::NullableText}}},
    {"message",
     "messages",
     {{"campaign_id", Column::NullableText, "campaigns (id)"},
      {"contact_id", Column::NullableText, "contacts (id)"},
      {"channel"},
      {"address"},
      {"body"},
      {"segments", Column::Integer},
      {"status"}}},
    {"call_log",
     "call_logs",
     {{"calling_number"},
      {"receiving_number"},
      {"forwarding_number"},
      {"started_at"},
      {"duration_seconds", Column::Integer},
      {"routing"},
      {"call_type"}}},
};

const GenericTable* genericTable(const QString& entity) {
    for (const GenericTable& table : kGenericTables) {
        if (entity == QLatin1String(table.entity))
            return &table;
    }
    return nullptr;
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

QString storedNow() {
    return toStoredTime(Clock::system().now());
}

QString metaTime(const QJsonObject& payload, const char* key) {
    const QString text = payload.value(QLatin1String(key)).toString();
    return fromStoredTime(text).isValid() ? text : storedNow();
}

QString compactJson(const QJsonValue& value) {
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return QStringLiteral("[]");
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
        case Column::JsonText:
            json = QJsonDocument::fromJson(value.toString().toUtf8()).array();
            break;
        }
        payload.insert(camelCase(column.name), json);
    }
    return std::optional<QJsonObject>(payload);
}

Status LocalRecords::write(const QString& entity, const QString& id, const QJsonObject& payload,
                           qint64 version) {
    if (entity == QLatin1String("contact"))
        return writeContact(id, payload, version);
    if (entity == QLatin1String("group"))
        return writeGroup(id, payload, version);
    if (entity == QLatin1String("membership"))
        return writeMembership(payload);
    if (entity == QLatin1String("consent"))
        return writeConsent(payload);
    return writeGeneric(entity, id, payload, version);
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
         c.language, c.timeZone,
         QString::fromUtf8(
             QJsonDocument(QJsonObject::fromVariantMap(c.customFields)).toJson(QJsonDocument::Compact)),
         version, metaTime(payload, "createdAt"), metaTime(payload, "updatedAt")});
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

Status LocalRecords::writeMembership(const QJsonObject& payload) {
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
    if (present.value().value(0).toInt() == 0 || present.value().value(1).toInt() == 0)
        return {};
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

Status LocalRecords::writeConsent(const QJsonObject& payload) {
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
    if (present.value().value(0).toInt() == 0)
        return {};
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
                                  qint64 version) {
    const GenericTable* table = genericTable(entity);
    if (!table)
        return invalidRecord(entity, id,
                             QCoreApplication::translate("iq::LocalRecords", "unknown record type"));
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
        return invalidRecord(entity, id, upserted.errorMessage());
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

Status LocalRecords::setVersion(const QString& entity, const QString& id, qint64 version) {
    QString table;
    if (entity == QLatin1String("contact"))
        table = QStringLiteral("contacts");
    else if (entity == QLatin1String("group"))
        table = QStringLiteral("groups");
    else if (const GenericTable* generic = genericTable(entity))
        table = QLatin1String(generic->table);
    else
        return {}; // memberships and consent keep their version in sync_base only
    auto updated = m_database.exec(QStringLiteral("UPDATE %1 SET server_version = ? WHERE id = ?").arg(table),
                                   {version, id});
    return updated ? Status() : Status(updated.error());
}

} // namespace iq
