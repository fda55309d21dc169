#include "CliContext.h"
#include "Command.h"

#include "phone/PhoneNumbers.h"
#include "store/ConsentLedger.h"
#include "store/ContactBrowser.h"
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
                            Text::tr("List the profile's contacts, sorted by name."));
    parser.addOption(
        {QStringLiteral("search"),
         Text::tr("Only contacts whose names or e-mails start with these words, or whose numbers "
                  "contain these digits."),
         QStringLiteral("text")});
    parser.addOption({QStringLiteral("group"), Text::tr("Only members of this group (name or id)."),
                      QStringLiteral("group")});
    parser.addOption({QStringLiteral("consent"),
                      Text::tr("Only contacts with this consent: opted-in, opted-out, pending or unknown."),
                      QStringLiteral("state")});
    parser.addOption({QStringLiteral("json"), Text::tr("Print a JSON array.")});
    if (int status = parser.parse(arguments); status >= 0)
        return status;
    ContactFilter filter;
    filter.search = parser.value(QStringLiteral("search"));
    if (parser.isSet(QStringLiteral("consent"))) {
        filter.consent = parseConsentState(parser.value(QStringLiteral("consent")));
        if (!filter.consent)
            return context.usageError(
                Text::tr("--consent must be opted-in, opted-out, pending or unknown, not \"%1\".")
                    .arg(parser.value(QStringLiteral("consent"))));
    }
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    if (parser.isSet(QStringLiteral("group"))) {
        auto group = GroupRepository(profile->database()).find(parser.value(QStringLiteral("group")));
        if (!group)
            return context.fail(group.errorMessage());
        filter.groupId = group.value().id;
    }
    ContactBrowser browser(profile->database());
    if (Status status = browser.setQuery(filter, ContactSortKey::Name, Qt::AscendingOrder); !status)
        return context.fail(status.errorMessage());
    ContactRepository contacts(profile->database());
    QJsonArray array;
    const bool json = parser.isSet(QStringLiteral("json"));
    constexpr int kPage = 500;
    for (int offset = 0; offset < browser.count(); offset += kPage) {
        auto page = browser.rows(offset, kPage);
        if (!page)
            return context.fail(page.errorMessage());
        for (const ContactRow& row : page.value()) {
            if (json) {
                auto contact = contacts.get(row.id);
                if (!contact)
                    return context.fail(contact.errorMessage());
                QJsonObject object = contactJson(contacts, contact.value());
                object.insert(QStringLiteral("consent"), toStorage(row.consent));
                array.append(object);
            } else {
                context.out() << row.id << "  " << row.name.leftJustified(30) << "  "
                              << row.phone.leftJustified(16) << "  " << row.email.leftJustified(30) << "  "
                              << toStorage(row.consent) << "\n";
            }
        }
    }
    if (json)
        context.printJson(QJsonDocument(array));
    return Success;
}

int contactsOptOut(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(
        context, QStringLiteral("contacts opt-out"),
        Text::tr("Opt a contact out of every channel and group. Recorded in the consent ledger "
                 "with its source; opting back in needs a new consent record."));
    parser.addPositional(QStringLiteral("id"), Text::tr("The contact's id."));
    parser.addOption({QStringLiteral("source"),
                      Text::tr("Where the opt-out came from, e.g. \"STOP reply\" (required)."),
                      QStringLiteral("text")});
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;
    const QString source = parser.value(QStringLiteral("source")).trimmed();
    if (source.isEmpty())
        return context.usageError(Text::tr("--source is required: say where the opt-out came from."));
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    const QString id = parser.positional().first();
    auto contact = ContactRepository(profile->database()).get(id);
    if (!contact)
        return context.fail(contact.errorMessage());
    if (Status status = ConsentLedger(profile->database())
                            .optOutEverywhere(id, ConsentMethod::Manual, source, QStringLiteral("iqm"));
        !status)
        return context.fail(status.errorMessage());
    profile->notifier().announce(Entity::Consent, {id});
    context.out() << Text::tr("Opted out %1 (%2)").arg(contact.value().shownName(), id) << "\n";
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
        {QStringLiteral("contacts opt-out"), Text::tr("Opt a contact out of everything"), &contactsOptOut},
    };
}

} // namespace iq::cli
