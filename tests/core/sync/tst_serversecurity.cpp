// Where credentials may go: https or loopback http only, and never after a redirect.
#include "TestSupport.h"

#include "core/account/AccountService.h"
#include "core/sync/HttpClient.h"
#include "core/sync/ServerAddress.h"
#include "core/sync/SyncApi.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

namespace {

// A bare HTTP/1.1 listener on a loopback port: answers every request with one fixed response and keeps
// the head of each request it received, to show what a client sent it.
class RecordingServer final : public QObject {
public:
    explicit RecordingServer(QByteArray response)
        : m_response(std::move(response)) {
        connect(&m_server, &QTcpServer::newConnection, this, &RecordingServer::accept);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    const QList<QByteArray>& heads() const { return m_heads; }
    bool sawAuthorization() const {
        for (const QByteArray& head : m_heads) {
            if (head.toLower().contains("\r\nauthorization:"))
                return true;
        }
        return false;
    }

private:
    void accept() {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            auto* buffer = new QByteArray;
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end + 2);
                // Answers once the body is in too, so that the client sees the answer, not a reset.
                qsizetype length = 0;
                for (const QByteArray& line : head.split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (buffer->size() < end + 4 + length)
                    return;
                m_heads.append(head);
                buffer->clear();
                socket->write(m_response);
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                delete buffer;
                socket->deleteLater();
            });
        }
    }

    QTcpServer m_server;
    QByteArray m_response;
    QList<QByteArray> m_heads;
};

QByteArray redirectTo(int status, const QUrl& target) {
    return QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) +
           QByteArrayLiteral(" Moved\r\nLocation: ") + target.toEncoded() +
           QByteArrayLiteral("/api/v1/sync/pull\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
}

const QByteArray kEmptyPage = QByteArrayLiteral(
    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 45\r\nConnection: close\r\n\r\n"
    "{\"changes\":[],\"cursor\":\"c1\",\"hasMore\":false}");

} // namespace

class TestServerSecurity final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addresses_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << QStringLiteral("https://sync.example.com") << true;
        QTest::newRow("https with port") << QStringLiteral("https://10.0.0.5:8443/") << true;
        QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("http loopback 127/8") << QStringLiteral("http://127.1.2.3") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << true;
        QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8080") << true;
        QTest::newRow("http remote name") << QStringLiteral("http://sync.example.com") << false;
        QTest::newRow("http LAN address") << QStringLiteral("http://192.168.1.20:8080") << false;
        QTest::newRow("http localhost lookalike") << QStringLiteral("http://localhost.example.com") << false;
        QTest::newRow("http 127 lookalike") << QStringLiteral("http://127.0.0.1.example.com") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
    }
    void addresses() {
        QFETCH(QString, address);
        QFETCH(bool, accepted);
        auto parsed = ServerAddress::parse(address);
        QVERIFY2(parsed.ok() == accepted, qPrintable(parsed.errorMessage()));
        if (!accepted)
            QVERIFY(!parsed.errorMessage().isEmpty());
    }

    void plainHttpToAnotherHostIsRefusedWithoutContactingIt() {
        auto session = AccountService::request({QStringLiteral("http://sync.example.com"),
                                                QStringLiteral("a@example.com"),
                                                {},
                                                QStringLiteral("password-1"),
                                                QStringLiteral("device"),
                                                false,
                                                2000});
        QVERIFY(!session);
        QCOMPARE(session.error().code, Error::Code::InvalidInput);
        QVERIFY2(session.errorMessage().contains(QLatin1String("https://")),
                 qPrintable(session.errorMessage()));

        // An address stored before the rule existed is refused when it is used, before any request.
        HttpClient http(QUrl(QStringLiteral("http://sync.example.com")), 2000);
        SyncApi api(http, {QStringLiteral("access"), QStringLiteral("refresh")});
        auto page = api.pull({}, 10);
        QVERIFY(!page);
        QCOMPARE(api.requestsSent(), 0);
    }

    void cliRefusesPlainHttpToAnotherHost() {
        QTemporaryDir dir;
        const auto result = test::runProgram(
            QStringLiteral("iqm"),
            {QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--profile"), dir.path(),
             QStringLiteral("--server"), QStringLiteral("http://sync.example.com"), QStringLiteral("--email"),
             QStringLiteral("a@example.com"), QStringLiteral("--password-stdin")},
            "password-1\n",
            {QStringLiteral("XDG_DATA_HOME=") + dir.filePath(QStringLiteral("data")),
             QStringLiteral("IQM_KEYCHAIN_SERVICE=IQ Messaging tests")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("not a secure address"), result.err.constData());
    }

    void redirectsAreNeverFollowed_data() {
        QTest::addColumn<int>("status");
        QTest::newRow("301") << 301;
        QTest::newRow("302") << 302;
        QTest::newRow("307") << 307;
        QTest::newRow("308") << 308;
    }
    void redirectsAreNeverFollowed() {
        QFETCH(int, status);
        RecordingServer elsewhere(kEmptyPage);
        QVERIFY(elsewhere.listen());
        RecordingServer server(redirectTo(status, elsewhere.url()));
        QVERIFY(server.listen());

        HttpClient http(server.url(), 5000);
        RetryPolicy policy;
        policy.maxAttempts = 3;
        SyncApi api(http, {QStringLiteral("secret-access-token"), {}}, policy);
        api.sleep = [](int) {
        };
        auto page = api.pull({}, 10);
        QVERIFY(!page);
        QVERIFY2(page.errorMessage().contains(elsewhere.url().toString()), qPrintable(page.errorMessage()));
        QVERIFY2(page.errorMessage().contains(QString::number(status)), qPrintable(page.errorMessage()));
        QCOMPARE(server.heads().size(), 1); // a redirect is not retried either
        QVERIFY(server.sawAuthorization());
        QVERIFY(elsewhere.heads().isEmpty());
        QVERIFY(!elsewhere.sawAuthorization());
    }

    void signInIsNotRedirectedWithItsPassword() {
        RecordingServer elsewhere(kEmptyPage);
        QVERIFY(elsewhere.listen());
        RecordingServer server(redirectTo(307, elsewhere.url()));
        QVERIFY(server.listen());
        auto session = AccountService::request({server.url().toString(),
                                                QStringLiteral("a@example.com"),
                                                {},
                                                QStringLiteral("password-1"),
                                                QStringLiteral("device"),
                                                false,
                                                5000});
        QVERIFY(!session);
        QVERIFY2(session.errorMessage().contains(elsewhere.url().toString()),
                 qPrintable(session.errorMessage()));
        QCOMPARE(server.heads().size(), 1);
        QVERIFY(elsewhere.heads().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_serversecurity.moc"
