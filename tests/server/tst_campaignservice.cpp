// The campaign services of iqmsgd in process, on a real SQLite file and a clock the test moves: a group
// with every kind of member expands into exactly the right messages, a held message is released when its
// quiet hours end, retries with one Idempotency-Key are answered once, pause, resume and cancel move the
// states the contract allows, and a STOP reply keeps the next campaign from the person until START.
#include "TestClock.h"

#include "server/campaign/CampaignService.h"
#include "server/delivery/DeliveryWorker.h"
#include "server/delivery/ReplyHandler.h"
#include "server/delivery/SimulatorProvider.h"
#include "server/store/AccountStore.h"
#include "server/store/DeliveryQueue.h"
#include "server/store/ServerDatabase.h"
#include "server/sync/SyncService.h"
#include "shared/phone/PhoneNumbers.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace iq;
using namespace iq::server;

namespace {

QJsonObject upsert(const QString& entity, const QString& id, const QJsonObject& payload) {
    return QJsonObject{{QStringLiteral("entity"), entity},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("operation"), QStringLiteral("upsert")},
                       {QStringLiteral("baseVersion"), 0},
                       {QStringLiteral("payload"), payload}};
}

QJsonObject contact(const QString& id, const QString& given, const QString& phone,
                    const QString& timeZone = {}) {
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("givenName"), given},
        {QStringLiteral("timeZone"), timeZone},
        {QStringLiteral("phones"), QJsonArray{QJsonObject{{QStringLiteral("raw"), phone},
                                                          {QStringLiteral("e164"), QString()},
                                                          {QStringLiteral("type"), QStringLiteral("unknown")},
                                                          {QStringLiteral("label"), QStringLiteral("mobile")},
                                                          {QStringLiteral("valid"), false}}}},
        {QStringLiteral("emails"), QJsonArray()}};
}

QJsonObject membership(const QString& groupId, const QString& contactId, const char* consent) {
    return upsert(QStringLiteral("membership"), groupId + QLatin1Char(':') + contactId,
                  QJsonObject{{QStringLiteral("groupId"), groupId},
                              {QStringLiteral("contactId"), contactId},
                              {QStringLiteral("consent"), QLatin1String(consent)}});
}

QJsonObject campaignBody(const QString& id, const QStringList& groups, const QString& body = {},
                         const QStringList& excludeGroups = {}) {
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), QStringLiteral("Spring sale")},
        {QStringLiteral("channel"), QStringLiteral("sms")},
        {QStringLiteral("kind"), QStringLiteral("marketing")},
        {QStringLiteral("body"), body.isEmpty() ? QStringLiteral("Hi {{first_name}}, 20% off today.") : body},
        {QStringLiteral("audience"),
         QJsonObject{{QStringLiteral("groups"), QJsonArray::fromStringList(groups)},
                     {QStringLiteral("excludeGroups"), QJsonArray::fromStringList(excludeGroups)},
                     {QStringLiteral("contacts"), QJsonArray()}}}};
}

} // namespace

