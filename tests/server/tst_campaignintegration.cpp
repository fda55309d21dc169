// Campaigns against the real iqmsgd, on SQLite and (when IQ_TEST_POSTGRES_URL is set) on PostgreSQL: a
// group with every kind of member reaches exactly the right people, a retry with the same Idempotency-Key
// sends nothing twice, the simulator takes every message to "delivered", STOP and START replies change who
// the next campaign reaches; and on PostgreSQL two iqmsgd processes working one queue send each message once.
#include "ServerProcess.h"
#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <map>
#include <memory>

using iq::test::ApiClient;
using iq::test::HttpReply;
using iq::test::ServerProcess;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject upsert(const QString& entity, const QString& id, const QJsonObject& payload) {
    return QJsonObject{{QStringLiteral("entity"), entity},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("operation"), QStringLiteral("upsert")},
                       {QStringLiteral("baseVersion"), 0},
                       {QStringLiteral("payload"), payload}};
}

QJsonObject contact(const QString& id, const QString& given, const QString& phone, const QString& timeZone) {
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("givenName"), given},
        {QStringLiteral("timeZone"), timeZone},
        {QStringLiteral("phones"), QJsonArray{QJsonObject{{QStringLiteral("raw"), phone},
                                                          {QStringLiteral("e164"), QString()},
                                                          {QStringLiteral("type"), QStringLiteral("unknown")},
                                                          {QStringLiteral("label"), QString()},
                                                          {QStringLiteral("valid"), false}}}}};
}

QJsonObject membership(const QString& groupId, const QString& contactId, const QString& consent) {
    return upsert(QStringLiteral("membership"), groupId + QLatin1Char(':') + contactId,
                  QJsonObject{{QStringLiteral("groupId"), groupId},
                              {QStringLiteral("contactId"), contactId},
                              {QStringLiteral("consent"), consent}});
}

QJsonObject campaignBody(const QString& id, const QStringList& groups,
                         const QStringList& excludeGroups = {}) {
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), QStringLiteral("Spring sale")},
        {QStringLiteral("channel"), QStringLiteral("sms")},
        {QStringLiteral("kind"), QStringLiteral("marketing")},
        {QStringLiteral("body"), QStringLiteral("Hi {{first_name}}, 20% off today.")},
        {QStringLiteral("subject"), QString()},
        {QStringLiteral("contentId"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("audience"),
         QJsonObject{{QStringLiteral("groups"), QJsonArray::fromStringList(groups)},
                     {QStringLiteral("excludeGroups"), QJsonArray::fromStringList(excludeGroups)},
                     {QStringLiteral("contacts"), QJsonArray()}}},
        {QStringLiteral("scheduledAt"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("timeZone"), QJsonValue(QJsonValue::Null)}};
}

// A zone whose local time is now inside (or outside) the default quiet-hours window of 08:00-21:00, with
// an hour to spare: the test must not depend on the hour it runs at.
QString zoneWhere(bool open) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const char* id :
         {"Pacific/Honolulu", "America/New_York", "Europe/London", "Asia/Kolkata", "Asia/Tokyo",
          "Australia/Sydney", "Pacific/Kiritimati", "America/Denver", "Asia/Dubai"}) {
        const int hour = now.toTimeZone(QTimeZone(QByteArray(id))).time().hour();
        if (open ? (hour >= 9 && hour < 20) : (hour < 7 || (hour >= 21 && hour < 23)))
            return QLatin1String(id);
    }
    return {};
}

} // namespace

// The PostgreSQL database of this test alone, created once per run.
QString ownPostgres() {
    static const QString url = iq::test::postgresDatabaseOfItsOwn(QStringLiteral("campaignintegration"));
    return url;
}

