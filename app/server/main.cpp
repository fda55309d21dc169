#include "DemoData.h"
#include "ServerOptions.h"
#include "auth/Secrets.h"
#include "http/ApiServer.h"
#include "store/ServerDatabase.h"
#include "sync/SyncService.h"
#include "util/AppIdentity.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    iq::setApplicationIdentity();
    QCoreApplication::setApplicationName(QStringLiteral("iqmsgd"));
    QTextStream err(stderr);
    auto options = iq::server::ServerOptions::parse(app.arguments());
    if (!options) {
        err << "iqmsgd: " << options.errorMessage() << Qt::endl;
        return 2;
    }
    if (auto ready = iq::server::Secrets::initialize(); !ready) {
        err << "iqmsgd: " << ready.errorMessage() << Qt::endl;
        return 1;
    }
    auto database = iq::server::ServerDatabase::open(options->databaseUrl);
    if (!database) {
        err << "iqmsgd: " << database.errorMessage() << Qt::endl;
        return 1;
    }
    const iq::Clock& clock = iq::Clock::system();
    iq::server::SyncService sync(*database.value(), clock);
    if (auto purged = sync.purgeTombstones(options->tombstoneDays); !purged) {
        err << "iqmsgd: " << purged.errorMessage() << Qt::endl;
        return 1;
    }
    if (options->demo) {
        auto demo = iq::server::DemoData::ensure(*database.value(), clock);
        if (!demo.ok()) {
            err << "iqmsgd: cannot create the demo account: " << demo.error().message << Qt::endl;
            return 1;
        }
        err << "iqmsgd: demo account " << iq::server::DemoData::kEmail << ", password "
            << iq::server::DemoData::kPassword << Qt::endl;
    }
    iq::server::ApiServer server(*database.value(), options.value(), clock);
    auto url = server.listen();
    if (!url) {
        err << "iqmsgd: " << url.errorMessage() << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "iqmsgd listening on " << url->toString() << Qt::endl;
    return app.exec();
}
