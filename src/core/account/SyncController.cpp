#include "core/account/SyncController.h"

#include "core/account/AccountService.h"
#include "core/profile/Profile.h"
#include "core/store/ConflictStore.h"
#include "core/store/Database.h"
#include "core/store/Outbox.h"
#include "core/sync/CampaignApi.h"
#include "core/sync/TokenStore.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace iq {
SyncWorker::SyncWorker(QString databasePath, RetryPolicy retry, std::atomic_bool& cancel)
    : m_databasePath(std::move(databasePath))
    , m_retry(retry)
    , m_cancel(cancel) {}

SyncWorker::~SyncWorker() = default;

void SyncWorker::run(const QString& server, const QString& accessToken, const QString& refreshToken) {
    if (!m_database) {
        auto opened = Database::open(m_databasePath);
        if (!opened) {
            Q_EMIT finished(false, {}, int(opened.error().code), opened.errorMessage());
            return;
        }
        m_database = std::move(opened).value();
    }
    HttpClient http{QUrl(server)};
    SyncApi api(http, {accessToken, refreshToken}, m_retry);
    api.cancelled = [this] {
        return m_cancel.load();
    };
    api.sleep = [this](int ms) {
        // Sleeps in slices so that closing the window does not wait for a long Retry-After.
        for (int slept = 0; slept < ms && !m_cancel.load(); slept += 100)
            QThread::msleep(100);
    };
    api.onTokensRefreshed = [this](const SessionTokens& tokens) {
        Q_EMIT tokensRefreshed(tokens.accessToken, tokens.refreshToken);
    };
    // Campaigns sent while offline go out first; one that still cannot go waits for the next sync
    // and does not hold up the records' sync.
    auto flushed = CampaignSendQueue(*m_database, api).flush();
    SyncEngine engine(*m_database, api);
    engine.onProgress = [this](const SyncProgress& p) {
        Q_EMIT progress(p.done, p.total);
    };
    auto report = engine.run();
    if (report && flushed)
        report.value().problems << flushed.value().problems;
    if (report)
        Q_EMIT finished(true, report.value(), 0, {});
    else
        Q_EMIT finished(false, {}, int(report.error().code), report.errorMessage());
}

SyncController::SyncController(Profile& profile, TokenStore& tokens, Options options, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_tokens(tokens)
    , m_options(options)
    , m_lock(profile.directory()) {
    qRegisterMetaType<iq::SyncReport>();
    m_worker = new SyncWorker(profile.databasePath(), options.retry, m_cancel);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::progress, this, &SyncController::progress);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::finished);
    connect(m_worker, &SyncWorker::tokensRefreshed, this,
            [this](const QString& access, const QString& refresh) {
                keepTokens({access, refresh});
            });
    m_thread.setObjectName(QStringLiteral("sync"));
    m_thread.start();

    m_periodic.setInterval(m_options.periodMs);
    connect(&m_periodic, &QTimer::timeout, this, &SyncController::syncNow);
    m_afterChange.setSingleShot(true);
    m_afterChange.setInterval(m_options.afterChangeMs);
    connect(&m_afterChange, &QTimer::timeout, this, &SyncController::syncNow);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncController::syncNow);
    // Local edits are pushed shortly after they are made; several edits in a row make one sync.
    connect(&profile.notifier(), &ChangeNotifier::changed, this, [this] {
        if (!m_running && m_state != State::LocalOnly && m_state != State::SignedOut)
            m_afterChange.start();
    });
    m_lastSync = fromStoredTime(profile.setting(SyncEngine::lastSyncKey()));
    reloadPreferences();
}

void SyncController::reloadPreferences() {
    bool ok = false;
    const int minutes = m_profile.setting(intervalSettingKey()).toInt(&ok);
    m_periodic.setInterval(ok && minutes > 0 ? minutes * 60 * 1000 : m_options.periodMs);
}

