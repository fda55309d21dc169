// Walks every route iqmsgd serves with every kind of token a client should not get through with: none,
// a malformed one, an expired one, a revoked one, and a valid token of another account aimed at this
// account's records. The route table comes from ApiServer.cpp itself (its path is compiled in), so a
// route added there without being walked here fails this test.
#include "ServerProcess.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>
#include <tuple>

using iq::test::ApiClient;
using iq::test::HttpReply;
using iq::test::ServerProcess;

namespace {

struct Route {
    QByteArray method;
    QString path;
    bool authenticated;
};

// Every route, and whether it needs an access token. A route of ApiServer.cpp missing here fails
// routeTableIsComplete(): walk it before adding it.
const QList<Route>& routes() {
    static const QList<Route> all{
        {"POST", QStringLiteral("/api/v1/accounts"), false},
        {"POST", QStringLiteral("/api/v1/sessions"), false},
        {"POST", QStringLiteral("/api/v1/sessions/refresh"), false},
        {"DELETE", QStringLiteral("/api/v1/sessions/current"), true},
        {"DELETE", QStringLiteral("/api/v1/sessions"), true},
        {"GET", QStringLiteral("/api/v1/account"), true},
        {"POST", QStringLiteral("/api/v1/sync/push"), true},
        {"GET", QStringLiteral("/api/v1/sync/pull"), true},
        {"POST", QStringLiteral("/api/v1/campaigns"), true},
        {"GET", QStringLiteral("/api/v1/campaigns"), true},
        {"GET", QStringLiteral("/api/v1/campaigns/<arg>"), true},
        {"POST", QStringLiteral("/api/v1/campaigns/<arg>/pause"), true},
        {"POST", QStringLiteral("/api/v1/campaigns/<arg>/resume"), true},
        {"POST", QStringLiteral("/api/v1/campaigns/<arg>/cancel"), true},
        {"POST", QStringLiteral("/api/v1/simulator/replies"), true},
    };
    return all;
}

QString routeName(const QByteArray& method, const QString& path) {
    return QString::fromLatin1(method) + QLatin1Char(' ') + path;
}

// The routes ApiServer.cpp registers: m_http.route(QStringLiteral("PATH"), Method::VERB, ...).
QStringList registeredRoutes(QString* problem) {
    QFile file(QStringLiteral(IQ_API_SERVER_SOURCE));
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("cannot read ") + file.fileName();
        return {};
    }
    const QString source = QString::fromUtf8(file.readAll());
    static const QRegularExpression registration(
        QStringLiteral(R"re(\.route\(\s*QStringLiteral\(\s*"([^"]+)"\s*\)\s*,\s*Method::(\w+))re"));
    QStringList found;
    for (auto it = registration.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        found << routeName(match.captured(2).toUpper().toLatin1(), match.captured(1));
    }
    // A registration this pattern cannot read would escape the walk: count them all.
    static const QRegularExpression anyRoute(QStringLiteral(R"(\.route\s*\()"));
    qsizetype calls = 0;
    for (auto it = anyRoute.globalMatch(source); it.hasNext(); it.next())
        ++calls;
    if (calls != found.size())
        *problem = QStringLiteral("ApiServer.cpp has %1 route registrations, of which %2 read as "
                                  "route(QStringLiteral(\"PATH\"), Method::VERB, ...)")
                       .arg(calls)
                       .arg(found.size());
    return found;
}

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject device(const QString& id) {
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("Walker")}};
}

QJsonObject contactChange(const QString& id, qint64 baseVersion, const QString& givenName) {
    return QJsonObject{{QStringLiteral("entity"), QStringLiteral("contact")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("operation"), QStringLiteral("upsert")},
                       {QStringLiteral("baseVersion"), baseVersion},
                       {QStringLiteral("payload"),
                        QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("givenName"), givenName}}}};
}

// A contact with a mobile number, for the campaign and reply routes.
QJsonObject reachableContactChange(const QString& id, const QString& phone) {
    QJsonObject change = contactChange(id, 0, QStringLiteral("Ada"));
    QJsonObject payload = change.value(QStringLiteral("payload")).toObject();
    payload.insert(QStringLiteral("phones"),
                   QJsonArray{QJsonObject{{QStringLiteral("raw"), phone},
                                          {QStringLiteral("e164"), phone},
                                          {QStringLiteral("type"), QStringLiteral("mobile")},
                                          {QStringLiteral("label"), QString()},
                                          {QStringLiteral("valid"), true}}});
    change.insert(QStringLiteral("payload"), payload);
    return change;
}

