// The sync engine against the real iqmsgd on a free loopback port, through a TCP proxy that cuts and
// stalls connections: two devices merging, nothing lost or applied twice, a restarted server, an
// expired cursor, a revoked token, rate limits.
#include "TcpProxy.h"
#include "TestSupport.h"

#include "profile/Profile.h"
#include "store/ContactRepository.h"
#include "store/Outbox.h"
#include "sync/ConflictStore.h"
#include "sync/SyncEngine.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace iq;
using iq::test::TcpProxy;

namespace {

const QString kPassword = QStringLiteral("integration-password-1");

// The real server as a child process, on a port chosen up front so that a restart keeps it.
class Iqmsgd final {
public:
    explicit Iqmsgd(QString databasePath, QStringList extra = {})
        : m_database(std::move(databasePath))
        , m_extra(std::move(extra)) {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
    }
    ~Iqmsgd() { stop(); }

    bool start(QString* why) {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(test::binaryPath(QStringLiteral("iqmsgd")),
                        QStringList{QStringLiteral("--port"), QString::number(m_port),
                                    QStringLiteral("--address"), QStringLiteral("127.0.0.1"),
                                    QStringLiteral("--database"), QStringLiteral("sqlite:") + m_database,
                                    QStringLiteral("--auth-rate"), QStringLiteral("1000")} +
                            m_extra);
        QElapsedTimer timer;
        timer.start();
        QByteArray out;
        while (timer.elapsed() < 15000) {
            m_process.waitForReadyRead(200);
            out += m_process.readAllStandardOutput();
            if (out.contains("listening on"))
                return true;
            if (m_process.state() == QProcess::NotRunning)
                break;
        }
        *why = QString::fromUtf8(out + m_process.readAllStandardError()).trimmed();
        stop();
        return false;
    }
    void stop() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    quint16 port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

private:
    QString m_database;
    QStringList m_extra;
    quint16 m_port = 0;
    QProcess m_process;
};

struct Device {
    QTemporaryDir dir;
    std::unique_ptr<Profile> profile;
    std::unique_ptr<HttpClient> http;
    SessionTokens tokens;
    QList<int> sleeps;
    RetryPolicy policy{6, 50, 400, 30};
    SyncEngine::Options options;
    std::function<void(const SyncProgress&)> onProgress;

    // Signing up and in (slow password hashing) goes straight to the server, syncing through url.
    explicit Device(const QUrl& url, int timeoutMs = 5000, const QUrl& accountUrl = {}) {
        profile = std::move(Profile::open(dir.path()).value());
        http = std::make_unique<HttpClient>(url, timeoutMs);
        accounts = std::make_unique<HttpClient>(accountUrl.isEmpty() ? url : accountUrl, 60000);
    }
    std::unique_ptr<HttpClient> accounts;
    Database& db() { return profile->database(); }
    ContactRepository contacts() { return ContactRepository(db()); }
    QString deviceId() const { return QStringLiteral("dev-") + QFileInfo(dir.path()).fileName(); }

    bool signUp(const QString& email) {
        SyncApi api(*accounts, {});
        auto session =
            api.signUp(email, QStringLiteral("Owner"), kPassword, deviceId(), QStringLiteral("Test"));
        tokens = api.tokens();
        return session.ok();
    }
    bool signIn(const QString& email) {
        SyncApi api(*accounts, {});
        auto session = api.signIn(email, kPassword, deviceId(), QStringLiteral("Test"));
        tokens = api.tokens();
        return session.ok();
    }
    Result<SyncReport> sync() {
        SyncApi api(*http, tokens, policy);
        api.sleep = [this](int ms) {
            sleeps.append(ms);
            QTest::qWait(ms); // keeps the proxy of this thread serving while waiting
        };
        SyncEngine engine(db(), api, options);
        engine.onProgress = onProgress;
        auto report = engine.run();
        tokens = api.tokens();
        return report;
    }
    int outbox() { return Outbox::pendingCount(db()).value(); }
    qint64 version(const QString& id) {
        auto query = db().exec(QStringLiteral("SELECT server_version FROM contacts WHERE id = ?"), {id});
        return query && query.value().next() ? query.value().value(0).toLongLong() : -1;
    }
};

Contact person(const QString& given) {
    Contact contact;
    contact.givenName = given;
    contact.familyName = QStringLiteral("Tester");
    return contact;
}

QString uniqueEmail(const char* stem) {
    return QStringLiteral("%1-%2@example.com")
        .arg(QLatin1String(stem), QUuid::createUuid().toString(QUuid::Id128).left(8));
}

} // namespace

