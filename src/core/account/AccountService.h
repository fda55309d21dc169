#pragma once

#include "core/sync/SyncApi.h"
#include "core/sync/TokenStore.h"
#include "shared/util/Result.h"

#include <QString>

namespace iq {

class Profile;

// Which account a profile syncs with; kept in the profile's settings (no secrets).
struct AccountConnection {
    QString server;
    QString accountId;
    QString email;
    QString name;
    bool isConnected() const { return !server.isEmpty() && !accountId.isEmpty(); }
};

// Signing a profile up, in and out. A local-only profile that signs in becomes connected: its outbox
// (everything done offline so far) is uploaded by the next sync. Tokens go to the TokenStore only; when
// that fails the session is revoked again and the error says to keep working offline.
class AccountService final {
public:
    AccountService(Profile& profile, TokenStore& tokens);

    AccountConnection connection();
    QString deviceId();
    static QString deviceName();
    static QString tokenKey(const QString& server, const QString& accountId);

    // The network half of signing up or in, safe on any thread (no keychain, no database): a worker
    // runs it and hands the session to complete() on the profile's thread.
    struct Request {
        QString server;
        QString email;
        QString name; // sign-up only
        QString password;
        QString deviceId;
        bool signUp = false;
        int timeoutMs = 30000;
    };
    static Result<wire::Session> request(const Request& request);
    // Stores the session's tokens in the keychain and connects the profile.
    Result<wire::Session> complete(const QString& server, const wire::Session& session);

    Result<wire::Session> signUp(const QString& server, const QString& email, const QString& name,
                                 const QString& password, int timeoutMs = 30000);
    Result<wire::Session> signIn(const QString& server, const QString& email, const QString& password,
                                 int timeoutMs = 30000);
    // Revokes this device's session when the server can be reached, forgets the tokens either way.
    Status signOut(int timeoutMs = 10000);

    Result<SessionTokens> storedTokens();
    Status storeTokens(const SessionTokens& tokens);
    // Records the profile in the accounts index (and makes it current when asked).
    Status updateIndex(bool makeCurrent);

private:
    static void revoke(const QString& server, const SessionTokens& tokens);

    Profile& m_profile;
    TokenStore& m_tokens;
};

} // namespace iq
