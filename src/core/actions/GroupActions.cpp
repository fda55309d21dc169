#include "core/actions/GroupActions.h"

#include "core/profile/Profile.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"

#include <QCoreApplication>

namespace iq {

// The translation context of this file's messages: lupdate files GroupActionsText::tr() calls under it, and
// the same context is asked for at run time.
class GroupActionsText final {
    Q_DECLARE_TR_FUNCTIONS(iq::GroupActions)
};

GroupActions::GroupActions(Profile& profile, const Clock* clock)
    : GroupActions(profile.database(), &profile.notifier(), clock) {}

GroupActions::GroupActions(Database& database, ChangeNotifier* notifier, const Clock* clock)
    : m_database(database)
    , m_notifier(notifier)
    , m_clock(clock) {}

void GroupActions::announce(Entity entity, const QStringList& ids) {
    // Inside a caller's transaction nothing is committed yet: the caller announces.
    if (m_notifier && !m_database.inTransaction())
        m_notifier->announce(entity, ids);
}

Result<Group> GroupActions::get(const QString& groupId) {
    return GroupRepository(m_database, nullptr, m_clock).get(groupId);
}

Result<Group> GroupActions::find(const QString& nameOrId) {
    return GroupRepository(m_database, nullptr, m_clock).find(nameOrId);
}

Result<Group> GroupActions::create(const QString& name, const QString& description) {
    auto group =
        GroupRepository(m_database, nullptr, m_clock).add(Group{QString(), name, description.trimmed(), {}});
    if (group)
        announce(Entity::Group, {group.value().id});
    return group;
}

Result<Group> GroupActions::change(const QString& groupId, const std::function<void(Group&)>& edit) {
    GroupRepository groups(m_database, nullptr, m_clock);
    Result<Group> changed = Error::make(Error::Code::Generic, QString());
    Status status = m_database.transaction([&]() -> Status {
        auto group = groups.get(groupId);
        if (!group)
            return group.error();
        edit(group.value());
        changed = groups.update(group.value());
        return changed ? Status() : Status(changed.error());
    });
    if (!status)
        return status.error();
    announce(Entity::Group, {groupId});
    return changed;
}

Result<Group> GroupActions::rename(const QString& groupId, const QString& name) {
    return change(groupId, [&](Group& group) { group.name = name; });
}

Result<Group> GroupActions::describe(const QString& groupId, const QString& description) {
    return change(groupId, [&](Group& group) { group.description = description.trimmed(); });
}

Status GroupActions::remove(const QString& groupId) {
    Status removed = GroupRepository(m_database, nullptr, m_clock).remove(groupId);
    if (removed)
        announce(Entity::Group, {groupId});
    return removed;
}

Result<GroupMember> GroupActions::setMember(const QString& groupId, const QString& contactId,
                                            ConsentState consent, const QString& source,
                                            const QString& recordedBy) {
    if (consent == ConsentState::OptedIn && source.trimmed().isEmpty())
        return Error::make(
            Error::Code::InvalidInput,
            GroupActionsText::tr("Opting in needs a source: say where the consent came from."));
    GroupMember member{contactId, QString(), consent};
    Status status = m_database.transaction([&]() -> Status {
        auto contact = ContactRepository(m_database).get(contactId);
        if (!contact)
            return contact.error();
        member.name = contact.value().shownName();
        return GroupRepository(m_database, nullptr, m_clock)
            .addMember(groupId, contactId, consent, ConsentMethod::Manual, source.trimmed(), recordedBy);
    });
    if (!status)
        return status.error();
    announce(Entity::Membership, {contactId});
    return member;
}

Status GroupActions::removeMember(const QString& groupId, const QString& contactId) {
    Status removed = GroupRepository(m_database, nullptr, m_clock).removeMember(groupId, contactId);
    if (removed)
        announce(Entity::Membership, {contactId});
    return removed;
}

Result<QStringList> GroupActions::addMembers(const QString& groupId, const QStringList& contactIds,
                                             ConsentState consent, const QString& source,
                                             const QString& recordedBy) {
    GroupRepository groups(m_database, nullptr, m_clock);
    QStringList added;
    Status status = m_database.transaction([&]() -> Status {
        for (const QString& id : contactIds) {
            auto existing = groups.membership(groupId, id);
            if (!existing)
                return existing.error();
            if (existing.value() || added.contains(id))
                continue;
            if (Status joined =
                    groups.addMember(groupId, id, consent, ConsentMethod::Manual, source, recordedBy);
                !joined)
                return joined;
            added << id;
        }
        return {};
    });
    if (!status)
        return status.error();
    if (!added.isEmpty())
        announce(Entity::Membership, added);
    return added;
}

Result<QHash<QString, ConsentState>> GroupActions::removeMembers(const QString& groupId,
                                                                 const QStringList& contactIds) {
    GroupRepository groups(m_database, nullptr, m_clock);
    QHash<QString, ConsentState> removed;
    Status status = m_database.transaction([&]() -> Status {
        for (const QString& id : contactIds) {
            auto existing = groups.membership(groupId, id);
            if (!existing)
                return existing.error();
            if (!existing.value())
                continue;
            if (Status left = groups.removeMember(groupId, id); !left)
                return left;
            removed.insert(id, *existing.value());
        }
        return {};
    });
    if (!status)
        return status.error();
    if (!removed.isEmpty())
        announce(Entity::Membership, removed.keys());
    return removed;
}

Status GroupActions::restoreMembers(const QString& groupId, const QHash<QString, ConsentState>& members,
                                    const QString& source, const QString& recordedBy) {
    GroupRepository groups(m_database, nullptr, m_clock);
    Status status = m_database.transaction([&]() -> Status {
        for (auto it = members.cbegin(); it != members.cend(); ++it) {
            if (Status joined = groups.addMember(groupId, it.key(), it.value(), ConsentMethod::Manual, source,
                                                 recordedBy);
                !joined)
                return joined;
        }
        return {};
    });
    if (status && !members.isEmpty())
        announce(Entity::Membership, members.keys());
    return status;
}

} // namespace iq
