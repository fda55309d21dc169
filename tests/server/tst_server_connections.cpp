// iqmsgd in front of its routes: requests judged from their headers before any body is read, idle
// and slow connections closed, connections per address capped. Raw sockets against a real iqmsgd.
#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using iq::test::ServerProcess;

namespace {

struct RawReply {
    int status = 0; // 0: no complete reply
    QByteArray head;
    QByteArray body;
    QString errorCode() const {
        return QJsonDocument::fromJson(body)
            .object()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
};

// One HTTP reply read from the socket: the head, then as many body bytes as it announces.
RawReply readReply(QTcpSocket& socket, int timeoutMs = 5000) {
    QElapsedTimer clock;
    clock.start();
    QByteArray data;
    RawReply reply;
    while (clock.elapsed() < timeoutMs) {
        data += socket.readAll();
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end >= 0) {
            reply.head = data.left(end);
            qint64 length = 0;
            for (const QByteArray& line : reply.head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (data.size() - end - 4 >= length) {
                reply.body = data.mid(end + 4, length);
                reply.status = reply.head.mid(9, 3).toInt();
                return reply;
            }
        }
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        socket.waitForReadyRead(50);
    }
    return reply;
}

// Waits until the server closes the socket; answers how long that took, or -1.
qint64 waitForClose(QTcpSocket& socket, int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return clock.elapsed();
        socket.waitForReadyRead(20);
    }
    return -1;
}

std::unique_ptr<QTcpSocket> connectTo(const QUrl& url) {
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(url.host(), static_cast<quint16>(url.port()));
    if (!socket->waitForConnected(5000))
        qWarning("cannot connect to %s: %s", qPrintable(url.toString()), qPrintable(socket->errorString()));
    return socket;
}

void send(QTcpSocket& socket, const QByteArray& bytes) {
    socket.write(bytes);
    socket.waitForBytesWritten(5000);
}

QByteArray head(const QByteArray& requestLine, const QByteArray& headers = {}) {
    return requestLine + "\r\nHost: 127.0.0.1\r\n" + headers + "\r\n";
}

// Resident memory of a process in KiB, from /proc.
qint64 residentKiB(qint64 pid) {
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

const QByteArray kAccountGet = head("GET /api/v1/account HTTP/1.1");

} // namespace

class ServerConnectionsTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_servers = 0;

