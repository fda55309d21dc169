#include "server/store/DeviceStore.h"

#include "server/store/ServerDatabase.h"

namespace iq::server {

Result<qint64> DeviceStore::countForAccount(const QString& accountId) {
    auto found =
        m_database.exec(QStringLiteral("SELECT COUNT(*) FROM devices WHERE account_id = ?"), {accountId});
    if (!found)
        return found.error();
    return found.value().next() ? found->value(0).toLongLong() : qint64(0);
}

Result<bool> DeviceStore::exists(const QString& accountId, const QString& deviceId) {
    auto found =
        m_database.exec(QStringLiteral("SELECT 1 FROM devices WHERE account_id = ? AND device_id = ?"),
                        {accountId, deviceId});
    if (!found)
        return found.error();
    return found.value().next();
}

Status DeviceStore::insert(const QString& accountId, const QString& deviceId, const QString& name,
                           const QString& at) {
    auto inserted = m_database.exec(QStringLiteral("INSERT INTO devices (account_id, device_id, name, "
                                                   "first_seen, last_seen) VALUES (?, ?, ?, ?, ?)"),
                                    {accountId, deviceId, name, at, at});
    if (!inserted)
        return inserted.error();
    return Status::success();
}

Status DeviceStore::rename(const QString& accountId, const QString& deviceId, const QString& name,
                           const QString& at) {
    auto updated = m_database.exec(
        QStringLiteral("UPDATE devices SET name = ?, last_seen = ? WHERE account_id = ? AND device_id = ?"),
        {name, at, accountId, deviceId});
    if (!updated)
        return updated.error();
    return Status::success();
}

Status DeviceStore::touch(const QString& accountId, const QString& deviceId, const QString& at) {
    auto updated = m_database.exec(
        QStringLiteral("UPDATE devices SET last_seen = ? WHERE account_id = ? AND device_id = ?"),
        {at, accountId, deviceId});
    if (!updated)
        return updated.error();
    return Status::success();
}

Result<QList<DeviceStore::Device>> DeviceStore::list(const QString& accountId, qint64 now) {
    auto found = m_database.exec(
        QStringLiteral("SELECT d.device_id, d.name, d.first_seen, d.last_seen, "
                       "(SELECT COUNT(*) FROM sessions s WHERE s.account_id = d.account_id AND "
                       "s.device_id = d.device_id AND s.revoked = 0 AND s.refresh_expires > ?) "
                       "FROM devices d WHERE d.account_id = ? ORDER BY d.first_seen, d.device_id"),
        {now, accountId});
    if (!found)
        return found.error();
    QList<Device> devices;
    while (found.value().next())
        devices.append(Device{found->value(0).toString(), found->value(1).toString(),
                              found->value(2).toString(), found->value(3).toString(),
                              found->value(4).toLongLong()});
    return devices;
}

} // namespace iq::server
