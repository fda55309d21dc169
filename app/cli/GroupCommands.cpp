#include "CliContext.h"
#include "Command.h"

#include "core/actions/GroupActions.h"
#include "core/store/GroupBrowser.h"
#include "shared/json/ContactJson.h"

#include <QJsonArray>

namespace iq::cli {
namespace {

Result<Group> findGroup(CliContext& context, const QString& nameOrId) {
    Profile* profile = context.profile();
    if (!profile)
        return Error::make(Error::Code::Generic, QString());
    return GroupActions(*profile).find(nameOrId);
}

int groupsAdd(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("groups add"), Text::tr("Create a group."));
    parser.addPositional(QStringLiteral("name"), Text::tr("The new group's name."));
    parser.addOption(
        {QStringLiteral("description"), Text::tr("What the group is for."), QStringLiteral("text")});
    parser.addOption({QStringLiteral("json"), Text::tr("Print the new group as JSON.")});
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    auto group = GroupActions(*profile).create(parser.positional().first(),
                                               parser.value(QStringLiteral("description")));
    if (!group)
        return context.fail(group.errorMessage());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(toJson(group.value())));
    else
        context.out() << Text::tr("Added group %1 (%2)").arg(group.value().name, group.value().id) << "\n";
    return Success;
}

int groupsList(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("groups list"),
                            Text::tr("List the groups with their member and opted-in counts."));
    parser.addOption({QStringLiteral("json"), Text::tr("Print a JSON array.")});
    if (int status = parser.parse(arguments); status >= 0)
        return status;
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    auto groups = GroupBrowser(profile->database()).summaries();
    if (!groups)
        return context.fail(groups.errorMessage());
    QJsonArray array;
    const bool json = parser.isSet(QStringLiteral("json"));
    for (const GroupSummary& group : groups.value()) {
        if (json) {
            array.append(QJsonObject{{QStringLiteral("id"), group.id},
                                     {QStringLiteral("name"), group.name},
                                     {QStringLiteral("description"), group.description},
                                     {QStringLiteral("members"), group.members},
                                     {QStringLiteral("optedIn"), group.optedIn}});
        } else {
            context.out() << group.id << "  " << group.name.leftJustified(24) << "  "
                          << Text::tr("%1 members, %2 opted in").arg(group.members).arg(group.optedIn)
                          << "\n";
        }
    }
    if (json)
        context.printJson(QJsonDocument(array));
    return Success;
}

int groupsRename(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("groups rename"), Text::tr("Rename a group."));
    parser.addPositional(QStringLiteral("group"), Text::tr("The group's name or id."));
    parser.addPositional(QStringLiteral("new-name"), Text::tr("Its new name."));
    if (int status = parser.parse(arguments, 2, 2); status >= 0)
        return status;
    auto group = findGroup(context, parser.positional().at(0));
    if (!group)
        return group.error().message.isEmpty() ? UserError : context.fail(group.errorMessage());
    Profile* profile = context.profile();
    auto updated = GroupActions(*profile).rename(group.value().id, parser.positional().at(1));
    if (!updated)
        return context.fail(updated.errorMessage());
    context.out() << Text::tr("Renamed %1 to %2").arg(group.value().name, updated.value().name) << "\n";
    return Success;
}

int groupsDelete(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("groups delete"),
                            Text::tr("Delete a group. Its contacts and the consent history stay."));
    parser.addPositional(QStringLiteral("group"), Text::tr("The group's name or id."));
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;
    auto group = findGroup(context, parser.positional().first());
    if (!group)
        return group.error().message.isEmpty() ? UserError : context.fail(group.errorMessage());
    Profile* profile = context.profile();
    if (Status removed = GroupActions(*profile).remove(group.value().id); !removed)
        return context.fail(removed.errorMessage());
    context.out() << Text::tr("Deleted group %1").arg(group.value().name) << "\n";
    return Success;
}

