// Campaign throughput of iqmsgd's services in process on SQLite: expanding and queueing an N-recipient
// campaign (audience, rules, rendering, records, queue rows), then delivering it through the simulator
// (no delays) with one DeliveryWorker. Prints the figures; usage: campaign_bench [N] [batch].
#include "server/campaign/CampaignService.h"
#include "server/delivery/DeliveryWorker.h"
#include "server/delivery/SimulatorProvider.h"
#include "server/store/AccountStore.h"
#include "server/store/ServerDatabase.h"
#include "server/sync/SyncService.h"
#include "shared/phone/PhoneNumbers.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTextStream>

using namespace iq;
using namespace iq::server;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const int people = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int batch = argc > 2 ? QByteArray(argv[2]).toInt() : 500;
    QTextStream out(stdout);
    QTemporaryDir dir;
    auto db = ServerDatabase::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db.ok()) {
        out << db.errorMessage() << Qt::endl;
        return 1;
    }
    const Clock& clock = Clock::system();
    SyncService sync(*db.value(), clock);
    const PhoneNumbers phones(QStringLiteral("US"));
    CampaignService campaigns(*db.value(), sync, clock, phones);
    const QString account = QStringLiteral("bench-account");
    (void)AccountStore(*db.value())
        .insert({account, QStringLiteral("bench@shop.example"), QStringLiteral("Shop"), QStringLiteral("x"),
                 QStringLiteral("epoch"), toStoredTime(clock.now())});
    const QString group = QStringLiteral("group");
    QJsonArray changes{QJsonObject{
        {QStringLiteral("entity"), QStringLiteral("group")},
        {QStringLiteral("id"), group},
        {QStringLiteral("operation"), QStringLiteral("upsert")},
        {QStringLiteral("baseVersion"), 0},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("id"), group}, {QStringLiteral("name"), QStringLiteral("All")}}}}};
    for (int i = 0; i < people; ++i) {
        const QString id = QStringLiteral("c%1").arg(i);
        const QString phone = QStringLiteral("+1415%1").arg(2000000 + i);
        changes.append(QJsonObject{
            {QStringLiteral("entity"), QStringLiteral("contact")},
            {QStringLiteral("id"), id},
            {QStringLiteral("operation"), QStringLiteral("upsert")},
            {QStringLiteral("baseVersion"), 0},
            {QStringLiteral("payload"),
             QJsonObject{{QStringLiteral("id"), id},
                         {QStringLiteral("givenName"), QStringLiteral("Person %1").arg(i)},
                         {QStringLiteral("phones"),
                          QJsonArray{QJsonObject{{QStringLiteral("raw"), phone},
                                                 {QStringLiteral("e164"), phone},
                                                 {QStringLiteral("type"), QStringLiteral("mobile")},
                                                 {QStringLiteral("label"), QString()},
                                                 {QStringLiteral("valid"), true}}}}}}});
        changes.append(QJsonObject{{QStringLiteral("entity"), QStringLiteral("membership")},
                                   {QStringLiteral("id"), QString(group + QLatin1Char(':') + id)},
                                   {QStringLiteral("operation"), QStringLiteral("upsert")},
                                   {QStringLiteral("baseVersion"), 0},
                                   {QStringLiteral("payload"),
                                    QJsonObject{{QStringLiteral("groupId"), group},
                                                {QStringLiteral("contactId"), id},
                                                {QStringLiteral("consent"), QStringLiteral("opted_in")}}}});
    }
    if (!sync.apply(account, changes).ok()) {
        out << "cannot store the audience" << Qt::endl;
        return 1;
    }
    const QJsonObject body{
        {QStringLiteral("id"), QStringLiteral("bench")},
        {QStringLiteral("name"), QStringLiteral("Bench")},
        {QStringLiteral("channel"), QStringLiteral("sms")},
        {QStringLiteral("kind"), QStringLiteral("transactional")},
        {QStringLiteral("body"), QStringLiteral("Hi {{first_name}}, your order is ready.")},
        {QStringLiteral("audience"), QJsonObject{{QStringLiteral("groups"), QJsonArray{group}}}}};
    QElapsedTimer timer;
    timer.start();
    auto submitted = campaigns.submit(account, "bench-key-000000001", body);
    const qint64 expandMs = timer.elapsed();
    if (!submitted.ok()) {
        out << submitted.error().message << Qt::endl;
        return 1;
    }
    SimulatorProvider simulator({1, 0, 0.05});
    DeliverySettings settings;
    settings.batchSize = batch;
    DeliveryWorker worker(*db.value(), sync, campaigns, simulator, clock, settings);
    timer.restart();
    for (;;) {
        auto leased = worker.runOnce();
        if (!leased.ok() || leased.value() == 0)
            break;
    }
    const qint64 deliverMs = std::max<qint64>(1, timer.elapsed());
    out << "recipients " << people << ", expand and queue " << expandMs << " ms ("
        << qint64(people) * 1000 / std::max<qint64>(1, expandMs) << "/s), deliver (queued, sent, final) "
        << deliverMs << " ms (" << qint64(people) * 1000 / deliverMs << " messages/s), batch " << batch
        << Qt::endl;
    return 0;
}
