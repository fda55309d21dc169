#include "CliContext.h"

#include "core/profile/AppStartup.h"

#include <QCoreApplication>

namespace iq::cli {

CliContext::CliContext(QTextStream& out, QTextStream& err, QString profileOption)
    : m_out(out)
    , m_err(err)
    , m_profileOption(std::move(profileOption)) {}

QString CliContext::profileDirectory() const {
    return Profile::resolveDirectory(m_profileOption);
}

Profile* CliContext::profile() {
    if (m_profile)
        return m_profile.get();
    auto opened = AppStartup::openProfile(m_profileOption);
    if (!opened) {
        fail(opened.errorMessage());
        return nullptr;
    }
    m_profile = std::move(opened).value();
    return m_profile.get();
}

int CliContext::fail(const QString& message) {
    m_err << "iqm: " << message << Qt::endl;
    return UserError;
}

int CliContext::usageError(const QString& message) {
    m_err << "iqm: " << message << Qt::endl << Text::tr("Run 'iqm --help' for usage.") << Qt::endl;
    return UsageError;
}

void CliContext::printJson(const QJsonDocument& document) {
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

Result<QString> takeLanguageOption(QStringList& arguments) {
    const QString option = QStringLiteral("--language");
    // Global options come before the command; --profile is the only other one with a value.
    for (qsizetype i = 0; i < arguments.size() && arguments.at(i).startsWith(QLatin1Char('-')); ++i) {
        const QString argument = arguments.at(i);
        if (argument == QLatin1String("--profile")) {
            ++i;
            continue;
        }
        QString code;
        if (argument.startsWith(option + QLatin1Char('='))) {
            code = argument.mid(option.size() + 1);
            arguments.removeAt(i);
        } else if (argument == option) {
            arguments.removeAt(i);
            if (i < arguments.size() && !arguments.at(i).startsWith(QLatin1Char('-')))
                code = arguments.takeAt(i);
        } else {
            continue;
        }
        if (code.isEmpty())
            return Error::make(Error::Code::InvalidInput,
                               Text::tr("--language needs a language code, e.g. de or fr."));
        return code;
    }
    return QString();
}

SubcommandParser::SubcommandParser(CliContext& context, QString commandPath, QString description)
    : m_context(context)
    , m_commandPath(std::move(commandPath))
    , m_profileOption(QStringLiteral("profile"), Text::tr("Use the profile in <dir> instead of the default."),
                      QStringLiteral("dir")) {
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption(m_profileOption);
}

int SubcommandParser::parse(const QStringList& arguments, int minPositional, int maxPositional) {
    // QCommandLineParser wants the program name first.
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("iqm ") + m_commandPath);
    if (!m_parser.parse(withProgram))
        return m_context.usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        QString help = m_parser.helpText();
        help.replace(QStringLiteral("Usage: iqm ") + m_commandPath + QStringLiteral(" [options]"),
                     QStringLiteral("Usage: iqm ") + m_commandPath + QStringLiteral(" [options]"));
        m_context.out() << help;
        return Success;
    }
    if (m_parser.isSet(m_profileOption))
        m_context.setProfileOption(m_parser.value(m_profileOption));
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < minPositional)
        return m_context.usageError(Text::tr("iqm %1: missing argument.").arg(m_commandPath));
    if (maxPositional >= 0 && count > maxPositional)
        return m_context.usageError(
            Text::tr("iqm %1: unexpected argument \"%2\".")
                .arg(m_commandPath, m_parser.positionalArguments().at(maxPositional)));
    return -1;
}

} // namespace iq::cli