class TestSyncIntegration final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        m_server = std::make_unique<Iqmsgd>(m_dir.filePath(QStringLiteral("server.sqlite")));
        QString why;
        if (!m_server->start(&why))
            QSKIP(qPrintable(QStringLiteral("iqmsgd does not run here yet: ") + why));
        // Sign-up and sign-in are rate limited per address; this suite opens many sessions.
        Device probe(m_server->url());
        if (!probe.signUp(uniqueEmail("probe")))
            QSKIP("iqmsgd does not accept sign-ups (not the sync server yet)");
        m_proxy = std::make_unique<TcpProxy>(m_server->port());
        QVERIFY(m_proxy->start() > 0);
    }

    void twoDevicesMergeDifferentFieldsAndKeepConflicts() {
        const QString email = uniqueEmail("merge");
        Device a(m_server->url()), b(m_server->url());
        QVERIFY(a.signUp(email));
        QVERIFY(b.signIn(email));
        const Contact c = a.contacts().add(person(QStringLiteral("Grace"))).value();
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());
        Contact onA = a.contacts().get(c.id).value();
        onA.notes = QStringLiteral("prefers e-mail");
        onA.givenName = QStringLiteral("Amazing Grace");
        QVERIFY(a.contacts().update(onA));
        Contact onB = b.contacts().get(c.id).value();
        onB.organization = QStringLiteral("US Navy");
        onB.givenName = QStringLiteral("Admiral Grace");
        QVERIFY(b.contacts().update(onB));
        QVERIFY(a.sync().ok());
        auto report = b.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.value().conflicts, 1);
        QVERIFY(a.sync().ok());
        for (Device* device : {&a, &b}) {
            const Contact merged = device->contacts().get(c.id).value();
            QCOMPARE(merged.notes, QStringLiteral("prefers e-mail"));
            QCOMPARE(merged.organization, QStringLiteral("US Navy"));
            QCOMPARE(merged.givenName, QStringLiteral("Amazing Grace"));
            QCOMPARE(device->outbox(), 0);
        }
        const auto open = ConflictStore(b.db()).open().value();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().localValue.toString(), QStringLiteral("Admiral Grace"));
    }

    // What a device pushes does not come straight back in the pull of the same sync, whether that
    // pull continues from a cursor or is the profile's first (which removes what it does not see).
    void ownPushesAreNotPulledBack_data() {
        QTest::addColumn<bool>("syncedBefore");
        QTest::newRow("later sync") << true;
        QTest::newRow("first sync") << false;
    }
    void ownPushesAreNotPulledBack() {
        QFETCH(bool, syncedBefore);
        const QString email = uniqueEmail("own");
        Device a(m_server->url()), b(m_server->url());
        a.options.pushBatch = 7;
        QVERIFY(a.signUp(email));
        QVERIFY(b.signIn(email));
        QVERIFY(b.contacts().add(person(QStringLiteral("From B"))));
        QVERIFY(b.sync().ok());
        if (syncedBefore) {
            auto first = a.sync();
            QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
            QCOMPARE(first.value().received, 1);
        }
        QStringList ids;
        for (int i = 0; i < 20; ++i)
            ids << a.contacts().add(person(QStringLiteral("A%1").arg(i))).value().id;
        auto report = a.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.value().pushed, 20);
        QCOMPARE(report.value().received, syncedBefore ? 0 : 1);
        QCOMPARE(a.contacts().count().value(), 21);
        for (const QString& id : std::as_const(ids))
            QCOMPARE(a.version(id), 1);
        // Nothing missed: the next sync brings nothing either, and B gets all twenty.
        report = a.sync();
        QVERIFY(report.ok());
        QCOMPARE(report.value().received, 0);
        report = b.sync();
        QVERIFY(report.ok());
        QCOMPARE(report.value().received, 20);
        QCOMPARE(b.contacts().count().value(), 21);
        // An edit from B after A's push does come to A.
        Contact edited = b.contacts().get(ids.at(3)).value();
        edited.notes = QStringLiteral("changed on B");
        QVERIFY(b.contacts().update(edited));
        QVERIFY(b.sync().ok());
        report = a.sync();
        QVERIFY(report.ok());
        QCOMPARE(report.value().received, 1);
        QCOMPARE(a.contacts().get(ids.at(3)).value().notes, QStringLiteral("changed on B"));
    }

    void connectionCutMidPushAndMidPull_data() {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("push reply cut")
            << int(TcpProxy::Fault::CutReply) << QByteArray("POST /api/v1/sync/push");
        QTest::newRow("push request cut")
            << int(TcpProxy::Fault::CutRequest) << QByteArray("POST /api/v1/sync/push");
        QTest::newRow("push reply stalled")
            << int(TcpProxy::Fault::StallReply) << QByteArray("POST /api/v1/sync/push");
        QTest::newRow("pull reply cut")
            << int(TcpProxy::Fault::CutReply) << QByteArray("GET /api/v1/sync/pull");
        QTest::newRow("pull reply stalled")
            << int(TcpProxy::Fault::StallReply) << QByteArray("GET /api/v1/sync/pull");
    }

    void connectionCutMidPushAndMidPull() {
        QFETCH(int, fault);
        QFETCH(QByteArray, prefix);
        const QString email = uniqueEmail("cut");
        const QUrl viaProxy(QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port()));
        Device a(viaProxy, 1500, m_server->url()), b(viaProxy, 1500, m_server->url());
        QVERIFY(a.signUp(email));
        QVERIFY(b.signIn(email));
        a.options.pushBatch = 4;
        b.options.pullLimit = 4;
        QStringList ids;
        for (int i = 0; i < 10; ++i)
            ids << a.contacts().add(person(QStringLiteral("P%1").arg(i))).value().id;
        m_proxy->arm(TcpProxy::Fault(fault), prefix, 2);
        const auto first = a.sync();
        const auto second = b.sync();
        // The faults may make a sync give up; the next one finishes the job.
        if (!first.ok())
            QVERIFY(a.sync().ok());
        if (!second.ok() || b.contacts().count().value() < 10)
            QVERIFY(b.sync().ok());
        QVERIFY(m_proxy->faultsApplied() >= 1);
        m_proxy->arm(TcpProxy::Fault::None, {}, 0);
        QCOMPARE(a.outbox(), 0);
        QCOMPARE(b.contacts().count().value(), 10);
        for (const QString& id : std::as_const(ids)) {
            QCOMPARE(a.version(id), 1); // applied once: a repeated push did not make a second version
            QCOMPARE(b.version(id), 1);
        }
    }

    void serverRestartedMidSync() {
        const QString email = uniqueEmail("restart");
        Device a(m_server->url()), b(m_server->url());
        QVERIFY(a.signUp(email));
        QVERIFY(b.signIn(email));
        for (int i = 0; i < 30; ++i)
            QVERIFY(a.contacts().add(person(QStringLiteral("R%1").arg(i))));
        a.options.pushBatch = 10;
        bool restarted = false;
        a.onProgress = [&](const SyncProgress& progress) {
            if (restarted || progress.phase != SyncProgress::Phase::Pushing)
                return;
            restarted = true;
            m_server->stop();
            QString why;
            QVERIFY2(m_server->start(&why), qPrintable(why));
        };
        auto report = a.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QVERIFY(restarted);
        QCOMPARE(report.value().pushed, 30);
        QVERIFY(b.sync().ok());
        QCOMPARE(b.contacts().count().value(), 30);
    }

    void expiredCursorResyncsKeepingUnsentChanges() {
        const QString email = uniqueEmail("cursor");
        Device a(m_server->url());
        QVERIFY(a.signUp(email));
        for (int i = 0; i < 5; ++i)
            QVERIFY(a.contacts().add(person(QStringLiteral("C%1").arg(i))));
        QVERIFY(a.sync().ok());
        QVERIFY(a.db().exec(QStringLiteral("UPDATE settings SET value = 'no-such-cursor' WHERE key = ?"),
                            {SyncEngine::cursorKey()}));
        const Contact unsent = a.contacts().add(person(QStringLiteral("Unsent"))).value();
        auto report = a.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QVERIFY(report.value().fullResync);
        QCOMPARE(a.contacts().count().value(), 6);
        QCOMPARE(a.version(unsent.id), 1);
        QCOMPARE(a.outbox(), 0);
    }

    // What a newcomer gets from scripts/run.sh: the demo account arrives whole, nothing refused.
    void demoAccountSyncsWhole() {
        Iqmsgd demo(m_dir.filePath(QStringLiteral("demo.sqlite")), {QStringLiteral("--demo")});
        QString why;
        QVERIFY2(demo.start(&why), qPrintable(why));
        Device device(demo.url());
        SyncApi api(*device.accounts, {});
        QVERIFY(api.signIn(QStringLiteral("demo@iqmessaging.example"), QStringLiteral("demo-password"),
                           device.deviceId(), QStringLiteral("Test"))
                    .ok());
        device.tokens = api.tokens();
        auto report = device.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QVERIFY2(report.value().problems.isEmpty(), qPrintable(report.value().problems.join(u'\n')));
        QCOMPARE(report.value().rejected, 0);
        auto contacts = device.db().exec(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0"));
        QVERIFY(contacts && contacts.value().next());
        QCOMPARE(contacts.value().value(0).toInt(), 8);
        auto content = device.db().exec(QStringLiteral("SELECT kind, body FROM content WHERE deleted = 0"));
        QVERIFY(content);
        int templates = 0;
        while (content.value().next()) {
            ++templates;
            QCOMPARE(content.value().value(0).toString(), QStringLiteral("sms"));
            // A field the template language knows, so the preview shows each person's name.
            QVERIFY(content.value().value(1).toString().contains(QStringLiteral("{{first_name}}")));
        }
        QCOMPARE(templates, 3);
    }

    void revokedTokenAsksToSignIn() {
        const QString email = uniqueEmail("revoke");
        Device a(m_server->url()), b(m_server->url());
        QVERIFY(a.signUp(email));
        QVERIFY(b.signIn(email));
        QVERIFY(a.sync().ok());
        // Sign out everywhere from the other device.
        QCOMPARE(b.http->send("DELETE", QStringLiteral("/api/v1/sessions"), {}, b.tokens.accessToken).status,
                 204);
        QVERIFY(a.contacts().add(person(QStringLiteral("Kept"))));
        auto report = a.sync();
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, Error::Code::Unauthorized);
        QCOMPARE(a.outbox(), 1);
        QVERIFY(a.signIn(email));
        QVERIFY(a.sync().ok());
        QCOMPARE(a.outbox(), 0);
    }

    void rateLimitedRepliesAreWaitedOut() {
        Iqmsgd limited(m_dir.filePath(QStringLiteral("limited.sqlite")),
                       {QStringLiteral("--api-rate"), QStringLiteral("30")});
        QString why;
        QVERIFY2(limited.start(&why), qPrintable(why));
        Device a(limited.url());
        QVERIFY(a.signUp(uniqueEmail("rate")));
        for (int i = 0; i < 40; ++i)
            QVERIFY(a.contacts().add(person(QStringLiteral("L%1").arg(i))));
        a.options.pushBatch = 1; // one request per change: more than the limit allows at once
        a.policy.maxAttempts = 10;
        auto report = a.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.value().pushed, 40);
        QVERIFY(!a.sleeps.isEmpty());
        QVERIFY(*std::max_element(a.sleeps.begin(), a.sleeps.end()) >= 1000); // Retry-After, in seconds
    }

    void noPlainPasswordInTheServerDatabase() {
        QDirIterator files(m_dir.path(), QDir::Files);
        int checked = 0;
        while (files.hasNext()) {
            QVERIFY(!test::fileBytes(files.next()).contains(kPassword.toUtf8()));
            ++checked;
        }
        QVERIFY(checked >= 1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Iqmsgd> m_server;
    std::unique_ptr<TcpProxy> m_proxy;
};

QTEST_GUILESS_MAIN(TestSyncIntegration)
#include "tst_syncintegration.moc"
