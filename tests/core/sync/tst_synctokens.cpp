// Refreshed tokens are never lost: not by the pull thread when its pages are left untaken, not when the
// keychain refuses to keep them (the one fault a fake TokenStore stands in for).
#include "FakeSyncServer.h"

#include "core/account/AccountService.h"
#include "core/account/SyncController.h"
#include "core/profile/Profile.h"
#include "core/store/ContactRepository.h"
#include "core/sync/PullPipeline.h"
#include "core/sync/TokenStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace iq;

namespace {

// The keychain as it fails: a write refused while `failing` is set; reads and removals work.
class RefusingTokenStore final : public TokenStore {
public:
    bool failing = false;
    Result<QString> read(const QString& key) override { return m_memory.read(key); }
    Status write(const QString& key, const QString& secret) override {
        if (failing)
            return Error::make(Error::Code::Io, QStringLiteral("The keychain is locked."));
        return m_memory.write(key, secret);
    }
    Status remove(const QString& key) override { return m_memory.remove(key); }

private:
    MemoryTokenStore m_memory;
};

QJsonObject contact(const QString& given) {
    return QJsonObject{{QStringLiteral("givenName"), given},
                       {QStringLiteral("familyName"), QStringLiteral("T")}};
}

} // namespace

class TestSyncTokens final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start() > 0); }

    // The pull thread refreshes the expired access token; the caller drops the pipeline before taking
    // the page that carries it (an apply failed, the sync was stopped). The server has retired the old
    // refresh token, so the new pair must reach the caller's SyncApi all the same.
    void pullThreadHandsBackTokensWhenDropped() {
        HttpClient http(m_server.url(), 5000);
        SyncApi signer(http, {});
        QVERIFY(signer
                    .signUp(QStringLiteral("pipeline@example.com"), QStringLiteral("Shop"),
                            QStringLiteral("password-1"), QStringLiteral("d1"), QStringLiteral("Test"))
                    .ok());
        for (int i = 0; i < 5; ++i)
            m_server.put(QStringLiteral("contact"), QStringLiteral("c%1").arg(i),
                         contact(QString::number(i)));
        m_server.expireAccessTokens();

        const SessionTokens before = signer.tokens();
        SyncApi api(http, before);
        SessionTokens announced;
        api.onTokensRefreshed = [&](const SessionTokens& tokens) {
            announced = tokens;
        };
        {
            PullPipeline pipeline(api, QString(), 1, 1);
            std::atomic_bool queued{false};
            connect(
                &pipeline, &PullPipeline::ready, this, [&] { queued = true; }, Qt::DirectConnection);
            QTRY_VERIFY_WITH_TIMEOUT(queued.load(), 10000);
        }
        QVERIFY(api.tokens().refreshToken != before.refreshToken);
        QCOMPARE(announced.refreshToken, api.tokens().refreshToken);
        // The pair handed back is the one the server holds now.
        SyncApi after(http, api.tokens(), RetryPolicy{1, 1, 1, 1});
        QVERIFY(after.pull(QString(), 10).ok());
    }

    // The keychain refuses the refreshed tokens: the window says so, the next syncs go on with the
    // tokens kept in memory (the old ones are retired on the server), and they are saved once it can.
    void refusedKeychainWriteIsShownAndTokensKept() {
        QTemporaryDir dir;
        auto profile = std::move(Profile::open(dir.path()).value());
        RefusingTokenStore store;
        AccountService accounts(*profile, store);
        QVERIFY(accounts
                    .signUp(m_server.url().toString(), QStringLiteral("keychain@example.com"),
                            QStringLiteral("Shop"), QStringLiteral("password-1"))
                    .ok());
        const SessionTokens signedIn = accounts.storedTokens().value();

        SyncController::Options options;
        options.firstRetryMs = 600000;
        options.retry = RetryPolicy{2, 10, 20, 1};
        SyncController controller(*profile, store, options);
        store.failing = true;
        m_server.expireAccessTokens();
        controller.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(controller.state() != SyncController::State::Syncing, 10000);
        QCOMPARE(controller.state(), SyncController::State::NoKeychain);
        QVERIFY2(controller.message().contains(QStringLiteral("keychain")), qPrintable(controller.message()));
        QCOMPARE(accounts.storedTokens().value().refreshToken, signedIn.refreshToken);

        // Still refused: the sync runs on the tokens in memory, not on the retired ones stored.
        m_server.expireAccessTokens();
        controller.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(controller.state() != SyncController::State::Syncing, 10000);
        QCOMPARE(controller.state(), SyncController::State::NoKeychain);

        store.failing = false;
        controller.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(controller.state() != SyncController::State::Syncing, 10000);
        QCOMPARE(controller.state(), SyncController::State::UpToDate);
        QVERIFY(accounts.storedTokens().value().refreshToken != signedIn.refreshToken);
    }

private:
    test::FakeSyncServer m_server;
};

QTEST_GUILESS_MAIN(TestSyncTokens)
#include "tst_synctokens.moc"
