#include "CliContext.h"
#include "Command.h"

#include "core/actions/ConsentActions.h"
#include "core/actions/ContactActions.h"
#include "core/store/ContactBrowser.h"
#include "shared/json/ContactJson.h"
#include "shared/phone/PhoneNumbers.h"

#include <QJsonArray>

namespace iq::cli {
namespace {

const QString kActor = QStringLiteral("iqm");

PhoneNumbers phoneNumbersFor(Profile& profile) {
    return PhoneNumbers(profile.setting(PhoneNumbers::regionSettingKey()));
}

QJsonObject contactJson(ContactActions& contacts, const Contact& contact) {
    auto groups = contacts.memberships(contact.id);
    return ContactJson::toJson(contact, groups.ok() ? groups.value() : QList<GroupMembership>());
}

void warnAboutInvalidNumbers(CliContext& context, const Contact& contact) {
    for (const ContactPhone& phone : contact.phones) {
        if (!phone.valid)
            context.err()
                << Text::tr("warning: \"%1\" is not a valid phone number; kept as typed.").arg(phone.raw)
                << "\n";
    }
}

int badConsent(CliContext& context, const QString& value) {
    return context.usageError(
        Text::tr("--consent must be opted-in, opted-out, pending or unknown, not \"%1\".").arg(value));
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

    GroupPlacement placement;
    const auto consent = parseConsentState(parser.value(QStringLiteral("consent")));
    if (!consent)
        return badConsent(context, parser.value(QStringLiteral("consent")));
    placement.consent = *consent;
    placement.groupNames = parser.values(QStringLiteral("group"));
    placement.source = parser.value(QStringLiteral("source"));
    Contact contact;
    contact.givenName = parser.value(QStringLiteral("first-name")).trimmed();
    contact.middleName = parser.value(QStringLiteral("middle-name")).trimmed();
    contact.familyName = parser.value(QStringLiteral("last-name")).trimmed();
    contact.organization = parser.value(QStringLiteral("organization")).trimmed();
    for (const QString& address : parser.values(QStringLiteral("email")))
        contact.emails.append({address.trimmed(), QString()});
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    const PhoneNumbers phoneNumbers = phoneNumbersFor(*profile);
    for (const QString& raw : parser.values(QStringLiteral("phone")))
        contact.phones.append(phoneNumbers.normalize(raw.trimmed()));

    ContactActions contacts(*profile, kActor);
    auto added = contacts.add(contact, placement);
    if (!added)
        return context.fail(added.errorMessage());
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonDocument(contactJson(contacts, added.value())));
    } else {
        context.out() << Text::tr("Added %1 (%2)").arg(added.value().shownName(), added.value().id) << "\n";
        warnAboutInvalidNumbers(context, added.value());
    }
    return Success;
}

// Reads the edit options into changes; answers a usage error's exit status, or -1 to go on.
int readChanges(CliContext& context, const SubcommandParser& parser, ContactChanges& changes) {
    const QList<std::pair<const char*, std::optional<QString>*>> texts = {
        {"first-name", &changes.givenName},      {"middle-name", &changes.middleName},
        {"last-name", &changes.familyName},      {"display-name", &changes.displayName},
        {"organization", &changes.organization}, {"notes", &changes.notes},
        {"language", &changes.language},         {"time-zone", &changes.timeZone}};
    bool any = false;
    for (const auto& [name, field] : texts) {
        if (parser.isSet(QLatin1String(name))) {
            *field = parser.value(QLatin1String(name));
            any = true;
        }
    }
    if (parser.isSet(QStringLiteral("phone")))
        changes.phones = parser.values(QStringLiteral("phone"));
    if (parser.isSet(QStringLiteral("email")))
        changes.emails = parser.values(QStringLiteral("email"));
    for (const QString& assignment : parser.values(QStringLiteral("custom-field"))) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return context.usageError(
                Text::tr("--custom-field takes KEY=VALUE (KEY= removes the field), not \"%1\".")
                    .arg(assignment));
        changes.customFields.insert(assignment.left(equals).trimmed(), assignment.mid(equals + 1));
    }
    changes.keepInvalidPhones = parser.isSet(QStringLiteral("keep-invalid-phone"));
    if (!any && !changes.phones && !changes.emails && changes.customFields.isEmpty())
        return context.usageError(Text::tr("iqm contacts edit: nothing to change; give at least one field."));
    return -1;
}

