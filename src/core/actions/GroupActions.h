#pragma once

#include "core/store/ChangeNotifier.h"
#include "core/store/GroupRepository.h"
#include "shared/domain/Contact.h"
#include "shared/util/Result.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

namespace iq {

class ChangeNotifier;
class Clock;
class Database;
class Profile;

// The user-level actions on groups, shared by the Groups page and iqm. Each method is one transaction:
// every membership change reaches the consent ledger and the outbox, and the notifier hears of it once,
// after the commit.
class GroupActions final {
public:
    explicit GroupActions(Profile& profile, const Clock* clock = nullptr);
    GroupActions(Database& database, ChangeNotifier* notifier, const Clock* clock = nullptr);

    Result<Group> get(const QString& groupId);
    // A name (in any case) or an id.
    Result<Group> find(const QString& nameOrId);

    Result<Group> create(const QString& name, const QString& description = {});
    Result<Group> rename(const QString& groupId, const QString& name);
    Result<Group> describe(const QString& groupId, const QString& description);
    // The contacts stay, and so does the consent history.
    Status remove(const QString& groupId);

    // Adds a contact, or records a new consent for a member (an opt-out inside the group, say). Opting in
    // needs a source: where the person agreed.
    Result<GroupMember> setMember(const QString& groupId, const QString& contactId, ConsentState consent,
                                  const QString& source, const QString& recordedBy);
    Status removeMember(const QString& groupId, const QString& contactId);

    // Adds the contacts that are not members yet with this consent; members keep the consent recorded for
    // them. Returns the ids that joined.
    Result<QStringList> addMembers(const QString& groupId, const QStringList& contactIds,
                                   ConsentState consent, const QString& source, const QString& recordedBy);
    // Removes those who are members and returns the consent each had, for restoreMembers to put back.
    Result<QHash<QString, ConsentState>> removeMembers(const QString& groupId, const QStringList& contactIds);
    Status restoreMembers(const QString& groupId, const QHash<QString, ConsentState>& members,
                          const QString& source, const QString& recordedBy);

private:
    Result<Group> change(const QString& groupId, const std::function<void(Group&)>& edit);
    void announce(Entity entity, const QStringList& ids);

    Database& m_database;
    ChangeNotifier* m_notifier;
    const Clock* m_clock;
};

} // namespace iq
