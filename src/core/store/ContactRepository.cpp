#include "core/store/ContactRepository.h"

#include "core/store/ChangeNotifier.h"
#include "core/store/Database.h"
#include "core/store/Outbox.h"
#include "shared/json/ContactJson.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace iq {
namespace {

const QString kEntity = QStringLiteral("contact");
// What a deleted contact keeps: only what sync needs. The consent ledger stays while the row does.
const QString kTombstone =
    QStringLiteral("given_name = '', middle_name = '', family_name = '', display_name = '', list_name = '', "
                   "organization = '', notes = '', custom_fields = '{}', deleted = 1");

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Error notFound(const QString& id) {
    return Error::make(
        Error::Code::NotFound,
        QCoreApplication::translate("iq::ContactRepository", "There is no contact with id %1.").arg(id));
}

} // namespace

ContactRepository::ContactRepository(Database& database, ChangeNotifier* notifier, const Clock* clock)
    : m_database(database)
    , m_notifier(notifier)
    , m_clock(clock ? *clock : Clock::system()) {}

Result<Contact> ContactRepository::add(Contact contact) {
    if (contact.id.isEmpty())
        contact.id = newId();
    const QDateTime now = m_clock.now();
    contact.meta.createdAt = now;
    contact.meta.updatedAt = now;
    contact.meta.deleted = false;
    Status status = m_database.transaction([&]() -> Status {
        auto inserted = m_database.exec(
            QStringLiteral(
                "INSERT INTO contacts (id, given_name, middle_name, family_name, display_name, "
                "list_name, organization, notes, language, time_zone, custom_fields, server_version, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {contact.id, contact.givenName, contact.middleName, contact.familyName, contact.displayName,
             contact.shownName(), contact.organization, contact.notes, contact.language, contact.timeZone,
             ContactJson::customFieldsText(contact), contact.meta.serverVersion, toStoredTime(now),
             toStoredTime(now)});
        if (!inserted)
            return inserted.error();
        if (Status children = writeChildren(contact); !children)
            return children;
        return appendToOutbox(contact, contact.meta.serverVersion);
    });
    if (!status)
        return status.error();
    if (m_notifier)
        m_notifier->announce(Entity::Contact, {contact.id});
    return contact;
}

Result<Contact> ContactRepository::update(Contact contact) {
    contact.meta.updatedAt = m_clock.now();
    Status status = m_database.transaction([&]() -> Status {
        auto updated = m_database.exec(
            QStringLiteral(
                "UPDATE contacts SET given_name = ?, middle_name = ?, family_name = ?, display_name = ?, "
                "list_name = ?, organization = ?, notes = ?, language = ?, time_zone = ?, "
                "custom_fields = ?, updated_at = ? WHERE id = ? AND deleted = 0 RETURNING "
                "server_version, created_at"),
            {contact.givenName, contact.middleName, contact.familyName, contact.displayName,
             contact.shownName(), contact.organization, contact.notes, contact.language, contact.timeZone,
             ContactJson::customFieldsText(contact), toStoredTime(contact.meta.updatedAt), contact.id});
        if (!updated)
            return updated.error();
        if (!updated.value().next())
            return notFound(contact.id);
        contact.meta.serverVersion = updated.value().value(0).toLongLong();
        contact.meta.createdAt = fromStoredTime(updated.value().value(1).toString());
        updated.value().finish();
        for (const QString& table : {QStringLiteral("contact_phones"), QStringLiteral("contact_emails")}) {
            auto removed = m_database.exec(QStringLiteral("DELETE FROM %1 WHERE contact_id = ?").arg(table),
                                           {contact.id});
            if (!removed)
                return removed.error();
        }
        if (Status children = writeChildren(contact); !children)
            return children;
        return appendToOutbox(contact, contact.meta.serverVersion);
    });
    if (!status)
        return status.error();
    if (m_notifier)
        m_notifier->announce(Entity::Contact, {contact.id});
    return contact;
}

Status ContactRepository::remove(const QString& id) {
    Status status = m_database.transaction([&]() -> Status {
        auto found = m_database.exec(
            QStringLiteral("SELECT server_version FROM contacts WHERE id = ? AND deleted = 0"), {id});
        if (!found)
            return found.error();
        if (!found.value().next())
            return notFound(id);
        const qint64 baseVersion = found.value().value(0).toLongLong();
        found.value().finish();
        for (const QString& table : {QStringLiteral("contact_phones"), QStringLiteral("contact_emails"),
                                     QStringLiteral("group_members")}) {
            auto removed =
                m_database.exec(QStringLiteral("DELETE FROM %1 WHERE contact_id = ?").arg(table), {id});
            if (!removed)
                return removed.error();
        }
        // Copies of the person kept by the sync: changes set aside, pulled records held for a referent.
        auto setAside = m_database.exec(
            QStringLiteral("DELETE FROM sync_set_aside WHERE (entity = 'contact' AND record_id = ?) OR "
                           "json_extract(payload, '$.contactId') = ?"),
            {id, id});
        if (!setAside)
            return setAside.error();
        auto held = m_database.exec(
            QStringLiteral("DELETE FROM sync_held WHERE json_extract(payload, '$.contactId') = ?"), {id});
        if (!held)
            return held.error();
        // The tombstone keeps only what sync needs; the consent ledger stays while the row does, so an
        // opt-out survives a deletion that has not reached the server yet.
        auto tombstone = m_database.exec(
            QStringLiteral("UPDATE contacts SET %1, updated_at = ? WHERE id = ?").arg(kTombstone),
            {toStoredTime(m_clock.now()), id});
        if (!tombstone)
            return tombstone.error();
        return Outbox::append(m_database, m_clock, kEntity, id, Outbox::Operation::Delete, baseVersion,
                              QJsonObject{{QStringLiteral("id"), id}});
    });
    if (status && m_notifier)
        m_notifier->announce(Entity::Contact, {id});
    return status;
}

