#pragma once

#include "shared/util/Result.h"

#include <QList>
#include <QString>

namespace iq::server {

class ServerDatabase;

// The sign_ins table: every sign-in to an account, successful or not, that the account page shows.
class SignInStore final {
public:
    struct SignIn {
        QString id;
        QString accountId;
        QString at; // stored time (toStoredTime)
        QString ip;
        QString deviceId;
        QString deviceName;
        bool success = false;
        bool unusual = false;
    };

    explicit SignInStore(ServerDatabase& database)
        : m_database(database) {}

    Status record(const SignIn& signIn);
    // The latest first; at most limit of them.
    Result<QList<SignIn>> recent(const QString& accountId, int limit);

private:
    ServerDatabase& m_database;
};

} // namespace iq::server
