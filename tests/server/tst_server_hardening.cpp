// iqmsgd's defences that do not depend on the database: invisible characters in ids, --demo off
// loopback, the database file's permissions, the TLS chain; and pull pages capped by bytes, on SQLite
// and (when IQ_TEST_POSTGRES_URL is set) on PostgreSQL.
#include "ServerProcess.h"
#include "TestSupport.h"
#include "server/ServerOptions.h"
#include "server/api/JsonInput.h"
#include "server/store/ServerDatabase.h"
#include "server/sync/SyncService.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using iq::test::ApiClient;
using iq::test::HttpReply;
using iq::test::ServerProcess;

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool makeCertificates(const QString& dir, QString& chainFile, QString& keyFile) {
    // A root, an intermediate it signs, and a leaf the intermediate signs: the leaf and the
    // intermediate go in the file given to --tls-cert, as a CA hands them out.
    const auto run = [&](const QStringList& arguments) {
        QProcess openssl;
        openssl.setWorkingDirectory(dir);
        openssl.start(QStringLiteral("openssl"), arguments);
        return openssl.waitForFinished(60000) && openssl.exitStatus() == QProcess::NormalExit &&
               openssl.exitCode() == 0;
    };
    QFile extensions(dir + QStringLiteral("/ca.ext"));
    if (!extensions.open(QIODevice::WriteOnly) ||
        extensions.write("basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n") < 0)
        return false;
    extensions.close();
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    if (!run(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
             QStringList{QStringLiteral("-keyout"), QStringLiteral("root.key"), QStringLiteral("-out"),
                         QStringLiteral("root.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=Test Root")}))
        return false;
    const auto issue = [&](const QString& name, const QString& subject, const QString& issuer, bool ca) {
        QStringList sign{QStringLiteral("x509"),
                         QStringLiteral("-req"),
                         QStringLiteral("-in"),
                         name + QStringLiteral(".csr"),
                         QStringLiteral("-CA"),
                         issuer + QStringLiteral(".pem"),
                         QStringLiteral("-CAkey"),
                         issuer + QStringLiteral(".key"),
                         QStringLiteral("-CAcreateserial"),
                         QStringLiteral("-out"),
                         name + QStringLiteral(".pem"),
                         QStringLiteral("-days"),
                         QStringLiteral("2")};
        if (ca)
            sign += QStringList{QStringLiteral("-extfile"), QStringLiteral("ca.ext")};
        return run(QStringList{QStringLiteral("req")} + ec +
                   QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                               QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                               subject}) &&
               run(sign);
    };
    if (!issue(QStringLiteral("intermediate"), QStringLiteral("/CN=Test Intermediate"),
               QStringLiteral("root"), true) ||
        !issue(QStringLiteral("leaf"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("intermediate"),
               false))
        return false;
    chainFile = dir + QStringLiteral("/chain.pem");
    keyFile = dir + QStringLiteral("/leaf.key");
    QFile chain(chainFile);
    return chain.open(QIODevice::WriteOnly) &&
           chain.write(iq::test::fileBytes(dir + QStringLiteral("/leaf.pem")) +
                       iq::test::fileBytes(dir + QStringLiteral("/intermediate.pem"))) > 0;
}

} // namespace

class ServerHardeningTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void idsRefuseInvisibleCharacters_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("plain") << QStringLiteral("0b6c-contact") << true;
        QTest::newRow("accents and spaces") << QStringLiteral("Ana García 1") << true;
        QTest::newRow("emoji") << QString::fromUtf8("id-\xF0\x9F\x93\xB1") << true;
        QTest::newRow("zero-width space") << QString::fromUtf8("abc\xE2\x80\x8B") << false;
        QTest::newRow("right-to-left override") << QString::fromUtf8("abc\xE2\x80\xAEgpj.exe") << false;
        QTest::newRow("left-to-right isolate") << QString::fromUtf8("\xE2\x81\xA6x\xE2\x81\xA9") << false;
        QTest::newRow("first strong isolate") << QString::fromUtf8("x\xE2\x81\xA8") << false;
        QTest::newRow("byte order mark") << QString::fromUtf8("id\xEF\xBB\xBFx") << false;
        QTest::newRow("zero-width joiner") << QString::fromUtf8("a\xE2\x80\x8D"
                                                                "b")
                                           << false;
        QTest::newRow("soft hyphen") << QString::fromUtf8("a\xC2\xAD"
                                                          "b")
                                     << false;
        QTest::newRow("line separator") << QString::fromUtf8("a\xE2\x80\xA8"
                                                             "b")
                                        << false;
        QTest::newRow("hangul filler") << QString::fromUtf8("a\xE3\x85\xA4"
                                                            "b")
                                       << false;
        QTest::newRow("variation selector") << QString::fromUtf8("a\xEF\xB8\x8F") << false;
        QTest::newRow("tag character") << QString::fromUtf8("a\xF3\xA0\x80\x81") << false;
        QTest::newRow("control") << QStringLiteral("a\tb") << false;
    }
    void idsRefuseInvisibleCharacters() {
        QFETCH(QString, id);
        QFETCH(bool, accepted);
        QString out;
        const auto error =
            iq::server::input::identifier(QJsonObject{{QStringLiteral("id"), id}}, QStringLiteral("id"),
                                          QStringLiteral("changes[0].id"), 200, out);
        QCOMPARE(!error.has_value(), accepted);
        if (error) {
            QCOMPARE(error->status, 400);
            QCOMPARE(error->field, QStringLiteral("changes[0].id"));
            QVERIFY2(error->message.contains(QStringLiteral("changes[0].id")), qPrintable(error->message));
        }
    }

    void demoIsRefusedOffLoopback() {
        const auto offLoopback = iq::server::ServerOptions::parse(
            {QStringLiteral("iqmsgd"), QStringLiteral("--address"), QStringLiteral("0.0.0.0"),
             QStringLiteral("--tls-cert"), QStringLiteral("cert.pem"), QStringLiteral("--tls-key"),
             QStringLiteral("key.pem"), QStringLiteral("--demo")});
        QVERIFY(!offLoopback);
        QVERIFY2(offLoopback.errorMessage().contains(QStringLiteral("--demo")),
                 qPrintable(offLoopback.errorMessage()));
        QVERIFY2(offLoopback.errorMessage().contains(QStringLiteral("loopback")),
                 qPrintable(offLoopback.errorMessage()));
        const auto onLoopback =
            iq::server::ServerOptions::parse({QStringLiteral("iqmsgd"), QStringLiteral("--address"),
                                              QStringLiteral("::1"), QStringLiteral("--demo")});
        QVERIFY2(onLoopback, qPrintable(onLoopback.errorMessage()));
        QVERIFY(onLoopback->demo);
    }

    void databaseFileAndFoldersArePrivate() {
        const QString folder = m_dir.filePath(QStringLiteral("made/by/iqmsgd"));
        const QString path = folder + QStringLiteral("/server.sqlite");
        {
            auto database = iq::server::ServerDatabase::open(QStringLiteral("sqlite:") + path);
            QVERIFY2(database, qPrintable(database.errorMessage()));
            QVERIFY((*database)->exec(QStringLiteral("SELECT 1")));
            const auto owner = QFile::ReadOwner | QFile::WriteOwner;
            const auto anyone = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                                QFile::WriteOther | QFile::ExeOther;
            for (const QString& file :
                 QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
                if (!QFileInfo::exists(file))
                    continue;
                QVERIFY2((QFileInfo(file).permissions() & anyone) == 0, qPrintable(file));
                QVERIFY2((QFileInfo(file).permissions() & owner) == owner, qPrintable(file));
            }
            for (const QString& dir :
                 {m_dir.filePath(QStringLiteral("made")), m_dir.filePath(QStringLiteral("made/by")), folder})
                QVERIFY2((QFileInfo(dir).permissions() & anyone) == 0, qPrintable(dir));
        }
        // A file that is already there keeps the mode its owner gave it.
        const QString shared = m_dir.filePath(QStringLiteral("shared.sqlite"));
        {
            QFile file(shared);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        }
        {
            auto database = iq::server::ServerDatabase::open(QStringLiteral("sqlite:") + shared);
            QVERIFY2(database, qPrintable(database.errorMessage()));
        }
        QVERIFY(QFileInfo(shared).permissions() & QFile::ReadGroup);
    }

    void tlsServesTheWholeChain() {
        const QString dir = m_dir.filePath(QStringLiteral("tls"));
        QVERIFY(QDir().mkpath(dir));
        QString chain, key;
        if (!makeCertificates(dir, chain, key))
            QSKIP("openssl is not available to make a test certificate chain.");
        ServerProcess server;
        QVERIFY2(server.start(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("tls.sqlite")),
                              {QStringLiteral("--tls-cert"), chain, QStringLiteral("--tls-key"), key}),
                 qPrintable(server.output()));
        QSslSocket socket;
        QSslConfiguration configuration = socket.sslConfiguration();
        configuration.setCaCertificates(QSslCertificate::fromPath(dir + QStringLiteral("/root.pem")));
        socket.setSslConfiguration(configuration);
        socket.setPeerVerifyName(QStringLiteral("127.0.0.1"));
        QList<QSslError> errors;
        connect(&socket, &QSslSocket::sslErrors, &socket, [&](const QList<QSslError>& list) {
            errors = list;
            socket.ignoreSslErrors(); // seen below: the test wants the chain, not a hostname check
        });
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(server.url().port()));
        QVERIFY2(socket.waitForEncrypted(15000), qPrintable(socket.errorString()));
        const QList<QSslCertificate> served = socket.peerCertificateChain();
        QVERIFY2(served.size() >= 2, qPrintable(QString::number(served.size())));
        QCOMPARE(served.at(0).subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("127.0.0.1"));
        // Trusting only the root, a client can follow the chain to it.
        for (const QSslError& error : std::as_const(errors))
            QVERIFY2(error.error() != QSslError::UnableToGetLocalIssuerCertificate &&
                         error.error() != QSslError::UnableToVerifyFirstCertificate,
                     qPrintable(error.errorString()));
    }

    void pullPagesAreCappedByBytes_data() {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }
    void pullPagesAreCappedByBytes() {
        QFETCH(QString, backend);
        QString database = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("pull.sqlite"));
        if (backend == QLatin1String("postgres")) {
            if (qEnvironmentVariableIsEmpty("IQ_TEST_POSTGRES_URL"))
                QSKIP("IQ_TEST_POSTGRES_URL is not set; start a server with scripts/start-postgres.sh.");
            database = iq::test::postgresDatabaseOfItsOwn(QStringLiteral("server_hardening"));
        }
        ServerProcess server;
        QVERIFY2(server.start(database), qPrintable(server.output()));
        ApiClient client(server.url());
        // Sign-up opens no session (202); the sign-in after it does.
        const QString email = QStringLiteral("big-%1@shop.example").arg(newId().left(8));
        const QJsonObject laptop{{QStringLiteral("id"), QStringLiteral("laptop")},
                                 {QStringLiteral("name"), QStringLiteral("Laptop")}};
        const HttpReply signedUp =
            client.post(QStringLiteral("/api/v1/accounts"),
                        QJsonObject{{QStringLiteral("email"), email},
                                    {QStringLiteral("name"), QStringLiteral("Pat Owner")},
                                    {QStringLiteral("password"), QStringLiteral("correct horse battery")},
                                    {QStringLiteral("device"), laptop}});
        QCOMPARE(signedUp.status, 202);
        const HttpReply signedIn =
            client.post(QStringLiteral("/api/v1/sessions"),
                        QJsonObject{{QStringLiteral("email"), email},
                                    {QStringLiteral("password"), QStringLiteral("correct horse battery")},
                                    {QStringLiteral("device"), laptop}});
        QCOMPARE(signedIn.status, 200);
        const QString token = signedIn.json.value(QStringLiteral("accessToken")).toString();

        // 45 payloads just under the 256 KiB limit: about 11.5 MB in all, with a few small records
        // between them so that pages do not all break at the same places.
        const QString filler(250 * 1024, QLatin1Char('x'));
        QSet<QString> pushed;
        QJsonArray changes;
        const auto flush = [&]() {
            const HttpReply reply =
                client.send("POST", QStringLiteral("/api/v1/sync/push"),
                            QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes}})
                                .toJson(QJsonDocument::Compact),
                            token);
            changes = QJsonArray();
            return reply.status;
        };
        for (int i = 0; i < 45; ++i) {
            for (const bool big : {true, i % 4 == 0}) {
                const QString id = newId();
                changes.append(QJsonObject{
                    {QStringLiteral("entity"), QStringLiteral("content")},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("operation"), QStringLiteral("upsert")},
                    {QStringLiteral("baseVersion"), 0},
                    {QStringLiteral("payload"),
                     QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("body"), big ? filler : id}}}});
                pushed.insert(id);
                if (!big)
                    break;
            }
            if (changes.size() >= 14)
                QCOMPARE(flush(), 200);
        }
        if (!changes.isEmpty())
            QCOMPARE(flush(), 200);

        QSet<QString> pulled;
        QString cursor;
        qsizetype largest = 0;
        for (int pages = 0; pages < 100; ++pages) {
            const HttpReply page =
                client.get(QStringLiteral("/api/v1/sync/pull?limit=1000&cursor=") + cursor, token);
            QCOMPARE(page.status, 200);
            largest = std::max(largest, page.body.size());
            QVERIFY2(page.body.size() <= iq::server::PullPage::kDefaultMaxBytes + 200,
                     qPrintable(QString::number(page.body.size())));
            const QJsonArray records = page.json.value(QStringLiteral("records")).toArray();
            const bool hasMore = page.json.value(QStringLiteral("hasMore")).toBool();
            QVERIFY(!records.isEmpty() || !hasMore);
            for (const QJsonValue& record : records) {
                const QString id = record.toObject().value(QStringLiteral("id")).toString();
                QVERIFY2(!pulled.contains(id), qPrintable(id));
                pulled.insert(id);
            }
            cursor = page.json.value(QStringLiteral("cursor")).toString();
            if (!hasMore)
                break;
        }
        qInfo("largest pull page: %lld bytes", qlonglong(largest));
        QCOMPARE(pulled, pushed);
        // The last cursor has everything: a pull from it is empty.
        const HttpReply after = client.get(QStringLiteral("/api/v1/sync/pull?cursor=") + cursor, token);
        QCOMPARE(after.status, 200);
        QVERIFY(after.json.value(QStringLiteral("records")).toArray().isEmpty());
        QCOMPARE(after.json.value(QStringLiteral("hasMore")).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(ServerHardeningTest)
#include "tst_server_hardening.moc"
