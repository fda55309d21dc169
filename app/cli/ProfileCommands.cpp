#include "CliContext.h"
#include "Command.h"

#include "core/actions/ContactActions.h"
#include "core/store/Outbox.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace iq::cli {
namespace {

int profileInit(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("profile init"),
                            Text::tr("Create the profile (folder and database) if it does not exist yet."));
    if (int status = parser.parse(arguments); status >= 0)
        return status;
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    context.out() << Text::tr("Profile ready at %1").arg(profile->directory()) << "\n";
    return Success;
}

int profileInfo(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("profile info"),
                            Text::tr("Show where the profile is and what it holds."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON."));
    parser.addOption(json);
    if (int status = parser.parse(arguments); status >= 0)
        return status;
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    ContactActions actions(*profile, QStringLiteral("iqm"));
    auto contacts = actions.count();
    auto groupList = actions.groups();
    auto pending = Outbox::pendingCount(profile->database());
    if (!contacts || !groupList || !pending)
        return context.fail(contacts.errorMessage() + groupList.errorMessage() + pending.errorMessage());
    const auto groups = static_cast<int>(groupList.value().size());
    const QJsonObject info{{QStringLiteral("directory"), profile->directory()},
                           {QStringLiteral("database"), profile->databasePath()},
                           {QStringLiteral("schemaVersion"), profile->database().schemaVersion()},
                           {QStringLiteral("contacts"), contacts.value()},
                           {QStringLiteral("groups"), groups},
                           {QStringLiteral("pendingChanges"), pending.value()}};
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonDocument(info));
        return Success;
    }
    QTextStream& out = context.out();
    out << Text::tr("Profile:        %1").arg(profile->directory()) << "\n"
        << Text::tr("Database:       %1").arg(profile->databasePath()) << "\n"
        << Text::tr("Schema version: %1").arg(profile->database().schemaVersion()) << "\n"
        << Text::tr("Contacts:       %1").arg(contacts.value()) << "\n"
        << Text::tr("Groups:         %1").arg(groups) << "\n"
        << Text::tr("Unsynced:       %1").arg(pending.value()) << "\n";
    return Success;
}

} // namespace

QList<Command> profileCommands() {
    return {
        {QStringLiteral("profile init"), Text::tr("Create the profile if it does not exist"), &profileInit},
        {QStringLiteral("profile info"), Text::tr("Show the profile's folder, schema and counts"),
         &profileInfo},
    };
}

} // namespace iq::cli
