#pragma once

#include "shared/util/Result.h"

#include <QString>

#include <optional>

namespace iq::server {

class ServerDatabase;

// The accounts table: who can sign in, and with which password hash.
class AccountStore final {
public:
    struct NewAccount {
        QString id;
        QString email;
        QString name;
        QString passwordHash;
        QString cursorEpoch;
        QString createdAt;
    };
    struct Credentials {
        QString accountId;
        QString passwordHash;
    };
    struct Profile {
        QString email;
        QString name;
        QString createdAt;
    };

    explicit AccountStore(ServerDatabase& database)
        : m_database(database) {}

    // The id of the account with this (lower-case) e-mail address, if there is one.
    Result<std::optional<QString>> idByEmail(const QString& email);
    Result<std::optional<Credentials>> credentials(const QString& email);
    Result<std::optional<Profile>> profile(const QString& accountId);
    // Fails on an e-mail address that already has an account (the unique index decides).
    Status insert(const NewAccount& account);

private:
    ServerDatabase& m_database;
};

} // namespace iq::server
