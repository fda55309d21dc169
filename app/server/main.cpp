#include "ServerOptions.h"
#include "util/AppIdentity.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    iq::setApplicationIdentity();
    QCoreApplication::setApplicationName(QStringLiteral("iqmsgd"));
    auto options = iq::server::ServerOptions::parse(app.arguments());
    if (!options) {
        QTextStream(stderr) << "iqmsgd: " << options.errorMessage() << Qt::endl;
        return 2;
    }
    return 0;
}
