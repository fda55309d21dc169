#include "CliContext.h"
#include "Command.h"
#include "util/AppIdentity.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    iq::setApplicationIdentity();

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    iq::cli::CliContext context(out, err, QString());
    const int status = iq::cli::dispatch(context, app.arguments().mid(1));
    out.flush();
    err.flush();
    return status;
}
