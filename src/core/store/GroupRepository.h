#pragma once

#include "core/store/ConsentLedger.h"
#include "shared/domain/Contact.h"
#include "shared/util/Result.h"

#include <QList>

#include <optional>

namespace iq {

class Database;
class ChangeNotifier;
class Clock;

struct GroupMember {
    QString contactId;
    QString name;
    ConsentState consent = ConsentState::Unknown;
};

// Groups and their members. A membership's consent changes only through the ledger.
class GroupRepository final {
public:
    GroupRepository(Database& database, ChangeNotifier* notifier = nullptr, const Clock* clock = nullptr);

    Result<Group> add(Group group);
    Result<Group> update(Group group);
    Status remove(const QString& id);
    Result<Group> get(const QString& id);
    // Matches a name case-insensitively, or an id.
    Result<Group> find(const QString& nameOrId);
    Result<QList<Group>> list(int offset = 0, int limit = -1);
    Result<int> count();

    // Adds or re-consents a member; the consent change lands in the ledger with its source.
    Status addMember(const QString& groupId, const QString& contactId, ConsentState consent,
                     ConsentMethod method, const QString& source, const QString& recordedBy = {});
    Status removeMember(const QString& groupId, const QString& contactId);
    Result<QList<GroupMember>> members(const QString& groupId);
    // The consent a contact has as a member of the group; nullopt when they are not a member.
    Result<std::optional<ConsentState>> membership(const QString& groupId, const QString& contactId);

private:
    Result<QList<Group>> load(const QString& where, const QVariantList& values);

    Database& m_database;
    ChangeNotifier* m_notifier;
    const Clock& m_clock;
};

} // namespace iq
