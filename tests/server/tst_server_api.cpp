// The reference server, end to end: a real iqmsgd on a free loopback port, spoken to over HTTP, on
// SQLite and (when IQ_TEST_POSTGRES_URL is set, see scripts/start-postgres.sh) on PostgreSQL.
#include "ServerProcess.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <map>

using iq::test::ApiClient;
using iq::test::HttpReply;
using iq::test::ServerProcess;

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject device(const QString& id) {
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), QString(QStringLiteral("Device ") + id)}};
}

QJsonObject change(const QString& entity, const QString& id, qint64 baseVersion, const QJsonObject& payload,
                   const QString& operation = QStringLiteral("upsert")) {
    QJsonObject object{{QStringLiteral("entity"), entity},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("operation"), operation},
                       {QStringLiteral("baseVersion"), baseVersion}};
    if (!payload.isEmpty())
        object.insert(QStringLiteral("payload"), payload);
    return object;
}

QJsonObject contact(const QString& id, const QString& givenName) {
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("givenName"), givenName}};
}

QJsonObject changes(const QJsonArray& list) {
    return QJsonObject{{QStringLiteral("changes"), list}};
}

QJsonObject result(const HttpReply& reply, int index) {
    return reply.json.value(QStringLiteral("results")).toArray().at(index).toObject();
}

} // namespace

// The PostgreSQL database of this test alone, created once per run.
QString ownPostgres() {
    static const QString url = iq::test::postgresDatabaseOfItsOwn(QStringLiteral("server_api"));
    return url;
}

class ServerApiTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::map<QString, std::unique_ptr<ServerProcess>> m_shared;
    const QString m_password = QStringLiteral("correct horse battery");

    QString backend() const {
        QFETCH_GLOBAL(QString, backend);
        return backend;
    }
    // A database for this backend: a new SQLite file per name, or the one PostgreSQL database.
    QString database(const QString& name) const {
        if (backend() == QLatin1String("postgres"))
            return ownPostgres();
        return QStringLiteral("sqlite:") + m_dir.filePath(name + QStringLiteral(".sqlite"));
    }
    ServerProcess& shared() {
        auto& server = m_shared[backend()];
        if (!server) {
            server = std::make_unique<ServerProcess>();
            // Many sign-ups from one address: the rate limits are tested on a server of their own.
            if (!server->start(database(QStringLiteral("shared")),
                               {QStringLiteral("--auth-rate"), QStringLiteral("100000")}))
                qWarning("iqmsgd did not start: %s", qPrintable(server->output()));
        }
        return *server;
    }
    static QString uniqueEmail() { return QStringLiteral("owner-%1@shop.example").arg(newId().left(13)); }
    // Signs up, then in on the device of sign-up (a sign-up opens no session): the session reply.
    QJsonObject signUp(ApiClient& client, const QString& email, const QString& deviceId) {
        const HttpReply reply = client.post(QStringLiteral("/api/v1/accounts"),
                                            QJsonObject{{QStringLiteral("email"), email},
                                                        {QStringLiteral("name"), QStringLiteral("Pat Owner")},
                                                        {QStringLiteral("password"), m_password},
                                                        {QStringLiteral("device"), device(deviceId)}});
        if (reply.status != 202)
            qWarning("sign-up answered %d: %s", reply.status, reply.body.constData());
        const HttpReply in = signIn(client, email, m_password, deviceId);
        if (in.status != 200)
            qWarning("sign-in after sign-up answered %d: %s", in.status, in.body.constData());
        return in.json;
    }
    HttpReply signIn(ApiClient& client, const QString& email, const QString& password,
                     const QString& deviceId) {
        return client.post(QStringLiteral("/api/v1/sessions"),
                           QJsonObject{{QStringLiteral("email"), email},
                                       {QStringLiteral("password"), password},
                                       {QStringLiteral("device"), device(deviceId)}});
    }
    static QString token(const QJsonObject& session) {
        return session.value(QStringLiteral("accessToken")).toString();
    }

    // Every value of every row of the server's tables, for looking for secrets in it.
    QByteArray dumpDatabase(const QString& url) {
        const QString name = QStringLiteral("dump-") + newId();
        QByteArray dump;
        {
            QSqlDatabase db;
            if (url.startsWith(QLatin1String("sqlite:"))) {
                db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(url.mid(7));
            } else {
                const QUrl parsed(url);
                db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
                db.setHostName(parsed.host());
                db.setPort(parsed.port(5432));
                db.setDatabaseName(parsed.path().mid(1));
                db.setUserName(parsed.userName());
                db.setPassword(parsed.password());
            }
            if (!db.open())
                qWarning("cannot open %s: %s", qPrintable(url), qPrintable(db.lastError().text()));
            for (const char* table : {"accounts", "devices", "sessions", "retired_refresh_tokens", "sign_ins",
                                      "records", "applied_changes"}) {
                QSqlQuery query(db);
                if (!query.exec(QStringLiteral("SELECT * FROM ") + QString::fromLatin1(table)))
                    qWarning("cannot read %s", table);
                while (query.next()) {
                    for (int i = 0; i < query.record().count(); ++i)
                        dump += query.value(i).toString().toUtf8() + '\n';
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return dump;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void initTestCase_data() {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    void init() {
        if (backend() == QLatin1String("postgres") && qEnvironmentVariableIsEmpty("IQ_TEST_POSTGRES_URL"))
            QSKIP(
                "IQ_TEST_POSTGRES_URL is not set; start a server with scripts/start-postgres.sh and set it.");
        QVERIFY2(shared().isRunning(), qPrintable(shared().output()));
    }

    void cleanupTestCase() { m_shared.clear(); }

    void signUpSignInAndDevices() {
        ApiClient client(shared().url());
        const QString email = uniqueEmail();
        const QJsonObject session = signUp(client, email, QStringLiteral("laptop"));
        QVERIFY(!token(session).isEmpty());
        QVERIFY(!session.value(QStringLiteral("refreshToken")).toString().isEmpty());
        QCOMPARE(session.value(QStringLiteral("email")).toString(), email);
        QCOMPARE(session.value(QStringLiteral("expiresIn")).toInt(), 900);
        QCOMPARE(session.value(QStringLiteral("unusualSignIn")).toBool(), false);

        // The same address again, in other letters: answered as a new one would be (the reply does not
        // tell which addresses have accounts), and nothing changes.
        HttpReply again = client.post(QStringLiteral("/api/v1/accounts"),
                                      QJsonObject{{QStringLiteral("email"), email.toUpper()},
                                                  {QStringLiteral("name"), QStringLiteral("Someone")},
                                                  {QStringLiteral("password"), m_password},
                                                  {QStringLiteral("device"), device(QStringLiteral("x"))}});
        QCOMPARE(again.status, 202);
        QCOMPARE(again.json.value(QStringLiteral("email")).toString(), email);

        HttpReply wrong = signIn(client, email, QStringLiteral("wrong password"), QStringLiteral("laptop"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.errorCode(), QStringLiteral("invalid_credentials"));
        HttpReply nobody =
            signIn(client, QStringLiteral("nobody@shop.example"), m_password, QStringLiteral("laptop"));
        QCOMPARE(nobody.status, 401);
        QCOMPARE(nobody.errorCode(), QStringLiteral("invalid_credentials"));

        HttpReply same = signIn(client, email, m_password, QStringLiteral("laptop"));
        QCOMPARE(same.status, 200);
        QCOMPARE(same.json.value(QStringLiteral("unusualSignIn")).toBool(), false);
        HttpReply other = signIn(client, email, m_password, QStringLiteral("front-desk"));
        QCOMPARE(other.status, 200);
        QCOMPARE(other.json.value(QStringLiteral("unusualSignIn")).toBool(), true);
        // Signing in again on a device replaces that device's session.
        QCOMPARE(client.get(QStringLiteral("/api/v1/account"), token(session)).status, 401);

        HttpReply account = client.get(QStringLiteral("/api/v1/account"), token(other.json));
        QCOMPARE(account.status, 200);
        QCOMPARE(account.json.value(QStringLiteral("email")).toString(), email);
        const QJsonArray devices = account.json.value(QStringLiteral("devices")).toArray();
        QCOMPARE(devices.size(), 2);
        const QJsonArray events = account.json.value(QStringLiteral("signIns")).toArray();
        QCOMPARE(events.size(), 4); // sign-up, wrong password, same device, new device
        const QJsonObject newest = events.at(0).toObject();
        QCOMPARE(newest.value(QStringLiteral("device")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("front-desk"));
        QCOMPARE(newest.value(QStringLiteral("unusual")).toBool(), true);
        QCOMPARE(newest.value(QStringLiteral("ip")).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(!newest.value(QStringLiteral("at")).toString().isEmpty());
        QCOMPARE(events.at(2).toObject().value(QStringLiteral("success")).toBool(), false);
    }

    void signUpValidation_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QByteArray deviceJson = "\"device\":{\"id\":\"d1\",\"name\":\"Laptop\"}";
        QTest::newRow("not json") << QByteArray("{oops") << 400 << "invalid_json"
                                  << "";
        QTest::newRow("array") << QByteArray("[]") << 400 << "invalid_json"
                               << "";
        QTest::newRow("no email") << QByteArray("{\"name\":\"A\",\"password\":\"12345678\"," + deviceJson +
                                                "}")
                                  << 400 << "invalid_field"
                                  << "email";
        QTest::newRow("bad email")
            << QByteArray("{\"email\":\"no-at-sign\",\"name\":\"A\",\"password\":\"12345678\"," + deviceJson +
                          "}")
            << 400 << "invalid_field"
            << "email";
        QTest::newRow("email number")
            << QByteArray("{\"email\":5,\"name\":\"A\",\"password\":\"12345678\"," + deviceJson + "}") << 400
            << "invalid_field"
            << "email";
        QTest::newRow("blank name")
            << QByteArray("{\"email\":\"a@b.example\",\"name\":\"  \",\"password\":\"12345678\"," +
                          deviceJson + "}")
            << 400 << "invalid_field"
            << "name";
        QTest::newRow("short password")
            << QByteArray("{\"email\":\"a@b.example\",\"name\":\"A\",\"password\":\"1234\"," + deviceJson +
                          "}")
            << 400 << "invalid_field"
            << "password";
        QTest::newRow("no device")
            << QByteArray("{\"email\":\"a@b.example\",\"name\":\"A\",\"password\":\"12345678\"}") << 400
            << "invalid_field"
            << "device";
        QTest::newRow("bad device id")
            << QByteArray("{\"email\":\"a@b.example\",\"name\":\"A\",\"password\":\"12345678\",\"device\":{"
                          "\"id\":\"a b\",\"name\":\"L\"}}")
            << 400 << "invalid_field"
            << "device.id";
        QTest::newRow("no device name") << QByteArray("{\"email\":\"a@b.example\",\"name\":\"A\","
                                                      "\"password\":\"12345678\",\"device\":{\"id\":\"d1\"}}")
                                        << 400 << "invalid_field"
                                        << "device.name";
    }

    void signUpValidation() {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        ApiClient client(shared().url());
        const HttpReply reply =
            client.send(QByteArrayLiteral("POST"), QStringLiteral("/api/v1/accounts"), body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(reply.errorField(), field);
        QVERIFY(!reply.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
    }

    void endpointsNeedToken_data() {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("code");
        const QString path[] = {QStringLiteral("/api/v1/account"), QStringLiteral("/api/v1/sync/pull"),
                                QStringLiteral("/api/v1/sync/push"),
                                QStringLiteral("/api/v1/sessions/current"),
                                QStringLiteral("/api/v1/sessions")};
        const QByteArray verb[] = {"GET", "GET", "POST", "DELETE", "DELETE"};
        for (int i = 0; i < 5; ++i) {
            QTest::addRow("%s none", qPrintable(path[i]))
                << verb[i] << path[i] << QString() << "unauthorized";
            QTest::addRow("%s forged", qPrintable(path[i])) << verb[i] << path[i] << "forged-token"
                                                            << "unauthorized";
        }
    }

    void endpointsNeedToken() {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QString, token);
        QFETCH(QString, code);
        ApiClient client(shared().url());
        const HttpReply reply = client.send(verb, path, QByteArrayLiteral("{}"), token);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), code);
    }

    void unknownEndpointIsJson404() {
        ApiClient client(shared().url());
        const HttpReply reply = client.get(QStringLiteral("/api/v1/nothing-here"));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), QStringLiteral("not_found"));
    }

    void refreshRotatesAndDetectsReuse() {
        ApiClient client(shared().url());
        const QJsonObject session = signUp(client, uniqueEmail(), QStringLiteral("laptop"));
        const QString refresh = session.value(QStringLiteral("refreshToken")).toString();
        HttpReply rotated = client.post(QStringLiteral("/api/v1/sessions/refresh"),
                                        QJsonObject{{QStringLiteral("refreshToken"), refresh}});
        QCOMPARE(rotated.status, 200);
        const QString newRefresh = rotated.json.value(QStringLiteral("refreshToken")).toString();
        QVERIFY(newRefresh != refresh);
        QVERIFY(token(rotated.json) != token(session));
        // The old access token stops working at once; the new one works.
        QCOMPARE(client.get(QStringLiteral("/api/v1/account"), token(session)).status, 401);
        QCOMPARE(client.get(QStringLiteral("/api/v1/account"), token(rotated.json)).status, 200);

        // The rotated-away refresh token presented again within its grace: the same pair again (after
        // the grace it ends the session: tst_authhardening).
        HttpReply reused = client.post(QStringLiteral("/api/v1/sessions/refresh"),
                                       QJsonObject{{QStringLiteral("refreshToken"), refresh}});
        QCOMPARE(reused.status, 200);
        QCOMPARE(reused.json.value(QStringLiteral("refreshToken")).toString(), newRefresh);
        // Rotated twice, the first token is a copy whatever the time: the session ends.
        HttpReply second = client.post(QStringLiteral("/api/v1/sessions/refresh"),
                                       QJsonObject{{QStringLiteral("refreshToken"), newRefresh}});
        QCOMPARE(second.status, 200);
        HttpReply stolen = client.post(QStringLiteral("/api/v1/sessions/refresh"),
                                       QJsonObject{{QStringLiteral("refreshToken"), refresh}});
        QCOMPARE(stolen.status, 401);
        QCOMPARE(stolen.errorCode(), QStringLiteral("invalid_refresh_token"));
        QCOMPARE(client.get(QStringLiteral("/api/v1/account"), token(second.json)).status, 401);

        HttpReply missing = client.post(QStringLiteral("/api/v1/sessions/refresh"), QJsonObject{});
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.errorField(), QStringLiteral("refreshToken"));
    }

    void signOutAndSignOutEverywhere() {
        ApiClient client(shared().url());
        const QString email = uniqueEmail();
        const QJsonObject laptop = signUp(client, email, QStringLiteral("laptop"));
        const QJsonObject desk = signIn(client, email, m_password, QStringLiteral("desk")).json;
        const QJsonObject phone = signIn(client, email, m_password, QStringLiteral("phone")).json;
        QCOMPARE(client.get(QStringLiteral("/api/v1/account"), token(desk)).status, 200);

        QCOMPARE(client.del(QStringLiteral("/api/v1/sessions/current"), token(desk)).status, 204);
        QCOMPARE(client.get(QStringLiteral("/api/v1/account"), token(desk)).errorCode(),
                 QStringLiteral("unauthorized"));
        QCOMPARE(client
                     .post(QStringLiteral("/api/v1/sessions/refresh"),
                           QJsonObject{
                               {QStringLiteral("refreshToken"), desk.value(QStringLiteral("refreshToken"))}})
                     .status,
                 401);
        HttpReply account = client.get(QStringLiteral("/api/v1/account"), token(laptop));
        QCOMPARE(account.status, 200);
        int signedIn = 0;
        for (const QJsonValue& d : account.json.value(QStringLiteral("devices")).toArray())
            signedIn += d.toObject().value(QStringLiteral("signedIn")).toBool() ? 1 : 0;
        QCOMPARE(signedIn, 2);

        QCOMPARE(client.del(QStringLiteral("/api/v1/sessions"), token(phone)).status, 204);
        QCOMPARE(client.get(QStringLiteral("/api/v1/account"), token(laptop)).status, 401);
        QCOMPARE(client.get(QStringLiteral("/api/v1/account"), token(phone)).status, 401);
        QCOMPARE(client
                     .post(QStringLiteral("/api/v1/sessions/refresh"),
                           QJsonObject{{QStringLiteral("refreshToken"),
                                        laptop.value(QStringLiteral("refreshToken"))}})
                     .status,
                 401);
        // Signing in again still works.
        QCOMPARE(signIn(client, email, m_password, QStringLiteral("laptop")).status, 200);
    }

    void pushPullAndTombstones() {
        ApiClient client(shared().url());
        const QString access = token(signUp(client, uniqueEmail(), QStringLiteral("laptop")));
        const QString ada = newId(), group = newId(), note = newId();
        HttpReply pushed = client.post(
            QStringLiteral("/api/v1/sync/push"),
            changes({change(QStringLiteral("contact"), ada, 0, contact(ada, QStringLiteral("Ada"))),
                     change(QStringLiteral("group"), group, 0,
                            QJsonObject{{QStringLiteral("id"), group},
                                        {QStringLiteral("name"), QStringLiteral("Mac Users")}}),
                     change(QStringLiteral("membership"), group + QLatin1Char(':') + ada, 0,
                            QJsonObject{{QStringLiteral("groupId"), group},
                                        {QStringLiteral("contactId"), ada},
                                        {QStringLiteral("consent"), QStringLiteral("opted_in")}}),
                     change(QStringLiteral("content"), note, 0,
                            QJsonObject{{QStringLiteral("body"), QStringLiteral("Hi")}})}),
            access);
        QCOMPARE(pushed.status, 200);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(result(pushed, i).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
            QCOMPARE(result(pushed, i).value(QStringLiteral("version")).toInt(), 1);
        }

        HttpReply all = client.get(QStringLiteral("/api/v1/sync/pull"), access);
        QCOMPARE(all.status, 200);
        QJsonArray records = all.json.value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(0).toObject().value(QStringLiteral("entity")).toString(),
                 QStringLiteral("contact"));
        QCOMPARE(records.at(0)
                     .toObject()
                     .value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("givenName"))
                     .toString(),
                 QStringLiteral("Ada"));
        QCOMPARE(records.at(3).toObject().value(QStringLiteral("entity")).toString(),
                 QStringLiteral("content"));
        QCOMPARE(all.json.value(QStringLiteral("hasMore")).toBool(), false);
        const QString cursor = all.json.value(QStringLiteral("cursor")).toString();
        QVERIFY(!cursor.isEmpty());

        HttpReply nothing = client.get(QStringLiteral("/api/v1/sync/pull?cursor=") + cursor, access);
        QCOMPARE(nothing.status, 200);
        QCOMPARE(nothing.json.value(QStringLiteral("records")).toArray().size(), 0);
        QCOMPARE(nothing.json.value(QStringLiteral("cursor")).toString(), cursor);

        HttpReply edited = client.post(
            QStringLiteral("/api/v1/sync/push"),
            changes({change(QStringLiteral("contact"), ada, 1, contact(ada, QStringLiteral("Ada King"))),
                     change(QStringLiteral("group"), group, 1, {}, QStringLiteral("delete"))}),
            access);
        QCOMPARE(result(edited, 0).value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(result(edited, 1).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));

        HttpReply since = client.get(QStringLiteral("/api/v1/sync/pull?cursor=") + cursor, access);
        records = since.json.value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).toObject().value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(records.at(0).toObject().value(QStringLiteral("deleted")).toBool(), false);
        const QJsonObject tombstone = records.at(1).toObject();
        QCOMPARE(tombstone.value(QStringLiteral("id")).toString(), group);
        QCOMPARE(tombstone.value(QStringLiteral("deleted")).toBool(), true);
        QVERIFY(tombstone.value(QStringLiteral("payload")).isNull());

        // A full resync sees each record once, in its latest state, the tombstone included.
        HttpReply full = client.get(QStringLiteral("/api/v1/sync/pull?cursor="), access);
        QCOMPARE(full.json.value(QStringLiteral("records")).toArray().size(), 4);
    }

    void conflictCarriesServerRecord() {
        ApiClient client(shared().url());
        const QString email = uniqueEmail();
        const QString laptop = token(signUp(client, email, QStringLiteral("laptop")));
        const QString desk = token(signIn(client, email, m_password, QStringLiteral("desk")).json);
        const QString id = newId();
        QCOMPARE(result(client.post(QStringLiteral("/api/v1/sync/push"),
                                    changes({change(QStringLiteral("contact"), id, 0,
                                                    contact(id, QStringLiteral("Grace")))}),
                                    laptop),
                        0)
                     .value(QStringLiteral("version"))
                     .toInt(),
                 1);
        QCOMPARE(result(client.post(QStringLiteral("/api/v1/sync/push"),
                                    changes({change(QStringLiteral("contact"), id, 1,
                                                    contact(id, QStringLiteral("Grace H.")))}),
                                    desk),
                        0)
                     .value(QStringLiteral("version"))
                     .toInt(),
                 2);
        // The laptop still edits version 1: conflict, with what the server has.
        HttpReply stale = client.post(
            QStringLiteral("/api/v1/sync/push"),
            changes({change(QStringLiteral("contact"), id, 1, contact(id, QStringLiteral("Grace Hopper")))}),
            laptop);
        const QJsonObject conflict = result(stale, 0);
        QCOMPARE(conflict.value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
        QCOMPARE(conflict.value(QStringLiteral("version")).toInt(), 2);
        const QJsonObject record = conflict.value(QStringLiteral("record")).toObject();
        QCOMPARE(record.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(
            record.value(QStringLiteral("payload")).toObject().value(QStringLiteral("givenName")).toString(),
            QStringLiteral("Grace H."));
        // A new record the server already has is a conflict too.
        QCOMPARE(result(client.post(QStringLiteral("/api/v1/sync/push"),
                                    changes({change(QStringLiteral("contact"), id, 0,
                                                    contact(id, QStringLiteral("X")))}),
                                    laptop),
                        0)
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("conflict"));
        // Merged and pushed on the server's version: applied.
        QCOMPARE(result(client.post(QStringLiteral("/api/v1/sync/push"),
                                    changes({change(QStringLiteral("contact"), id, 2,
                                                    contact(id, QStringLiteral("Grace Hopper")))}),
                                    laptop),
                        0)
                     .value(QStringLiteral("version"))
                     .toInt(),
                 3);
        // An edit against a deletion: the conflict shows the tombstone.
        client.post(QStringLiteral("/api/v1/sync/push"),
                    changes({change(QStringLiteral("contact"), id, 3, {}, QStringLiteral("delete"))}), desk);
        const QJsonObject deleted = result(
            client.post(QStringLiteral("/api/v1/sync/push"),
                        changes({change(QStringLiteral("contact"), id, 3, contact(id, QStringLiteral("G")))}),
                        laptop),
            0);
        QCOMPARE(deleted.value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
        QCOMPARE(deleted.value(QStringLiteral("record")).toObject().value(QStringLiteral("deleted")).toBool(),
                 true);
        QVERIFY(deleted.value(QStringLiteral("record")).toObject().value(QStringLiteral("payload")).isNull());
    }

    void retriedPushAppliesOnce() {
        ApiClient client(shared().url());
        const QString email = uniqueEmail();
        const QString access = token(signUp(client, email, QStringLiteral("laptop")));
        const QString a = newId(), b = newId();
        const QJsonObject body =
            changes({change(QStringLiteral("contact"), a, 0, contact(a, QStringLiteral("Alan"))),
                     change(QStringLiteral("contact"), b, 0, contact(b, QStringLiteral("Ken")))});
        HttpReply first = client.post(QStringLiteral("/api/v1/sync/push"), body, access);
        QCOMPARE(result(first, 0).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        // The reply was lost; the device sends the same push again.
        HttpReply retry = client.post(QStringLiteral("/api/v1/sync/push"), body, access);
        QCOMPARE(retry.status, 200);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(result(retry, i).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
            QCOMPARE(result(retry, i).value(QStringLiteral("version")).toInt(), 1);
            QCOMPARE(result(retry, i).value(QStringLiteral("duplicate")).toBool(), true);
        }
        // Still version 1 and only two changes in the pull.
        HttpReply pulled = client.get(QStringLiteral("/api/v1/sync/pull"), access);
        const QJsonArray records = pulled.json.value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), 2);
        for (const QJsonValue& record : records)
            QCOMPARE(record.toObject().value(QStringLiteral("version")).toInt(), 1);
        // The same base with another payload from another device is not a retry: conflict.
        const HttpReply desk = signIn(client, email, m_password, QStringLiteral("desk"));
        QCOMPARE(desk.status, 200);
        const QJsonObject edited =
            changes({change(QStringLiteral("contact"), a, 0, contact(a, QStringLiteral("Alan T.")))});
        HttpReply different = client.post(QStringLiteral("/api/v1/sync/push"), edited, token(desk.json));
        QCOMPARE(result(different, 0).value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
        // From the device that made version 1, it was made on top of it (the device never learnt the
        // version): applied as version 2, and its retry is a duplicate of that.
        HttpReply onTop = client.post(QStringLiteral("/api/v1/sync/push"), edited, access);
        QCOMPARE(result(onTop, 0).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(result(onTop, 0).value(QStringLiteral("version")).toInt(), 2);
        HttpReply again = client.post(QStringLiteral("/api/v1/sync/push"), edited, access);
        QCOMPARE(result(again, 0).value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(result(again, 0).value(QStringLiteral("duplicate")).toBool(), true);
    }

    void pushRejectsInvalidChanges_data() {
        QTest::addColumn<QByteArray>("changeJson");
        QTest::addColumn<QString>("field");
        QTest::newRow("not an object") << QByteArray("5") << "changes[1]";
        QTest::newRow("unknown entity") << QByteArray("{\"entity\":\"invoice\",\"id\":\"x\",\"operation\":"
                                                      "\"upsert\",\"baseVersion\":0,\"payload\":{}}")
                                        << "changes[1].entity";
        QTest::newRow("no id")
            << QByteArray(
                   "{\"entity\":\"content\",\"operation\":\"upsert\",\"baseVersion\":0,\"payload\":{}}")
            << "changes[1].id";
        QTest::newRow("control char id")
            << QByteArray("{\"entity\":\"content\",\"id\":\"a\\u0001b\",\"operation\":\"upsert\","
                          "\"baseVersion\":0,\"payload\":{}}")
            << "changes[1].id";
        QTest::newRow("bad operation") << QByteArray("{\"entity\":\"content\",\"id\":\"x\",\"operation\":"
                                                     "\"merge\",\"baseVersion\":0,\"payload\":{}}")
                                       << "changes[1].operation";
        QTest::newRow("negative base") << QByteArray("{\"entity\":\"content\",\"id\":\"x\",\"operation\":"
                                                     "\"upsert\",\"baseVersion\":-1,\"payload\":{}}")
                                       << "changes[1].baseVersion";
        QTest::newRow("fraction base") << QByteArray("{\"entity\":\"content\",\"id\":\"x\",\"operation\":"
                                                     "\"upsert\",\"baseVersion\":1.5,\"payload\":{}}")
                                       << "changes[1].baseVersion";
        QTest::newRow("payload not object")
            << QByteArray("{\"entity\":\"content\",\"id\":\"x\",\"operation\":\"upsert\",\"baseVersion\":0,"
                          "\"payload\":\"hi\"}")
            << "changes[1].payload";
        QTest::newRow("payload id differs")
            << QByteArray("{\"entity\":\"content\",\"id\":\"x\",\"operation\":\"upsert\",\"baseVersion\":0,"
                          "\"payload\":{\"id\":\"y\"}}")
            << "changes[1].payload.id";
        QTest::newRow("contact field type")
            << QByteArray("{\"entity\":\"contact\",\"id\":\"c\",\"operation\":\"upsert\",\"baseVersion\":0,"
                          "\"payload\":{\"id\":\"c\",\"givenName\":5}}")
            << "changes[1].payload";
        QTest::newRow("membership consent")
            << QByteArray(
                   "{\"entity\":\"membership\",\"id\":\"g:c\",\"operation\":\"upsert\",\"baseVersion\":0,"
                   "\"payload\":{\"groupId\":\"g\",\"contactId\":\"c\",\"consent\":\"maybe\"}}")
            << "changes[1].payload.consent";
        QTest::newRow("membership id")
            << QByteArray(
                   "{\"entity\":\"membership\",\"id\":\"g:x\",\"operation\":\"upsert\",\"baseVersion\":0,"
                   "\"payload\":{\"groupId\":\"g\",\"contactId\":\"c\",\"consent\":\"opted_in\"}}")
            << "changes[1].payload";
        QTest::newRow("unknown record with base")
            << QByteArray("{\"entity\":\"content\",\"id\":\"never-seen\",\"operation\":\"upsert\","
                          "\"baseVersion\":4,\"payload\":{}}")
            << "changes[1].baseVersion";
    }

    void pushRejectsInvalidChanges() {
        QFETCH(QByteArray, changeJson);
        QFETCH(QString, field);
        ApiClient client(shared().url());
        const QString access = token(signUp(client, uniqueEmail(), QStringLiteral("laptop")));
        const QByteArray body = "{\"changes\":[{\"entity\":\"content\",\"id\":\"fine\",\"operation\":"
                                "\"upsert\",\"baseVersion\":0,\"payload\":{}}," +
                                changeJson + "]}";
        HttpReply reply =
            client.send(QByteArrayLiteral("POST"), QStringLiteral("/api/v1/sync/push"), body, access);
        QCOMPARE(reply.status, 200);
        QCOMPARE(result(reply, 0).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        const QJsonObject rejected = result(reply, 1);
        QCOMPARE(rejected.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(rejected.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
                 field);
        QCOMPARE(client.get(QStringLiteral("/api/v1/sync/pull"), access)
                     .json.value(QStringLiteral("records"))
                     .toArray()
                     .size(),
                 1);
    }

    void pushRequestErrors_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{\"changes\":") << 400 << "invalid_json"
                                  << "";
        QTest::newRow("no changes") << QByteArray("{}") << 400 << "invalid_field"
                                    << "changes";
        QTest::newRow("changes not array") << QByteArray("{\"changes\":{}}") << 400 << "invalid_field"
                                           << "changes";
        QTest::newRow("empty") << QByteArray("{\"changes\":[]}") << 400 << "invalid_field"
                               << "changes";
        QByteArray many = "{\"changes\":[";
        for (int i = 0; i < 501; ++i)
            many += (i ? "," : "") + QByteArray("{\"entity\":\"content\",\"id\":\"i") +
                    QByteArray::number(i) + "\",\"operation\":\"upsert\",\"baseVersion\":0,\"payload\":{}}";
        many += "]}";
        QTest::newRow("501 changes") << many << 413 << "too_large"
                                     << "changes";
        const QByteArray huge = "{\"changes\":[{\"entity\":\"content\",\"id\":\"x\",\"operation\":\"upsert\","
                                "\"baseVersion\":0,\"payload\":{\"body\":\"" +
                                QByteArray(4 * 1024 * 1024, 'a') + "\"}}]}";
        QTest::newRow("over 4 MiB") << huge << 413 << "too_large"
                                    << "";
    }

    void pushRequestErrors() {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        ApiClient client(shared().url());
        const QString access = token(signUp(client, uniqueEmail(), QStringLiteral("laptop")));
        HttpReply reply =
            client.send(QByteArrayLiteral("POST"), QStringLiteral("/api/v1/sync/push"), body, access);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(reply.errorField(), field);
        QCOMPARE(client.get(QStringLiteral("/api/v1/sync/pull"), access)
                     .json.value(QStringLiteral("records"))
                     .toArray()
                     .size(),
                 0);
    }

    void otherBodiesAreLimited() {
        ApiClient client(shared().url());
        const QByteArray body = "{\"email\":\"a@b.example\",\"password\":\"" + QByteArray(70 * 1024, 'p') +
                                "\",\"device\":{\"id\":\"d\",\"name\":\"D\"}}";
        HttpReply reply = client.send(QByteArrayLiteral("POST"), QStringLiteral("/api/v1/sessions"), body);
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.errorCode(), QStringLiteral("too_large"));
    }

    void pagedPull() {
        ApiClient client(shared().url());
        const QString access = token(signUp(client, uniqueEmail(), QStringLiteral("laptop")));
        QJsonArray list;
        for (int i = 0; i < 25; ++i)
            list.append(change(QStringLiteral("message"),
                               QStringLiteral("m%1").arg(i, 2, 10, QLatin1Char('0')), 0,
                               QJsonObject{{QStringLiteral("n"), i}}));
        QCOMPARE(client.post(QStringLiteral("/api/v1/sync/push"), changes(list), access).status, 200);
        QString cursor;
        QStringList seen;
        int pages = 0;
        bool more = true;
        while (more) {
            HttpReply page =
                client.get(QStringLiteral("/api/v1/sync/pull?limit=10&cursor=") + cursor, access);
            QCOMPARE(page.status, 200);
            for (const QJsonValue& record : page.json.value(QStringLiteral("records")).toArray())
                seen.append(record.toObject().value(QStringLiteral("id")).toString());
            cursor = page.json.value(QStringLiteral("cursor")).toString();
            more = page.json.value(QStringLiteral("hasMore")).toBool();
            QVERIFY(++pages <= 3);
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 25);
        QCOMPARE(seen.first(), QStringLiteral("m00"));
        QCOMPARE(seen.last(), QStringLiteral("m24"));

        for (const char* limit : {"0", "1001", "ten"}) {
            HttpReply bad =
                client.get(QStringLiteral("/api/v1/sync/pull?limit=") + QLatin1String(limit), access);
            QCOMPARE(bad.status, 400);
            QCOMPARE(bad.errorField(), QStringLiteral("limit"));
        }
    }

    // A device that pulls right after its own push can leave out what it pushed: the sequence numbers
    // the push answered, and only where the record's latest change is still that device's.
    void pullLeavesOutTheDevicesOwnPushes() {
        ApiClient client(shared().url());
        const QString email = uniqueEmail();
        const QString laptop = token(signUp(client, email, QStringLiteral("laptop")));
        const QString phone = token(signIn(client, email, m_password, QStringLiteral("phone")).json);
        QCOMPARE(client
                     .post(QStringLiteral("/api/v1/sync/push"),
                           changes({change(QStringLiteral("message"), QStringLiteral("from-phone"), 0,
                                           QJsonObject{{QStringLiteral("n"), -1}})}),
                           phone)
                     .status,
                 200);
        QJsonArray list;
        for (int i = 0; i < 5; ++i)
            list.append(change(QStringLiteral("message"), QStringLiteral("own%1").arg(i), 0,
                               QJsonObject{{QStringLiteral("n"), i}}));
        HttpReply pushed = client.post(QStringLiteral("/api/v1/sync/push"), changes(list), laptop);
        QCOMPARE(pushed.status, 200);
        QList<qint64> seqs;
        for (const QJsonValue& result : pushed.json.value(QStringLiteral("results")).toArray())
            seqs << qint64(result.toObject().value(QStringLiteral("seq")).toDouble());
        QCOMPARE(seqs.size(), 5);
        for (int i = 1; i < 5; ++i)
            QCOMPARE(seqs.at(i), seqs.at(i - 1) + 1);
        // The phone changes one of them after the laptop pushed it.
        QCOMPARE(client
                     .post(QStringLiteral("/api/v1/sync/push"),
                           changes({change(QStringLiteral("message"), QStringLiteral("own2"), 1,
                                           QJsonObject{{QStringLiteral("n"), 22}})}),
                           phone)
                     .status,
                 200);
        const QString range = QStringLiteral("&pushedFrom=%1&pushedTo=%2").arg(seqs.first()).arg(seqs.last());
        const auto ids = [](const HttpReply& reply) {
            QStringList seen;
            for (const QJsonValue& record : reply.json.value(QStringLiteral("records")).toArray())
                seen << record.toObject().value(QStringLiteral("id")).toString();
            return seen;
        };

        HttpReply mine = client.get(QStringLiteral("/api/v1/sync/pull?limit=2") + range, laptop);
        QCOMPARE(mine.status, 200);
        QCOMPARE(ids(mine), (QStringList{QStringLiteral("from-phone"), QStringLiteral("own2")}));
        QVERIFY(!mine.json.value(QStringLiteral("hasMore")).toBool());
        // Nothing left after it: the laptop's own changes were passed over, not postponed.
        HttpReply after = client.get(QStringLiteral("/api/v1/sync/pull?cursor=") +
                                         mine.json.value(QStringLiteral("cursor")).toString() + range,
                                     laptop);
        QCOMPARE(after.status, 200);
        QCOMPARE(ids(after), QStringList());

        // Another device, or the same one without the range, gets everything.
        QCOMPARE(ids(client.get(QStringLiteral("/api/v1/sync/pull?limit=100") + range, phone)).size(), 6);
        QCOMPARE(ids(client.get(QStringLiteral("/api/v1/sync/pull?limit=100"), laptop)).size(), 6);

        for (const QString& bad :
             {QStringLiteral("&pushedFrom=0&pushedTo=3"), QStringLiteral("&pushedFrom=4"),
              QStringLiteral("&pushedFrom=5&pushedTo=4"), QStringLiteral("&pushedTo=x")}) {
            HttpReply refused = client.get(QStringLiteral("/api/v1/sync/pull?limit=10") + bad, laptop);
            QCOMPARE(refused.status, 400);
            QVERIFY2(refused.errorField().startsWith(QStringLiteral("pushed")),
                     qPrintable(refused.errorField()));
        }
    }

    void unknownCursorIsGone() {
        ApiClient client(shared().url());
        const QString mine = token(signUp(client, uniqueEmail(), QStringLiteral("laptop")));
        const QString theirs = token(signUp(client, uniqueEmail(), QStringLiteral("laptop")));
        client.post(QStringLiteral("/api/v1/sync/push"),
                    changes({change(QStringLiteral("content"), QStringLiteral("c1"), 0, QJsonObject{})}),
                    theirs);
        const QString theirCursor = client.get(QStringLiteral("/api/v1/sync/pull"), theirs)
                                        .json.value(QStringLiteral("cursor"))
                                        .toString();
        const QString myCursor = client.get(QStringLiteral("/api/v1/sync/pull"), mine)
                                     .json.value(QStringLiteral("cursor"))
                                     .toString();
        const QByteArray epoch =
            QByteArray::fromBase64(myCursor.toLatin1(), QByteArray::Base64UrlEncoding).split(':').first();
        const QString future =
            QString::fromLatin1(QByteArray(epoch + ":99").toBase64(QByteArray::Base64UrlEncoding));
        for (const QString& cursor :
             {QStringLiteral("garbage!"), QStringLiteral("AAAA"), theirCursor, future}) {
            HttpReply reply = client.get(QStringLiteral("/api/v1/sync/pull?cursor=") + cursor, mine);
            QCOMPARE(reply.status, 410);
            QCOMPARE(reply.errorCode(), QStringLiteral("cursor_expired"));
        }
    }

    void restartKeepsStateAndExpiresOldCursors() {
        if (backend() == QLatin1String("postgres"))
            QSKIP(
                "Purging tombstones would touch the shared PostgreSQL database of other tests; SQLite only.");
        ServerProcess server;
        const QString url = database(QStringLiteral("restart"));
        QVERIFY2(server.start(url), qPrintable(server.output()));
        ApiClient client(server.url());
        const QString email = uniqueEmail();
        const QJsonObject session = signUp(client, email, QStringLiteral("laptop"));
        const QString a = newId(), b = newId();
        client.post(QStringLiteral("/api/v1/sync/push"),
                    changes({change(QStringLiteral("contact"), a, 0, contact(a, QStringLiteral("A"))),
                             change(QStringLiteral("contact"), b, 0, contact(b, QStringLiteral("B")))}),
                    token(session));
        const QString early = client.get(QStringLiteral("/api/v1/sync/pull"), token(session))
                                  .json.value(QStringLiteral("cursor"))
                                  .toString();
        client.post(QStringLiteral("/api/v1/sync/push"),
                    changes({change(QStringLiteral("contact"), b, 1, {}, QStringLiteral("delete"))}),
                    token(session));
        const QString late = client.get(QStringLiteral("/api/v1/sync/pull"), token(session))
                                 .json.value(QStringLiteral("cursor"))
                                 .toString();

        // Killed, not stopped: what was answered was committed.
        server.kill();
        QVERIFY2(server.start(url), qPrintable(server.output()));
        client.setBase(server.url());
        QCOMPARE(client.get(QStringLiteral("/api/v1/account"), token(session)).status, 200);
        QCOMPARE(client.get(QStringLiteral("/api/v1/sync/pull?cursor=") + early, token(session))
                     .json.value(QStringLiteral("records"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(signIn(client, email, m_password, QStringLiteral("desk")).status, 200);

        // Started with a zero-day tombstone horizon: the tombstone goes, cursors from before it expire.
        server.stop();
        QVERIFY2(server.start(url, {QStringLiteral("--tombstone-days"), QStringLiteral("0")}),
                 qPrintable(server.output()));
        client.setBase(server.url());
        HttpReply expired = client.get(QStringLiteral("/api/v1/sync/pull?cursor=") + early, token(session));
        QCOMPARE(expired.status, 410);
        QCOMPARE(expired.errorCode(), QStringLiteral("cursor_expired"));
        QCOMPARE(client.get(QStringLiteral("/api/v1/sync/pull?cursor=") + late, token(session)).status, 200);
        HttpReply full = client.get(QStringLiteral("/api/v1/sync/pull"), token(session));
        QCOMPARE(full.json.value(QStringLiteral("records")).toArray().size(), 1);
    }

    void expiredAccessToken() {
        ServerProcess server;
        QVERIFY2(server.start(database(QStringLiteral("ttl")),
                              {QStringLiteral("--access-token-ttl"), QStringLiteral("3")}),
                 qPrintable(server.output()));
        ApiClient client(server.url());
        const QJsonObject session = signUp(client, uniqueEmail(), QStringLiteral("laptop"));
        QCOMPARE(session.value(QStringLiteral("expiresIn")).toInt(), 3);
        // Three seconds of life leave the refreshed token time to be used on a busy machine.
        QTest::qWait(4100);
        HttpReply expired = client.get(QStringLiteral("/api/v1/account"), token(session));
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.errorCode(), QStringLiteral("token_expired"));
        HttpReply refreshed = client.post(
            QStringLiteral("/api/v1/sessions/refresh"),
            QJsonObject{{QStringLiteral("refreshToken"), session.value(QStringLiteral("refreshToken"))}});
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(client.get(QStringLiteral("/api/v1/account"), token(refreshed.json)).status, 200);
    }

    void rateLimits() {
        ServerProcess server;
        QVERIFY2(server.start(database(QStringLiteral("rate")),
                              {QStringLiteral("--auth-rate"), QStringLiteral("4"),
                               QStringLiteral("--api-rate"), QStringLiteral("5")}),
                 qPrintable(server.output()));
        ApiClient client(server.url());
        const QString email = uniqueEmail();
        const QString access = token(signUp(client, email, QStringLiteral("laptop")));
        QCOMPARE(signIn(client, email, QStringLiteral("wrong password"), QStringLiteral("laptop")).status,
                 401);
        QCOMPARE(signIn(client, email, QStringLiteral("wrong password"), QStringLiteral("laptop")).status,
                 401);
        HttpReply limited = signIn(client, email, m_password, QStringLiteral("laptop"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
        QVERIFY(limited.header("Retry-After").toInt() >= 1);
        QCOMPARE(limited.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("retryAfter"))
                     .toInt(),
                 limited.header("Retry-After").toInt());

        for (int i = 0; i < 5; ++i)
            QCOMPARE(client.get(QStringLiteral("/api/v1/sync/pull"), access).status, 200);
        HttpReply busy = client.get(QStringLiteral("/api/v1/sync/pull"), access);
        QCOMPARE(busy.status, 429);
        QVERIFY(busy.header("Retry-After").toInt() >= 1);
    }

    void noPlainTextSecretsInDatabase() {
        ServerProcess server;
        const QString url = database(QStringLiteral("secrets"));
        QVERIFY2(server.start(url), qPrintable(server.output()));
        ApiClient client(server.url());
        const QString email = uniqueEmail();
        const QString password = QStringLiteral("Unmistakable-Secret-") + newId().left(8);
        HttpReply up = client.post(QStringLiteral("/api/v1/accounts"),
                                   QJsonObject{{QStringLiteral("email"), email},
                                               {QStringLiteral("name"), QStringLiteral("Pat")},
                                               {QStringLiteral("password"), password},
                                               {QStringLiteral("device"), device(QStringLiteral("laptop"))}});
        QCOMPARE(up.status, 202);
        HttpReply in = signIn(client, email, password, QStringLiteral("desk"));
        HttpReply refreshed = client.post(
            QStringLiteral("/api/v1/sessions/refresh"),
            QJsonObject{{QStringLiteral("refreshToken"), in.json.value(QStringLiteral("refreshToken"))}});
        QCOMPARE(refreshed.status, 200);
        server.stop();

        QList<QByteArray> secrets{password.toUtf8()};
        // The sign-up reply carries no tokens: a sign-up opens no session.
        QVERIFY(!up.json.contains(QStringLiteral("accessToken")));
        for (const QJsonObject& session : {in.json, refreshed.json}) {
            secrets.append(session.value(QStringLiteral("accessToken")).toString().toUtf8());
            secrets.append(session.value(QStringLiteral("refreshToken")).toString().toUtf8());
        }
        QByteArray everything = dumpDatabase(url);
        QVERIFY(everything.contains(email.toUtf8())); // the dump did read the tables
        QVERIFY(everything.contains("$argon2id$"));
        if (url.startsWith(QLatin1String("sqlite:"))) {
            const QString path = url.mid(7);
            everything += iq::test::fileBytes(path) + iq::test::fileBytes(path + QStringLiteral("-wal"));
        }
        for (const QByteArray& secret : std::as_const(secrets)) {
            QVERIFY(secret.size() >= 20);
            QVERIFY2(!everything.contains(secret), secret.constData());
        }
    }

    void plainHttpOnlyOnLoopback() {
        const auto refused = iq::test::runProgram(
            QStringLiteral("iqmsgd"),
            {QStringLiteral("--address"), QStringLiteral("0.0.0.0"), QStringLiteral("--port"),
             QStringLiteral("0"), QStringLiteral("--database"), database(QStringLiteral("tls"))});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--tls-cert"), refused.err.constData());
    }

    void tlsWithCertificate() {
        if (backend() == QLatin1String("postgres"))
            QSKIP("TLS does not depend on the database; run once, on SQLite.");
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            QSKIP("openssl is not available to make a test certificate.");
        ServerProcess server;
        QVERIFY2(server.start(database(QStringLiteral("tls")),
                              {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}),
                 qPrintable(server.output()));
        QCOMPARE(server.url().scheme(), QStringLiteral("https"));
        QNetworkAccessManager network;
        QUrl url = server.url();
        url.setPath(QStringLiteral("/api/v1/account"));
        QNetworkReply* reply = network.get(QNetworkRequest(url));
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply]() { reply->ignoreSslErrors(); });
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QVERIFY(reply->sslConfiguration().sessionProtocol() != QSsl::UnknownProtocol);
        reply->deleteLater();
    }

    void concurrentPushesFromTwoProcesses() {
        // Two server processes on one database, two devices pushing at once, a third device pulling
        // all the while: every change is seen exactly once and none is skipped by a cursor.
        ServerProcess first, second;
        const QString url = database(QStringLiteral("concurrent"));
        QVERIFY2(first.start(url), qPrintable(first.output()));
        QVERIFY2(second.start(url), qPrintable(second.output()));
        ApiClient client(first.url());
        const QString email = uniqueEmail();
        const QString a = token(signUp(client, email, QStringLiteral("a")));
        const QString b = token(signIn(client, email, m_password, QStringLiteral("b")).json);
        const QString reader = token(signIn(client, email, m_password, QStringLiteral("reader")).json);

        QNetworkAccessManager network;
        QList<QNetworkReply*> replies;
        const int batches = 20, perBatch = 10;
        for (int batch = 0; batch < batches; ++batch) {
            for (int device = 0; device < 2; ++device) {
                QJsonArray list;
                for (int i = 0; i < perBatch; ++i)
                    list.append(change(QStringLiteral("message"),
                                       QStringLiteral("d%1-b%2-%3").arg(device).arg(batch).arg(i), 0,
                                       QJsonObject{{QStringLiteral("n"), i}}));
                QUrl target = (device == 0 ? first : second).url();
                target.setPath(QStringLiteral("/api/v1/sync/push"));
                QNetworkRequest request(target);
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
                request.setRawHeader("Authorization", "Bearer " + (device == 0 ? a : b).toLatin1());
                replies.append(
                    network.post(request, QJsonDocument(changes(list)).toJson(QJsonDocument::Compact)));
            }
        }
        ApiClient pulling(second.url());
        QSet<QString> seen;
        QString cursor;
        int duplicates = 0;
        auto pullAll = [&]() {
            bool more = true;
            while (more) {
                HttpReply page =
                    pulling.get(QStringLiteral("/api/v1/sync/pull?limit=37&cursor=") + cursor, reader);
                QCOMPARE(page.status, 200);
                for (const QJsonValue& record : page.json.value(QStringLiteral("records")).toArray()) {
                    const QString id = record.toObject().value(QStringLiteral("id")).toString();
                    duplicates += seen.contains(id) ? 1 : 0;
                    seen.insert(id);
                }
                cursor = page.json.value(QStringLiteral("cursor")).toString();
                more = page.json.value(QStringLiteral("hasMore")).toBool();
            }
        };
        auto unfinished = [&]() {
            return std::any_of(replies.cbegin(), replies.cend(),
                               [](QNetworkReply* r) { return !r->isFinished(); });
        };
        QDeadlineTimer deadline(120000);
        while (unfinished() && !deadline.hasExpired()) {
            pullAll();
            QTest::qWait(5);
        }
        QVERIFY(!unfinished());
        for (QNetworkReply* reply : std::as_const(replies)) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            const QJsonArray results =
                QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("results")).toArray();
            for (const QJsonValue& r : results)
                QCOMPARE(r.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
            reply->deleteLater();
        }
        pullAll();
        QCOMPARE(duplicates, 0);
        QCOMPARE(seen.size(), batches * 2 * perBatch);
    }
};

QTEST_GUILESS_MAIN(ServerApiTest)
#include "tst_server_api.moc"
