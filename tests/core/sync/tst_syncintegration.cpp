// The sync engine against the real iqmsgd on a free loopback port, through a TCP proxy that cuts and
// stalls connections: two devices merging, nothing lost or applied twice, a restarted server, an
// expired cursor, a revoked token, rate limits.
#include "ServerProcess.h"
#include "SyncDevice.h"
#include "TcpProxy.h"
#include "TestSupport.h"

#include "core/store/ConflictStore.h"
#include "core/store/ContactRepository.h"
#include "core/sync/SyncEngine.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace iq;
using iq::test::ServerProcess;
using iq::test::SyncDevice;
using iq::test::TcpProxy;
using iq::test::uniqueEmail;

namespace {

// The real server with the sign-in limit of a busy suite, which opens many sessions from one address.
QStringList serverArguments(const QStringList& extra = {}) {
    return QStringList{QStringLiteral("--auth-rate"), QStringLiteral("1000")} + extra;
}

QString sqlite(const QTemporaryDir& dir, const QString& name) {
    return QStringLiteral("sqlite:") + dir.filePath(name);
}

// The server version a record has on a device: 1 for a record applied once.
qint64 version(SyncDevice& device, const QString& id) {
    auto query = device.db().exec(QStringLiteral("SELECT server_version FROM contacts WHERE id = ?"), {id});
    return query && query.value().next() ? query.value().value(0).toLongLong() : -1;
}

Contact person(const QString& given) {
    Contact contact;
    contact.givenName = given;
    contact.familyName = QStringLiteral("Tester");
    return contact;
}

} // namespace

class TestSyncIntegration final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(sqlite(m_dir, QStringLiteral("server.sqlite")), serverArguments()),
                 qPrintable(m_server.output()));
        m_proxy = std::make_unique<TcpProxy>(quint16(m_server.url().port()));
        QVERIFY(m_proxy->start() > 0);
    }

    void twoDevicesMergeDifferentFieldsAndKeepConflicts() {
        const QString email = uniqueEmail("merge");
        SyncDevice a(m_server.url()), b(m_server.url());
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
        for (SyncDevice* device : {&a, &b}) {
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
        SyncDevice a(m_server.url()), b(m_server.url());
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
            QCOMPARE(version(a, id), 1);
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
        SyncDevice a(m_server.url(), viaProxy, 1500), b(m_server.url(), viaProxy, 1500);
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
            QCOMPARE(version(a, id), 1); // applied once: a repeated push did not make a second version
            QCOMPARE(version(b, id), 1);
        }
    }

    void serverRestartedMidSync() {
        const QString email = uniqueEmail("restart");
        SyncDevice a(m_server.url()), b(m_server.url());
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
            QVERIFY2(m_server.restart(), qPrintable(m_server.output()));
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
        SyncDevice a(m_server.url());
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
        QCOMPARE(version(a, unsent.id), 1);
        QCOMPARE(a.outbox(), 0);
    }

    // What a newcomer gets from scripts/run.sh: the demo account arrives whole, nothing refused.
    void demoAccountSyncsWhole() {
        ServerProcess demo;
        QVERIFY2(demo.start(sqlite(m_dir, QStringLiteral("demo.sqlite")),
                            serverArguments({QStringLiteral("--demo")})),
                 qPrintable(demo.output()));
        SyncDevice device(demo.url());
        QVERIFY(device.signIn(QStringLiteral("demo@iqmessaging.example"), QStringLiteral("demo-password")));
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
        SyncDevice a(m_server.url()), b(m_server.url());
        QVERIFY(a.signUp(email));
        QVERIFY(b.signIn(email));
        QVERIFY(a.sync().ok());
        // Sign out everywhere from the other device.
        test::ApiClient api(m_server.url());
        QCOMPARE(api.del(QStringLiteral("/api/v1/sessions"), b.tokens().accessToken).status, 204);
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
        ServerProcess limited;
        QVERIFY2(limited.start(sqlite(m_dir, QStringLiteral("limited.sqlite")),
                               serverArguments({QStringLiteral("--api-rate"), QStringLiteral("30")})),
                 qPrintable(limited.output()));
        SyncDevice a(limited.url());
        QVERIFY(a.signUp(uniqueEmail("rate")));
        for (int i = 0; i < 40; ++i)
            QVERIFY(a.contacts().add(person(QStringLiteral("L%1").arg(i))));
        a.options.pushBatch = 1; // one request per change: more than the limit allows at once
        a.policy.maxAttempts = 10;
        auto report = a.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.value().pushed, 40);
        QVERIFY(!a.sleeps().isEmpty());
        QVERIFY(*std::max_element(a.sleeps().begin(), a.sleeps().end()) >= 1000); // Retry-After, in seconds
    }

    void noPlainPasswordInTheServerDatabase() {
        QDirIterator files(m_dir.path(), QDir::Files);
        int checked = 0;
        while (files.hasNext()) {
            QVERIFY(!test::fileBytes(files.next()).contains(SyncDevice::password().toUtf8()));
            ++checked;
        }
        QVERIFY(checked >= 1);
    }

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<TcpProxy> m_proxy;
};

QTEST_GUILESS_MAIN(TestSyncIntegration)
#include "tst_syncintegration.moc"
