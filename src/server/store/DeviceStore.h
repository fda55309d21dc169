#pragma once

#include "shared/util/Result.h"

#include <QList>
#include <QString>

namespace iq::server {

class ServerDatabase;

// The devices table: every device an account has signed in on, with when it was first and last seen.
class DeviceStore final {
public:
    struct Device {
        QString id;
        QString name;
        QString firstSeen;
        QString lastSeen;
        qint64 activeSessions = 0; // sessions not revoked whose refresh token has not expired
    };

    explicit DeviceStore(ServerDatabase& database)
        : m_database(database) {}

    Result<qint64> countForAccount(const QString& accountId);
    Result<bool> exists(const QString& accountId, const QString& deviceId);
    // at: the stored time (toStoredTime) for both first and last seen.
    Status insert(const QString& accountId, const QString& deviceId, const QString& name, const QString& at);
    Status rename(const QString& accountId, const QString& deviceId, const QString& name, const QString& at);
    Status touch(const QString& accountId, const QString& deviceId, const QString& at);
    // The account's devices in the order they were first seen; now: seconds since the epoch, to
    // count the sessions still usable.
    Result<QList<Device>> list(const QString& accountId, qint64 now);

private:
    ServerDatabase& m_database;
};

} // namespace iq::server
