#pragma once

#include "shared/util/Result.h"

#include <QString>

namespace iq {

class Database;

// The accounts this profile has been signed in to, as the `accounts` table keeps them (the
// connection itself, server and tokens, lives in the settings and the keychain).
class AccountRecords final {
public:
    explicit AccountRecords(Database& database)
        : m_database(database) {}

    // Adds the account or brings its server, e-mail and name up to date.
    Status remember(const QString& accountId, const QString& server, const QString& email,
                    const QString& name, const QString& at);
    // The business name of the most recently updated account that has one; empty when none has.
    QString latestBusinessName();

private:
    Database& m_database;
};

} // namespace iq
