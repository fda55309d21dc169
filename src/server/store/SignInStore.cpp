#include "server/store/SignInStore.h"

#include "server/store/ServerDatabase.h"

namespace iq::server {

Status SignInStore::record(const SignIn& signIn) {
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO sign_ins (id, account_id, at, ip, device_id, device_name, success, "
                       "unusual) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {signIn.id, signIn.accountId, signIn.at, signIn.ip, signIn.deviceId, signIn.deviceName,
         signIn.success ? 1 : 0, signIn.unusual ? 1 : 0});
    if (!inserted)
        return inserted.error();
    return Status::success();
}

Result<QList<SignInStore::SignIn>> SignInStore::recent(const QString& accountId, int limit) {
    auto found = m_database.exec(
        QStringLiteral("SELECT id, at, ip, device_id, device_name, success, unusual FROM sign_ins "
                       "WHERE account_id = ? ORDER BY at DESC, id LIMIT %1")
            .arg(limit),
        {accountId});
    if (!found)
        return found.error();
    QList<SignIn> signIns;
    while (found.value().next())
        signIns.append(SignIn{found->value(0).toString(), accountId, found->value(1).toString(),
                              found->value(2).toString(), found->value(3).toString(),
                              found->value(4).toString(), found->value(5).toInt() != 0,
                              found->value(6).toInt() != 0});
    return signIns;
}

} // namespace iq::server
