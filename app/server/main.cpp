#include "server/DemoData.h"
#include "server/ServerOptions.h"
#include "server/auth/Secrets.h"
#include "server/campaign/CampaignService.h"
#include "server/delivery/DeliveryWorker.h"
#include "server/delivery/ReplyHandler.h"
#include "server/delivery/SimulatorProvider.h"
#include "server/http/ApiServer.h"
#include "server/store/ServerDatabase.h"
#include "server/sync/SyncService.h"
#include "shared/phone/PhoneNumbers.h"
#include "shared/util/AppIdentity.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <climits>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    // No translations: iqmsgd answers in English (codes for programs, messages for logs).
    iq::setApplicationIdentity();
    // The server keeps its own files apart from the desktop's.
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
    // A password in the URL is in the list of processes for every user of the machine to read.
    if (iq::server::PostgresUrl::carriesPassword(options->databaseUrl))
        err << "iqmsgd: "
            << QCoreApplication::translate("iq::server",
                                           "warning: the --database URL holds a password, which other users "
                                           "can read; use PGPASSWORD, --database-password-file or ~/.pgpass.")
            << Qt::endl;
    iq::server::DatabaseSettings settings;
    settings.url = options->databaseUrl;
    settings.sslMode = options->databaseSslMode;
    const auto toMs = [](int seconds) {
        return int(std::min<qint64>(qint64(seconds) * 1000, INT_MAX));
    };
    settings.lockTimeoutMs = toMs(options->databaseLockTimeoutSeconds);
    settings.statementTimeoutMs = toMs(options->databaseStatementTimeoutSeconds);
    auto password = iq::server::DatabaseSettings::readPasswordFile(options->databasePasswordFile);
    if (!password) {
        err << "iqmsgd: " << password.errorMessage() << Qt::endl;
        return 1;
    }
    settings.password = password.value();
    auto database = iq::server::ServerDatabase::open(settings);
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
    const iq::PhoneNumbers phones(options->defaultRegion);
    iq::server::CampaignService campaigns(*database.value(), sync, clock, phones);
    iq::server::ReplyHandler replies(*database.value(), sync, clock, phones);
    iq::server::SimulatorProvider simulator(
        {options->simulatorSeed, options->simulatorDelayMs, options->simulatorFailureRate});
    iq::server::DeliverySettings delivery;
    delivery.intervalMs = options->deliveryIntervalMs;
    delivery.leaseMs = toMs(options->deliveryLeaseSeconds);
    delivery.perSecond = {{QStringLiteral("sms"), options->smsPerSecond},
                          {QStringLiteral("email"), options->emailPerSecond},
                          {QStringLiteral("voice"), options->voicePerSecond}};
    iq::server::DeliveryWorker worker(*database.value(), sync, campaigns, simulator, clock, delivery);
    iq::server::ApiServer server(*database.value(), options.value(), clock, campaigns, &replies);
    auto url = server.listen();
    if (!url) {
        err << "iqmsgd: " << url.errorMessage() << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "iqmsgd listening on " << url->toString() << Qt::endl;
    worker.start();
    return app.exec();
}
