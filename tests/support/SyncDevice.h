#pragma once

#include "core/profile/Profile.h"
#include "core/store/ContactRepository.h"
#include "core/store/GroupRepository.h"
#include "core/sync/HttpClient.h"
#include "core/sync/SyncApi.h"
#include "core/sync/SyncEngine.h"

#include <QList>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

namespace iq::test {

// One device of an account: a profile of its own that signs in to a real iqmsgd and syncs with the real
// engine. Signing in goes straight to the server; syncing goes through syncUrl (a TcpProxy, say).
class SyncDevice final {
public:
    explicit SyncDevice(const QUrl& serverUrl, const QUrl& syncUrl = {}, int timeoutMs = 5000);
    Q_DISABLE_COPY_MOVE(SyncDevice)

    bool signUp(const QString& email);
    bool signIn(const QString& email, const QString& password = SyncDevice::password());
    // The server moved (restarted on another port): sign-in and sync go there from now on.
    void setServer(const QUrl& url);
    Result<SyncReport> sync();

    Profile& profile() { return *m_profile; }
    Database& db() { return m_profile->database(); }
    ContactRepository contacts() { return ContactRepository(db()); }
    GroupRepository groups() { return GroupRepository(db()); }
    int outbox();
    QString deviceId() const;
    // The session the last sign-in or sync left.
    SessionTokens tokens() const { return m_tokens; }
    // Every wait the syncs made before retrying, in milliseconds (a Retry-After among them).
    const QList<int>& sleeps() const { return m_sleeps; }

    SyncEngine::Options options;
    RetryPolicy policy{6, 50, 400, 30};
    std::function<void(const SyncProgress&)> onProgress;
    static QString password() { return QStringLiteral("device-password-1"); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<HttpClient> m_accounts;
    std::unique_ptr<HttpClient> m_sync;
    int m_timeoutMs;
    SessionTokens m_tokens;
    QList<int> m_sleeps;
};

// A new e-mail address for each account a test makes.
QString uniqueEmail(const char* stem);

} // namespace iq::test
