#pragma once

#include "shared/util/Result.h"

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
    // A hash of no one's password, made once: checked against when the e-mail has no account, so that
    // such a sign-in costs what a wrong password costs. Safe on any thread.
    static QString decoyHash();
    // A new random token, base64url without padding (43 characters).
    static QString newToken();
    static QString tokenHash(const QString& token);
    static QString newId(); // UUID without braces

    // Encrypts text with a key derived from token (not from its stored SHA-256 hash), so that only
    // whoever presents the token again can read it back; open() answers an empty string otherwise.
    static QString seal(const QString& token, const QString& text);
    static QString open(const QString& token, const QString& sealed);
};

} // namespace iq::server
