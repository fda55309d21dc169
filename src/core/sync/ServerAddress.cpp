#include "core/sync/ServerAddress.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace iq {

// The translation context of this file's messages: lupdate files ServerAddressText::tr() calls under it,
// and the same context is asked for at run time.
class ServerAddressText final {
    Q_DECLARE_TR_FUNCTIONS(iq::ServerAddress)
};

bool ServerAddress::isLoopback(const QString& host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return true; // RFC 6761: always this computer
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<QUrl> ServerAddress::parse(const QString& text) {
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty())
        return Error::make(
            Error::Code::InvalidInput,
            ServerAddressText::tr("\"%1\" is not a server address; use one like https://sync.example.com.")
                .arg(text));
    if (Status allowed = check(url); !allowed)
        return allowed.error();
    return url;
}

Status ServerAddress::check(const QUrl& url) {
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http") && isLoopback(url.host()))
        return {};
    return Error::make(
        Error::Code::InvalidInput,
        ServerAddressText::tr("%1 is not a secure address: the password and sign-in tokens would travel "
                              "unencrypted. Use https:// (plain http:// is allowed only for a server on this "
                              "computer, such as http://127.0.0.1).")
            .arg(url.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash)));
}

} // namespace iq
