#pragma once

#include "core/sync/TokenStore.h"

namespace iq {

// Tokens in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows). Every call waits for its keychain job with a local event loop, so it is used from
// the thread that owns the keychain conversation (the GUI thread, or iqm's only thread), never from a
// sync worker. No insecure fallback: when no keychain answers, the error says so and nothing is stored.
class KeychainTokenStore final : public TokenStore {
public:
    explicit KeychainTokenStore(QString service = QStringLiteral("IQ Messaging"));

    Result<QString> read(const QString& key) override;
    Status write(const QString& key, const QString& secret) override;
    Status remove(const QString& key) override;

    // Writes, reads back and removes a probe entry: tells whether a keychain is reachable at all.
    Status probe();

private:
    QString m_service;
};

} // namespace iq