class TestCampaignService final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    // 10:00 in Los Angeles (where the +1 415 numbers are), 03:00 in Tokyo.
    test::TestClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(18, 0), Qt::UTC)};
    std::unique_ptr<ServerDatabase> m_db;
    std::unique_ptr<SyncService> m_sync;
    PhoneNumbers m_phones{QStringLiteral("US")};
    std::unique_ptr<CampaignService> m_campaigns;
    std::unique_ptr<SimulatorProvider> m_simulator;
    std::unique_ptr<DeliveryWorker> m_worker;
    QString m_account;
    const QString m_group = QStringLiteral("group-customers");
    const QString m_left = QStringLiteral("group-staff");

    QByteArray key(const char* name) { return QByteArray("key-0123456789-") + name; }

    // The server names a campaign's message after the campaign and the contact (AudienceExpander).
    QString messageId(const QString& contactId, const QString& campaignId) const {
        return QUuid::createUuidV5(QUuid(QStringLiteral("{0f4e2b8c-6c1d-4b7e-9a51-3d2f8e6a7c90}")),
                                   m_account + QLatin1Char('/') + campaignId + QLatin1Char('/') + contactId)
            .toString(QUuid::WithoutBraces);
    }
    QJsonObject message(const QString& contactId, const QString& campaignId) {
        auto records =
            m_sync->readRecord(m_account, QStringLiteral("message"), messageId(contactId, campaignId));
        return records && records.value() ? *records.value() : QJsonObject();
    }
    QStringList history(const QJsonObject& message) {
        QStringList statuses;
        for (const QJsonValue& step : message.value(QStringLiteral("statusHistory")).toArray())
            statuses << step[QStringLiteral("status")].toString();
        return statuses;
    }
    void work(int batches) {
        for (int i = 0; i < batches; ++i)
            QVERIFY(m_worker->runOnce().ok());
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        auto db =
            ServerDatabase::open(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db.value());
        m_sync = std::make_unique<SyncService>(*m_db, m_clock);
        m_campaigns = std::make_unique<CampaignService>(*m_db, *m_sync, m_clock, m_phones);
        m_simulator = std::make_unique<SimulatorProvider>(SimulatorSettings{7, 0, 0.0});
        m_worker = std::make_unique<DeliveryWorker>(*m_db, *m_sync, *m_campaigns, *m_simulator, m_clock,
                                                    DeliverySettings{});
        m_account = QStringLiteral("account-1");
        QVERIFY(AccountStore(*m_db).insert({m_account, QStringLiteral("shop@example.com"),
                                            QStringLiteral("Corner Shop"), QStringLiteral("x"),
                                            QStringLiteral("epoch"), toStoredTime(m_clock.now())}));

        // The fixed-line number is one libphonenumber's metadata types so.
        QCOMPARE(m_phones.normalize(QStringLiteral("+442079460018")).type, QStringLiteral("fixed_line"));
        QVERIFY(!m_phones.normalize(QStringLiteral("+1 415 555")).valid);
        QJsonArray changes{upsert(QStringLiteral("group"), m_group,
                                  QJsonObject{{QStringLiteral("id"), m_group},
                                              {QStringLiteral("name"), QStringLiteral("Customers")}}),
                           upsert(QStringLiteral("group"), m_left,
                                  QJsonObject{{QStringLiteral("id"), m_left},
                                              {QStringLiteral("name"), QStringLiteral("Staff")}})};
        struct Person {
            const char* id;
            const char* given;
            const char* phone;
            const char* consent;
            const char* timeZone;
        };
        const Person people[] = {
            {"ada", "Ada", "+14155550101", "opted_in", ""},           // sent
            {"bob", "Bob", "+14155550102", "opted_out", ""},          // opted out of the group
            {"cy", "Cy", "+14155550103", "opted_in", ""},             // opted out of SMS (below)
            {"dee", "Dee", "+14155550104", "unknown", ""},            // no consent
            {"eve", "Eve", "+1 415 555", "opted_in", ""},             // invalid number
            {"fay", "Fay", "+442079460018", "opted_in", ""},          // fixed line
            {"gus", "Gus", "(415) 555-0101", "opted_in", ""},         // Ada's number: duplicate
            {"hal", "Hal", "+14155550108", "opted_in", "Asia/Tokyo"}, // held: 03:00 at home
            {"ivy", "Ivy", "+14155550109", "opted_in", ""},           // in the excluded group too
        };
        for (const Person& p : people) {
            const QString id = QString::fromLatin1(p.id);
            changes.append(upsert(QStringLiteral("contact"), id,
                                  contact(id, QString::fromLatin1(p.given), QString::fromLatin1(p.phone),
                                          QString::fromLatin1(p.timeZone))));
            changes.append(membership(m_group, id, p.consent));
        }
        changes.append(membership(m_left, QStringLiteral("ivy"), "opted_in"));
        changes.append(upsert(QStringLiteral("consent"), QStringLiteral("cy:sms"),
                              QJsonObject{{QStringLiteral("contactId"), QStringLiteral("cy")},
                                          {QStringLiteral("channel"), QStringLiteral("sms")},
                                          {QStringLiteral("consent"), QStringLiteral("opted_out")}}));
        auto applied = m_sync->apply(m_account, changes);
        QVERIFY(applied.ok());
        for (const QJsonValue& result : applied.value())
            QCOMPARE(result[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    }

    void expandsToExactlyTheRightPeople() {
        auto answer = m_campaigns->submit(m_account, key("first"),
                                          campaignBody(QStringLiteral("c1"), {m_group}, {}, {m_left}));
        QVERIFY2(answer.ok(), qPrintable(answer.error().message));
        QCOMPARE(answer.value().status, 201);
        const QJsonObject campaign = answer.value().body;
        QCOMPARE(campaign[QStringLiteral("status")].toString(), QStringLiteral("sending"));
        const QJsonObject counts = campaign[QStringLiteral("counts")].toObject();
        QCOMPARE(counts[QStringLiteral("recipients")].toInt(), 2);
        QCOMPARE(counts[QStringLiteral("held")].toInt(), 1);
        QCOMPARE(counts[QStringLiteral("queued")].toInt(), 2);
        QCOMPARE(counts[QStringLiteral("excluded")].toInt(), 6);
        const QJsonObject excluded = campaign[QStringLiteral("excluded")].toObject();
        QCOMPARE(excluded, (QJsonObject{{QStringLiteral("opted_out"), 2},
                                        {QStringLiteral("no_consent"), 1},
                                        {QStringLiteral("invalid_number"), 1},
                                        {QStringLiteral("not_mobile"), 1},
                                        {QStringLiteral("duplicate"), 1}}));
        const QJsonObject ada = message(QStringLiteral("ada"), QStringLiteral("c1"));
        QCOMPARE(ada[QStringLiteral("status")].toString(), QStringLiteral("queued"));
        QCOMPARE(ada[QStringLiteral("body")].toString(), QStringLiteral("Hi Ada, 20% off today."));
        QCOMPARE(ada[QStringLiteral("address")].toString(), QStringLiteral("+14155550101"));
        QCOMPARE(ada[QStringLiteral("segments")].toInt(), 1);
        const QJsonObject hal = message(QStringLiteral("hal"), QStringLiteral("c1"));
        QCOMPARE(hal[QStringLiteral("status")].toString(), QStringLiteral("held"));
        // 08:00 in Tokyo the next morning.
        QCOMPARE(hal[QStringLiteral("releaseAt")].toString(), QStringLiteral("2026-03-02T23:00:00.000Z"));
        for (const char* nobody : {"bob", "cy", "dee", "eve", "fay", "gus", "ivy"})
            QVERIFY2(message(QLatin1String(nobody), QStringLiteral("c1")).isEmpty(), nobody);
    }

    void deliversAndReleasesTheHeldLater() {
        work(3);
        QCOMPARE(
            history(message(QStringLiteral("ada"), QStringLiteral("c1"))),
            (QStringList{QStringLiteral("queued"), QStringLiteral("sent"), QStringLiteral("delivered")}));
        QCOMPARE(message(QStringLiteral("hal"), QStringLiteral("c1"))[QStringLiteral("status")].toString(),
                 QStringLiteral("held"));
        auto before = m_campaigns->get(m_account, QStringLiteral("c1"));
        QVERIFY(before.ok());
        QCOMPARE(before.value()[QStringLiteral("status")].toString(), QStringLiteral("sending"));

        m_clock.advance(5 * 3600); // 23:00 UTC: 08:00 in Tokyo
        work(3);
        const QJsonObject hal = message(QStringLiteral("hal"), QStringLiteral("c1"));
        QCOMPARE(history(hal), (QStringList{QStringLiteral("held"), QStringLiteral("queued"),
                                            QStringLiteral("sent"), QStringLiteral("delivered")}));
        QVERIFY(hal[QStringLiteral("releaseAt")].isNull());
        QCOMPARE(m_simulator->handedOver(messageId(QStringLiteral("hal"), QStringLiteral("c1"))), 1);
        auto after = m_campaigns->get(m_account, QStringLiteral("c1"));
        QVERIFY(after.ok());
        QCOMPARE(after.value()[QStringLiteral("status")].toString(), QStringLiteral("sent"));
        QCOMPARE(after.value()[QStringLiteral("counts")][QStringLiteral("delivered")].toInt(), 2);
        QCOMPARE(after.value()[QStringLiteral("messages")].toArray().size(), 2);
        // The campaign's record says the same to every device.
        auto record = m_sync->readRecord(m_account, QStringLiteral("campaign"), QStringLiteral("c1"));
        QVERIFY(record && record.value());
        QCOMPARE((*record.value())[QStringLiteral("status")].toString(), QStringLiteral("sent"));
        QCOMPARE((*record.value())[QStringLiteral("counts")][QStringLiteral("delivered")].toInt(), 2);
    }

    void retriesAreAnsweredOnce() {
        const QJsonObject body = campaignBody(QStringLiteral("c2"), {m_group});
        auto first = m_campaigns->submit(m_account, key("retry"), body);
        QVERIFY(first.ok());
        auto again = m_campaigns->submit(m_account, key("retry"), body);
        QVERIFY(again.ok());
        QCOMPARE(again.value().status, first.value().status);
        QCOMPARE(again.value().body, first.value().body);
        auto listed = m_campaigns->get(m_account, QStringLiteral("c2"));
        QVERIFY(listed.ok());
        // Ada, Hal and Ivy (no group is excluded this time), once each.
        QCOMPARE(listed.value()[QStringLiteral("messages")].toArray().size(), 3);

        auto other =
            m_campaigns->submit(m_account, key("retry"),
                                campaignBody(QStringLiteral("c2"), {m_group}, QStringLiteral("Other text")));
        QVERIFY(!other.ok());
        QCOMPARE(other.error().status, 409);
        QCOMPARE(other.error().code, QStringLiteral("idempotency_conflict"));
        auto secondKey = m_campaigns->submit(m_account, key("second"), body);
        QVERIFY(!secondKey.ok());
        QCOMPARE(secondKey.error().code, QStringLiteral("campaign_exists"));
        auto shortKey = m_campaigns->submit(m_account, "short", body);
        QVERIFY(!shortKey.ok());
        QCOMPARE(shortKey.error().field, QStringLiteral("Idempotency-Key"));
    }

    void pauseResumeCancel() {
        QJsonObject later = campaignBody(QStringLiteral("c3"), {m_group});
        later.insert(QStringLiteral("scheduledAt"), toStoredTime(m_clock.now().addSecs(3600)));
        auto scheduled = m_campaigns->submit(m_account, key("later"), later);
        QVERIFY(scheduled.ok());
        QCOMPARE(scheduled.value().body[QStringLiteral("status")].toString(), QStringLiteral("scheduled"));
        using Change = CampaignService::Change;
        QCOMPARE(m_campaigns->change(m_account, QStringLiteral("c3"), Change::Resume).error().code,
                 QStringLiteral("invalid_state"));
        QCOMPARE(m_campaigns->change(m_account, QStringLiteral("c3"), Change::Pause)
                     .value()[QStringLiteral("status")],
                 QJsonValue(QStringLiteral("paused")));
        QCOMPARE(m_campaigns->change(m_account, QStringLiteral("c3"), Change::Resume)
                     .value()[QStringLiteral("status")],
                 QJsonValue(QStringLiteral("scheduled")));
        m_clock.advance(3600);
        QVERIFY(m_campaigns->startDue()); // what the worker does first: due, so expanded into messages
        auto started = m_campaigns->get(m_account, QStringLiteral("c3"));
        QCOMPARE(started.value()[QStringLiteral("status")].toString(), QStringLiteral("sending"));
        QCOMPARE(m_campaigns->change(m_account, QStringLiteral("c3"), Change::Pause)
                     .value()[QStringLiteral("status")],
                 QJsonValue(QStringLiteral("paused")));
        work(3); // paused: nothing moves
        const QString ada =
            message(QStringLiteral("ada"), QStringLiteral("c3"))[QStringLiteral("status")].toString();
        QVERIFY2(ada == QLatin1String("queued") || ada == QLatin1String("sent") ||
                     ada == QLatin1String("delivered"),
                 qPrintable(ada));
        auto cancelled = m_campaigns->change(m_account, QStringLiteral("c3"), Change::Cancel);
        QVERIFY(cancelled.ok());
        QCOMPARE(cancelled.value()[QStringLiteral("status")].toString(), QStringLiteral("cancelled"));
        for (const QJsonValue& m :
             m_campaigns->get(m_account, QStringLiteral("c3")).value()[QStringLiteral("messages")].toArray())
            QVERIFY(m[QStringLiteral("status")].toString() != QLatin1String("queued"));
        QCOMPARE(m_campaigns->change(m_account, QStringLiteral("c3"), Change::Cancel).error().code,
                 QStringLiteral("invalid_state"));
        QCOMPARE(m_campaigns->change(m_account, QStringLiteral("nope"), Change::Pause).error().status, 404);
    }

    void cancelSkipsTheUnsent() {
        // 05:00 in Tokyo: Hal is held, Ada and Ivy queued; cancelling before the worker runs skips them all.
        m_clock.advance(20 * 3600);
        auto sent =
            m_campaigns->submit(m_account, key("cancel"), campaignBody(QStringLiteral("c4"), {m_group}));
        QVERIFY(sent.ok());
        QCOMPARE(sent.value().body[QStringLiteral("counts")][QStringLiteral("held")].toInt(), 1);
        auto cancelled =
            m_campaigns->change(m_account, QStringLiteral("c4"), CampaignService::Change::Cancel);
        QVERIFY(cancelled.ok());
        QCOMPARE(cancelled.value()[QStringLiteral("counts")][QStringLiteral("skipped")].toInt(),
                 3); // and Ivy
        QCOMPARE(history(message(QStringLiteral("hal"), QStringLiteral("c4"))),
                 (QStringList{QStringLiteral("held"), QStringLiteral("skipped")}));
        work(3);
        QCOMPARE(message(QStringLiteral("ada"), QStringLiteral("c4"))[QStringLiteral("status")].toString(),
                 QStringLiteral("skipped"));
    }

    void stopThenStart() {
        ReplyHandler replies(*m_db, *m_sync, m_clock, m_phones);
        QCOMPARE(ReplyHandler::classify(QStringLiteral("  stop!! ")), ReplyKeyword::OptOut);
        QCOMPARE(ReplyHandler::classify(QStringLiteral("Unsubscribe.")), ReplyKeyword::OptOut);
        QCOMPARE(ReplyHandler::classify(QStringLiteral("please stop")), ReplyKeyword::None);
        QCOMPARE(ReplyHandler::classify(QStringLiteral("yes")), ReplyKeyword::OptIn);
        QCOMPARE(ReplyHandler::classify(QStringLiteral("HELP?")), ReplyKeyword::Help);

        m_clock.advance(4 * 3600); // 16:00 in Los Angeles, 09:00 in Tokyo
        auto stop = replies.handle(m_account,
                                   QJsonObject{{QStringLiteral("from"), QStringLiteral("+14155550101")},
                                               {QStringLiteral("text"), QStringLiteral("STOP")}},
                                   QStringLiteral("test"));
        QVERIFY(stop.ok());
        QCOMPARE(stop.value()[QStringLiteral("handled")].toString(), QStringLiteral("opt_out"));
        // Ada and Gus share the number: both are opted out.
        QCOMPARE(stop.value()[QStringLiteral("contacts")].toArray().size(), 2);
        auto consent = m_sync->readRecord(m_account, QStringLiteral("consent"), QStringLiteral("ada:sms"));
        QVERIFY(consent && consent.value());
        QCOMPARE((*consent.value())[QStringLiteral("consent")].toString(), QStringLiteral("opted_out"));
        QCOMPARE((*consent.value())[QStringLiteral("method")].toString(), QStringLiteral("keyword"));

        auto skipped =
            m_campaigns->submit(m_account, key("after-stop"), campaignBody(QStringLiteral("c5"), {m_group}));
        QVERIFY(skipped.ok());
        QVERIFY(message(QStringLiteral("ada"), QStringLiteral("c5")).isEmpty());
        QVERIFY(message(QStringLiteral("gus"), QStringLiteral("c5")).isEmpty());
        QCOMPARE(skipped.value().body[QStringLiteral("excluded")][QStringLiteral("opted_out")].toInt(), 4);

        auto start = replies.handle(m_account,
                                    QJsonObject{{QStringLiteral("from"), QStringLiteral("+14155550101")},
                                                {QStringLiteral("text"), QStringLiteral("start")}},
                                    QStringLiteral("test"));
        QVERIFY(start.ok());
        QCOMPARE(start.value()[QStringLiteral("handled")].toString(), QStringLiteral("opt_in"));
        auto back =
            m_campaigns->submit(m_account, key("after-start"), campaignBody(QStringLiteral("c6"), {m_group}));
        QVERIFY(back.ok());
        QCOMPARE(message(QStringLiteral("ada"), QStringLiteral("c6"))[QStringLiteral("status")].toString(),
                 QStringLiteral("queued"));
        // The confirmations go out as messages of their own.
        work(4);
        auto pulled = m_sync->pull(m_account, QString(), {});
        QVERIFY(pulled.ok());
        QVERIFY(pulled.value().contains("You are unsubscribed"));
        QVERIFY(pulled.value().contains("You are subscribed again"));
    }
};

QTEST_GUILESS_MAIN(TestCampaignService)
#include "tst_campaignservice.moc"
