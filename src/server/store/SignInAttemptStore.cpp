#include "server/store/SignInAttemptStore.h"

#include "server/store/ServerDatabase.h"

namespace iq::server {

Result<std::optional<SignInAttemptStore::Attempts>> SignInAttemptStore::find(const QString& emailHash) {
    auto found = m_database.exec(
        QStringLiteral(
            "SELECT failures, window_start, locked_until FROM sign_in_attempts WHERE email_hash = ?") +
            m_database.forUpdate(),
        {emailHash});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<Attempts>();
    return std::optional<Attempts>(
        Attempts{found->value(0).toLongLong(), found->value(1).toLongLong(), found->value(2).toLongLong()});
}

Status SignInAttemptStore::insert(const QString& emailHash, const Attempts& attempts) {
    auto inserted =
        m_database.exec(QStringLiteral("INSERT INTO sign_in_attempts (email_hash, failures, "
                                       "window_start, locked_until) VALUES (?, ?, ?, ?)"),
                        {emailHash, attempts.failures, attempts.windowStart, attempts.lockedUntil});
    if (!inserted)
        return inserted.error();
    return Status::success();
}

Status SignInAttemptStore::update(const QString& emailHash, const Attempts& attempts) {
    auto updated =
        m_database.exec(QStringLiteral("UPDATE sign_in_attempts SET failures = ?, window_start = ?, "
                                       "locked_until = ? WHERE email_hash = ?"),
                        {attempts.failures, attempts.windowStart, attempts.lockedUntil, emailHash});
    if (!updated)
        return updated.error();
    return Status::success();
}

Status SignInAttemptStore::clear(const QString& emailHash) {
    auto cleared =
        m_database.exec(QStringLiteral("DELETE FROM sign_in_attempts WHERE email_hash = ?"), {emailHash});
    if (!cleared)
        return cleared.error();
    return Status::success();
}

} // namespace iq::server