    // A server of its own, so that its timeouts and caps can be set and its memory read.
    std::unique_ptr<ServerProcess> startServer(const QStringList& arguments = {}) {
        auto server = std::make_unique<ServerProcess>();
        const QString database =
            QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_servers));
        if (!server->start(database, arguments))
            qWarning("iqmsgd did not start: %s", qPrintable(server->output()));
        return server;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // Under AddressSanitizer freed memory waits in a quarantine of up to 256 MB before it is reused,
        // so the servers' resident memory would count every buffer they read and dropped. Without it
        // the memory checks below measure what is buffered, as in a normal build.
        QByteArray asan = qgetenv("ASAN_OPTIONS");
        if (!asan.isEmpty())
            asan += ':';
        qputenv("ASAN_OPTIONS", asan + "quarantine_size_mb=0:thread_local_quarantine_size_kb=0");
    }

    void oversizedBodyIsRefusedFromItsHeaders_data() {
        QTest::addColumn<QByteArray>("requestLine");
        QTest::addColumn<qint64>("length");
        QTest::newRow("sign-in, 100 MB") << QByteArray("POST /api/v1/sessions HTTP/1.1") << qint64(104857600);
        QTest::newRow("sign-in, 64 KiB + 1") << QByteArray("POST /api/v1/sessions HTTP/1.1") << qint64(65537);
        QTest::newRow("push, 4 MiB + 1") << QByteArray("POST /api/v1/sync/push HTTP/1.1") << qint64(4194305);
        QTest::newRow("pull with a body")
            << QByteArray("GET /api/v1/sync/pull?limit=5 HTTP/1.1") << qint64(65537);
    }

    void oversizedBodyIsRefusedFromItsHeaders() {
        QFETCH(QByteArray, requestLine);
        QFETCH(qint64, length);
        auto server = startServer();
        QVERIFY(server->isRunning());
        const qint64 before = residentKiB(server->pid());
        QVERIFY(before > 0);
        auto socket = connectTo(server->url());
        send(*socket, head(requestLine, "Content-Type: application/json\r\nContent-Length: " +
                                            QByteArray::number(length) + "\r\n"));
        // The answer comes with no byte of the body sent, before authentication.
        const RawReply reply = readReply(*socket);
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.errorCode(), QStringLiteral("too_large"));
        QVERIFY(reply.head.toLower().contains("connection: close"));
        // A client that sends its body anyway is read and dropped, then cut off.
        const QByteArray chunk(1024 * 1024, 'x');
        for (int i = 0; i < 100 && socket->state() == QAbstractSocket::ConnectedState; ++i) {
            socket->write(chunk);
            socket->waitForBytesWritten(100);
        }
        QVERIFY(waitForClose(*socket, 10000) >= 0);
        const qint64 after = residentKiB(server->pid());
        qInfo("iqmsgd resident memory: %lld KiB before, %lld KiB after", before, after);
        QVERIFY2(after - before < 16 * 1024,
                 qPrintable(QStringLiteral("grew by %1 KiB").arg(after - before)));
    }

    void largestAllowedBodyStillGoesThrough() {
        // 4 MiB to the push route passes the headers check and reaches the route (401: no token).
        auto server = startServer();
        auto socket = connectTo(server->url());
        const QByteArray body(4 * 1024 * 1024, ' ');
        send(*socket,
             head("POST /api/v1/sync/push HTTP/1.1", "Content-Type: application/json\r\nContent-Length: " +
                                                         QByteArray::number(body.size()) + "\r\n") +
                 body);
        QCOMPARE(readReply(*socket, 20000).status, 401);
    }

    void badHeadsAreRefused_data() {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("chunked body")
            << head("POST /api/v1/sessions HTTP/1.1", "Transfer-Encoding: chunked\r\n") << 411
            << "length_required";
        QTest::newRow("head over 16 KiB")
            << head("GET /api/v1/account HTTP/1.1", "X-Filler: " + QByteArray(17 * 1024, 'a') + "\r\n") << 431
            << "headers_too_large";
        QTest::newRow("endless head")
            << QByteArray("GET /api/v1/account HTTP/1.1\r\nX: ") + QByteArray(40000, 'a') << 431
            << "headers_too_large";
        QTest::newRow("not http") << QByteArray("HELLO\r\n\r\n") << 400 << "bad_request";
        QTest::newRow("two lengths") << head("POST /api/v1/sessions HTTP/1.1",
                                             "Content-Length: 2\r\nContent-Length: 70000\r\n")
                                     << 400 << "bad_request";
        QTest::newRow("negative length")
            << head("POST /api/v1/sessions HTTP/1.1", "Content-Length: -1\r\n") << 400 << "bad_request";
    }

    void badHeadsAreRefused() {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, code);
        static std::unique_ptr<ServerProcess> server;
        if (!server)
            server = startServer();
        auto socket = connectTo(server->url());
        send(*socket, request);
        const RawReply reply = readReply(*socket);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QVERIFY(waitForClose(*socket, 5000) >= 0);
    }

    void halfAHeadIsClosedAfterTheIdleTimeout() {
        auto server = startServer({QStringLiteral("--idle-timeout"), QStringLiteral("1")});
        auto socket = connectTo(server->url());
        send(*socket, "POST /api/v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le");
        const qint64 closedAfter = waitForClose(*socket, 5000);
        QVERIFY2(closedAfter >= 700 && closedAfter < 4000, qPrintable(QString::number(closedAfter)));
        QVERIFY(socket->readAll().startsWith("HTTP/1.1 408 "));
    }

    void quietKeptAliveConnectionIsClosed() {
        auto server = startServer({QStringLiteral("--idle-timeout"), QStringLiteral("1")});
        auto socket = connectTo(server->url());
        send(*socket, kAccountGet);
        QCOMPARE(readReply(*socket).status, 401);
        const qint64 closedAfter = waitForClose(*socket, 5000);
        QVERIFY2(closedAfter >= 0 && closedAfter < 4000, qPrintable(QString::number(closedAfter)));
        QCOMPARE(socket->readAll(), QByteArray()); // between requests it just ends
    }

    void tricklingRequestIsCut_data() {
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("body") << head("POST /api/v1/sessions HTTP/1.1", "Content-Length: 1000\r\n");
        QTest::newRow("head") << QByteArray("POST /api/v1/sessions HTTP/1.1\r\n");
    }

    void tricklingRequestIsCut() {
        // One byte every 200 ms keeps clear of the 1 s idle timeout; the 2 s request timeout cuts it.
        QFETCH(QByteArray, start);
        auto server = startServer({QStringLiteral("--idle-timeout"), QStringLiteral("1"),
                                   QStringLiteral("--request-timeout"), QStringLiteral("2")});
        auto socket = connectTo(server->url());
        QElapsedTimer clock;
        clock.start();
        send(*socket, start);
        while (socket->state() == QAbstractSocket::ConnectedState && clock.elapsed() < 8000) {
            socket->write("a");
            socket->waitForBytesWritten(100);
            socket->waitForReadyRead(200);
        }
        QVERIFY2(clock.elapsed() >= 1800 && clock.elapsed() < 6000,
                 qPrintable(QString::number(clock.elapsed())));
        QVERIFY(waitForClose(*socket, 3000) >= 0);
        QVERIFY(socket->readAll().startsWith("HTTP/1.1 408 "));
    }

    void connectionsPerAddressAreCapped() {
        const int cap = 3;
        auto server = startServer({QStringLiteral("--max-connections-per-address"), QString::number(cap)});
        std::vector<std::unique_ptr<QTcpSocket>> open;
        for (int i = 0; i < cap; ++i)
            open.push_back(connectTo(server->url()));
        auto extra = connectTo(server->url());
        const RawReply refused = readReply(*extra);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.errorCode(), QStringLiteral("too_many_connections"));
        QVERIFY(waitForClose(*extra, 5000) >= 0);
        for (auto& socket : open) {
            send(*socket, kAccountGet);
            QCOMPARE(readReply(*socket).status, 401);
        }
        // A closed connection makes room for another.
        open.front()->disconnectFromHost();
        open.front()->waitForDisconnected(1000);
        int status = 0;
        for (int attempt = 0; attempt < 50 && status != 401; ++attempt) {
            QTest::qWait(100);
            auto next = connectTo(server->url());
            send(*next, kAccountGet);
            status = readReply(*next).status;
        }
        QCOMPARE(status, 401);
    }

    void keptAliveConnectionServesRequestsAndChecksEachHead() {
        auto server = startServer();
        auto socket = connectTo(server->url());
        for (int i = 0; i < 3; ++i) {
            send(*socket, kAccountGet);
            QCOMPARE(readReply(*socket).status, 401);
        }
        const QByteArray body =
            R"({"email":"nobody@shop.example","password":"wrong password","device":{"id":"d","name":"D"}})";
        send(*socket,
             head("POST /api/v1/sessions HTTP/1.1", "Content-Type: application/json\r\nContent-Length: " +
                                                        QByteArray::number(body.size()) + "\r\n") +
                 body);
        QCOMPARE(readReply(*socket).status, 401);
        send(*socket, kAccountGet);
        QCOMPARE(readReply(*socket).status, 401);
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        // A later head on the same connection is judged like the first.
        send(*socket, head("POST /api/v1/sessions HTTP/1.1", "Content-Length: 104857600\r\n"));
        const RawReply reply = readReply(*socket);
        QCOMPARE(reply.status, 413);
        QVERIFY(waitForClose(*socket, 5000) >= 0);
    }

    void tlsConnectionsAreGuardedToo() {
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
        auto server = startServer({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key,
                                   QStringLiteral("--idle-timeout"), QStringLiteral("1")});
        QCOMPARE(server->url().scheme(), QStringLiteral("https"));
        auto connectTls = [&]() {
            auto socket = std::make_unique<QSslSocket>();
            socket->setPeerVerifyMode(QSslSocket::VerifyNone);
            socket->connectToHostEncrypted(server->url().host(), static_cast<quint16>(server->url().port()));
            if (!socket->waitForEncrypted(10000))
                qWarning("TLS handshake failed: %s", qPrintable(socket->errorString()));
            return socket;
        };
        auto socket = connectTls();
        for (int i = 0; i < 2; ++i) {
            send(*socket, kAccountGet);
            QCOMPARE(readReply(*socket).status, 401);
        }
        // Head and a body near the limit in one write: TLS records of 16 KiB reach the guard.
        const QByteArray body = "{\"email\":\"" + QByteArray(60 * 1024, 'e') + "\"}";
        send(*socket,
             head("POST /api/v1/sessions HTTP/1.1", "Content-Type: application/json\r\nContent-Length: " +
                                                        QByteArray::number(body.size()) + "\r\n") +
                 body);
        QCOMPARE(readReply(*socket).status, 400);
        send(*socket, head("POST /api/v1/sessions HTTP/1.1", "Content-Length: 104857600\r\n"));
        QCOMPARE(readReply(*socket).status, 413);
        auto fresh = connectTls();
        send(*fresh,
             head("POST /api/v1/sessions HTTP/1.1", "Content-Type: application/json\r\nContent-Length: " +
                                                        QByteArray::number(body.size()) + "\r\n") +
                 body);
        QCOMPARE(readReply(*fresh).status, 400);
        // A TLS client that stops halfway through a head is closed like any other.
        auto quiet = connectTls();
        send(*quiet, "GET /api/v1/acc");
        QVERIFY(waitForClose(*quiet, 5000) >= 0);
    }
};

QTEST_GUILESS_MAIN(ServerConnectionsTest)
#include "tst_server_connections.moc"
