// iqmsgd against a PostgreSQL cluster of this test's own (scripts/start-postgres.sh), which it can
// restart and whose authentication it can change: reconnecting after a restart, lock timeouts, TLS
// modes and where the password comes from. Runs when IQ_TEST_POSTGRES_URL is set, like the other
// PostgreSQL tests, but never touches that server.
#include "ServerProcess.h"
#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QUuid>

using iq::test::ApiClient;
using iq::test::HttpReply;
using iq::test::ServerProcess;

namespace {

const QString kRightPassword = QStringLiteral("Right-Secret-4711");
const QString kWrongPassword = QStringLiteral("Wrong-Secret-0815");

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject device(const QString& id) {
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), QString(QStringLiteral("Device ") + id)}};
}

struct Shell {
    int exitCode = -1;
    QByteArray output;
};
Shell shell(const QString& command) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAll()};
}

} // namespace

class ServerPostgresTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cluster;     // the folder scripts/start-postgres.sh made
    QString m_url;         // postgres://USER@127.0.0.1:PORT/iqtest, trust authentication
    QString m_passwordUrl; // the same server, a role that must give its password
    int m_connections = 0;

    // pg_ctl on the cluster, as the user it runs as (scripts/start-postgres.sh: postgres under root).
    bool pgCtl(const QString& action) {
        const QString command =
            QStringLiteral(
                "bindir=$(ls -d /usr/lib/postgresql/*/bin | tail -n 1); "
                "cmd=\"$bindir/pg_ctl -D '%1/data' -m fast -w %2\"; "
                "if [ \"$(id -u)\" -eq 0 ]; then su postgres -s /bin/sh -c \"$cmd\"; else sh -c \"$cmd\"; fi")
                .arg(m_cluster, action);
        const Shell result = shell(command);
        if (result.exitCode != 0)
            qWarning("pg_ctl %s: %s", qPrintable(action), result.output.constData());
        return result.exitCode == 0;
    }
    // A superuser connection of the test's own, for setting up and for holding locks.
    QSqlDatabase admin(const QString& database = QStringLiteral("iqtest")) {
        const QUrl url(m_url);
        const QString name = QStringLiteral("admin-%1").arg(++m_connections);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(database);
        db.setUserName(url.userName());
        if (!db.open())
            qWarning("cannot open the test cluster: %s", qPrintable(db.lastError().text()));
        return db;
    }
    // Sign-up opens no session (202); the sign-in after it does.
    QString signUp(ApiClient& client, QString* accountId = nullptr) {
        const QString email = QStringLiteral("pg-%1@shop.example").arg(newId().left(8));
        const QString password = QStringLiteral("correct horse battery");
        const HttpReply reply =
            client.post(QStringLiteral("/api/v1/accounts"),
                        QJsonObject{{QStringLiteral("email"), email},
                                    {QStringLiteral("name"), QStringLiteral("Pat Owner")},
                                    {QStringLiteral("password"), password},
                                    {QStringLiteral("device"), device(QStringLiteral("laptop"))}});
        if (reply.status != 202)
            qWarning("sign-up answered %d: %s", reply.status, reply.body.constData());
        const HttpReply in =
            client.post(QStringLiteral("/api/v1/sessions"),
                        QJsonObject{{QStringLiteral("email"), email},
                                    {QStringLiteral("password"), password},
                                    {QStringLiteral("device"), device(QStringLiteral("laptop"))}});
        if (in.status != 200)
            qWarning("sign-in answered %d: %s", in.status, in.body.constData());
        if (accountId)
            *accountId = in.json.value(QStringLiteral("accountId")).toString();
        return in.json.value(QStringLiteral("accessToken")).toString();
    }
    HttpReply push(ApiClient& client, const QString& token, int timeoutMs = 30000) {
        const QString id = newId();
        const QJsonObject change{{QStringLiteral("entity"), QStringLiteral("content")},
                                 {QStringLiteral("id"), id},
                                 {QStringLiteral("operation"), QStringLiteral("upsert")},
                                 {QStringLiteral("baseVersion"), 0},
                                 {QStringLiteral("payload"), QJsonObject{{QStringLiteral("id"), id}}}};
        return client.send("POST", QStringLiteral("/api/v1/sync/push"),
                           QJsonDocument(QJsonObject{{QStringLiteral("changes"), QJsonArray{change}}})
                               .toJson(QJsonDocument::Compact),
                           token, timeoutMs);
    }
    iq::test::ProcessResult runIqmsgd(const QStringList& arguments, const QStringList& environment = {}) {
        return iq::test::runProgram(QStringLiteral("iqmsgd"),
                                    QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments,
                                    {}, environment, 60000);
    }

