#include "CliContext.h"
#include "Command.h"
#include "core/profile/AppStartup.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    iq::AppStartup startup(iq::AppStartup::Program::Cli);
    QStringList arguments = app.arguments().mid(1);
    const auto language = iq::cli::takeLanguageOption(arguments);
    startup.installTranslations(language.ok() ? language.value() : QString());

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    iq::cli::CliContext context(out, err, QString());
    const int status =
        language.ok() ? iq::cli::dispatch(context, arguments) : context.usageError(language.errorMessage());
    out.flush();
    err.flush();
    return status;
}