Result<qint64> ContactRepository::removeRowidRange(qint64 first, qint64 last) {
    qint64 removed = 0;
    Status status = m_database.transaction([&]() -> Status {
        const QString now = toStoredTime(m_clock.now());
        QString script = QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS iq_removing (id TEXT PRIMARY KEY, version INTEGER NOT NULL);"
            "DELETE FROM temp.iq_removing;");
        if (Status made = m_database.execScript(script); !made)
            return made;
        auto selected = m_database.exec(
            QStringLiteral(
                "INSERT INTO temp.iq_removing (id, version) SELECT id, server_version FROM contacts "
                "WHERE rowid BETWEEN ? AND ? AND deleted = 0"),
            {first, last});
        if (!selected)
            return selected.error();
        removed = selected.value().numRowsAffected();
        selected.value().finish();
        const QStringList statements = {
            QStringLiteral(
                "DELETE FROM contact_phones WHERE contact_id IN (SELECT id FROM temp.iq_removing)"),
            QStringLiteral(
                "DELETE FROM contact_emails WHERE contact_id IN (SELECT id FROM temp.iq_removing)"),
            QStringLiteral("DELETE FROM group_members WHERE contact_id IN (SELECT id FROM temp.iq_removing)"),
            QStringLiteral(
                "UPDATE contacts SET %1, updated_at = ? WHERE id IN (SELECT id FROM temp.iq_removing)")
                .arg(kTombstone),
            // The payload remove() queues, as QJsonDocument writes {"id": ...} in compact form.
            QStringLiteral(
                "INSERT INTO outbox (entity, record_id, operation, base_version, payload, created_at) "
                "SELECT 'contact', id, 'delete', version, json_object('id', id), ? FROM temp.iq_removing "
                "ORDER BY rowid"),
        };
        for (const QString& sql : statements) {
            auto done = sql.contains(QLatin1Char('?')) ? m_database.exec(sql, {now}) : m_database.exec(sql);
            if (!done)
                return done.error();
        }
        return m_database.execScript(QStringLiteral("DELETE FROM temp.iq_removing;"));
    });
    if (!status)
        return status.error();
    if (removed > 0 && m_notifier)
        m_notifier->announce(Entity::Contact);
    return removed;
}

Result<Contact> ContactRepository::restore(Contact contact) {
    Status status = m_database.transaction([&]() -> Status {
        auto revived = m_database.exec(
            QStringLiteral("UPDATE contacts SET deleted = 0 WHERE id = ? AND deleted = 1 RETURNING id"),
            {contact.id});
        if (!revived)
            return revived.error();
        if (!revived.value().next())
            return notFound(contact.id);
        revived.value().finish();
        return {};
    });
    if (!status)
        return status.error();
    return update(contact);
}

Result<Contact> ContactRepository::get(const QString& id) {
    auto contacts = load(QStringLiteral("id = ? AND deleted = 0"), {id});
    if (!contacts)
        return contacts.error();
    if (contacts.value().isEmpty())
        return notFound(id);
    return contacts.value().first();
}

Result<QList<Contact>> ContactRepository::getMany(const QStringList& ids) {
    if (ids.isEmpty())
        return QList<Contact>();
    return load(
        QStringLiteral("deleted = 0 AND id IN (SELECT value FROM json_each(?))"),
        {QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact))});
}

Result<QList<Contact>> ContactRepository::list(int offset, int limit) {
    return load(QStringLiteral("deleted = 0 ORDER BY list_name COLLATE NOCASE, id LIMIT ? OFFSET ?"),
                {limit, offset});
}

Result<int> ContactRepository::count() {
    auto query = m_database.exec(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0"));
    if (!query)
        return query.error();
    query.value().next();
    return query.value().value(0).toInt();
}

Result<QStringList> ContactRepository::missing(const QStringList& ids) {
    if (ids.isEmpty())
        return QStringList();
    auto query = m_database.exec(
        QStringLiteral("SELECT j.value FROM json_each(?) j WHERE NOT EXISTS (SELECT 1 FROM contacts c "
                       "WHERE c.id = j.value AND c.deleted = 0) ORDER BY j.key"),
        {QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact))});
    if (!query)
        return query.error();
    QStringList result;
    while (query.value().next())
        result << query.value().value(0).toString();
    return result;
}

