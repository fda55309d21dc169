#include "server/auth/SignInThrottle.h"

#include "server/auth/Secrets.h"
#include "server/store/ServerDatabase.h"
#include "shared/util/Clock.h"

#include <algorithm>

namespace iq::server {

SignInThrottle::SignInThrottle(ServerDatabase& database, const Clock& clock, ThrottlePolicy policy)
    : m_database(database)
    , m_clock(clock)
    , m_policy(policy) {}

Outcome<bool> SignInThrottle::admit(const QString& email) {
    const QString key = Secrets::tokenHash(email);
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    qint64 lockedUntil = 0;
    auto count = [&]() -> Status {
        auto found = m_database.exec(
            QStringLiteral("SELECT failures, window_start, locked_until FROM sign_in_attempts "
                           "WHERE email_hash = ?") +
                m_database.forUpdate(),
            {key});
        if (!found)
            return found.error();
        qint64 failures = 0;
        qint64 windowStart = now;
        const bool exists = found.value().next();
        if (exists) {
            failures = found->value(0).toLongLong();
            windowStart = found->value(1).toLongLong();
            lockedUntil = found->value(2).toLongLong();
        }
        found.value().finish();
        if (lockedUntil > now)
            return Status::success();
        lockedUntil = 0;
        if (windowStart + m_policy.windowSeconds <= now) {
            failures = 0;
            windowStart = now;
        }
        ++failures;
        if (failures > m_policy.maxFailures)
            lockedUntil = now + m_policy.lockoutSeconds;
        auto counted =
            exists ? m_database.exec(
                         QStringLiteral("UPDATE sign_in_attempts SET failures = ?, window_start = ?, "
                                        "locked_until = ? WHERE email_hash = ?"),
                         {failures, windowStart, lockedUntil, key})
                   : m_database.exec(QStringLiteral("INSERT INTO sign_in_attempts (email_hash, failures, "
                                                    "window_start, locked_until) VALUES (?, ?, ?, ?)"),
                                     {key, failures, windowStart, lockedUntil});
        if (!counted)
            return counted.error();
        return Status::success();
    };
    Status status = m_database.transaction(count);
    if (!status) {
        // The first attempts on an address at the same moment in two processes both insert its row;
        // one loses on the primary key, and counts again on the row the other made.
        lockedUntil = 0;
        status = m_database.transaction(count);
    }
    if (!status)
        return ApiError::fromStorage(status.error());
    if (lockedUntil > now)
        return ApiError::rateLimited(int(std::min<qint64>(lockedUntil - now, m_policy.lockoutSeconds)));
    return true;
}

Status SignInThrottle::succeeded(const QString& email) {
    auto cleared = m_database.exec(QStringLiteral("DELETE FROM sign_in_attempts WHERE email_hash = ?"),
                                   {Secrets::tokenHash(email)});
    if (!cleared)
        return cleared.error();
    return Status::success();
}

} // namespace iq::server
