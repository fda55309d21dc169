#pragma once

#include "shared/util/Result.h"

#include <QHash>
#include <QString>

namespace iq {

// Where an account's tokens are kept between runs. The only implementation used by the applications is
// the OS keychain (KeychainTokenStore); tokens never go to QSettings, SQLite or a log.
class TokenStore {
public:
    virtual ~TokenStore() = default;
    // Error::Code::NotFound when nothing is stored under key; Error::Code::Io when no keychain answers.
    virtual Result<QString> read(const QString& key) = 0;
    virtual Status write(const QString& key, const QString& secret) = 0;
    // Removing a key that is not there succeeds.
    virtual Status remove(const QString& key) = 0;
};

// Keeps secrets in memory only: for tests of code that needs a TokenStore but not a keychain.
class MemoryTokenStore final : public TokenStore {
public:
    Result<QString> read(const QString& key) override;
    Status write(const QString& key, const QString& secret) override;
    Status remove(const QString& key) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace iq
