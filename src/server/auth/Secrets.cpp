#include "server/auth/Secrets.h"

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

QString Secrets::decoyHash() {
    static const QString decoy = hashPassword(newToken()).value();
    return decoy;
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

namespace {

QByteArray sealKey(const QString& token) {
    static const QByteArray context = QByteArrayLiteral("iqmsgd refresh grace v1:");
    const QByteArray input = context + token.toUtf8();
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(key.data()), static_cast<size_t>(key.size()),
                       reinterpret_cast<const unsigned char*>(input.constData()),
                       static_cast<unsigned long long>(input.size()), nullptr, 0);
    return key;
}

} // namespace

QString Secrets::seal(const QString& token, const QString& text) {
    const QByteArray key = sealKey(token);
    const QByteArray plain = text.toUtf8();
    QByteArray sealed(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(),
                      Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char*>(plain.constData()),
                          static_cast<unsigned long long>(plain.size()), nonce,
                          reinterpret_cast<const unsigned char*>(key.constData()));
    return QString::fromLatin1(sealed.toBase64());
}

QString Secrets::open(const QString& token, const QString& sealed) {
    const QByteArray bytes = QByteArray::fromBase64(sealed.toLatin1());
    const qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (bytes.size() < overhead)
        return {};
    const QByteArray key = sealKey(token);
    QByteArray plain(bytes.size() - overhead, Qt::Uninitialized);
    const auto* nonce = reinterpret_cast<const unsigned char*>(bytes.constData());
    if (crypto_secretbox_open_easy(
            reinterpret_cast<unsigned char*>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
            static_cast<unsigned long long>(bytes.size() - crypto_secretbox_NONCEBYTES), nonce,
            reinterpret_cast<const unsigned char*>(key.constData())) != 0)
        return {};
    return QString::fromUtf8(plain);
}

} // namespace iq::server