private Q_SLOTS:
    void initTestCase() {
        if (qEnvironmentVariableIsEmpty("IQ_TEST_POSTGRES_URL"))
            QSKIP("IQ_TEST_POSTGRES_URL is not set: PostgreSQL tests are not wanted here.");
        QVERIFY(m_dir.isValid());
        // Under root the cluster runs as "postgres", which must reach its folder inside this one.
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                        QFile::ReadOther | QFile::ExeOther));
        m_cluster = m_dir.filePath(QStringLiteral("cluster"));
        const Shell started = shell(QStringLiteral("'%1/scripts/start-postgres.sh' '%2' 2>&1 >'%2.url'")
                                        .arg(QStringLiteral(IQ_SOURCE_DIR), m_cluster));
        QVERIFY2(started.exitCode == 0, started.output.constData());
        m_url = QString::fromUtf8(iq::test::fileBytes(m_cluster + QStringLiteral(".url"))).trimmed();
        QVERIFY2(m_url.startsWith(QLatin1String("postgres://")), qPrintable(m_url));

        // A role that must give its password (scram-sha-256), owning a database of its own.
        {
            QSqlDatabase db = admin();
            QVERIFY(db.isOpen());
            QSqlQuery query(db);
            QVERIFY2(query.exec(QStringLiteral("CREATE ROLE iqpw LOGIN PASSWORD '%1'").arg(kRightPassword)),
                     qPrintable(query.lastError().text()));
            QVERIFY2(query.exec(QStringLiteral("CREATE DATABASE iqpw OWNER iqpw")),
                     qPrintable(query.lastError().text()));
        }
        const QString hbaPath = m_cluster + QStringLiteral("/data/pg_hba.conf");
        QFile hba(hbaPath);
        QVERIFY(hba.open(QIODevice::ReadOnly));
        const QByteArray rules = "host all iqpw 127.0.0.1/32 scram-sha-256\n" + hba.readAll();
        hba.close();
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(hba.write(rules) == rules.size());
        hba.close();
        QVERIFY(pgCtl(QStringLiteral("reload")));
        const QUrl url(m_url);
        m_passwordUrl = QStringLiteral("postgres://iqpw@127.0.0.1:%1/iqpw").arg(url.port());
    }

    void cleanupTestCase() {
        for (const QString& name : QSqlDatabase::connectionNames())
            QSqlDatabase::removeDatabase(name);
        if (!m_cluster.isEmpty())
            shell(QStringLiteral("'%1/scripts/stop-postgres.sh' '%2'")
                      .arg(QStringLiteral(IQ_SOURCE_DIR), m_cluster));
    }

    void reconnectsAfterPostgresRestarts() {
        ServerProcess server;
        QVERIFY2(server.start(m_url), qPrintable(server.output()));
        ApiClient client(server.url());
        const QString token = signUp(client);
        QCOMPARE(client.get(QStringLiteral("/api/v1/account"), token).status, 200);

        QVERIFY(pgCtl(QStringLiteral("restart")));

        // A request may find the connection gone (503); the server opens it again by itself.
        int status = 0;
        QList<int> seen;
        const QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired()) {
            status = client.get(QStringLiteral("/api/v1/account"), token).status;
            seen.append(status);
            if (status == 200)
                break;
            QCOMPARE(status, 503);
            QThread::msleep(300);
        }
        QCOMPARE(status, 200);
        QVERIFY2(seen.size() <= 3, qPrintable(QString::number(seen.size())));
        QCOMPARE(push(client, token).status, 200);

        // And again while PostgreSQL is down for a moment: 503s, then service without a restart of iqmsgd.
        QVERIFY(pgCtl(QStringLiteral("stop")));
        const HttpReply down = client.get(QStringLiteral("/api/v1/account"), token);
        QCOMPARE(down.status, 503);
        QVERIFY(!down.header("Retry-After").isEmpty());
        // start, unlike restart, does not take the options the cluster was started with.
        QVERIFY(pgCtl(QStringLiteral("-l '%1/server.log' -o \\\"-h 127.0.0.1 -p %2 -k '%1'\\\" start")
                          .arg(m_cluster)
                          .arg(QUrl(m_url).port())));
        status = down.status;
        const QDeadlineTimer again(20000);
        while (!again.hasExpired() && status != 200) {
            QThread::msleep(300);
            status = client.get(QStringLiteral("/api/v1/account"), token).status;
        }
        QCOMPARE(client.get(QStringLiteral("/api/v1/account"), token).status, 200);
        QVERIFY(server.isRunning());
    }

    void blockedWriteAnswers503() {
        ServerProcess server;
        QVERIFY2(server.start(m_url, {QStringLiteral("--database-lock-timeout"), QStringLiteral("1")}),
                 qPrintable(server.output()));
        ApiClient client(server.url());
        QString accountId;
        const QString token = signUp(client, &accountId);
        QCOMPARE(push(client, token).status, 200);

        // Another connection holds the account's row, as a stuck writer would.
        QSqlDatabase holder = admin();
        QSqlQuery lock(holder);
        QVERIFY(lock.exec(QStringLiteral("BEGIN")));
        QVERIFY2(
            lock.exec(QStringLiteral("SELECT id FROM accounts WHERE id = '%1' FOR UPDATE").arg(accountId)),
            qPrintable(lock.lastError().text()));
        QVERIFY(lock.next());

        QElapsedTimer waited;
        waited.start();
        const HttpReply blocked = push(client, token, 20000);
        QCOMPARE(blocked.status, 503);
        QCOMPARE(blocked.errorCode(), QStringLiteral("unavailable"));
        QVERIFY(!blocked.header("Retry-After").isEmpty());
        QVERIFY2(waited.elapsed() < 10000, qPrintable(QString::number(waited.elapsed())));
        // Reads do not wait for the lock.
        QCOMPARE(client.get(QStringLiteral("/api/v1/sync/pull"), token).status, 200);

        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(push(client, token).status, 200);
    }

    void statementTimeoutEndsALongWait() {
        // With a long lock timeout, the statement timeout is what ends the wait.
        ServerProcess server;
        QVERIFY2(server.start(m_url, {QStringLiteral("--database-lock-timeout"), QStringLiteral("60"),
                                      QStringLiteral("--database-statement-timeout"), QStringLiteral("1")}),
                 qPrintable(server.output()));
        ApiClient client(server.url());
        QString accountId;
        const QString token = signUp(client, &accountId);
        QSqlDatabase holder = admin();
        QSqlQuery lock(holder);
        QVERIFY(lock.exec(QStringLiteral("BEGIN")));
        QVERIFY(
            lock.exec(QStringLiteral("SELECT id FROM accounts WHERE id = '%1' FOR UPDATE").arg(accountId)));
        QElapsedTimer waited;
        waited.start();
        const HttpReply blocked = push(client, token, 20000);
        QCOMPARE(blocked.status, 503);
        QVERIFY(!blocked.header("Retry-After").isEmpty());
        QVERIFY2(waited.elapsed() < 10000, qPrintable(QString::number(waited.elapsed())));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        const auto refused =
            runIqmsgd({QStringLiteral("--database"), m_url, QStringLiteral("--database-statement-timeout"),
                       QStringLiteral("soon")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--database-statement-timeout"), refused.err.constData());
    }

    void sslModeReachesTheConnection() {
        // The test cluster has no TLS: requiring it must fail, and say so.
        const auto inUrl =
            runIqmsgd({QStringLiteral("--database"), m_url + QStringLiteral("?sslmode=require")});
        QCOMPARE(inUrl.exitCode, 1);
        QVERIFY2(inUrl.err.contains("SSL"), inUrl.err.constData());
        const auto asOption =
            runIqmsgd({QStringLiteral("--database"), m_url, QStringLiteral("--database-sslmode"),
                       QStringLiteral("verify-full")});
        QCOMPARE(asOption.exitCode, 1);
        QVERIFY2(asOption.err.contains("SSL") || asOption.err.contains("root certificate"),
                 asOption.err.constData());
        const auto bad =
            runIqmsgd({QStringLiteral("--database"), m_url + QStringLiteral("?sslmode=sometimes")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("sslmode"), bad.err.constData());
        ServerProcess server;
        QVERIFY2(server.start(m_url + QStringLiteral("?sslmode=disable")), qPrintable(server.output()));
        ServerProcess preferred;
        QVERIFY2(preferred.start(m_url, {QStringLiteral("--database-sslmode"), QStringLiteral("prefer")}),
                 qPrintable(preferred.output()));
    }

    void passwordFromEnvironmentOrFile() {
        // PGPASSWORD, read by libpq.
        ServerProcess server;
        qputenv("PGPASSWORD", kRightPassword.toUtf8());
        const bool started = server.start(m_passwordUrl);
        qunsetenv("PGPASSWORD");
        QVERIFY2(started, qPrintable(server.output()));
        server.stop();

        // A file only its owner can read.
        const QString file = m_dir.filePath(QStringLiteral("pgpassword"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(kRightPassword.toUtf8() + '\n');
        }
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY2(server.start(m_passwordUrl, {QStringLiteral("--database-password-file"), file}),
                 qPrintable(server.output()));
        server.stop();
        // One others can read is refused, by name.
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        const auto refused = runIqmsgd(
            {QStringLiteral("--database"), m_passwordUrl, QStringLiteral("--database-password-file"), file});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(file.toUtf8()), refused.err.constData());
        QVERIFY(!refused.err.contains(kRightPassword.toUtf8()));
    }

    void passwordsAreNeverEchoed() {
        // A wrong password from the environment: refused, and not repeated.
        const auto wrong = runIqmsgd({QStringLiteral("--database"), m_passwordUrl},
                                     {QStringLiteral("PGPASSWORD=") + kWrongPassword});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("password authentication failed"), wrong.err.constData());
        QVERIFY2(!QByteArray(wrong.out + wrong.err).contains(kWrongPassword.toUtf8()), wrong.err.constData());

        // In the URL: a warning, the error, and never the password.
        QString withPassword = m_passwordUrl;
        withPassword.replace(QStringLiteral("iqpw@"),
                             QStringLiteral("iqpw:") + kWrongPassword + QLatin1Char('@'));
        const auto inUrl = runIqmsgd({QStringLiteral("--database"), withPassword});
        QCOMPARE(inUrl.exitCode, 1);
        QVERIFY2(inUrl.err.contains("warning") && inUrl.err.contains("PGPASSWORD"), inUrl.err.constData());
        QVERIFY2(!QByteArray(inUrl.out + inUrl.err).contains(kWrongPassword.toUtf8()), inUrl.err.constData());

        // A URL iqmsgd cannot read is quoted back without its password.
        for (const QString& scheme : {QStringLiteral("postgress://"), QStringLiteral("postgres://")}) {
            const QString malformed =
                scheme + QStringLiteral("iqpw:") + kWrongPassword + QStringLiteral("@/");
            const auto refused = runIqmsgd({QStringLiteral("--database"), malformed});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(!QByteArray(refused.out + refused.err).contains(kWrongPassword.toUtf8()),
                     refused.err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(ServerPostgresTest)
#include "tst_server_postgres.moc"
