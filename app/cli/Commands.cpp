#include "CliContext.h"
#include "Command.h"

#include <QCoreApplication>

namespace iq::cli {

QList<Command> allCommands() {
    QList<Command> commands;
    commands << profileCommands() << contactCommands() << groupCommands() << accountCommands()
             << templateCommands() << importCommands() << contentCommands() << conflictCommands()
             << campaignCommands() << historyCommands();
    return commands;
}

namespace {

void printOverview(CliContext& context) {
    QTextStream& out = context.out();
    out << Text::tr("Usage: iqm [--profile DIR] COMMAND [options]") << "\n\n"
        << QCoreApplication::translate("iq::cli",
                                       "The command-line companion of IQ Messaging: everything the desktop "
                                       "application does with data, from a terminal or a script.")
        << "\n\n"
        << Text::tr("Commands:") << "\n";
    for (const Command& command : allCommands())
        out << "  " << command.path.leftJustified(26) << command.summary << "\n";
    out << "\n"
        << Text::tr("Options:") << "\n"
        << "  --profile DIR             "
        << Text::tr("Use the profile in DIR (default: $IQM_PROFILE, then the "
                    "application's data folder).")
        << "\n"
        << "  --version                 " << Text::tr("Print the version.") << "\n"
        << "  --help                    " << Text::tr("Print this help.") << "\n\n"
        << Text::tr("Run 'iqm COMMAND --help' for a command's options.") << "\n";
}

} // namespace

int dispatch(CliContext& context, QStringList arguments) {
    // Global options come before the command.
    while (!arguments.isEmpty() && arguments.first().startsWith(QLatin1Char('-'))) {
        const QString option = arguments.takeFirst();
        if (option == QLatin1String("--version") || option == QLatin1String("-v")) {
            context.out() << "iqm " << QStringLiteral(IQ_VERSION) << "\n";
            return Success;
        }
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            printOverview(context);
            return Success;
        }
        if (option == QLatin1String("--profile")) {
            if (arguments.isEmpty())
                return context.usageError(Text::tr("--profile needs a folder."));
            context.setProfileOption(arguments.takeFirst());
            continue;
        }
        if (option.startsWith(QLatin1String("--profile="))) {
            context.setProfileOption(option.mid(10));
            continue;
        }
        return context.usageError(Text::tr("Unknown option \"%1\".").arg(option));
    }
    if (arguments.isEmpty()) {
        printOverview(context);
        return UsageError;
    }

    const Command* best = nullptr;
    qsizetype bestWords = 0;
    const QList<Command> commands = allCommands();
    for (const Command& command : commands) {
        const QStringList words = command.path.split(QLatin1Char(' '));
        if (words.size() > arguments.size() || words.size() <= bestWords)
            continue;
        if (arguments.mid(0, words.size()) == words) {
            best = &command;
            bestWords = words.size();
        }
    }
    if (!best)
        return context.usageError(
            Text::tr("Unknown command \"%1\".").arg(arguments.mid(0, 2).join(QLatin1Char(' '))));
    return best->run(context, arguments.mid(bestWords));
}

} // namespace iq::cli
