#include "ContactFixtures.h"

#include "core/store/ContactRepository.h"
#include "core/store/GroupRepository.h"
#include "shared/phone/PhoneNumbers.h"

namespace iq::test {

QString addContact(Database& database, const QString& given, const QString& family, const QStringList& phones,
                   const QStringList& emails, ChangeNotifier* notifier) {
    Contact contact;
    contact.givenName = given;
    contact.familyName = family;
    const PhoneNumbers numbers(QStringLiteral("US"));
    for (const QString& raw : phones)
        contact.phones.append(numbers.normalize(raw, QStringLiteral("mobile")));
    for (const QString& address : emails)
        contact.emails.append({address, QString()});
    auto added = ContactRepository(database, notifier).add(contact);
    return added ? added.value().id : QString();
}

QString addToGroup(Database& database, const QString& groupName, const QString& contactId,
                   ConsentState consent, ChangeNotifier* notifier) {
    GroupRepository groups(database, notifier);
    auto group = groups.find(groupName);
    if (!group)
        group = groups.add(Group{QString(), groupName, QString(), {}});
    if (!group)
        return {};
    if (!groups.addMember(group.value().id, contactId, consent, ConsentMethod::Manual,
                          QStringLiteral("test")))
        return {};
    return group.value().id;
}

} // namespace iq::test
