#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace iq::cli {

class CliContext;

// A command takes the arguments after its own name (e.g. after "contacts add").
using CommandFunction = int (*)(CliContext& context, const QStringList& arguments);

struct Command {
    QString path;    // "contacts add"
    QString summary; // one line for 'iqm --help'
    CommandFunction run;
};

// Every command iqm knows; each area contributes its list from its own file.
QList<Command> allCommands();
QList<Command> profileCommands();
QList<Command> contactCommands();
// Duplicates, merging and consent of contacts (part of contactCommands()).
QList<Command> contactMaintenanceCommands();
QList<Command> groupCommands();
QList<Command> accountCommands();
QList<Command> templateCommands();
QList<Command> importCommands();
QList<Command> contentCommands();
QList<Command> conflictCommands();
QList<Command> campaignCommands();
// iqm history and iqm calls.
QList<Command> historyCommands();

// Finds the longest command path that the arguments start with and runs it.
int dispatch(CliContext& context, QStringList arguments);

} // namespace iq::cli
