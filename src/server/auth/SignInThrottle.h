#pragma once

#include "server/api/ApiError.h"
#include "server/store/SignInAttemptStore.h"

#include <QString>

namespace iq {
class Clock;
}

namespace iq::server {

class ServerDatabase;

struct ThrottlePolicy {
    int maxFailures = 10;            // failed sign-ins per e-mail address in one window...
    qint64 windowSeconds = 15 * 60;  // ...counted over this long...
    qint64 lockoutSeconds = 15 * 60; // ...then sign-ins to it are refused this long
};

// Failed sign-ins per e-mail address, whatever the client address, in the database so that every
// iqmsgd on one PostgreSQL counts them together (the per-IP limit of RateLimiter stays per process).
// Addresses without an account are counted alike: a lockout must not tell which addresses exist.
class SignInThrottle final {
public:
    SignInThrottle(ServerDatabase& database, const Clock& clock, ThrottlePolicy policy);
    Q_DISABLE_COPY_MOVE(SignInThrottle)

    // Counts an attempt as failed before the password is checked, so that many attempts in flight at
    // once cannot pass the limit together. Answers 429 rate_limited while the address is locked out.
    Outcome<bool> admit(const QString& email);
    // The password was right: the address starts again from no failures.
    Status succeeded(const QString& email);

private:
    ServerDatabase& m_database;
    SignInAttemptStore m_attempts;
    const Clock& m_clock;
    ThrottlePolicy m_policy;
};

} // namespace iq::server
