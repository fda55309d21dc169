#include "auth/Secrets.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUuid>

#include <sodium.h>

namespace iq::server {

Status Secrets::initialize() {
    if (sodium_init() < 0)
        return Error::make(Error::Code::Generic,
                           QCoreApplication::translate("iq::server", "libsodium could not be initialised."));
    return Status::success();
}

Result<QString> Secrets::hashPassword(const QString& password) {
    const QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error::make(
            Error::Code::Generic,
            QCoreApplication::translate("iq::server", "Out of memory while hashing a password."));
    return QString::fromLatin1(hash);
}

bool Secrets::verifyPassword(const QString& password, const QString& hash) {
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

QString Secrets::newToken() {
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Secrets::tokenHash(const QString& token) {
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString Secrets::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace iq::server
