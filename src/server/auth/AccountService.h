#pragma once

#include "server/api/ApiError.h"
#include "server/api/JsonInput.h"
#include "server/auth/SignInThrottle.h"
#include "server/store/AccountStore.h"
#include "server/store/DeviceStore.h"
#include "server/store/SessionStore.h"
#include "server/store/SignInStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace iq {
class Clock;
}

namespace iq::server {

class ServerDatabase;

// Who is calling: the account and session an access token belongs to.
struct AuthContext {
    QString accountId;
    QString sessionId;
    QString deviceId;
};

struct TokenLifetimes {
    qint64 accessSeconds = 900;
    qint64 refreshSeconds = 30 * 24 * 3600;
    // How long a rotated refresh token still answers the pair it was rotated to: two programs of one
    // device that refresh at once both go on, instead of the second looking like a stolen token.
    qint64 refreshGraceSeconds = 60;
};

// A sign-up between checking its fields and storing the account; the password is hashed in between,
// off the thread that serves requests.
struct SignUpAttempt {
    QString email;
    QString name;
    QString password;
    input::Device device;
};

// A sign-in between finding the account and opening the session; the password is checked in between,
// off the thread that serves requests. accountId is empty when no account has this e-mail (hash is
// then a decoy, so that the check costs the same).
struct SignInAttempt {
    QString email;
    QString password;
    QString ip;
    input::Device device;
    QString accountId;
    QString hash;
};

// Accounts, sessions and sign-in events. Takes request bodies as parsed JSON, validates them and
// answers the reply body (docs/api.md, "Accounts and sessions"). Sign-up and sign-in come in two
// halves around the password hashing, which the caller runs elsewhere; both halves touch the database
// and run on the thread that owns it.
class AccountService final {
public:
    AccountService(ServerDatabase& database, const Clock& clock, TokenLifetimes lifetimes,
                   ThrottlePolicy throttle = {});
    Q_DISABLE_COPY_MOVE(AccountService)

    Outcome<SignUpAttempt> prepareSignUp(const QJsonObject& body);
    // hash: of attempt.password, empty when hashing failed. An address that already has an account
    // answers exactly as a new one (nothing is changed): sign-up must not tell which addresses exist.
    Outcome<QJsonObject> finishSignUp(const SignUpAttempt& attempt, const QString& hash);
    Outcome<SignInAttempt> prepareSignIn(const QJsonObject& body, const QString& ip);
    Outcome<QJsonObject> finishSignIn(const SignInAttempt& attempt, bool passwordMatches);
    Outcome<QJsonObject> refresh(const QJsonObject& body);
    // authorization: the value of the Authorization header.
    Outcome<AuthContext> authenticate(const QByteArray& authorization);
    Outcome<bool> signOut(const AuthContext& context);
    Outcome<bool> signOutEverywhere(const AuthContext& context);
    Outcome<QJsonObject> account(const AuthContext& context);

    // Creates an account directly (demo data); answers its id, or the id it already has.
    Outcome<QString> ensureAccount(const QString& email, const QString& name, const QString& password);

private:
    struct Issued {
        QString accessToken;
        QString refreshToken;
    };
    Outcome<Issued> openSession(const QString& accountId, const QString& deviceId);
    // refresh() of a token that is no longer a session's current one.
    Status refreshRetired(const QString& token, const QString& hash, qint64 now, QString& accountId,
                          QString& deviceId, Issued& issued);
    Status recordDevice(const QString& accountId, const QString& deviceId, const QString& deviceName,
                        bool* isNew);
    Status recordSignIn(const QString& accountId, const QString& ip, const QString& deviceId,
                        const QString& deviceName, bool success, bool unusual);
    AccountStore::NewAccount newAccount(const QString& id, const QString& email, const QString& name,
                                        const QString& hash) const;
    QJsonObject sessionReply(const QString& accountId, const QString& deviceId, const Issued& tokens,
                             bool unusual);

    ServerDatabase& m_database;
    const Clock& m_clock;
    TokenLifetimes m_lifetimes;
    AccountStore m_accounts;
    DeviceStore m_devices;
    SessionStore m_sessions;
    SignInStore m_signIns;
    SignInThrottle m_throttle;
};

} // namespace iq::server
