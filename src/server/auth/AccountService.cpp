#include "server/auth/AccountService.h"

#include "server/auth/Secrets.h"
#include "server/http/JsonInput.h"
#include "server/store/ServerDatabase.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace iq::server {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("iq::server::AccountService", text);
}

std::optional<ApiError> readEmail(const QJsonObject& body, QString& email) {
    if (auto error =
            input::string(body, QStringLiteral("email"), QStringLiteral("email"), 3, 254, email, true))
        return error;
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (!pattern.match(email).hasMatch())
        return ApiError::invalidField(QStringLiteral("email"),
                                      tr("Field \"email\" must be an e-mail address like name@example.com."));
    email = email.toLower();
    return std::nullopt;
}

ApiError invalidCredentials() {
    return ApiError{401,
                    QStringLiteral("invalid_credentials"),
                    {},
                    tr("The e-mail address or the password is wrong."),
                    0};
}

ApiError invalidRefreshToken() {
    return ApiError{401, QStringLiteral("invalid_refresh_token"), QStringLiteral("refreshToken"),
                    tr("The refresh token is not valid any more; sign in again."), 0};
}

} // namespace

AccountService::AccountService(ServerDatabase& database, const Clock& clock, TokenLifetimes lifetimes,
                               ThrottlePolicy throttle)
    : m_database(database)
    , m_clock(clock)
    , m_lifetimes(lifetimes)
    , m_throttle(database, clock, throttle) {}

Outcome<SignUpAttempt> AccountService::prepareSignUp(const QJsonObject& body) {
    SignUpAttempt attempt;
    if (auto error = readEmail(body, attempt.email))
        return *error;
    if (auto error =
            input::string(body, QStringLiteral("name"), QStringLiteral("name"), 1, 200, attempt.name, true))
        return *error;
    if (auto error = input::string(body, QStringLiteral("password"), QStringLiteral("password"), 8, 1024,
                                   attempt.password))
        return *error;
    if (auto error = input::device(body, attempt.device))
        return *error;
    return attempt;
}

Outcome<QJsonObject> AccountService::finishSignUp(const SignUpAttempt& attempt, const QString& hash) {
    if (hash.isEmpty())
        return ApiError::fromStorage(Error::make(Error::Code::Generic, tr("Hashing the password failed.")));
    // The same reply whether the address was free or taken; the next step is signing in either way.
    const QJsonObject accepted{{QStringLiteral("email"), attempt.email},
                               {QStringLiteral("next"), QStringLiteral("sign_in")}};
    auto existing =
        m_database.exec(QStringLiteral("SELECT id FROM accounts WHERE email = ?"), {attempt.email});
    if (!existing)
        return ApiError::fromStorage(existing.error());
    if (existing.value().next())
        return accepted;
    existing.value().finish();

    const QString accountId = Secrets::newId();
    const Status status = m_database.transaction([&]() -> Status {
        auto inserted = m_database.exec(
            QStringLiteral("INSERT INTO accounts (id, email, name, password_hash, cursor_epoch, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {accountId, attempt.email, attempt.name, hash, Secrets::newToken().left(12),
             toStoredTime(m_clock.now())});
        if (!inserted)
            return inserted.error();
        // The device of sign-up is known, so signing in on it next is not unusual.
        return recordDevice(accountId, attempt.device.id, attempt.device.name, nullptr);
    });
    if (!status) {
        // Two sign-ups with one address at the same moment: the unique index decides.
        auto again =
            m_database.exec(QStringLiteral("SELECT id FROM accounts WHERE email = ?"), {attempt.email});
        if (again && again.value().next())
            return accepted;
        return ApiError::fromStorage(status.error());
    }
    return accepted;
}