class TestCampaignIntegration final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::map<QString, std::unique_ptr<ServerProcess>> m_servers;

    QString backend() const {
        QFETCH_GLOBAL(QString, backend);
        return backend;
    }
    QString database() const {
        if (backend() == QLatin1String("postgres"))
            return ownPostgres();
        return QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("campaigns.sqlite"));
    }
    static QStringList arguments() {
        return {QStringLiteral("--auth-rate"),
                QStringLiteral("100000"),
                QStringLiteral("--api-rate"),
                QStringLiteral("100000"),
                QStringLiteral("--simulator-delay-ms"),
                QStringLiteral("0"),
                QStringLiteral("--simulator-failure-rate"),
                QStringLiteral("0"),
                QStringLiteral("--delivery-interval-ms"),
                QStringLiteral("20")};
    }
    ServerProcess& server() {
        auto& server = m_servers[backend()];
        if (!server) {
            server = std::make_unique<ServerProcess>();
            if (!server->start(database(), arguments()))
                qWarning("iqmsgd did not start: %s", qPrintable(server->output()));
        }
        return *server;
    }
    // A new account, signed in: its access token.
    static QString signIn(ApiClient& client) {
        const QString email = QStringLiteral("shop-%1@shop.example").arg(newId().left(12));
        const QJsonObject device{{QStringLiteral("id"), QStringLiteral("laptop")},
                                 {QStringLiteral("name"), QStringLiteral("Laptop")}};
        client.post(QStringLiteral("/api/v1/accounts"),
                    QJsonObject{{QStringLiteral("email"), email},
                                {QStringLiteral("name"), QStringLiteral("Corner Shop")},
                                {QStringLiteral("password"), kPassword},
                                {QStringLiteral("device"), device}});
        const HttpReply in = client.post(QStringLiteral("/api/v1/sessions"),
                                         QJsonObject{{QStringLiteral("email"), email},
                                                     {QStringLiteral("password"), kPassword},
                                                     {QStringLiteral("device"), device}});
        return in.json.value(QStringLiteral("accessToken")).toString();
    }
    static HttpReply submit(ApiClient& client, const QString& token, const QByteArray& key,
                            const QJsonObject& body) {
        client.setHeader(QByteArrayLiteral("Idempotency-Key"), key);
        HttpReply reply = client.post(QStringLiteral("/api/v1/campaigns"), body, token);
        client.setHeader(QByteArrayLiteral("Idempotency-Key"), {});
        return reply;
    }
    // The campaign once no message of it is queued or on its way, or after ten seconds as it stands.
    static QJsonObject settled(ApiClient& client, const QString& token, const QString& id) {
        QDeadlineTimer deadline(10000);
        QJsonObject campaign;
        do {
            campaign = client.get(QStringLiteral("/api/v1/campaigns/") + id, token).json;
            const QJsonObject counts = campaign.value(QStringLiteral("counts")).toObject();
            // Held messages wait for their recipients' morning: not for this test.
            if (!counts.isEmpty() &&
                counts.value(QStringLiteral("queued")) == counts.value(QStringLiteral("held")) &&
                counts.value(QStringLiteral("sent")).toInt() == 0)
                return campaign;
            QTest::qWait(50);
        } while (!deadline.hasExpired());
        return campaign;
    }
    // The campaign's message records as a device pulls them, by contact.
    static QHash<QString, QJsonObject> messages(ApiClient& client, const QString& token,
                                                const QString& campaignId) {
        QHash<QString, QJsonObject> found;
        QString cursor;
        for (bool more = true; more;) {
            const HttpReply page =
                client.get(QStringLiteral("/api/v1/sync/pull?limit=1000&cursor=") + cursor, token);
            for (const QJsonValue& record : page.json.value(QStringLiteral("records")).toArray()) {
                const QJsonObject payload = record[QStringLiteral("payload")].toObject();
                if (record[QStringLiteral("entity")].toString() == QLatin1String("message") &&
                    payload.value(QStringLiteral("campaignId")).toString() == campaignId)
                    found.insert(payload.value(QStringLiteral("contactId")).toString(), payload);
            }
            cursor = page.json.value(QStringLiteral("cursor")).toString();
            more = page.json.value(QStringLiteral("hasMore")).toBool();
        }
        return found;
    }
    static QStringList history(const QJsonObject& message) {
        QStringList statuses;
        for (const QJsonValue& step : message.value(QStringLiteral("statusHistory")).toArray())
            statuses << step[QStringLiteral("status")].toString();
        return statuses;
    }

    // The account of campaignsReachTheRightPeople, for the tests after it.
    struct Shop {
        QString token;
        QString group;
        QString staff;
        QHash<QString, QString> ids; // contact ids by first name
    };
    std::map<QString, Shop> m_shops;

    Shop makeShop(ApiClient& client) {
        Shop shop;
        shop.token = signIn(client);
        shop.group = newId();
        shop.staff = newId();
        const QString open = zoneWhere(true), closed = zoneWhere(false);
        QJsonArray changes{upsert(QStringLiteral("group"), shop.group,
                                  QJsonObject{{QStringLiteral("id"), shop.group},
                                              {QStringLiteral("name"), QStringLiteral("Customers")}}),
                           upsert(QStringLiteral("group"), shop.staff,
                                  QJsonObject{{QStringLiteral("id"), shop.staff},
                                              {QStringLiteral("name"), QStringLiteral("Staff")}})};
        const struct {
            const char* given;
            const char* phone;
            const char* consent;
            bool quiet;
        } people[] = {
            {"Ada", "+14155550101", "opted_in", false},   {"Bob", "+14155550102", "opted_out", false},
            {"Cy", "+14155550103", "opted_in", false},    {"Dee", "+14155550104", "unknown", false},
            {"Eve", "+1 415 555", "opted_in", false},     {"Fay", "+442079460018", "opted_in", false},
            {"Gus", "(415) 555-0101", "opted_in", false}, {"Hal", "+14155550108", "opted_in", true},
            {"Ivy", "+14155550109", "opted_in", false}};
        for (const auto& p : people) {
            const QString id = newId();
            shop.ids.insert(QLatin1String(p.given), id);
            changes.append(
                upsert(QStringLiteral("contact"), id,
                       contact(id, QLatin1String(p.given), QLatin1String(p.phone), p.quiet ? closed : open)));
            changes.append(membership(shop.group, id, QLatin1String(p.consent)));
        }
        changes.append(
            membership(shop.staff, shop.ids.value(QStringLiteral("Ivy")), QStringLiteral("opted_in")));
        const QString cy = shop.ids.value(QStringLiteral("Cy"));
        changes.append(upsert(QStringLiteral("consent"), cy + QStringLiteral(":sms"),
                              QJsonObject{{QStringLiteral("contactId"), cy},
                                          {QStringLiteral("channel"), QStringLiteral("sms")},
                                          {QStringLiteral("consent"), QStringLiteral("opted_out")}}));
        const HttpReply pushed = client.post(QStringLiteral("/api/v1/sync/push"),
                                             QJsonObject{{QStringLiteral("changes"), changes}}, shop.token);
        if (pushed.status != 200)
            qWarning("push answered %d: %s", pushed.status, pushed.body.constData());
        return shop;
    }

