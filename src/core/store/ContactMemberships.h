#pragma once

#include "shared/domain/Consent.h"
#include "shared/util/Result.h"

#include <QString>

#include <optional>

namespace iq {

class Database;

// One contact's place in one group, read before an action changes it (so that undo can put it back).
class ContactMemberships final {
public:
    explicit ContactMemberships(Database& database);

    // The consent the contact has in the group, or nullopt when the contact is not a member.
    Result<std::optional<ConsentState>> consentIn(const QString& groupId, const QString& contactId);

private:
    Database& m_database;
};

} // namespace iq