Outcome<SignInAttempt> AccountService::prepareSignIn(const QJsonObject& body, const QString& ip) {
    SignInAttempt attempt;
    attempt.ip = ip;
    if (auto error = readEmail(body, attempt.email))
        return *error;
    if (auto error = input::string(body, QStringLiteral("password"), QStringLiteral("password"), 1, 1024,
                                   attempt.password))
        return *error;
    if (auto error = input::device(body, attempt.device))
        return *error;
    if (auto admitted = m_throttle.admit(attempt.email); !admitted.ok())
        return admitted.error();

    auto found = m_database.exec(QStringLiteral("SELECT id, password_hash FROM accounts WHERE email = ?"),
                                 {attempt.email});
    if (!found)
        return ApiError::fromStorage(found.error());
    if (found.value().next()) {
        attempt.accountId = found->value(0).toString();
        attempt.hash = found->value(1).toString();
    } else {
        // Spend the same time as a wrong password so the reply does not tell which addresses exist.
        attempt.hash = Secrets::decoyHash();
    }
    return attempt;
}

Outcome<QJsonObject> AccountService::finishSignIn(const SignInAttempt& attempt, bool passwordMatches) {
    const bool success = passwordMatches && !attempt.accountId.isEmpty();
    if (success) {
        if (Status cleared = m_throttle.succeeded(attempt.email); !cleared)
            return ApiError::fromStorage(cleared.error());
    }
    if (attempt.accountId.isEmpty())
        return invalidCredentials();
    const QString& accountId = attempt.accountId;
    const input::Device& device = attempt.device;
    Outcome<Issued> issued = ApiError{};
    bool unusual = false;
    const Status status = m_database.transaction([&]() -> Status {
        if (!success)
            return recordSignIn(accountId, attempt.ip, device.id, device.name, false, false);
        // A device never seen before is unusual, unless the account has no device yet (demo accounts).
        auto known =
            m_database.exec(QStringLiteral("SELECT COUNT(*) FROM devices WHERE account_id = ?"), {accountId});
        if (!known)
            return known.error();
        const bool hasDevices = known.value().next() && known->value(0).toLongLong() > 0;
        known.value().finish();
        bool newDevice = false;
        if (Status s = recordDevice(accountId, device.id, device.name, &newDevice); !s)
            return s;
        unusual = newDevice && hasDevices;
        if (Status s = recordSignIn(accountId, attempt.ip, device.id, device.name, true, unusual); !s)
            return s;
        issued = openSession(accountId, device.id);
        if (!issued.ok())
            return Error::make(Error::Code::Generic, issued.error().message);
        return Status::success();
    });
    if (!status)
        return ApiError::fromStorage(status.error());
    if (!success)
        return invalidCredentials();
    return sessionReply(accountId, device.id, issued.value(), unusual);
}

Outcome<QJsonObject> AccountService::refresh(const QJsonObject& body) {
    QString token;
    if (auto error = input::string(body, QStringLiteral("refreshToken"), QStringLiteral("refreshToken"), 1,
                                   200, token))
        return *error;
    const QString hash = Secrets::tokenHash(token);
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    QString accountId, deviceId;
    Issued issued;
    // The session's row stays locked from reading it to rotating it (PostgreSQL; SQLite's BEGIN
    // IMMEDIATE already lets one writer in): two refreshes with one token rotate it once, and the
    // second then finds it retired, within its grace.
    const Status status = m_database.transaction([&]() -> Status {
        auto found = m_database.exec(
            QStringLiteral("SELECT id, account_id, device_id, refresh_expires, revoked FROM sessions "
                           "WHERE refresh_hash = ?") +
                m_database.forUpdate(),
            {hash});
        if (!found)
            return found.error();
        if (!found.value().next()) {
            found.value().finish();
            return refreshRetired(token, hash, now, accountId, deviceId, issued);
        }
        const QString sessionId = found->value(0).toString();
        accountId = found->value(1).toString();
        deviceId = found->value(2).toString();
        const bool usable = found->value(3).toLongLong() > now && found->value(4).toInt() == 0;
        found.value().finish();
        if (!usable) {
            accountId.clear();
            return Status::success();
        }
        issued.accessToken = Secrets::newToken();
        issued.refreshToken = Secrets::newToken();
        auto retire = m_database.exec(
            QStringLiteral(
                "INSERT INTO retired_refresh_tokens (token_hash, session_id, retired_at, successor) "
                "VALUES (?, ?, ?, ?)"),
            {hash, sessionId, now,
             Secrets::seal(token, issued.accessToken + QLatin1Char(' ') + issued.refreshToken)});
        if (!retire)
            return retire.error();
        auto rotated = m_database.exec(
            QStringLiteral("UPDATE sessions SET access_hash = ?, access_expires = ?, refresh_hash = ?, "
                           "refresh_expires = ? WHERE id = ?"),
            {Secrets::tokenHash(issued.accessToken), now + m_lifetimes.accessSeconds,
             Secrets::tokenHash(issued.refreshToken), now + m_lifetimes.refreshSeconds, sessionId});
        if (!rotated)
            return rotated.error();
        auto seen = m_database.exec(
            QStringLiteral("UPDATE devices SET last_seen = ? WHERE account_id = ? AND device_id = ?"),
            {toStoredTime(m_clock.now()), accountId, deviceId});
        if (!seen)
            return seen.error();
        return Status::success();
    });
    if (!status)
        return ApiError::fromStorage(status.error());
    // Successors of tokens retired longer ago than the grace are not needed any more. Outside the
    // rotation's transaction, so that concurrent refreshes of other sessions do not wait on these rows;
    // one left for the next refresh to clear is harmless (past its grace it is never answered).
    m_database.exec(
        QStringLiteral("UPDATE retired_refresh_tokens SET successor = NULL WHERE successor IS NOT "
                       "NULL AND retired_at < ?"),
        {now - m_lifetimes.refreshGraceSeconds});
    if (accountId.isEmpty() || issued.accessToken.isEmpty())
        return invalidRefreshToken();
    return sessionReply(accountId, deviceId, issued, false);
}