QJsonObject campaignBody(const QString& id, const QString& contactId) {
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), QStringLiteral("Walk")},
        {QStringLiteral("channel"), QStringLiteral("sms")},
        {QStringLiteral("kind"), QStringLiteral("transactional")},
        {QStringLiteral("body"), QStringLiteral("Your order is ready.")},
        {QStringLiteral("scheduledAt"), QStringLiteral("2099-01-01T00:00:00.000Z")},
        {QStringLiteral("audience"), QJsonObject{{QStringLiteral("contacts"), QJsonArray{contactId}}}}};
}

const QString kOwnerNumber = QStringLiteral("+14155550188");

QJsonObject pushBody(const QJsonArray& changes) {
    return QJsonObject{{QStringLiteral("changes"), changes}};
}

// A request with an Authorization header exactly as given (or none when null): the cases ApiClient,
// which always writes "Bearer TOKEN", cannot send.
HttpReply sendRaw(const QUrl& base, const QByteArray& method, const QString& path, const QByteArray& body,
                  const QByteArray& authorization) {
    QNetworkAccessManager network;
    QUrl url = base;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!authorization.isNull())
        request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    QNetworkReply* reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result;
    if (reply->isFinished()) {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
    }
    reply->deleteLater();
    return result;
}

struct Session {
    QString email;
    QString access;
    QString refresh;
};

} // namespace