private Q_SLOTS:
    void initTestCase_data() {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    void init() {
        if (backend() == QLatin1String("postgres") && qEnvironmentVariableIsEmpty("IQ_TEST_POSTGRES_URL"))
            QSKIP(
                "IQ_TEST_POSTGRES_URL is not set; start a server with scripts/start-postgres.sh and set it.");
        QVERIFY2(server().isRunning(), qPrintable(server().output()));
    }

    void cleanupTestCase() { m_servers.clear(); }

    void campaignsReachTheRightPeople() {
        QVERIFY(!zoneWhere(true).isEmpty() && !zoneWhere(false).isEmpty());
        ApiClient client(server().url());
        Shop& shop = m_shops[backend()] = makeShop(client);
        QVERIFY(!shop.token.isEmpty());
        const QString id = newId();
        const HttpReply sent =
            submit(client, shop.token, "spring-sale-key-0001", campaignBody(id, {shop.group}, {shop.staff}));
        QVERIFY2(sent.status == 201, sent.body.constData());
        QCOMPARE(sent.json.value(QStringLiteral("excluded")).toObject(),
                 (QJsonObject{{QStringLiteral("opted_out"), 2},
                              {QStringLiteral("no_consent"), 1},
                              {QStringLiteral("invalid_number"), 1},
                              {QStringLiteral("not_mobile"), 1},
                              {QStringLiteral("duplicate"), 1}}));
        const QJsonObject campaign = settled(client, shop.token, id);
        QCOMPARE(campaign.value(QStringLiteral("counts"))[QStringLiteral("delivered")].toInt(), 1);
        QCOMPARE(campaign.value(QStringLiteral("counts"))[QStringLiteral("held")].toInt(), 1);
        QCOMPARE(campaign.value(QStringLiteral("status")).toString(), QStringLiteral("sending")); // Hal waits

        const QHash<QString, QJsonObject> records = messages(client, shop.token, id);
        QCOMPARE(records.size(), 2);
        const QJsonObject ada = records.value(shop.ids.value(QStringLiteral("Ada")));
        QCOMPARE(ada.value(QStringLiteral("body")).toString(), QStringLiteral("Hi Ada, 20% off today."));
        QCOMPARE(history(ada), (QStringList{QStringLiteral("queued"), QStringLiteral("sent"),
                                            QStringLiteral("delivered")}));
        const QJsonObject hal = records.value(shop.ids.value(QStringLiteral("Hal")));
        QCOMPARE(hal.value(QStringLiteral("status")).toString(), QStringLiteral("held"));
        QVERIFY(fromStoredTimeOk(hal.value(QStringLiteral("releaseAt")).toString()));
    }

    void retriesSendNothingTwice() {
        ApiClient client(server().url());
        const Shop& shop = m_shops[backend()];
        QVERIFY(!shop.token.isEmpty());
        const QString id = newId();
        const QJsonObject body = campaignBody(id, {shop.group});
        const HttpReply first = submit(client, shop.token, "retry-key-000000001", body);
        QCOMPARE(first.status, 201);
        // The reply was lost; the same request again, from another device of the account too.
        ApiClient second(server().url());
        const HttpReply again = submit(second, shop.token, "retry-key-000000001", body);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.json, first.json);
        QJsonObject other = body;
        other.insert(QStringLiteral("body"), QStringLiteral("Something else"));
        const HttpReply conflicting = submit(client, shop.token, "retry-key-000000001", other);
        QCOMPARE(conflicting.status, 409);
        QCOMPARE(conflicting.errorCode(), QStringLiteral("idempotency_conflict"));
        const HttpReply noKey = client.post(QStringLiteral("/api/v1/campaigns"), body, shop.token);
        QCOMPARE(noKey.status, 400);
        QCOMPARE(noKey.errorField(), QStringLiteral("Idempotency-Key"));
        settled(client, shop.token, id);
        // Ada, Hal and Ivy: one message each.
        QCOMPARE(messages(client, shop.token, id).size(), 3);
        QCOMPARE(client.get(QStringLiteral("/api/v1/campaigns/") + id, shop.token)
                     .json.value(QStringLiteral("messages"))
                     .toArray()
                     .size(),
                 3);
    }

    void stopAndStartReplies() {
        ApiClient client(server().url());
        const Shop& shop = m_shops[backend()];
        QVERIFY(!shop.token.isEmpty());
        const HttpReply stop =
            client.post(QStringLiteral("/api/v1/simulator/replies"),
                        QJsonObject{{QStringLiteral("from"), QStringLiteral("+14155550101")},
                                    {QStringLiteral("text"), QStringLiteral(" Stop. ")}},
                        shop.token);
        QCOMPARE(stop.status, 200);
        QCOMPARE(stop.json.value(QStringLiteral("handled")).toString(), QStringLiteral("opt_out"));
        QCOMPARE(stop.json.value(QStringLiteral("contacts")).toArray().size(), 2); // Ada and Gus share it
        const QString after = newId();
        const HttpReply skipped =
            submit(client, shop.token, "after-stop-key-0001", campaignBody(after, {shop.group}));
        QCOMPARE(skipped.status, 201);
        QVERIFY(!messages(client, shop.token, after).contains(shop.ids.value(QStringLiteral("Ada"))));
        QCOMPARE(skipped.json.value(QStringLiteral("excluded"))[QStringLiteral("opted_out")].toInt(), 4);

        const HttpReply start =
            client.post(QStringLiteral("/api/v1/simulator/replies"),
                        QJsonObject{{QStringLiteral("from"), QStringLiteral("+14155550101")},
                                    {QStringLiteral("text"), QStringLiteral("START")}},
                        shop.token);
        QCOMPARE(start.json.value(QStringLiteral("handled")).toString(), QStringLiteral("opt_in"));
        const QString back = newId();
        QCOMPARE(submit(client, shop.token, "after-start-key-001", campaignBody(back, {shop.group})).status,
                 201);
        settled(client, shop.token, back);
        QCOMPARE(messages(client, shop.token, back)
                     .value(shop.ids.value(QStringLiteral("Ada")))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("delivered"));
    }

    void twoServersSendEachMessageOnce() {
        if (backend() != QLatin1String("postgres"))
            QSKIP("Several processes share one queue on PostgreSQL only.");
        ServerProcess other;
        QVERIFY2(other.start(database(), arguments()), qPrintable(other.output()));
        ApiClient client(server().url());
        const QString token = signIn(client);
        const QString group = newId();
        QJsonArray changes{upsert(
            QStringLiteral("group"), group,
            QJsonObject{{QStringLiteral("id"), group}, {QStringLiteral("name"), QStringLiteral("All")}})};
        constexpr int kPeople = 120;
        for (int i = 0; i < kPeople; ++i) {
            const QString id = newId();
            changes.append(upsert(QStringLiteral("contact"), id,
                                  contact(id, QStringLiteral("P%1").arg(i),
                                          QStringLiteral("+1415555%1").arg(2000 + i), zoneWhere(true))));
            changes.append(membership(group, id, QStringLiteral("opted_in")));
        }
        QCOMPARE(client
                     .post(QStringLiteral("/api/v1/sync/push"),
                           QJsonObject{{QStringLiteral("changes"), changes}}, token)
                     .status,
                 200);
        const QString id = newId();
        // Submitted to both at once, as a client retrying against a load balancer would.
        ApiClient viaOther(other.url());
        const HttpReply a = submit(client, token, "two-servers-key-001", campaignBody(id, {group}));
        const HttpReply b = submit(viaOther, token, "two-servers-key-001", campaignBody(id, {group}));
        QCOMPARE(a.status, 201);
        QCOMPARE(b.json, a.json);
        const QJsonObject campaign = settled(client, token, id);
        QCOMPARE(campaign.value(QStringLiteral("counts"))[QStringLiteral("delivered")].toInt(), kPeople);
        const QHash<QString, QJsonObject> records = messages(viaOther, token, id);
        QCOMPARE(records.size(), kPeople);
        for (const QJsonObject& message : records)
            QCOMPARE(history(message), (QStringList{QStringLiteral("queued"), QStringLiteral("sent"),
                                                    QStringLiteral("delivered")}));
    }

    void killedServerLosesNothing() {
        if (backend() != QLatin1String("postgres"))
            QSKIP("Several processes share one queue on PostgreSQL only.");
        m_servers.erase(backend()); // this test's own servers only
        // Slow deliveries and short leases: the killed process holds messages at every stage.
        QStringList slow = arguments();
        slow << QStringLiteral("--simulator-delay-ms") << QStringLiteral("300")
             << QStringLiteral("--delivery-lease-seconds") << QStringLiteral("2");
        ServerProcess doomed, survivor;
        // The doomed process hands over 40 a second: it is killed with most of the campaign still to do.
        QVERIFY2(doomed.start(database(),
                              slow + QStringList{QStringLiteral("--sms-per-second"), QStringLiteral("40")}),
                 qPrintable(doomed.output()));
        ApiClient client(doomed.url());
        const QString token = signIn(client);
        const QString group = newId();
        QJsonArray changes{upsert(
            QStringLiteral("group"), group,
            QJsonObject{{QStringLiteral("id"), group}, {QStringLiteral("name"), QStringLiteral("All")}})};
        constexpr int kPeople = 80;
        for (int i = 0; i < kPeople; ++i) {
            const QString id = newId();
            changes.append(upsert(QStringLiteral("contact"), id,
                                  contact(id, QStringLiteral("K%1").arg(i),
                                          QStringLiteral("+1415555%1").arg(4000 + i), zoneWhere(true))));
            changes.append(membership(group, id, QStringLiteral("opted_in")));
        }
        QCOMPARE(client
                     .post(QStringLiteral("/api/v1/sync/push"),
                           QJsonObject{{QStringLiteral("changes"), changes}}, token)
                     .status,
                 200);
        const QString id = newId();
        QCOMPARE(submit(client, token, "killed-server-key-01", campaignBody(id, {group})).status, 201);
        QTest::qWait(700); // some delivered, some waiting for their receipts, some leased and not yet sent
        const QJsonObject before = client.get(QStringLiteral("/api/v1/campaigns/") + id, token).json;
        doomed.kill();
        // Any iqmsgd on the database works its queue (other tests' too): the kill is meant to come
        // mid-campaign, and is reported when it did not.
        if (before.value(QStringLiteral("counts"))[QStringLiteral("queued")].toInt() == 0)
            qWarning("the campaign was handed over before the kill: %s",
                     QJsonDocument(before).toJson().constData());
        QVERIFY2(survivor.start(database(), slow), qPrintable(survivor.output()));
        ApiClient after(survivor.url());
        QDeadlineTimer deadline(30000);
        QJsonObject campaign;
        do {
            QTest::qWait(200);
            campaign = after.get(QStringLiteral("/api/v1/campaigns/") + id, token).json;
        } while (campaign.value(QStringLiteral("counts"))[QStringLiteral("delivered")].toInt() < kPeople &&
                 !deadline.hasExpired());
        QCOMPARE(campaign.value(QStringLiteral("counts"))[QStringLiteral("delivered")].toInt(), kPeople);
        QCOMPARE(campaign.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
        const QHash<QString, QJsonObject> records = messages(after, token, id);
        QCOMPARE(records.size(), kPeople);
        for (const QJsonObject& message : records)
            QCOMPARE(history(message), (QStringList{QStringLiteral("queued"), QStringLiteral("sent"),
                                                    QStringLiteral("delivered")}));
    }

private:
    static bool fromStoredTimeOk(const QString& text) {
        const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        return at.isValid() && at > QDateTime::currentDateTimeUtc();
    }
};

QTEST_GUILESS_MAIN(TestCampaignIntegration)
#include "tst_campaignintegration.moc"
