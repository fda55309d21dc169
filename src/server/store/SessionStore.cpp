#include "server/store/SessionStore.h"

#include "server/store/ServerDatabase.h"

namespace iq::server {

Result<std::optional<SessionStore::Session>> SessionStore::byAccessHash(const QString& accessHash) {
    return find(QStringLiteral("access_hash"), accessHash, false);
}

Result<std::optional<SessionStore::Session>> SessionStore::byRefreshHash(const QString& refreshHash) {
    return find(QStringLiteral("refresh_hash"), refreshHash, true);
}

Result<std::optional<SessionStore::Session>> SessionStore::byId(const QString& sessionId) {
    return find(QStringLiteral("id"), sessionId, true);
}

Result<std::optional<SessionStore::Session>> SessionStore::find(const QString& column, const QString& value,
                                                                bool lock) {
    // column is one of this class's own names, never input.
    auto found = m_database.exec(
        QStringLiteral("SELECT id, account_id, device_id, access_expires, refresh_hash, refresh_expires, "
                       "revoked FROM sessions WHERE %1 = ?")
                .arg(column) +
            (lock ? m_database.forUpdate() : QString()),
        {value});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<Session>();
    return std::optional<Session>(Session{found->value(0).toString(), found->value(1).toString(),
                                          found->value(2).toString(), found->value(3).toLongLong(),
                                          found->value(4).toString(), found->value(5).toLongLong(),
                                          found->value(6).toInt() != 0});
}

Status SessionStore::insert(const NewSession& session) {
    auto inserted = m_database.exec(
        QStringLiteral(
            "INSERT INTO sessions (id, account_id, device_id, access_hash, access_expires, refresh_hash, "
            "refresh_expires, revoked, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)"),
        {session.id, session.accountId, session.deviceId, session.accessHash, session.accessExpires,
         session.refreshHash, session.refreshExpires, session.createdAt});
    if (!inserted)
        return inserted.error();
    return Status::success();
}

Status SessionStore::rotate(const QString& sessionId, const QString& accessHash, qint64 accessExpires,
                            const QString& refreshHash, qint64 refreshExpires) {
    auto rotated = m_database.exec(
        QStringLiteral("UPDATE sessions SET access_hash = ?, access_expires = ?, refresh_hash = ?, "
                       "refresh_expires = ? WHERE id = ?"),
        {accessHash, accessExpires, refreshHash, refreshExpires, sessionId});
    if (!rotated)
        return rotated.error();
    return Status::success();
}

Status SessionStore::revoke(const QString& sessionId) {
    return revokeWhere(QStringLiteral("id = ?"), {sessionId});
}

Status SessionStore::revokeAccount(const QString& accountId) {
    return revokeWhere(QStringLiteral("account_id = ?"), {accountId});
}

Status SessionStore::revokeDevice(const QString& accountId, const QString& deviceId) {
    return revokeWhere(QStringLiteral("account_id = ? AND device_id = ? AND revoked = 0"),
                       {accountId, deviceId});
}

Status SessionStore::revokeWhere(const QString& condition, const QVariantList& values) {
    auto revoked =
        m_database.exec(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE ") + condition, values);
    if (!revoked)
        return revoked.error();
    return Status::success();
}

Status SessionStore::retire(const QString& tokenHash, const QString& sessionId, qint64 retiredAt,
                            const QString& successor) {
    auto retired = m_database.exec(
        QStringLiteral("INSERT INTO retired_refresh_tokens (token_hash, session_id, retired_at, successor) "
                       "VALUES (?, ?, ?, ?)"),
        {tokenHash, sessionId, retiredAt, successor});
    if (!retired)
        return retired.error();
    return Status::success();
}

Result<std::optional<SessionStore::RetiredToken>> SessionStore::retired(const QString& tokenHash) {
    auto found = m_database.exec(
        QStringLiteral(
            "SELECT session_id, retired_at, successor FROM retired_refresh_tokens WHERE token_hash = ?"),
        {tokenHash});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<RetiredToken>();
    return std::optional<RetiredToken>(
        RetiredToken{found->value(0).toString(), found->value(1).toLongLong(), found->value(2).toString()});
}

Status SessionStore::forgetSuccessorsBefore(qint64 retiredBefore) {
    auto cleared = m_database.exec(QStringLiteral("UPDATE retired_refresh_tokens SET successor = NULL WHERE "
                                                  "successor IS NOT NULL AND retired_at < ?"),
                                   {retiredBefore});
    if (!cleared)
        return cleared.error();
    return Status::success();
}

} // namespace iq::server
