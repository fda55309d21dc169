#pragma once

#include "core/sync/SyncApi.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncLock.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace iq {

class Profile;
class TokenStore;
class SyncWorker;

// Runs syncs of one profile in the background: on start, on a timer, a few seconds after local changes
// and on demand. The sync itself runs on a worker thread with its own database connection; this object
// lives on the GUI thread, talks to the keychain, and tells the window what is going on. Being offline
// is a state like any other, retried later with growing pauses. A sync holds the profile's SyncLock
// from reading the tokens to keeping the refreshed ones, so it never overlaps one of iqm; tokens the
// keychain refused to keep stay in memory, are used by the next syncs and saved again by each.
class SyncController final : public QObject {
    Q_OBJECT
public:
    enum class State { LocalOnly, SignedOut, NoKeychain, Syncing, UpToDate, Offline, Failed };
    Q_ENUM(State)

    struct Options {
        int periodMs = 5 * 60 * 1000;
        int afterChangeMs = 3000;
        int firstRetryMs = 30 * 1000;
        int maxRetryMs = 15 * 60 * 1000;
        RetryPolicy retry{3, 1000, 10000, 60};
    };

    SyncController(Profile& profile, TokenStore& tokens, Options options, QObject* parent = nullptr);
    SyncController(Profile& profile, TokenStore& tokens, QObject* parent = nullptr)
        : SyncController(profile, tokens, Options{}, parent) {}
    ~SyncController() override;

    State state() const { return m_state; }
    QString message() const { return m_message; }
    QDateTime lastSync() const { return m_lastSync; }
    int pendingChanges();
    int openConflicts();
    // Local changes the server cannot take (refused or too large), kept aside until edited again.
    int changesSetAside();
    const SyncReport& lastReport() const { return m_lastReport; }

    // Starts the automatic syncs (and one right away when the profile is connected).
    void start();
    // The pause between automatic syncs: the profile's setting when it has one, else the options'.
    int periodMs() const { return m_periodic.interval(); }
    // The profile setting, in whole minutes, that overrides Options::periodMs.
    static QString intervalSettingKey() { return QStringLiteral("sync.interval_minutes"); }

public Q_SLOTS:
    void syncNow();
    // After signing in or out: re-reads the account and syncs when there is one.
    void accountChanged();
    // After the owner changed the preferences: takes the sync interval anew.
    void reloadPreferences();

Q_SIGNALS:
    void stateChanged(iq::SyncController::State state);
    void progress(int done, int total);
    void synced(const iq::SyncReport& report);

private:
    void setState(State state, const QString& message = {});
    void finished(bool ok, const iq::SyncReport& report, int errorCode, const QString& error);
    void scheduleRetry();
    void keepTokens(const SessionTokens& tokens);

    static constexpr int kLockRetryMs = 2000;

    Profile& m_profile;
    TokenStore& m_tokens;
    Options m_options;
    QThread m_thread;
    SyncWorker* m_worker = nullptr;
    QTimer m_periodic;
    QTimer m_afterChange;
    QTimer m_retry;
    SyncLock m_lock;
    SessionTokens m_unsaved; // refreshed tokens the keychain did not take
    QString m_unsavedError;
    State m_state = State::LocalOnly;
    QString m_message;
    QDateTime m_lastSync;
    SyncReport m_lastReport;
    bool m_running = false;
    bool m_again = false;
    int m_failures = 0;
    std::atomic_bool m_cancel{false};
};

// Lives on the controller's thread; opens its own connection to the profile database.
class SyncWorker final : public QObject {
    Q_OBJECT
public:
    SyncWorker(QString databasePath, RetryPolicy retry, std::atomic_bool& cancel);
    ~SyncWorker() override;

public Q_SLOTS:
    void run(const QString& server, const QString& accessToken, const QString& refreshToken);

Q_SIGNALS:
    void progress(int done, int total);
    void tokensRefreshed(const QString& accessToken, const QString& refreshToken);
    void finished(bool ok, const iq::SyncReport& report, int errorCode, const QString& error);

private:
    QString m_databasePath;
    RetryPolicy m_retry;
    std::atomic_bool& m_cancel;
    std::unique_ptr<class Database> m_database;
};

} // namespace iq

Q_DECLARE_METATYPE(iq::SyncReport)