int groupsMembers(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("groups members"),
                            Text::tr("List a group's members with their consent in it."));
    parser.addPositional(QStringLiteral("group"), Text::tr("The group's name or id."));
    parser.addOption({QStringLiteral("json"), Text::tr("Print a JSON array.")});
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;
    auto group = findGroup(context, parser.positional().first());
    if (!group)
        return group.error().message.isEmpty() ? UserError : context.fail(group.errorMessage());
    Profile* profile = context.profile();
    auto members = GroupBrowser(profile->database()).members(group.value().id);
    if (!members)
        return context.fail(members.errorMessage());
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray array;
    for (const GroupMemberRow& member : members.value()) {
        if (json)
            array.append(QJsonObject{{QStringLiteral("id"), member.contactId},
                                     {QStringLiteral("name"), member.name},
                                     {QStringLiteral("consent"), toStorage(member.consent)}});
        else
            context.out() << member.contactId << "  " << member.name.leftJustified(30) << "  "
                          << toStorage(member.consent) << "\n";
    }
    if (json)
        context.printJson(QJsonDocument(array));
    return Success;
}

int groupsAddMember(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("groups add-member"),
                            Text::tr("Add a contact to a group, recording their consent in the ledger."));
    parser.addPositional(QStringLiteral("group"), Text::tr("The group's name or id."));
    parser.addPositional(QStringLiteral("id"), Text::tr("The contact's id."));
    parser.addOption({QStringLiteral("consent"),
                      Text::tr("opted-in, opted-out, pending or unknown (default); opted-in needs --source."),
                      QStringLiteral("state"), QStringLiteral("unknown")});
    parser.addOption(
        {QStringLiteral("source"), Text::tr("Where the consent came from."), QStringLiteral("text")});
    if (int status = parser.parse(arguments, 2, 2); status >= 0)
        return status;
    const auto consent = parseConsentState(parser.value(QStringLiteral("consent")));
    if (!consent)
        return context.usageError(
            Text::tr("--consent must be opted-in, opted-out, pending or unknown, not \"%1\".")
                .arg(parser.value(QStringLiteral("consent"))));
    const QString source = parser.value(QStringLiteral("source")).trimmed();
    if (*consent == ConsentState::OptedIn && source.isEmpty())
        return context.usageError(Text::tr("Opting in needs --source: say where the consent came from."));
    auto group = findGroup(context, parser.positional().at(0));
    if (!group)
        return group.error().message.isEmpty() ? UserError : context.fail(group.errorMessage());
    Profile* profile = context.profile();
    auto member = GroupActions(*profile).setMember(group.value().id, parser.positional().at(1), *consent,
                                                   source, QStringLiteral("iqm"));
    if (!member)
        return context.fail(member.errorMessage());
    context.out()
        << Text::tr("Added %1 to %2 (%3)").arg(member.value().name, group.value().name, toStorage(*consent))
        << "\n";
    return Success;
}

int groupsRemoveMember(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("groups remove-member"),
                            Text::tr("Remove a contact from a group. The consent history stays."));
    parser.addPositional(QStringLiteral("group"), Text::tr("The group's name or id."));
    parser.addPositional(QStringLiteral("id"), Text::tr("The contact's id."));
    if (int status = parser.parse(arguments, 2, 2); status >= 0)
        return status;
    auto group = findGroup(context, parser.positional().at(0));
    if (!group)
        return group.error().message.isEmpty() ? UserError : context.fail(group.errorMessage());
    Profile* profile = context.profile();
    if (Status removed = GroupActions(*profile).removeMember(group.value().id, parser.positional().at(1));
        !removed)
        return context.fail(removed.errorMessage());
    context.out() << Text::tr("Removed %1 from %2").arg(parser.positional().at(1), group.value().name)
                  << "\n";
    return Success;
}

} // namespace

QList<Command> groupCommands() {
    return {
        {QStringLiteral("groups add"), Text::tr("Create a group"), &groupsAdd},
        {QStringLiteral("groups list"), Text::tr("List groups with member counts"), &groupsList},
        {QStringLiteral("groups rename"), Text::tr("Rename a group"), &groupsRename},
        {QStringLiteral("groups delete"), Text::tr("Delete a group"), &groupsDelete},
        {QStringLiteral("groups members"), Text::tr("List a group's members and consent"), &groupsMembers},
        {QStringLiteral("groups add-member"), Text::tr("Add a contact to a group"), &groupsAddMember},
        {QStringLiteral("groups remove-member"), Text::tr("Remove a contact from a group"),
         &groupsRemoveMember},
    };
}

} // namespace iq::cli
