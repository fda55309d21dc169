#include "core/store/GroupRepository.h"

#include "core/store/ChangeNotifier.h"
#include "core/store/Database.h"
#include "core/store/Outbox.h"
#include "shared/json/ContactJson.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QUuid>

namespace iq {
namespace {

const QString kGroup = QStringLiteral("group");
const QString kMembership = QStringLiteral("membership");

Error notFound(const QString& what) {
    return Error::make(Error::Code::NotFound,
                       QCoreApplication::translate("iq::GroupRepository", "There is no group %1.").arg(what));
}

Error nameTaken(const QString& name) {
    return Error::make(
        Error::Code::Conflict,
        QCoreApplication::translate("iq::GroupRepository", "A group named \"%1\" already exists.").arg(name));
}

Error emptyName() {
    return Error::make(Error::Code::InvalidInput,
                       QCoreApplication::translate("iq::GroupRepository", "A group needs a name."));
}

QString membershipKey(const QString& groupId, const QString& contactId) {
    return groupId + QLatin1Char(':') + contactId;
}

} // namespace

GroupRepository::GroupRepository(Database& database, ChangeNotifier* notifier, const Clock* clock)
    : m_database(database)
    , m_notifier(notifier)
    , m_clock(clock ? *clock : Clock::system()) {}

Result<Group> GroupRepository::add(Group group) {
    group.name = group.name.trimmed();
    if (group.name.isEmpty())
        return emptyName();
    if (group.id.isEmpty())
        group.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    group.meta.createdAt = group.meta.updatedAt = m_clock.now();
    Status status = m_database.transaction([&]() -> Status {
        if (find(group.name).ok())
            return nameTaken(group.name);
        auto inserted =
            m_database.exec(QStringLiteral("INSERT INTO groups (id, name, description, server_version, "
                                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                            {group.id, group.name, group.description, group.meta.serverVersion,
                             toStoredTime(group.meta.createdAt), toStoredTime(group.meta.updatedAt)});
        if (!inserted)
            return inserted.error();
        return Outbox::append(m_database, m_clock, kGroup, group.id, Outbox::Operation::Upsert,
                              group.meta.serverVersion, toJson(group));
    });
    if (!status)
        return status.error();
    if (m_notifier)
        m_notifier->announce(Entity::Group, {group.id});
    return group;
}

Result<Group> GroupRepository::update(Group group) {
    group.name = group.name.trimmed();
    if (group.name.isEmpty())
        return emptyName();
    group.meta.updatedAt = m_clock.now();
    Status status = m_database.transaction([&]() -> Status {
        auto existing = find(group.name);
        if (existing.ok() && existing.value().id != group.id)
            return nameTaken(group.name);
        auto updated = m_database.exec(
            QStringLiteral("UPDATE groups SET name = ?, description = ?, updated_at = ? "
                           "WHERE id = ? AND deleted = 0 RETURNING server_version, created_at"),
            {group.name, group.description, toStoredTime(group.meta.updatedAt), group.id});
        if (!updated)
            return updated.error();
        if (!updated.value().next())
            return notFound(group.id);
        group.meta.serverVersion = updated.value().value(0).toLongLong();
        group.meta.createdAt = fromStoredTime(updated.value().value(1).toString());
        updated.value().finish();
        return Outbox::append(m_database, m_clock, kGroup, group.id, Outbox::Operation::Upsert,
                              group.meta.serverVersion, toJson(group));
    });
    if (!status)
        return status.error();
    if (m_notifier)
        m_notifier->announce(Entity::Group, {group.id});
    return group;
}

Status GroupRepository::remove(const QString& id) {
    Status status = m_database.transaction([&]() -> Status {
        auto group = get(id);
        if (!group)
            return group.error();
        auto members = m_database.exec(QStringLiteral("DELETE FROM group_members WHERE group_id = ?"), {id});
        if (!members)
            return members.error();
        auto tombstone =
            m_database.exec(QStringLiteral("UPDATE groups SET deleted = 1, updated_at = ? WHERE id = ?"),
                            {toStoredTime(m_clock.now()), id});
        if (!tombstone)
            return tombstone.error();
        return Outbox::append(m_database, m_clock, kGroup, id, Outbox::Operation::Delete,
                              group.value().meta.serverVersion, QJsonObject{{QStringLiteral("id"), id}});
    });
    if (status && m_notifier)
        m_notifier->announce(Entity::Group, {id});
    return status;
}

Result<Group> GroupRepository::get(const QString& id) {
    auto groups = load(QStringLiteral("id = ? AND deleted = 0"), {id});
    if (!groups)
        return groups.error();
    if (groups.value().isEmpty())
        return notFound(id);
    return groups.value().first();
}

Result<Group> GroupRepository::find(const QString& nameOrId) {
    auto groups = load(QStringLiteral("deleted = 0 AND (name = ? COLLATE NOCASE OR id = ?) LIMIT 1"),
                       {nameOrId.trimmed(), nameOrId.trimmed()});
    if (!groups)
        return groups.error();
    if (groups.value().isEmpty())
        return notFound(QStringLiteral("\"%1\"").arg(nameOrId));
    return groups.value().first();
}

Result<QList<Group>> GroupRepository::list(int offset, int limit) {
    return load(QStringLiteral("deleted = 0 ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?"),
                {limit, offset});
}

Result<int> GroupRepository::count() {
    auto query = m_database.exec(QStringLiteral("SELECT count(*) FROM groups WHERE deleted = 0"));
    if (!query)
        return query.error();
    query.value().next();
    return query.value().value(0).toInt();
}

Status GroupRepository::addMember(const QString& groupId, const QString& contactId, ConsentState consent,
                                  ConsentMethod method, const QString& source, const QString& recordedBy) {
    Status status = m_database.transaction([&]() -> Status {
        auto group = get(groupId);
        if (!group)
            return group.error();
        ConsentChange change;
        change.contactId = contactId;
        change.groupId = groupId;
        change.state = consent;
        change.method = method;
        change.source = source;
        change.recordedBy = recordedBy;
        if (Status recorded = ConsentLedger(m_database, &m_clock).record(change); !recorded)
            return recorded;
        return Outbox::append(m_database, m_clock, kMembership, membershipKey(groupId, contactId),
                              Outbox::Operation::Upsert, 0,
                              QJsonObject{{QStringLiteral("groupId"), groupId},
                                          {QStringLiteral("contactId"), contactId},
                                          {QStringLiteral("consent"), toStorage(consent)},
                                          {QStringLiteral("method"), toStorage(method)},
                                          {QStringLiteral("source"), source}});
    });
    if (status && m_notifier)
        m_notifier->announce(Entity::Membership, {contactId});
    return status;
}

Status GroupRepository::removeMember(const QString& groupId, const QString& contactId) {
    Status status = m_database.transaction([&]() -> Status {
        auto removed = m_database.exec(
            QStringLiteral(
                "DELETE FROM group_members WHERE group_id = ? AND contact_id = ? RETURNING contact_id"),
            {groupId, contactId});
        if (!removed)
            return removed.error();
        if (!removed.value().next())
            return Error::make(
                Error::Code::NotFound,
                QCoreApplication::translate("iq::GroupRepository", "Contact %1 is not a member of group %2.")
                    .arg(contactId, groupId));
        removed.value().finish();
        return Outbox::append(
            m_database, m_clock, kMembership, membershipKey(groupId, contactId), Outbox::Operation::Delete, 0,
            QJsonObject{{QStringLiteral("groupId"), groupId}, {QStringLiteral("contactId"), contactId}});
    });
    if (status && m_notifier)
        m_notifier->announce(Entity::Membership, {contactId});
    return status;
}

Result<QList<GroupMember>> GroupRepository::members(const QString& groupId) {
    auto query =
        m_database.exec(QStringLiteral("SELECT c.id, c.list_name, m.consent FROM group_members m JOIN "
                                       "contacts c ON c.id = m.contact_id WHERE m.group_id = ? AND "
                                       "c.deleted = 0 ORDER BY c.list_name COLLATE NOCASE, c.id"),
                        {groupId});
    if (!query)
        return query.error();
    QList<GroupMember> members;
    while (query.value().next()) {
        members.append(
            {query.value().value(0).toString(), query.value().value(1).toString(),
             consentStateFromStorage(query.value().value(2).toString()).value_or(ConsentState::Unknown)});
    }
    return members;
}

Result<std::optional<ConsentState>> GroupRepository::membership(const QString& groupId,
                                                                const QString& contactId) {
    auto query = m_database.exec(
        QStringLiteral("SELECT consent FROM group_members WHERE group_id = ? AND contact_id = ?"),
        {groupId, contactId});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<ConsentState>();
    return std::optional<ConsentState>(
        consentStateFromStorage(query.value().value(0).toString()).value_or(ConsentState::Unknown));
}

Result<QList<Group>> GroupRepository::load(const QString& where, const QVariantList& values) {
    auto query = m_database.exec(QStringLiteral("SELECT id, name, description, server_version, created_at, "
                                                "updated_at, deleted FROM groups WHERE ") +
                                     where,
                                 values);
    if (!query)
        return query.error();
    QList<Group> groups;
    QSqlQuery& q = query.value();
    while (q.next()) {
        Group group;
        group.id = q.value(0).toString();
        group.name = q.value(1).toString();
        group.description = q.value(2).toString();
        group.meta.serverVersion = q.value(3).toLongLong();
        group.meta.createdAt = fromStoredTime(q.value(4).toString());
        group.meta.updatedAt = fromStoredTime(q.value(5).toString());
        group.meta.deleted = q.value(6).toBool();
        groups.append(group);
    }
    return groups;
}

} // namespace iq
