#include "core/store/ContactMemberships.h"

#include "core/store/Database.h"

namespace iq {

ContactMemberships::ContactMemberships(Database& database)
    : m_database(database) {}

Result<std::optional<ConsentState>> ContactMemberships::consentIn(const QString& groupId,
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

} // namespace iq
