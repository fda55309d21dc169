#pragma once

#include "shared/util/Result.h"

#include <QString>

#include <optional>

namespace iq::server {

class ServerDatabase;

// The sign_in_attempts table: failed sign-ins per e-mail address (by its hash), counted over a window,
// and until when the address is locked out. Times are seconds since the epoch.
class SignInAttemptStore final {
public:
    struct Attempts {
        qint64 failures = 0;
        qint64 windowStart = 0;
        qint64 lockedUntil = 0;
    };

    explicit SignInAttemptStore(ServerDatabase& database)
        : m_database(database) {}

    // Locks the row until the end of the transaction (PostgreSQL), so that counts do not get lost.
    Result<std::optional<Attempts>> find(const QString& emailHash);
    // Fails when another process inserted the row first (the primary key decides).
    Status insert(const QString& emailHash, const Attempts& attempts);
    Status update(const QString& emailHash, const Attempts& attempts);
    Status clear(const QString& emailHash);

private:
    ServerDatabase& m_database;
};

} // namespace iq::server
