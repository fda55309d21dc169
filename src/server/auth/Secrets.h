#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace iq::server {

// Passwords and tokens. Passwords are kept only as Argon2id hashes (libsodium's crypto_pwhash_str,
// salted, with its "interactive" cost); tokens are 256 random bits and kept only as SHA-256 hashes,
// which is enough for secrets nobody can guess and keeps checking a token cheap on every request.
class Secrets final {
public:
    static Status initialize();
    static Result<QString> hashPassword(const QString& password);
    static bool verifyPassword(const QString& password, const QString& hash);
    // A new random token, base64url without padding (43 characters).
    static QString newToken();
    static QString tokenHash(const QString& token);
    static QString newId(); // UUID without braces
};

} // namespace iq::server
