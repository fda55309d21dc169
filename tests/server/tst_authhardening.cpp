// Sign-up and sign-in that tell nothing about which e-mail addresses have accounts, failed sign-ins
// counted per address by every iqmsgd on one database, password hashing that does not hold up other
// requests, and refresh tokens that survive two programs of one device refreshing at once. A real
// iqmsgd on loopback, on SQLite and (with IQ_TEST_POSTGRES_URL) on PostgreSQL.
#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <vector>

using iq::test::ApiClient;
using iq::test::HttpReply;
using iq::test::ServerProcess;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

QString uniqueEmail() {
    return QStringLiteral("owner-%1@shop.example").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
}

QJsonObject device(const QString& id) {
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("Device")}};
}

QJsonObject signUpBody(const QString& email, const QString& password = kPassword) {
    return QJsonObject{{QStringLiteral("email"), email},
                       {QStringLiteral("name"), QStringLiteral("Pat Owner")},
                       {QStringLiteral("password"), password},
                       {QStringLiteral("device"), device(QStringLiteral("laptop"))}};
}

QJsonObject signInBody(const QString& email, const QString& password, const QString& deviceId) {
    return QJsonObject{{QStringLiteral("email"), email},
                       {QStringLiteral("password"), password},
                       {QStringLiteral("device"), device(deviceId)}};
}

