#pragma once

#include "core/profile/Profile.h"
#include "shared/util/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <memory>

namespace iq::cli {

// Translation context of iqm's messages.
class Text final {
    Q_DECLARE_TR_FUNCTIONS(iq::cli::Text)
};

// Exit statuses of iqm, documented in docs/cli.md.
enum ExitCode { Success = 0, UserError = 1, UsageError = 2 };

// What every command gets: the output streams, the profile folder and helpers for the conventions
// every command shares (errors on stderr, UTF-8 JSON on stdout).
class CliContext final {
public:
    CliContext(QTextStream& out, QTextStream& err, QString profileOption);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    void setProfileOption(const QString& value) { m_profileOption = value; }
    QString profileDirectory() const;
    // Opens (creating on first use) the profile; on failure prints why and returns null.
    Profile* profile();
    // Closes the opened profile so that the next profile() opens the one now chosen.
    void resetProfile() { m_profile.reset(); }

    int fail(const QString& message);       // prints "iqm: message", returns UserError
    int usageError(const QString& message); // prints the message and a hint, returns UsageError
    void printJson(const QJsonDocument& document);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_profileOption;
    std::unique_ptr<Profile> m_profile;
};

// Takes iqm's --language CODE (or --language=CODE) out of the options before the command, so that the
// translator is installed before any command runs and no command sees the option. Answers "" when it is
// not given, an error when it has no code.
Result<QString> takeLanguageOption(QStringList& arguments);

// A QCommandLineParser set up the way every subcommand wants it: --help, --profile, and a usage error
// (exit 2) on anything it does not know.
class SubcommandParser final {
public:
    SubcommandParser(CliContext& context, QString commandPath, QString description);

    QCommandLineParser& parser() { return m_parser; }
    void addOption(const QCommandLineOption& option) { m_parser.addOption(option); }
    void addPositional(const QString& name, const QString& description, const QString& syntax = {}) {
        m_parser.addPositionalArgument(name, description, syntax);
    }
    // Returns -1 to go on, or the exit status to return right away (help shown, usage error).
    int parse(const QStringList& arguments, int minPositional = 0, int maxPositional = 0);

    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    QStringList values(const QString& name) const { return m_parser.values(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

private:
    CliContext& m_context;
    QString m_commandPath;
    QCommandLineParser m_parser;
    QCommandLineOption m_profileOption;
};

} // namespace iq::cli
