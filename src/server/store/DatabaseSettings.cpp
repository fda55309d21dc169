#include "server/store/DatabaseSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace iq::server {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("iq::server::DatabaseSettings", text);
}

// Where the user part of a URL ends: the last '@' before the path, so that an unencoded '@' in a
// password is still taken as part of it.
qsizetype userInfoEnd(const QString& url, qsizetype authorityStart) {
    qsizetype end = url.indexOf(QLatin1Char('/'), authorityStart);
    if (end < 0)
        end = url.size();
    return end > authorityStart ? url.lastIndexOf(QLatin1Char('@'), end - 1) : -1;
}

} // namespace

Result<QString> DatabaseSettings::readPasswordFile(const QString& passwordFile) {
    if (passwordFile.isEmpty())
        return QString();
    const QFileInfo info(passwordFile);
    if (!info.isFile())
        return Error::make(Error::Code::InvalidInput,
                           tr("--database-password-file %1 is not a file.").arg(passwordFile));
    // Like libpq with ~/.pgpass: a password others can read is no longer a secret.
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (info.permissions() & others)
        return Error::make(Error::Code::InvalidInput,
                           tr("--database-password-file %1 can be read by other users; make it readable "
                              "by its owner only (chmod 600 %1).")
                               .arg(passwordFile));
    QFile file(passwordFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Code::Io,
            tr("Cannot read --database-password-file %1: %2").arg(passwordFile, file.errorString()));
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return Error::make(
            Error::Code::InvalidInput,
            tr("--database-password-file %1 is empty; its first line is the password.").arg(passwordFile));
    return QString::fromUtf8(line);
}

bool PostgresUrl::isPostgres(const QString& url) {
    return url.startsWith(QLatin1String("postgres://")) || url.startsWith(QLatin1String("postgresql://"));
}

bool PostgresUrl::isSslMode(const QString& mode) {
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes.contains(mode);
}

bool PostgresUrl::carriesPassword(const QString& url) {
    return redacted(url) != url;
}

QString PostgresUrl::redacted(const QString& url) {
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    if (scheme < 0)
        return url;
    const qsizetype authority = scheme + 3;
    const qsizetype at = userInfoEnd(url, authority);
    if (at < authority)
        return url;
    const qsizetype colon = url.indexOf(QLatin1Char(':'), authority);
    if (colon < 0 || colon > at)
        return url;
    return url.left(colon + 1) + QStringLiteral("***") + url.mid(at);
}

Result<PostgresUrl> PostgresUrl::parse(const QString& url) {
    const QUrl parsed(url);
    PostgresUrl result;
    result.host = parsed.host();
    result.port = parsed.port(5432);
    result.database = parsed.path().mid(1);
    result.user = parsed.userName();
    result.password = parsed.password();
    if (!isPostgres(url) || !parsed.isValid() || result.host.isEmpty() || result.database.isEmpty())
        return Error::make(
            Error::Code::InvalidInput,
            tr("--database \"%1\" is not of the form postgres://USER@HOST[:PORT]/DB.").arg(redacted(url)));
    static const QStringList known{QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
                                   QStringLiteral("sslcert"), QStringLiteral("sslkey"),
                                   QStringLiteral("sslcrl")};
    const auto items = QUrlQuery(parsed).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (!known.contains(key))
            return Error::make(Error::Code::InvalidInput, tr("--database: unknown option \"%1\" (known: %2).")
                                                              .arg(key, known.join(QStringLiteral(", "))));
        // QPSQL passes options on unquoted: a value must be one word.
        if (value.isEmpty() || value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char(';')) ||
            value.contains(QLatin1Char('\'')) || value.contains(QLatin1Char('\\')))
            return Error::make(Error::Code::InvalidInput,
                               tr("--database: option \"%1\" needs a value without spaces, quotes, "
                                  "backslashes or semicolons.")
                                   .arg(key));
        if (key == QLatin1String("sslmode") && !isSslMode(value))
            return Error::make(Error::Code::InvalidInput,
                               tr("--database: sslmode \"%1\" is not one of disable, allow, prefer, require, "
                                  "verify-ca, verify-full.")
                                   .arg(value));
        result.options.append({key, value});
    }
    return result;
}

} // namespace iq::server