Status AccountService::refreshRetired(const QString& token, const QString& hash, qint64 now,
                                      QString& accountId, QString& deviceId, Issued& issued) {
    auto retired =
        m_database.exec(QStringLiteral("SELECT session_id, retired_at, successor FROM retired_refresh_tokens "
                                       "WHERE token_hash = ?"),
                        {hash});
    if (!retired)
        return retired.error();
    if (!retired.value().next())
        return Status::success(); // never issued here
    const QString sessionId = retired->value(0).toString();
    const qint64 retiredAt = retired->value(1).toLongLong();
    const QString successor = retired->value(2).toString();
    retired.value().finish();

    if (retiredAt + m_lifetimes.refreshGraceSeconds > now && !successor.isEmpty()) {
        // Within the grace: the pair this token was rotated to, while it is still the session's own.
        const QStringList pair = Secrets::open(token, successor).split(QLatin1Char(' '));
        auto session = m_database.exec(
            QStringLiteral("SELECT account_id, device_id, refresh_hash, refresh_expires, revoked "
                           "FROM sessions WHERE id = ?") +
                m_database.forUpdate(),
            {sessionId});
        if (!session)
            return session.error();
        if (pair.size() == 2 && session.value().next() && session->value(4).toInt() == 0 &&
            session->value(3).toLongLong() > now &&
            session->value(2).toString() == Secrets::tokenHash(pair.at(1))) {
            accountId = session->value(0).toString();
            deviceId = session->value(1).toString();
            issued = Issued{pair.at(0), pair.at(1)};
            return Status::success();
        }
        session.value().finish();
    }
    // A rotated-away token presented again after its grace, or after a second rotation: it was
    // copied, so the session ends.
    auto revoked =
        m_database.exec(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE id = ?"), {sessionId});
    if (!revoked)
        return revoked.error();
    return Status::success();
}

Outcome<AuthContext> AccountService::authenticate(const QByteArray& authorization) {
    static const QByteArray prefix = QByteArrayLiteral("Bearer ");
    if (!authorization.startsWith(prefix) || authorization.size() > 300)
        return ApiError::unauthorized(
            tr("Sign in first: the request has no \"Authorization: Bearer\" token."));
    const QString token = QString::fromLatin1(authorization.mid(prefix.size()).trimmed());
    auto found = m_database.exec(
        QStringLiteral(
            "SELECT id, account_id, device_id, access_expires, revoked FROM sessions WHERE access_hash = ?"),
        {Secrets::tokenHash(token)});
    if (!found)
        return ApiError::fromStorage(found.error());
    if (!found.value().next() || found->value(4).toInt() != 0)
        return ApiError::unauthorized(tr("The access token is not valid; sign in again."));
    AuthContext context{found->value(1).toString(), found->value(0).toString(), found->value(2).toString()};
    const qint64 expires = found->value(3).toLongLong();
    found.value().finish();
    if (expires <= m_clock.now().toSecsSinceEpoch())
        return ApiError::tokenExpired();
    return context;
}

Outcome<bool> AccountService::signOut(const AuthContext& context) {
    auto revoked =
        m_database.exec(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE id = ?"), {context.sessionId});
    if (!revoked)
        return ApiError::fromStorage(revoked.error());
    return true;
}

Outcome<bool> AccountService::signOutEverywhere(const AuthContext& context) {
    auto revoked = m_database.exec(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE account_id = ?"),
                                   {context.accountId});
    if (!revoked)
        return ApiError::fromStorage(revoked.error());
    return true;
}

Outcome<QJsonObject> AccountService::account(const AuthContext& context) {
    auto account = m_database.exec(
        QStringLiteral("SELECT email, name, created_at FROM accounts WHERE id = ?"), {context.accountId});
    if (!account)
        return ApiError::fromStorage(account.error());
    if (!account.value().next())
        return ApiError::unauthorized(tr("The account no longer exists."));
    QJsonObject reply{{QStringLiteral("accountId"), context.accountId},
                      {QStringLiteral("email"), account->value(0).toString()},
                      {QStringLiteral("name"), account->value(1).toString()},
                      {QStringLiteral("createdAt"), account->value(2).toString()}};
    account.value().finish();

    const qint64 now = m_clock.now().toSecsSinceEpoch();
    auto devices = m_database.exec(
        QStringLiteral("SELECT d.device_id, d.name, d.first_seen, d.last_seen, "
                       "(SELECT COUNT(*) FROM sessions s WHERE s.account_id = d.account_id AND "
                       "s.device_id = d.device_id AND s.revoked = 0 AND s.refresh_expires > ?) "
                       "FROM devices d WHERE d.account_id = ? ORDER BY d.first_seen, d.device_id"),
        {now, context.accountId});
    if (!devices)
        return ApiError::fromStorage(devices.error());
    QJsonArray deviceList;
    while (devices.value().next()) {
        const QString id = devices->value(0).toString();
        deviceList.append(QJsonObject{{QStringLiteral("id"), id},
                                      {QStringLiteral("name"), devices->value(1).toString()},
                                      {QStringLiteral("firstSeen"), devices->value(2).toString()},
                                      {QStringLiteral("lastSeen"), devices->value(3).toString()},
                                      {QStringLiteral("signedIn"), devices->value(4).toLongLong() > 0},
                                      {QStringLiteral("current"), id == context.deviceId}});
    }
    reply.insert(QStringLiteral("devices"), deviceList);

    auto signIns = m_database.exec(
        QStringLiteral("SELECT at, ip, device_id, device_name, success, unusual FROM sign_ins "
                       "WHERE account_id = ? ORDER BY at DESC, id LIMIT 50"),
        {context.accountId});
    if (!signIns)
        return ApiError::fromStorage(signIns.error());
    QJsonArray events;
    while (signIns.value().next()) {
        events.append(QJsonObject{
            {QStringLiteral("at"), signIns->value(0).toString()},
            {QStringLiteral("ip"), signIns->value(1).toString()},
            {QStringLiteral("device"), QJsonObject{{QStringLiteral("id"), signIns->value(2).toString()},
                                                   {QStringLiteral("name"), signIns->value(3).toString()}}},
            {QStringLiteral("success"), signIns->value(4).toInt() != 0},
            {QStringLiteral("unusual"), signIns->value(5).toInt() != 0}});
    }
    reply.insert(QStringLiteral("signIns"), events);
    return reply;
}

Outcome<QString> AccountService::ensureAccount(const QString& email, const QString& name,
                                               const QString& password) {
    auto existing = m_database.exec(QStringLiteral("SELECT id FROM accounts WHERE email = ?"), {email});
    if (!existing)
        return ApiError::fromStorage(existing.error());
    if (existing.value().next())
        return existing->value(0).toString();
    existing.value().finish();
    auto hash = Secrets::hashPassword(password);
    if (!hash)
        return ApiError::fromStorage(hash.error());
    const QString accountId = Secrets::newId();
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO accounts (id, email, name, password_hash, cursor_epoch, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {accountId, email, name, hash.value(), Secrets::newToken().left(12), toStoredTime(m_clock.now())});
    if (!inserted)
        return ApiError::fromStorage(inserted.error());
    return accountId;
}

Outcome<AccountService::Issued> AccountService::openSession(const QString& accountId,
                                                            const QString& deviceId) {
    // One session per device: signing in again on a device replaces its session.
    auto revoked = m_database.exec(
        QStringLiteral(
            "UPDATE sessions SET revoked = 1 WHERE account_id = ? AND device_id = ? AND revoked = 0"),
        {accountId, deviceId});
    if (!revoked)
        return ApiError::fromStorage(revoked.error());
    Issued issued{Secrets::newToken(), Secrets::newToken()};
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    auto inserted = m_database.exec(
        QStringLiteral(
            "INSERT INTO sessions (id, account_id, device_id, access_hash, access_expires, refresh_hash, "
            "refresh_expires, revoked, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)"),
        {Secrets::newId(), accountId, deviceId, Secrets::tokenHash(issued.accessToken),
         now + m_lifetimes.accessSeconds, Secrets::tokenHash(issued.refreshToken),
         now + m_lifetimes.refreshSeconds, toStoredTime(m_clock.now())});
    if (!inserted)
        return ApiError::fromStorage(inserted.error());
    return issued;
}

Status AccountService::recordDevice(const QString& accountId, const QString& deviceId,
                                    const QString& deviceName, bool* isNew) {
    auto found =
        m_database.exec(QStringLiteral("SELECT 1 FROM devices WHERE account_id = ? AND device_id = ?"),
                        {accountId, deviceId});
    if (!found)
        return found.error();
    const bool exists = found.value().next();
    found.value().finish();
    if (isNew)
        *isNew = !exists;
    const QString now = toStoredTime(m_clock.now());
    auto written =
        exists
            ? m_database.exec(
                  QStringLiteral(
                      "UPDATE devices SET name = ?, last_seen = ? WHERE account_id = ? AND device_id = ?"),
                  {deviceName, now, accountId, deviceId})
            : m_database.exec(QStringLiteral("INSERT INTO devices (account_id, device_id, name, first_seen, "
                                             "last_seen) VALUES (?, ?, ?, ?, ?)"),
                              {accountId, deviceId, deviceName, now, now});
    if (!written)
        return written.error();
    return Status::success();
}

Status AccountService::recordSignIn(const QString& accountId, const QString& ip, const QString& deviceId,
                                    const QString& deviceName, bool success, bool unusual) {
    auto inserted = m_database.exec(
        QStringLiteral(
            "INSERT INTO sign_ins (id, account_id, at, ip, device_id, device_name, success, unusual) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {Secrets::newId(), accountId, toStoredTime(m_clock.now()), ip, deviceId, deviceName, success ? 1 : 0,
         unusual ? 1 : 0});
    if (!inserted)
        return inserted.error();
    return Status::success();
}

QJsonObject AccountService::sessionReply(const QString& accountId, const QString& deviceId,
                                         const Issued& tokens, bool unusual) {
    QString email, name;
    if (auto found =
            m_database.exec(QStringLiteral("SELECT email, name FROM accounts WHERE id = ?"), {accountId});
        found && found.value().next()) {
        email = found->value(0).toString();
        name = found->value(1).toString();
    }
    return QJsonObject{{QStringLiteral("accountId"), accountId},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("deviceId"), deviceId},
                       {QStringLiteral("accessToken"), tokens.accessToken},
                       {QStringLiteral("refreshToken"), tokens.refreshToken},
                       {QStringLiteral("expiresIn"), m_lifetimes.accessSeconds},
                       {QStringLiteral("refreshExpiresIn"), m_lifetimes.refreshSeconds},
                       {QStringLiteral("unusualSignIn"), unusual}};
}

} // namespace iq::server