Result<QList<GroupMembership>> ContactRepository::memberships(const QString& contactId) {
    auto query = m_database.exec(
        QStringLiteral(
            "SELECT g.id, g.name, m.consent FROM group_members m JOIN groups g ON g.id = m.group_id "
            "WHERE m.contact_id = ? AND g.deleted = 0 ORDER BY g.name COLLATE NOCASE"),
        {contactId});
    if (!query)
        return query.error();
    QList<GroupMembership> result;
    while (query.value().next()) {
        result.append(
            {query.value().value(0).toString(), query.value().value(1).toString(),
             consentStateFromStorage(query.value().value(2).toString()).value_or(ConsentState::Unknown)});
    }
    return result;
}

Status ContactRepository::writeChildren(const Contact& contact) {
    for (int i = 0; i < contact.phones.size(); ++i) {
        const ContactPhone& phone = contact.phones.at(i);
        auto inserted = m_database.exec(
            QStringLiteral("INSERT INTO contact_phones (contact_id, position, raw, e164, "
                           "type, label, valid) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {contact.id, i, phone.raw, phone.e164, phone.type, phone.label, phone.valid ? 1 : 0});
        if (!inserted)
            return inserted.error();
    }
    for (int i = 0; i < contact.emails.size(); ++i) {
        const ContactEmail& email = contact.emails.at(i);
        auto inserted = m_database.exec(
            QStringLiteral(
                "INSERT INTO contact_emails (contact_id, position, address, label) VALUES (?, ?, ?, ?)"),
            {contact.id, i, email.address, email.label});
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Status ContactRepository::appendToOutbox(const Contact& contact, qint64 baseVersion) {
    return Outbox::append(m_database, m_clock, kEntity, contact.id, Outbox::Operation::Upsert, baseVersion,
                          ContactJson::toJson(contact));
}

Result<QList<Contact>> ContactRepository::load(const QString& where, const QVariantList& values) {
    auto query = m_database.exec(
        QStringLiteral("SELECT id, given_name, middle_name, family_name, display_name, organization, notes, "
                       "language, time_zone, custom_fields, server_version, created_at, updated_at, deleted "
                       "FROM contacts WHERE ") +
            where,
        values);
    if (!query)
        return query.error();
    QList<Contact> contacts;
    QHash<QString, int> indexById;
    QSqlQuery& q = query.value();
    while (q.next()) {
        Contact contact;
        contact.id = q.value(0).toString();
        contact.givenName = q.value(1).toString();
        contact.middleName = q.value(2).toString();
        contact.familyName = q.value(3).toString();
        contact.displayName = q.value(4).toString();
        contact.organization = q.value(5).toString();
        contact.notes = q.value(6).toString();
        contact.language = q.value(7).toString();
        contact.timeZone = q.value(8).toString();
        contact.customFields =
            QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object().toVariantMap();
        contact.meta.serverVersion = q.value(10).toLongLong();
        contact.meta.createdAt = fromStoredTime(q.value(11).toString());
        contact.meta.updatedAt = fromStoredTime(q.value(12).toString());
        contact.meta.deleted = q.value(13).toBool();
        indexById.insert(contact.id, contacts.size());
        contacts.append(contact);
    }
    q.finish();
    if (contacts.isEmpty())
        return contacts;

    // Children of the whole page in two queries rather than two per contact.
    QString placeholders;
    QVariantList ids;
    for (const Contact& contact : contacts) {
        placeholders += placeholders.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
        ids << contact.id;
    }
    auto phones =
        m_database.exec(QStringLiteral("SELECT contact_id, raw, e164, type, label, valid FROM contact_phones "
                                       "WHERE contact_id IN (%1) ORDER BY contact_id, position")
                            .arg(placeholders),
                        ids);
    if (!phones)
        return phones.error();
    while (phones.value().next()) {
        QSqlQuery& p = phones.value();
        contacts[indexById.value(p.value(0).toString())].phones.append(
            {p.value(1).toString(), p.value(2).toString(), p.value(3).toString(), p.value(4).toString(),
             p.value(5).toBool()});
    }
    auto emails =
        m_database.exec(QStringLiteral("SELECT contact_id, address, label FROM contact_emails WHERE "
                                       "contact_id IN (%1) ORDER BY contact_id, position")
                            .arg(placeholders),
                        ids);
    if (!emails)
        return emails.error();
    while (emails.value().next()) {
        QSqlQuery& e = emails.value();
        contacts[indexById.value(e.value(0).toString())].emails.append(
            {e.value(1).toString(), e.value(2).toString()});
    }
    return contacts;
}

} // namespace iq