SyncController::~SyncController() {
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

int SyncController::pendingChanges() {
    auto count = Outbox::pendingCount(m_profile.database());
    return count ? count.value() : 0;
}

int SyncController::changesSetAside() {
    auto count = Outbox::setAsideCount(m_profile.database());
    return count ? count.value() : 0;
}

int SyncController::openConflicts() {
    auto count = ConflictStore(m_profile.database()).openCount();
    return count ? count.value() : 0;
}

void SyncController::start() {
    m_periodic.start();
    syncNow();
}

void SyncController::accountChanged() {
    m_failures = 0;
    m_retry.stop();
    syncNow();
}

void SyncController::syncNow() {
    if (m_running) {
        m_again = true;
        return;
    }
    m_afterChange.stop();
    AccountService accounts(m_profile, m_tokens);
    const AccountConnection account = accounts.connection();
    if (!account.isConnected()) {
        setState(State::LocalOnly, tr("Local profile, not synced"));
        return;
    }
    if (Status locked = m_lock.acquire(0); !locked) {
        // iqm is syncing this profile: try again shortly, with the tokens it leaves behind.
        setState(State::Syncing, locked.errorMessage());
        m_retry.start(kLockRetryMs);
        return;
    }
    if (!m_unsaved.isEmpty()) {
        if (Status stored = accounts.storeTokens(m_unsaved); stored)
            m_unsaved = {};
    }
    auto tokens = m_unsaved.isEmpty() ? accounts.storedTokens() : Result<SessionTokens>(m_unsaved);
    if (!tokens) {
        m_lock.release();
        if (tokens.error().code == Error::Code::Io)
            setState(State::NoKeychain, tokens.errorMessage());
        else
            setState(State::SignedOut, tokens.errorMessage());
        return;
    }
    m_running = true;
    m_again = false;
    setState(State::Syncing, tr("Syncing with %1…").arg(account.email));
    QMetaObject::invokeMethod(m_worker, "run", Qt::QueuedConnection, Q_ARG(QString, account.server),
                              Q_ARG(QString, tokens.value().accessToken),
                              Q_ARG(QString, tokens.value().refreshToken));
}

void SyncController::keepTokens(const SessionTokens& tokens) {
    if (Status stored = AccountService(m_profile, m_tokens).storeTokens(tokens); !stored) {
        m_unsaved = tokens;
        m_unsavedError = stored.errorMessage();
        return;
    }
    m_unsaved = {};
}

void SyncController::finished(bool ok, const SyncReport& report, int errorCode, const QString& error) {
    m_running = false;
    // Queued after every tokensRefreshed of this run: the refreshed tokens are kept (or in m_unsaved).
    m_lock.release();
    if (ok && !m_unsaved.isEmpty()) {
        m_lastReport = report;
        m_lastSync = QDateTime::currentDateTimeUtc();
        Q_EMIT synced(report);
        m_profile.notifier().announce(Entity::Any);
        setState(State::NoKeychain,
                 tr("Synced, but the renewed sign-in could not be saved in the keychain: %1 It is kept "
                    "while the application runs and saved as soon as the keychain takes it.")
                     .arg(m_unsavedError));
        scheduleRetry();
        return;
    }
    if (ok) {
        m_failures = 0;
        m_lastReport = report;
        m_lastSync = QDateTime::currentDateTimeUtc();
        setState(State::UpToDate,
                 report.problems.isEmpty() ? QString() : report.problems.join(QLatin1Char('\n')));
        Q_EMIT synced(report);
        // The worker's commits reach models through the change watcher; tell them at once as well.
        m_profile.notifier().announce(Entity::Any);
    } else if (errorCode == int(Error::Code::Unauthorized)) {
        setState(State::SignedOut, error);
        AccountService(m_profile, m_tokens).updateIndex(false);
    } else if (errorCode == int(Error::Code::Network)) {
        setState(State::Offline, error);
        scheduleRetry();
    } else if (errorCode == int(Error::Code::Cancelled)) {
        return;
    } else {
        setState(State::Failed, error);
        scheduleRetry();
    }
    if (m_again && ok)
        syncNow();
}

void SyncController::scheduleRetry() {
    const qint64 delay =
        std::min<qint64>(qint64(m_options.firstRetryMs) << std::min(m_failures, 10), m_options.maxRetryMs);
    ++m_failures;
    m_retry.start(int(delay));
}

void SyncController::setState(State state, const QString& message) {
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged(state);
}

} // namespace iq
