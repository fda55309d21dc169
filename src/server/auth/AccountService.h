#pragma once

#include "http/ApiError.h"

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
};

// Accounts, sessions and sign-in events. Takes request bodies as parsed JSON, validates them and
// answers the reply body (docs/api.md, "Accounts and sessions").
class AccountService final {
public:
    AccountService(ServerDatabase& database, const Clock& clock, TokenLifetimes lifetimes);
    Q_DISABLE_COPY_MOVE(AccountService)

    Outcome<QJsonObject> signUp(const QJsonObject& body, const QString& ip);
    Outcome<QJsonObject> signIn(const QJsonObject& body, const QString& ip);
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
    Status recordDevice(const QString& accountId, const QString& deviceId, const QString& deviceName,
                        bool* isNew);
    Status recordSignIn(const QString& accountId, const QString& ip, const QString& deviceId,
                        const QString& deviceName, bool success, bool unusual);
    QJsonObject sessionReply(const QString& accountId, const QString& deviceId, const Issued& tokens,
                             bool unusual);

    ServerDatabase& m_database;
    const Clock& m_clock;
    TokenLifetimes m_lifetimes;
};

} // namespace iq::server