class TestRouteWalk final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server;
    ServerProcess m_shortLived; // --access-token-ttl 1
    const QString m_password = QStringLiteral("correct horse battery");
    Session m_owner;             // the account whose records the others aim at
    QString m_ownerRecord;       // one of its contacts, version 1, "Ada"
    QString m_ownerCursor;       // its cursor after that contact
    QString m_revoked;           // signed out (DELETE /sessions/current)
    QString m_revokedEverywhere; // another device's token when the account signed out everywhere
    QString m_expired;           // of m_shortLived, past its one second
    QString m_ownerCampaign;     // scheduled far ahead, so it stays "scheduled"

    static QStringList serverArguments() {
        // Many sign-ins from one address in a few seconds: the rate limits are tested elsewhere.
        return {QStringLiteral("--auth-rate"), QStringLiteral("100000"), QStringLiteral("--api-rate"),
                QStringLiteral("100000")};
    }

    // Signs up (or finds the account there) and signs in a new device.
    Session signIn(ApiClient& client, const QString& email) {
        const QString deviceId = QStringLiteral("device-") + newId().left(8);
        const QJsonObject credentials{{QStringLiteral("email"), email},
                                      {QStringLiteral("password"), m_password},
                                      {QStringLiteral("device"), device(deviceId)}};
        QJsonObject signUp = credentials;
        signUp.insert(QStringLiteral("name"), QStringLiteral("Pat Owner"));
        HttpReply reply = client.post(QStringLiteral("/api/v1/accounts"), signUp);
        // Sign-up may answer with a session, or only accept the account and leave signing in to the
        // client; an address that has an account already is signed in alike.
        if (reply.json.value(QStringLiteral("accessToken")).toString().isEmpty())
            reply = client.post(QStringLiteral("/api/v1/sessions"), credentials);
        if (reply.status != 200 && reply.status != 201)
            qWarning("signing in %s answered %d: %s", qPrintable(email), reply.status,
                     reply.body.constData());
        return {email, reply.json.value(QStringLiteral("accessToken")).toString(),
                reply.json.value(QStringLiteral("refreshToken")).toString()};
    }
    static QString uniqueEmail(const char* who) {
        return QStringLiteral("%1-%2@shop.example").arg(QLatin1String(who), newId().left(13));
    }

    // The owner's record as the owner pulls it: version and given name.
    QString ownerRecordState(const QUrl& base, const QString& access, const QString& id) {
        ApiClient client(base);
        const HttpReply all = client.get(QStringLiteral("/api/v1/sync/pull"), access);
        if (all.status != 200)
            return QStringLiteral("pull answered %1").arg(all.status);
        for (const QJsonValue& record : all.json.value(QStringLiteral("records")).toArray()) {
            if (record[QStringLiteral("id")].toString() == id)
                return QStringLiteral("%1 %2")
                    .arg(record[QStringLiteral("version")].toInteger())
                    .arg(record[QStringLiteral("payload")][QStringLiteral("givenName")].toString());
        }
        return QStringLiteral("missing");
    }

    QByteArray bodyFor(const QString& path) const {
        if (path.endsWith(QLatin1String("/sync/push")))
            return QJsonDocument(pushBody({contactChange(m_ownerRecord, 1, QStringLiteral("Mallory"))}))
                .toJson(QJsonDocument::Compact);
        if (path == QLatin1String("/api/v1/campaigns"))
            return QJsonDocument(campaignBody(newId(), m_ownerRecord)).toJson(QJsonDocument::Compact);
        if (path.endsWith(QLatin1String("/simulator/replies")))
            return QJsonDocument(QJsonObject{{QStringLiteral("from"), kOwnerNumber},
                                             {QStringLiteral("text"), QStringLiteral("STOP")}})
                .toJson(QJsonDocument::Compact);
        return {};
    }
    QString targetFor(const QString& path) const {
        QString target = path;
        target.replace(QStringLiteral("<arg>"), m_ownerCampaign);
        return path.endsWith(QLatin1String("/sync/pull"))
                   ? target + QStringLiteral("?cursor=") + m_ownerCursor
                   : target;
    }
    // The owner's campaign as the owner sees it: its status, or what went wrong.
    QString ownerCampaignState() {
        ApiClient client(m_server.url());
        const HttpReply reply =
            client.get(QStringLiteral("/api/v1/campaigns/") + m_ownerCampaign, m_owner.access);
        return reply.status == 200 ? reply.json.value(QStringLiteral("status")).toString()
                                   : QStringLiteral("answered %1").arg(reply.status);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("walk.sqlite")),
                                serverArguments()),
                 qPrintable(m_server.output()));
        QVERIFY2(m_shortLived.start(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("ttl.sqlite")),
                                    serverArguments() + QStringList{QStringLiteral("--access-token-ttl"),
                                                                    QStringLiteral("1")}),
                 qPrintable(m_shortLived.output()));
        ApiClient client(m_server.url());
        m_owner = signIn(client, uniqueEmail("owner"));
        QVERIFY(!m_owner.access.isEmpty());
        m_ownerRecord = newId();
        const HttpReply pushed =
            client.post(QStringLiteral("/api/v1/sync/push"),
                        pushBody({reachableContactChange(m_ownerRecord, kOwnerNumber)}), m_owner.access);
        QCOMPARE(pushed.status, 200);
        // A campaign to the owner's contact waits far in the future.
        m_ownerCampaign = newId();
        client.setHeader(QByteArrayLiteral("Idempotency-Key"), QByteArrayLiteral("walk-key-0123456789"));
        const HttpReply submitted = client.post(QStringLiteral("/api/v1/campaigns"),
                                                campaignBody(m_ownerCampaign, m_ownerRecord), m_owner.access);
        client.setHeader(QByteArrayLiteral("Idempotency-Key"), {});
        QVERIFY2(submitted.status == 201, submitted.body.constData());
        const HttpReply pulled = client.get(QStringLiteral("/api/v1/sync/pull"), m_owner.access);
        QCOMPARE(pulled.status, 200);
        m_ownerCursor = pulled.json.value(QStringLiteral("cursor")).toString();
        QVERIFY(!m_ownerCursor.isEmpty());

        // Revoked: a device that signed out, and every device of an account that signed out everywhere.
        const Session leaving = signIn(client, m_owner.email);
        QCOMPARE(client.del(QStringLiteral("/api/v1/sessions/current"), leaving.access).status, 204);
        m_revoked = leaving.access;
        const QString everywhere = uniqueEmail("everywhere");
        const Session first = signIn(client, everywhere);
        const Session second = signIn(client, everywhere);
        QCOMPARE(client.del(QStringLiteral("/api/v1/sessions"), first.access).status, 204);
        m_revokedEverywhere = second.access;

        // Expired: a token of a server whose access tokens live one second.
        ApiClient shortLived(m_shortLived.url());
        m_expired = signIn(shortLived, uniqueEmail("expiring")).access;
        QVERIFY(!m_expired.isEmpty());
        QTest::qWait(2200);
    }

    void routeTableIsComplete() {
        QString problem;
        const QStringList registered = registeredRoutes(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!registered.isEmpty());
        QStringList walked;
        for (const Route& route : routes())
            walked << routeName(route.method, route.path);
        for (const QString& route : registered)
            QVERIFY2(walked.contains(route),
                     qPrintable(route + QStringLiteral(" is served but not walked: add it to routes()")));
        for (const QString& route : walked)
            QVERIFY2(registered.contains(route),
                     qPrintable(route + QStringLiteral(" is walked but no longer served")));
    }

    // The routes marked public really are: no token, and the answer is about the body, not the token.
    void publicRoutesNeedNoToken_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        for (const Route& route : routes()) {
            if (!route.authenticated)
                QTest::addRow("%s", qPrintable(routeName(route.method, route.path)))
                    << route.method << route.path;
        }
    }
    void publicRoutesNeedNoToken() {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const HttpReply reply = sendRaw(m_server.url(), method, path, QByteArrayLiteral("{}"), QByteArray());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(QStringLiteral("error"))[QStringLiteral("code")].toString(),
                 QStringLiteral("invalid_field"));
    }

    void authenticatedRoutesRefuse_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("server");           // "main" or "short-lived"
        QTest::addColumn<QByteArray>("authorization"); // null: no header
        QTest::addColumn<QString>("code");
        // Filled in once the tokens exist (initTestCase runs first).
        const QList<std::tuple<const char*, QString, QByteArray, QString>> cases{
            {"missing", QStringLiteral("main"), QByteArray(), QStringLiteral("unauthorized")},
            {"empty bearer", QStringLiteral("main"), QByteArrayLiteral("Bearer "),
             QStringLiteral("unauthorized")},
            {"not bearer", QStringLiteral("main"), "Basic " + QByteArrayLiteral("owner:secret").toBase64(),
             QStringLiteral("unauthorized")},
            {"forged", QStringLiteral("main"), QByteArrayLiteral("Bearer forged-token"),
             QStringLiteral("unauthorized")},
            {"owner's with a byte more", QStringLiteral("main"), "Bearer " + m_owner.access.toLatin1() + 'x',
             QStringLiteral("unauthorized")},
            {"owner's cut short", QStringLiteral("main"), "Bearer " + m_owner.access.toLatin1().chopped(1),
             QStringLiteral("unauthorized")},
            {"owner's without Bearer", QStringLiteral("main"), m_owner.access.toLatin1(),
             QStringLiteral("unauthorized")},
            {"refresh token as access token", QStringLiteral("main"), "Bearer " + m_owner.refresh.toLatin1(),
             QStringLiteral("unauthorized")},
            {"oversized", QStringLiteral("main"), "Bearer " + QByteArray(400, 'a'),
             QStringLiteral("unauthorized")},
            {"expired", QStringLiteral("short-lived"), "Bearer " + m_expired.toLatin1(),
             QStringLiteral("token_expired")},
            {"revoked by sign-out", QStringLiteral("main"), "Bearer " + m_revoked.toLatin1(),
             QStringLiteral("unauthorized")},
            {"revoked by sign-out everywhere", QStringLiteral("main"),
             "Bearer " + m_revokedEverywhere.toLatin1(), QStringLiteral("unauthorized")},
        };
        for (const Route& route : routes()) {
            if (!route.authenticated)
                continue;
            for (const auto& [name, server, authorization, code] : cases)
                QTest::addRow("%s, %s", qPrintable(routeName(route.method, route.path)), name)
                    << route.method << route.path << server << authorization << code;
        }
    }
    void authenticatedRoutesRefuse() {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, server);
        QFETCH(QByteArray, authorization);
        QFETCH(QString, code);
        const bool shortLived = server == QLatin1String("short-lived");
        const QUrl base = shortLived ? m_shortLived.url() : m_server.url();
        const HttpReply reply = sendRaw(base, method, targetFor(path), bodyFor(path), authorization);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json.value(QStringLiteral("error"))[QStringLiteral("code")].toString(), code);
        // Refused means nothing happened: the owner's record is as it was, and the owner still signed in.
        QCOMPARE(ownerRecordState(m_server.url(), m_owner.access, m_ownerRecord), QStringLiteral("1 Ada"));
        QCOMPARE(ownerCampaignState(), QStringLiteral("scheduled"));
    }

    // A valid token of another account, aimed at the owner's records and sessions, reaches only its own.
    void otherAccountsToken_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        for (const Route& route : routes()) {
            if (route.authenticated)
                QTest::addRow("%s", qPrintable(routeName(route.method, route.path)))
                    << route.method << route.path;
        }
    }
    void otherAccountsToken() {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        ApiClient client(m_server.url());
        const Session other = signIn(client, uniqueEmail("other"));
        QVERIFY(!other.access.isEmpty());
        const HttpReply reply = sendRaw(m_server.url(), method, targetFor(path), bodyFor(path),
                                        "Bearer " + other.access.toLatin1());

        if (path.endsWith(QLatin1String("/sync/push"))) {
            // The owner's record id at the owner's version: the other account has no such record.
            QCOMPARE(reply.status, 200);
            const QJsonObject result = reply.json.value(QStringLiteral("results")).toArray().at(0).toObject();
            QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
            QCOMPARE(result.value(QStringLiteral("error"))[QStringLiteral("code")].toString(),
                     QStringLiteral("not_found"));
            QVERIFY(!result.contains(QStringLiteral("record")));
            // Made from version 0 it becomes the other account's own record, beside the owner's.
            const HttpReply own = client.post(
                QStringLiteral("/api/v1/sync/push"),
                pushBody({contactChange(m_ownerRecord, 0, QStringLiteral("Mallory"))}), other.access);
            QCOMPARE(own.status, 200);
            QCOMPARE(own.json.value(QStringLiteral("results"))[0][QStringLiteral("status")].toString(),
                     QStringLiteral("applied"));
            QCOMPARE(ownerRecordState(m_server.url(), other.access, m_ownerRecord),
                     QStringLiteral("1 Mallory"));
        } else if (path.endsWith(QLatin1String("/sync/pull"))) {
            // The owner's cursor means nothing to another account, and a pull from the start shows none
            // of the owner's records.
            QCOMPARE(reply.status, 410);
            QCOMPARE(reply.json.value(QStringLiteral("error"))[QStringLiteral("code")].toString(),
                     QStringLiteral("cursor_expired"));
            const HttpReply all = client.get(QStringLiteral("/api/v1/sync/pull"), other.access);
            QCOMPARE(all.status, 200);
            for (const QJsonValue& record : all.json.value(QStringLiteral("records")).toArray())
                QVERIFY(record[QStringLiteral("payload")][QStringLiteral("givenName")].toString() !=
                        QLatin1String("Ada"));
        } else if (path.startsWith(QLatin1String("/api/v1/campaigns/"))) {
            // Another account's campaign id is no campaign of this one.
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.json.value(QStringLiteral("error"))[QStringLiteral("code")].toString(),
                     QStringLiteral("not_found"));
        } else if (path == QLatin1String("/api/v1/campaigns") && method == "GET") {
            QCOMPARE(reply.status, 200);
            QVERIFY2(!reply.body.contains(m_ownerCampaign.toUtf8()), reply.body.constData());
        } else if (path == QLatin1String("/api/v1/campaigns")) {
            // Without an Idempotency-Key nothing is sent; with one, only to the other account's contacts.
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.json.value(QStringLiteral("error"))[QStringLiteral("field")].toString(),
                     QStringLiteral("Idempotency-Key"));
        } else if (path.endsWith(QLatin1String("/simulator/replies"))) {
            // The owner's contact has that number, but the reply counts for the other account only.
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.json.value(QStringLiteral("contacts")).toArray().size(), 0);
            const HttpReply all = client.get(QStringLiteral("/api/v1/sync/pull"), m_owner.access);
            for (const QJsonValue& record : all.json.value(QStringLiteral("records")).toArray())
                QVERIFY(record[QStringLiteral("entity")].toString() != QLatin1String("consent"));
        } else if (path.endsWith(QLatin1String("/account"))) {
            QCOMPARE(reply.status, 200);
            QVERIFY2(!reply.body.contains(m_owner.email.toUtf8()), reply.body.constData());
            QVERIFY2(reply.body.contains(other.email.toUtf8()), reply.body.constData());
        } else {
            // Signing out (here or everywhere) ends the other account's sessions only.
            QCOMPARE(reply.status, 204);
            QCOMPARE(client.get(QStringLiteral("/api/v1/account"), other.access).status, 401);
        }
        // The owner's record, campaign and session are untouched.
        QCOMPARE(ownerRecordState(m_server.url(), m_owner.access, m_ownerRecord), QStringLiteral("1 Ada"));
        QCOMPARE(ownerCampaignState(), QStringLiteral("scheduled"));
        QCOMPARE(client.get(QStringLiteral("/api/v1/account"), m_owner.access).status, 200);
    }

    void cleanupTestCase() {
        m_server.stop();
        m_shortLived.stop();
    }
};

QTEST_GUILESS_MAIN(TestRouteWalk)
#include "tst_routewalk.moc"
