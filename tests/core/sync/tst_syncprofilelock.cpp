// Two programs syncing one profile at once (the application and iqm, or two iqm): one waits for the
// other and reads the tokens it kept, so neither presents a refresh token the other already used and
// the session is never revoked. A real iqmsgd whose access tokens last one second, the real keychain.
#include "ServerProcess.h"
#include "TestSupport.h"

#include "core/sync/KeychainTokenStore.h"
#include "core/sync/SyncLock.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <vector>

using namespace iq;

namespace {
const QString kService = QStringLiteral("IQ Messaging tests");
const QByteArray kPassword = "correct horse battery staple";
} // namespace

class TestSyncProfileLock final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        if (Status probe = KeychainTokenStore(kService).probe(); !probe)
            QSKIP(qPrintable(QStringLiteral("No Secret Service is reachable (run the tests inside "
                                            "scripts/with-keyring.sh): ") +
                             probe.errorMessage()));
        QVERIFY2(m_server.start(QStringLiteral("sqlite:") + m_home.filePath(QStringLiteral("server.sqlite")),
                                {QStringLiteral("--access-token-ttl"), QStringLiteral("1"),
                                 QStringLiteral("--auth-rate"), QStringLiteral("100000")}),
                 qPrintable(m_server.output()));
        const QString email =
            QStringLiteral("lock-%1@example.com").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        const auto signup =
            run({QStringLiteral("account"), QStringLiteral("signup"), QStringLiteral("--server"),
                 m_server.url().toString(), QStringLiteral("--email"), email, QStringLiteral("--name"),
                 QStringLiteral("Shop"), QStringLiteral("--password-stdin")},
                kPassword + "\n");
        QVERIFY2(signup.exitCode == 0, signup.err.constData());
    }

    // Each round starts with an expired access token: every sync refreshes, all at the same moment.
    void simultaneousSyncsKeepTheSession() {
        for (int round = 0; round < 3; ++round) {
            QTest::qWait(1200);
            std::vector<std::unique_ptr<QProcess>> syncs;
            for (int i = 0; i < 3; ++i) {
                syncs.push_back(std::make_unique<QProcess>());
                syncs.back()->setProcessEnvironment(environment());
                syncs.back()->start(test::binaryPath(QStringLiteral("iqm")), {QStringLiteral("sync")});
            }
            for (auto& sync : syncs) {
                QVERIFY(sync->waitForFinished(60000));
                QVERIFY2(sync->exitCode() == 0, sync->readAllStandardError().constData());
            }
        }
        QTest::qWait(1200);
        const auto after = run({QStringLiteral("sync")});
        QVERIFY2(after.exitCode == 0, after.err.constData());
    }

    // iqm waits for a sync that holds the profile's lock (the application's), then syncs.
    void syncWaitsForTheLockHolder() {
        SyncLock held(m_profile.path());
        QVERIFY(held.acquire(0).ok());
        QProcess sync;
        sync.setProcessEnvironment(environment());
        QElapsedTimer timer;
        timer.start();
        sync.start(test::binaryPath(QStringLiteral("iqm")), {QStringLiteral("sync")});
        QVERIFY(!sync.waitForFinished(1000));
        held.release();
        QVERIFY(sync.waitForFinished(60000));
        QVERIFY2(sync.exitCode() == 0, sync.readAllStandardError().constData());
        QVERIFY(timer.elapsed() >= 1000);
    }

private:
    QProcessEnvironment environment() const {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("IQM_PROFILE"), m_profile.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        environment.insert(QStringLiteral("IQM_KEYCHAIN_SERVICE"), kService);
        return environment;
    }
    test::ProcessResult run(const QStringList& arguments, const QByteArray& input = {}) {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(test::binaryPath(QStringLiteral("iqm")), arguments);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QTemporaryDir m_home;
    QTemporaryDir m_profile;
    test::ServerProcess m_server;
};

QTEST_GUILESS_MAIN(TestSyncProfileLock)
#include "tst_syncprofilelock.moc"
