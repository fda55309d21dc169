#include "CliContext.h"
#include "Command.h"

#include "phone/PhoneNumbers.h"
#include "store/ContactRepository.h"
#include "store/GroupRepository.h"
#include "json/ContactJson.h"

#include <QJsonArray>

namespace iq::cli {
namespace {

PhoneNumbers phoneNumbersFor(Profile& profile) {
    return PhoneNumbers(profile.setting(QStringLiteral("default_region")));
}

QJsonObject contactJson(ContactRepository& contacts, const Contact& contact) {
    auto groups = contacts.memberships(contact.id);
    return ContactJson::toJson(contact, groups.ok() ? groups.value() : QList<GroupMembership>());
}

int contactsAdd(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("contacts add"),
                            Text::tr("Add a contact to the profile."));
    parser.addOption({QStringLiteral("first-name"), Text::tr("Given name."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("middle-name"), Text::tr("Middle name."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("last-name"), Text::tr("Family name."), QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("organization"), Text::tr("Company or organization."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("phone"), Text::tr("A phone number (repeat for several)."),
                      QStringLiteral("number")});
    parser.addOption({QStringLiteral("email"), Text::tr("An e-mail address (repeat for several)."),
                      QStringLiteral("address")});
    parser.addOption({QStringLiteral("group"),
                      Text::tr("Add to this group, creating it if needed (repeat for several)."),
                      QStringLiteral("group")});
    parser.addOption(
        {QStringLiteral("consent"),
         Text::tr("Consent recorded for the groups: opted-in, opted-out, pending or unknown (default)."),
         QStringLiteral("state"), QStringLiteral("unknown")});
    parser.addOption({QStringLiteral("source"), Text::tr("Where the consent came from, e.g. \"paper form\"."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("json"), Text::tr("Print the new contact as JSON.")});
    if (int status = parser.parse(arguments); status >= 0)
        return status;

    const auto consent = parseConsentState(parser.value(QStringLiteral("consent")));
    if (!consent)
        return context.usageError(
            Text::tr("--consent must be opted-in, opted-out, pending or unknown, not \"%1\".")
                .arg(parser.value(QStringLiteral("consent"))));
    Contact contact;
    contact.givenName = parser.value(QStringLiteral("first-name")).trimmed();
    contact.middleName = parser.value(QStringLiteral("middle-name")).trimmed();
    contact.familyName = parser.value(QStringLiteral("last-name")).trimmed();
    contact.organization = parser.value(QStringLiteral("organization")).trimmed();
    for (const QString& address : parser.values(QStringLiteral("email"))) {
        if (!address.contains(QLatin1Char('@')))
            return context.fail(Text::tr("\"%1\" is not an e-mail address.").arg(address));
        contact.emails.append({address.trimmed(), QString()});
    }
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    const PhoneNumbers phoneNumbers = phoneNumbersFor(*profile);
    for (const QString& raw : parser.values(QStringLiteral("phone")))
        contact.phones.append(phoneNumbers.normalize(raw.trimmed()));
    if (contact.shownName().isEmpty())
        return context.fail(
            Text::tr("A contact needs a name, an organization, a phone number or an e-mail address."));

    Database& database = profile->database();
    ContactRepository contacts(database, &profile->notifier());
    GroupRepository groups(database, &profile->notifier());
    Result<Contact> added = Error{};
    Status status = database.transaction([&]() -> Status {
        added = contacts.add(contact);
        if (!added)
            return added.error();
        for (const QString& name : parser.values(QStringLiteral("group"))) {
            auto group = groups.find(name);
            if (!group && group.error().code == Error::Code::NotFound)
                group = groups.add(Group{QString(), name, QString(), {}});
            if (!group)
                return group.error();
            if (Status joined =
                    groups.addMember(group.value().id, added.value().id, *consent, ConsentMethod::Manual,
                                     parser.value(QStringLiteral("source")), QStringLiteral("iqm"));
                !joined)
                return joined;
        }
        return {};
    });
    if (!status)
        return context.fail(status.errorMessage());
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonDocument(contactJson(contacts, added.value())));
    } else {
        context.out() << Text::tr("Added %1 (%2)").arg(added.value().shownName(), added.value().id) << "\n";
        for (const ContactPhone& phone : added.value().phones) {
            if (!phone.valid)
                context.err()
                    << Text::tr("warning: \"%1\" is not a valid phone number; kept as typed.").arg(phone.raw)
                    << "\n";
        }
    }
    return Success;
}

int contactsList(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("contacts list"),
                            Text::tr("List the profile's contacts."));
    parser.addOption({QStringLiteral("json"), Text::tr("Print a JSON array.")});
    if (int status = parser.parse(arguments); status >= 0)
        return status;
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    ContactRepository contacts(profile->database());
    QJsonArray array;
    const bool json = parser.isSet(QStringLiteral("json"));
    constexpr int kPage = 1000;
    for (int offset = 0;; offset += kPage) {
        auto page = contacts.list(offset, kPage);
        if (!page)
            return context.fail(page.errorMessage());
        for (const Contact& contact : page.value()) {
            if (json) {
                array.append(contactJson(contacts, contact));
            } else {
                context.out() << contact.id << "  " << contact.shownName().leftJustified(30) << "  "
                              << (contact.phones.isEmpty()                ? QString()
                                  : contact.phones.first().e164.isEmpty() ? contact.phones.first().raw
                                                                          : contact.phones.first().e164)
                                     .leftJustified(16)
                              << "  "
                              << (contact.emails.isEmpty() ? QString() : contact.emails.first().address)
                              << "\n";
            }
        }
        if (page.value().size() < kPage)
            break;
    }
    if (json)
        context.printJson(QJsonDocument(array));
    return Success;
}

int contactsShow(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("contacts show"), Text::tr("Show one contact as JSON."));
    parser.addPositional(QStringLiteral("id"), Text::tr("The contact's id."));
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    ContactRepository contacts(profile->database());
    auto contact = contacts.get(parser.positional().first());
    if (!contact)
        return context.fail(contact.errorMessage());
    context.printJson(QJsonDocument(contactJson(contacts, contact.value())));
    return Success;
}

int contactsDelete(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("contacts delete"), Text::tr("Delete a contact."));
    parser.addPositional(QStringLiteral("id"), Text::tr("The contact's id."));
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    ContactRepository contacts(profile->database(), &profile->notifier());
    if (Status removed = contacts.remove(parser.positional().first()); !removed)
        return context.fail(removed.errorMessage());
    context.out() << Text::tr("Deleted %1").arg(parser.positional().first()) << "\n";
    return Success;
}

} // namespace

QList<Command> contactCommands() {
    return {
        {QStringLiteral("contacts add"), Text::tr("Add a contact"), &contactsAdd},
        {QStringLiteral("contacts list"), Text::tr("List contacts"), &contactsList},
        {QStringLiteral("contacts show"), Text::tr("Show one contact as JSON"), &contactsShow},
        {QStringLiteral("contacts delete"), Text::tr("Delete a contact"), &contactsDelete},
    };
}

} // namespace iq::cli
