#include "server/auth/SignInThrottle.h"

#include "server/auth/Secrets.h"
#include "server/store/ServerDatabase.h"
#include "shared/util/Clock.h"

#include <algorithm>

namespace iq::server {

SignInThrottle::SignInThrottle(ServerDatabase& database, const Clock& clock, ThrottlePolicy policy)
    : m_database(database)
    , m_attempts(database)
    , m_clock(clock)
    , m_policy(policy) {}

Outcome<bool> SignInThrottle::admit(const QString& email) {
    const QString key = Secrets::tokenHash(email);
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    qint64 lockedUntil = 0;
    auto count = [&]() -> Status {
        auto found = m_attempts.find(key);
        if (!found)
            return found.error();
        const bool exists = found.value().has_value();
        SignInAttemptStore::Attempts attempts =
            found.value().value_or(SignInAttemptStore::Attempts{0, now, 0});
        lockedUntil = attempts.lockedUntil;
        if (lockedUntil > now)
            return Status::success();
        lockedUntil = 0;
        if (attempts.windowStart + m_policy.windowSeconds <= now) {
            attempts.failures = 0;
            attempts.windowStart = now;
        }
        ++attempts.failures;
        if (attempts.failures > m_policy.maxFailures)
            lockedUntil = now + m_policy.lockoutSeconds;
        attempts.lockedUntil = lockedUntil;
        return exists ? m_attempts.update(key, attempts) : m_attempts.insert(key, attempts);
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
    return m_attempts.clear(Secrets::tokenHash(email));
}

} // namespace iq::server