QStringList shape(const QJsonObject& object) {
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

double median(std::vector<qint64> values) {
    std::sort(values.begin(), values.end());
    return double(values.at(values.size() / 2));
}

QByteArray compact(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

// The PostgreSQL database of this test alone, created once per run.
QString ownPostgres() {
    static const QString url = iq::test::postgresDatabaseOfItsOwn(QStringLiteral("authhardening"));
    return url;
}

class TestAuthHardening final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::map<QString, std::unique_ptr<ServerProcess>> m_shared;

    QString backend() const {
        QFETCH_GLOBAL(QString, backend);
        return backend;
    }
    QString database(const QString& name) const {
        if (backend() == QLatin1String("postgres"))
            return ownPostgres();
        return QStringLiteral("sqlite:") + m_dir.filePath(name + QStringLiteral(".sqlite"));
    }
    ServerProcess& shared() {
        auto& server = m_shared[backend()];
        if (!server) {
            server = std::make_unique<ServerProcess>();
            if (!server->start(database(QStringLiteral("shared")),
                               {QStringLiteral("--auth-rate"), QStringLiteral("100000"),
                                QStringLiteral("--max-failed-sign-ins"), QStringLiteral("1000")}))
                qWarning("iqmsgd did not start: %s", qPrintable(server->output()));
        }
        return *server;
    }
    // A new account signed in on "laptop": its session reply.
    QJsonObject account(ApiClient& client, const QString& email) {
        const HttpReply up = client.post(QStringLiteral("/api/v1/accounts"), signUpBody(email));
        if (up.status / 100 != 2)
            qWarning("sign-up answered %d: %s", up.status, up.body.constData());
        const HttpReply in = client.post(QStringLiteral("/api/v1/sessions"),
                                         signInBody(email, kPassword, QStringLiteral("laptop")));
        if (in.status != 200)
            qWarning("sign-in answered %d: %s", in.status, in.body.constData());
        return in.json;
    }
    HttpReply refresh(ApiClient& client, const QString& token) {
        return client.post(QStringLiteral("/api/v1/sessions/refresh"),
                           QJsonObject{{QStringLiteral("refreshToken"), token}});
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
        QVERIFY2(shared().isRunning(), qPrintable(shared().output()));
    }

    void cleanupTestCase() { m_shared.clear(); }

    void signUpOfTakenAddressAnswersLikeNewOne() {
        ApiClient client(shared().url());
        const QString email = uniqueEmail();
        const HttpReply fresh = client.post(QStringLiteral("/api/v1/accounts"), signUpBody(email));
        const HttpReply taken = client.post(QStringLiteral("/api/v1/accounts"),
                                            signUpBody(email.toUpper(), QStringLiteral("other-pw-1")));
        QVERIFY2(fresh.status / 100 == 2, fresh.body.constData());
        QCOMPARE(taken.status, fresh.status);
        QCOMPARE(shape(taken.json), shape(fresh.json));
        QCOMPARE(taken.header("Content-Type"), fresh.header("Content-Type"));
        // Nothing about the account leaks through the reply either.
        QCOMPARE(taken.body, fresh.body);
        // The taken address kept its account and password.
        QCOMPARE(
            client.post(QStringLiteral("/api/v1/sessions"), signInBody(email, kPassword, QStringLiteral("a")))
                .status,
            200);
        QCOMPARE(client
                     .post(QStringLiteral("/api/v1/sessions"),
                           signInBody(email, QStringLiteral("other-pw-1"), QStringLiteral("a")))
                     .status,
                 401);
    }

    // A wrong password for a known address and any password for an unknown one cost alike: the unknown
    // one is checked against a decoy hash. Medians, and a loose bound: without the decoy it is ~100x.
    void signInTakesAsLongForUnknownAddresses() {
        ApiClient client(shared().url());
        const QString known = uniqueEmail();
        account(client, known);
        std::vector<qint64> knownMs, unknownMs;
        for (int i = 0; i < 7; ++i) {
            for (const bool isKnown : {true, false}) {
                QElapsedTimer timer;
                timer.start();
                const HttpReply reply =
                    client.post(QStringLiteral("/api/v1/sessions"),
                                signInBody(isKnown ? known : uniqueEmail(), QStringLiteral("wrong-password"),
                                           QStringLiteral("laptop")));
                (isKnown ? knownMs : unknownMs).push_back(timer.elapsed());
                QCOMPARE(reply.status, 401);
                QCOMPARE(reply.errorCode(), QStringLiteral("invalid_credentials"));
            }
        }
        qInfo("sign-in median: known address %.0f ms, unknown address %.0f ms", median(knownMs),
              median(unknownMs));
        QVERIFY(median(unknownMs) >= 0.5 * median(knownMs));
    }

    // Failed sign-ins count per address whatever the client and whichever iqmsgd answers: two servers
    // on one database, the failures spread over both, lock the address on both. An address without an
    // account locks alike.
    void failedSignInsLockTheAddressAcrossServers() {
        const QString url = database(QStringLiteral("lockout"));
        const QStringList options{QStringLiteral("--auth-rate"), QStringLiteral("100000"),
                                  QStringLiteral("--max-failed-sign-ins"), QStringLiteral("4")};
        ServerProcess first, second;
        QVERIFY2(first.start(url, options), qPrintable(first.output()));
        QVERIFY2(second.start(url, options), qPrintable(second.output()));
        ApiClient a(first.url()), b(second.url());
        const QString email = uniqueEmail();
        account(a, email);
        const QString nobody = uniqueEmail();
        for (const QString& address : {email, nobody}) {
            for (int i = 0; i < 4; ++i) {
                ApiClient& client = i % 2 == 0 ? a : b;
                const HttpReply wrong = client.post(
                    QStringLiteral("/api/v1/sessions"),
                    signInBody(address, QStringLiteral("guess-%1").arg(i), QStringLiteral("laptop")));
                QCOMPARE(wrong.status, 401);
            }
            for (ApiClient* client : {&a, &b}) {
                const HttpReply locked =
                    client->post(QStringLiteral("/api/v1/sessions"),
                                 signInBody(address, kPassword, QStringLiteral("laptop")));
                QCOMPARE(locked.status, 429);
                QCOMPARE(locked.errorCode(), QStringLiteral("rate_limited"));
                QVERIFY(locked.header("Retry-After").toInt() > 60);
            }
        }
        // Another address is not affected.
        const QString other = uniqueEmail();
        account(b, other);
        QCOMPARE(a.post(QStringLiteral("/api/v1/sessions"), signInBody(other, kPassword, QStringLiteral("x")))
                     .status,
                 200);
    }

    // Eight sign-ins at once hash for a while; a pull sent with them is answered long before they are.
    void slowSignInsDoNotHoldUpOtherRequests() {
        ApiClient client(shared().url());
        const QString email = uniqueEmail();
        const QString access = account(client, email).value(QStringLiteral("accessToken")).toString();
        QVERIFY(!access.isEmpty());

        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        int pending = 0;
        QElapsedTimer timer;
        timer.start();
        qint64 signInsDoneMs = 0;
        for (int i = 0; i < 8; ++i) {
            managers.push_back(std::make_unique<QNetworkAccessManager>());
            QNetworkRequest request(shared().url().resolved(QUrl(QStringLiteral("/api/v1/sessions"))));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            QNetworkReply* reply = managers.back()->post(
                request, compact(signInBody(email, kPassword, QStringLiteral("desk-%1").arg(i))));
            ++pending;
            connect(reply, &QNetworkReply::finished, this, [&, reply] {
                reply->deleteLater();
                if (--pending == 0)
                    signInsDoneMs = timer.elapsed();
            });
        }
        QTest::qWait(20); // the sign-ins reach the server first
        QNetworkAccessManager pullManager;
        QNetworkRequest pull(shared().url().resolved(QUrl(QStringLiteral("/api/v1/sync/pull"))));
        pull.setRawHeader("Authorization", "Bearer " + access.toLatin1());
        const qint64 pullSentMs = timer.elapsed();
        qint64 pullMs = -1;
        int pullStatus = 0;
        QNetworkReply* pulled = pullManager.get(pull);
        connect(pulled, &QNetworkReply::finished, this, [&] {
            pullMs = timer.elapsed() - pullSentMs;
            pullStatus = pulled->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        });
        QTRY_VERIFY_WITH_TIMEOUT(pending == 0 && pullMs >= 0, 60000);
        qInfo("8 sign-ins took %lld ms; a pull sent with them answered in %lld ms", signInsDoneMs, pullMs);
        QCOMPARE(pullStatus, 200);
        QVERIFY2(pullMs * 3 < signInsDoneMs,
                 qPrintable(QStringLiteral("pull %1 ms, sign-ins %2 ms").arg(pullMs).arg(signInsDoneMs)));
        delete pulled;
    }

    // Clients that leave while their password is being hashed: the late reply finds their connection
    // gone and is dropped, and the server goes on serving.
    void clientsLeavingDuringSignInDoNotHurtTheServer() {
        ApiClient client(shared().url());
        const QString email = uniqueEmail();
        account(client, email);
        const QByteArray body = compact(signInBody(email, kPassword, QStringLiteral("gone")));
        for (int i = 0; i < 6; ++i) {
            QTcpSocket socket;
            socket.connectToHost(shared().url().host(), quint16(shared().url().port()));
            QVERIFY(socket.waitForConnected(5000));
            socket.write(
                "POST /api/v1/sessions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                "Content-Length: " +
                QByteArray::number(body.size()) + "\r\n\r\n" + body);
            QVERIFY(socket.waitForBytesWritten(5000));
            QTest::qWait(5); // the request reached the server; the hash has started
            socket.abort();
        }
        QTest::qWait(1500);
        QVERIFY2(shared().isRunning(), qPrintable(shared().output()));
        QCOMPARE(client
                     .post(QStringLiteral("/api/v1/sessions"),
                           signInBody(email, kPassword, QStringLiteral("here")))
                     .status,
                 200);
    }

    // The just-rotated refresh token presented again (another program of the device refreshed first)
    // answers the very pair it was rotated to; the session goes on.
    void previousRefreshTokenWithinGraceAnswersSamePair() {
        ApiClient client(shared().url());
        const QJsonObject session = account(client, uniqueEmail());
        const QString old = session.value(QStringLiteral("refreshToken")).toString();
        const HttpReply first = refresh(client, old);
        QCOMPARE(first.status, 200);
        const HttpReply again = refresh(client, old);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(QStringLiteral("refreshToken")),
                 first.json.value(QStringLiteral("refreshToken")));
        QCOMPARE(again.json.value(QStringLiteral("accessToken")),
                 first.json.value(QStringLiteral("accessToken")));
        const QString access = first.json.value(QStringLiteral("accessToken")).toString();
        QCOMPARE(client.get(QStringLiteral("/api/v1/account"), access).status, 200);
        QCOMPARE(refresh(client, first.json.value(QStringLiteral("refreshToken")).toString()).status, 200);
    }

    // Several refreshes with one token at the same moment: one rotation, every caller gets its pair.
    void concurrentRefreshesWithOneTokenKeepTheSession() {
        ApiClient client(shared().url());
        const QString old = account(client, uniqueEmail()).value(QStringLiteral("refreshToken")).toString();
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        QList<QByteArray> bodies;
        QList<int> statuses;
        for (int i = 0; i < 4; ++i) {
            managers.push_back(std::make_unique<QNetworkAccessManager>());
            QNetworkRequest request(
                shared().url().resolved(QUrl(QStringLiteral("/api/v1/sessions/refresh"))));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            QNetworkReply* reply =
                managers.back()->post(request, compact(QJsonObject{{QStringLiteral("refreshToken"), old}}));
            connect(reply, &QNetworkReply::finished, this, [&, reply] {
                statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
                bodies.append(reply->readAll());
                reply->deleteLater();
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(statuses.size(), 4, 30000);
        QCOMPARE(statuses, QList<int>({200, 200, 200, 200}));
        const QString current =
            QJsonDocument::fromJson(bodies.first()).object().value(QStringLiteral("refreshToken")).toString();
        for (const QByteArray& body : std::as_const(bodies))
            QCOMPARE(QJsonDocument::fromJson(body).object().value(QStringLiteral("refreshToken")).toString(),
                     current);
        QCOMPARE(refresh(client, current).status, 200);
    }

    // After the grace, the old token presented again is a copied token: the session ends.
    void previousRefreshTokenAfterGraceRevokes() {
        ServerProcess server;
        QVERIFY2(server.start(database(QStringLiteral("grace")),
                              {QStringLiteral("--auth-rate"), QStringLiteral("100000"),
                               QStringLiteral("--refresh-grace"), QStringLiteral("1")}),
                 qPrintable(server.output()));
        ApiClient client(server.url());
        const QString old = account(client, uniqueEmail()).value(QStringLiteral("refreshToken")).toString();
        const HttpReply rotated = refresh(client, old);
        QCOMPARE(rotated.status, 200);
        QTest::qWait(2100);
        const HttpReply reused = refresh(client, old);
        QCOMPARE(reused.status, 401);
        QCOMPARE(reused.errorCode(), QStringLiteral("invalid_refresh_token"));
        QCOMPARE(refresh(client, rotated.json.value(QStringLiteral("refreshToken")).toString()).status, 401);
        QCOMPARE(client
                     .get(QStringLiteral("/api/v1/account"),
                          rotated.json.value(QStringLiteral("accessToken")).toString())
                     .status,
                 401);
    }
};

QTEST_GUILESS_MAIN(TestAuthHardening)
#include "tst_authhardening.moc"
