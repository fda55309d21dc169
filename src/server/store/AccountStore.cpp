#include "server/store/AccountStore.h"

#include "server/store/ServerDatabase.h"

namespace iq::server {

Result<std::optional<QString>> AccountStore::idByEmail(const QString& email) {
    auto found = m_database.exec(QStringLiteral("SELECT id FROM accounts WHERE email = ?"), {email});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<QString>();
    return std::optional<QString>(found->value(0).toString());
}

Result<std::optional<AccountStore::Credentials>> AccountStore::credentials(const QString& email) {
    auto found =
        m_database.exec(QStringLiteral("SELECT id, password_hash FROM accounts WHERE email = ?"), {email});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<Credentials>();
    return std::optional<Credentials>(Credentials{found->value(0).toString(), found->value(1).toString()});
}

Result<std::optional<AccountStore::Profile>> AccountStore::profile(const QString& accountId) {
    auto found = m_database.exec(QStringLiteral("SELECT email, name, created_at FROM accounts WHERE id = ?"),
                                 {accountId});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<Profile>();
    return std::optional<Profile>(
        Profile{found->value(0).toString(), found->value(1).toString(), found->value(2).toString()});
}

Status AccountStore::insert(const NewAccount& account) {
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO accounts (id, email, name, password_hash, cursor_epoch, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {account.id, account.email, account.name, account.passwordHash, account.cursorEpoch,
         account.createdAt});
    if (!inserted)
        return inserted.error();
    return Status::success();
}

} // namespace iq::server
