#include "CliContext.h"
#include "Command.h"

#include "core/actions/ConflictActions.h"
#include "shared/util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>

namespace iq::cli {
namespace {

const QString kJson = QStringLiteral("json");
const QString kKeep = QStringLiteral("keep");

QJsonObject conflictJson(const SyncConflict& conflict) {
    return QJsonObject{{QStringLiteral("id"), conflict.seq},
                       {QStringLiteral("entity"), conflict.entity},
                       {QStringLiteral("recordId"), conflict.recordId},
                       {QStringLiteral("record"), conflict.recordName},
                       {QStringLiteral("kind"), conflict.kind},
                       {QStringLiteral("field"), conflict.field},
                       {QStringLiteral("local"), conflict.localValue},
                       {QStringLiteral("server"), conflict.serverValue},
                       {QStringLiteral("serverVersion"), conflict.serverVersion},
                       {QStringLiteral("detectedAt"), toStoredTime(conflict.detectedAt)}};
}

// A value as JSON on one line: a string in quotes, so that an empty one still shows.
QString compact(const QJsonValue& value) {
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QString describe(const SyncConflict& conflict) {
    if (conflict.kind == QLatin1String("deleted_on_server"))
        return Text::tr("deleted on another device, edited here");
    if (conflict.kind == QLatin1String("edited_on_server"))
        return Text::tr("deleted here, edited on another device");
    return Text::tr("%1: this computer had %2, the server kept %3")
        .arg(conflict.field, compact(conflict.localValue), compact(conflict.serverValue));
}

int syncConflicts(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("sync conflicts"),
                            Text::tr("List the conflicts syncs kept for review, oldest first."));
    parser.addOption({kJson, Text::tr("Print a JSON array.")});
    if (int status = parser.parse(arguments); status >= 0)
        return status;
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    auto conflicts = ConflictActions(*profile).open();
    if (!conflicts)
        return context.fail(conflicts.errorMessage());
    QJsonArray array;
    for (const SyncConflict& conflict : conflicts.value()) {
        if (parser.isSet(kJson)) {
            array.append(conflictJson(conflict));
            continue;
        }
        const QString record = conflict.recordName.isEmpty() ? conflict.recordId : conflict.recordName;
        context.out() << conflict.seq << "  " << conflict.entity << " “" << record << "”  "
                      << describe(conflict) << "\n";
    }
    if (parser.isSet(kJson))
        context.printJson(QJsonDocument(array));
    return Success;
}

int syncResolve(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(
        context, QStringLiteral("sync resolve"),
        Text::tr("Close a conflict: keep the server's value, or put this computer's back (it goes out "
                 "with the next sync)."));
    parser.addPositional(QStringLiteral("id"),
                         Text::tr("The conflict's number, as 'iqm sync conflicts' shows it."));
    parser.addOption({kKeep, Text::tr("server or local."), QStringLiteral("side")});
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;
    const QString keep = parser.value(kKeep).trimmed().toLower();
    if (keep != QLatin1String("server") && keep != QLatin1String("local"))
        return context.usageError(
            parser.isSet(kKeep)
                ? Text::tr("--keep must be server or local, not \"%1\".").arg(parser.value(kKeep))
                : Text::tr("Say which value stays with --keep server or --keep local."));
    bool number = false;
    const qint64 seq = parser.positional().first().toLongLong(&number);
    if (!number || seq <= 0)
        return context.usageError(
            Text::tr("\"%1\" is not a conflict number; 'iqm sync conflicts' lists them.")
                .arg(parser.positional().first()));
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    const auto side =
        keep == QLatin1String("local") ? ConflictActions::Keep::Local : ConflictActions::Keep::Server;
    if (Status resolved = ConflictActions(*profile).resolve(seq, side); !resolved)
        return context.fail(resolved.errorMessage());
    context.out() << (side == ConflictActions::Keep::Local
                          ? Text::tr(
                                "Conflict %1: this computer's value is back and goes out with the next sync.")
                          : Text::tr("Conflict %1: the server's value stays."))
                         .arg(seq)
                  << "\n";
    return Success;
}

} // namespace

QList<Command> conflictCommands() {
    return {
        {QStringLiteral("sync conflicts"), Text::tr("List the conflicts syncs kept for review"),
         &syncConflicts},
        {QStringLiteral("sync resolve"), Text::tr("Keep the server's or this computer's value of a conflict"),
         &syncResolve},
    };
}

} // namespace iq::cli
