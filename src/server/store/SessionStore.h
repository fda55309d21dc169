#pragma once

#include "shared/util/Result.h"

#include <QString>
#include <QVariantList>

#include <optional>

namespace iq::server {

class ServerDatabase;

// The sessions table, one per signed-in device, and the refresh tokens rotated away from them. Only
// hashes of tokens are stored; times are seconds since the epoch.
class SessionStore final {
public:
    struct Session {
        QString id;
        QString accountId;
        QString deviceId;
        qint64 accessExpires = 0;
        QString refreshHash;
        qint64 refreshExpires = 0;
        bool revoked = false;
    };
    struct NewSession {
        QString id;
        QString accountId;
        QString deviceId;
        QString accessHash;
        qint64 accessExpires = 0;
        QString refreshHash;
        qint64 refreshExpires = 0;
        QString createdAt;
    };
    struct RetiredToken {
        QString sessionId;
        qint64 retiredAt = 0;
        QString successor; // the sealed pair it was rotated to; empty once past its grace
    };

    explicit SessionStore(ServerDatabase& database)
        : m_database(database) {}

    Result<std::optional<Session>> byAccessHash(const QString& accessHash);
    // byRefreshHash and byId lock the session's row until the end of the transaction (PostgreSQL),
    // so that two refreshes with one token rotate it once.
    Result<std::optional<Session>> byRefreshHash(const QString& refreshHash);
    Result<std::optional<Session>> byId(const QString& sessionId);

    Status insert(const NewSession& session);
    Status rotate(const QString& sessionId, const QString& accessHash, qint64 accessExpires,
                  const QString& refreshHash, qint64 refreshExpires);
    Status revoke(const QString& sessionId);
    Status revokeAccount(const QString& accountId);
    Status revokeDevice(const QString& accountId, const QString& deviceId);

    Status retire(const QString& tokenHash, const QString& sessionId, qint64 retiredAt,
                  const QString& successor);
    Result<std::optional<RetiredToken>> retired(const QString& tokenHash);
    // Drops the successors of tokens retired before this time; the tokens themselves stay known.
    Status forgetSuccessorsBefore(qint64 retiredBefore);

private:
    Result<std::optional<Session>> find(const QString& column, const QString& value, bool lock);
    Status revokeWhere(const QString& condition, const QVariantList& values);

    ServerDatabase& m_database;
};

} // namespace iq::server