void addEditOptions(SubcommandParser& parser) {
    const QList<std::pair<const char*, QString>> texts = {
        {"first-name", Text::tr("New given name (empty clears it).")},
        {"middle-name", Text::tr("New middle name.")},
        {"last-name", Text::tr("New family name.")},
        {"display-name", Text::tr("The name lists show, instead of the names.")},
        {"organization", Text::tr("Company or organization.")},
        {"notes", Text::tr("The notes, replacing the old ones.")},
        {"language", Text::tr("Preferred language as a tag such as de or pt-BR.")},
        {"time-zone", Text::tr("Time zone such as Europe/Berlin.")}};
    for (const auto& [name, description] : texts)
        parser.addOption({QLatin1String(name), description, QStringLiteral("text")});
    parser.addOption(
        {QStringLiteral("phone"),
         Text::tr("A phone number; repeat for several. Replaces every number (\"\" removes them all)."),
         QStringLiteral("number")});
    parser.addOption({QStringLiteral("email"),
                      Text::tr("An e-mail address; repeat for several. Replaces every address."),
                      QStringLiteral("address")});
    parser.addOption({QStringLiteral("custom-field"),
                      Text::tr("Set a custom field (repeat for several); KEY= removes it."),
                      QStringLiteral("KEY=VALUE")});
    parser.addOption({QStringLiteral("keep-invalid-phone"),
                      Text::tr("Keep a number that is not valid as typed (it will not be messaged) instead "
                               "of refusing the edit.")});
    parser.addOption({QStringLiteral("json"), Text::tr("Print the edited contact as JSON.")});
}

int contactsEdit(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("contacts edit"),
                            Text::tr("Change a contact's fields; the fields not given stay as they are."));
    parser.addPositional(QStringLiteral("id"), Text::tr("The contact's id."));
    addEditOptions(parser);
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;
    ContactChanges changes;
    if (int status = readChanges(context, parser, changes); status >= 0)
        return status;
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    ContactActions contacts(*profile, kActor);
    auto edited = contacts.edit(parser.positional().first(), changes, phoneNumbersFor(*profile));
    if (!edited)
        return context.fail(edited.errorMessage());
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonDocument(contactJson(contacts, edited.value())));
    } else {
        context.out() << Text::tr("Updated %1 (%2)").arg(edited.value().shownName(), edited.value().id)
                      << "\n";
        warnAboutInvalidNumbers(context, edited.value());
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
            return badConsent(context, parser.value(QStringLiteral("consent")));
    }
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    ContactActions contacts(*profile, kActor);
    if (parser.isSet(QStringLiteral("group"))) {
        auto group = contacts.findGroup(parser.value(QStringLiteral("group")));
        if (!group)
            return context.fail(group.errorMessage());
        filter.groupId = group.value().id;
    }
    ContactBrowser browser(profile->database());
    if (Status status = browser.setQuery(filter, ContactSortKey::Name, Qt::AscendingOrder); !status)
        return context.fail(status.errorMessage());
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
    auto contact = ContactActions(*profile, kActor).get(id);
    if (!contact)
        return context.fail(contact.errorMessage());
    if (Status status = ConsentActions(*profile, kActor).optOut({id}, source); !status)
        return context.fail(status.errorMessage());
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
    ContactActions contacts(*profile, kActor);
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
    if (auto removed = ContactActions(*profile, kActor).remove({parser.positional().first()}); !removed)
        return context.fail(removed.errorMessage());
    context.out() << Text::tr("Deleted %1").arg(parser.positional().first()) << "\n";
    return Success;
}

} // namespace

QList<Command> contactCommands() {
    QList<Command> commands = {
        {QStringLiteral("contacts add"), Text::tr("Add a contact"), &contactsAdd},
        {QStringLiteral("contacts edit"), Text::tr("Change a contact's fields"), &contactsEdit},
        {QStringLiteral("contacts list"), Text::tr("List contacts"), &contactsList},
        {QStringLiteral("contacts show"), Text::tr("Show one contact as JSON"), &contactsShow},
        {QStringLiteral("contacts delete"), Text::tr("Delete a contact"), &contactsDelete},
        {QStringLiteral("contacts opt-out"), Text::tr("Opt a contact out of everything"), &contactsOptOut},
    };
    return commands << contactMaintenanceCommands();
}

} // namespace iq::cli
