#include "core/store/RecipientLookup.h"

#include "core/store/ContactRepository.h"

namespace iq {

Result<Recipient> RecipientLookup::get(const QString& contactId) {
    ContactRepository contacts(m_database);
    auto contact = contacts.get(contactId);
    if (!contact)
        return contact.error();
    Recipient recipient{contact.value(), QString()};
    auto memberships = contacts.memberships(contactId);
    if (memberships && !memberships.value().isEmpty())
        recipient.firstGroupName = memberships.value().first().groupName;
    return recipient;
}

} // namespace iq
