#include "server/auth/AccountService.h"

#include "server/api/JsonInput.h"
#include "server/auth/Secrets.h"
#include "server/store/ServerDatabase.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace iq::server {
namespace {

// How many of the latest sign-ins the account page lists.
constexpr int kSignInsShown = 50;

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
    , m_accounts(database)
    , m_devices(database)
    , m_sessions(database)
    , m_signIns(database)
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
    auto existing = m_accounts.idByEmail(attempt.email);
    if (!existing)
        return ApiError::fromStorage(existing.error());
    if (existing.value())
        return accepted;

    const QString accountId = Secrets::newId();
    const Status status = m_database.transaction([&]() -> Status {
        if (Status inserted = m_accounts.insert(newAccount(accountId, attempt.email, attempt.name, hash));
            !inserted)
            return inserted;
        // The device of sign-up is known, so signing in on it next is not unusual.
        return recordDevice(accountId, attempt.device.id, attempt.device.name, nullptr);
    });
    if (!status) {
        // Two sign-ups with one address at the same moment: the unique index decides.
        auto again = m_accounts.idByEmail(attempt.email);
        if (again && again.value())
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

    auto found = m_accounts.credentials(attempt.email);
    if (!found)
        return ApiError::fromStorage(found.error());
    if (const auto& credentials = found.value()) {
        attempt.accountId = credentials->accountId;
        attempt.hash = credentials->passwordHash;
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
        auto known = m_devices.countForAccount(accountId);
        if (!known)
            return known.error();
        const bool hasDevices = known.value() > 0;
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
        auto found = m_sessions.byRefreshHash(hash);
        if (!found)
            return found.error();
        if (!found.value())
            return refreshRetired(token, hash, now, accountId, deviceId, issued);
        const SessionStore::Session& session = *found.value();
        if (session.refreshExpires <= now || session.revoked)
            return Status::success();
        accountId = session.accountId;
        deviceId = session.deviceId;
        issued.accessToken = Secrets::newToken();
        issued.refreshToken = Secrets::newToken();
        if (Status retired = m_sessions.retire(
                hash, session.id, now,
                Secrets::seal(token, issued.accessToken + QLatin1Char(' ') + issued.refreshToken));
            !retired)
            return retired;
        if (Status rotated = m_sessions.rotate(
                session.id, Secrets::tokenHash(issued.accessToken), now + m_lifetimes.accessSeconds,
                Secrets::tokenHash(issued.refreshToken), now + m_lifetimes.refreshSeconds);
            !rotated)
            return rotated;
        return m_devices.touch(accountId, deviceId, toStoredTime(m_clock.now()));
    });
    if (!status)
        return ApiError::fromStorage(status.error());
    // Successors of tokens retired longer ago than the grace are not needed any more. Outside the
    // rotation's transaction, so that concurrent refreshes of other sessions do not wait on these rows;
    // one left for the next refresh to clear is harmless (past its grace it is never answered).
    m_sessions.forgetSuccessorsBefore(now - m_lifetimes.refreshGraceSeconds);
    if (accountId.isEmpty() || issued.accessToken.isEmpty())
        return invalidRefreshToken();
    return sessionReply(accountId, deviceId, issued, false);
}

Status AccountService::refreshRetired(const QString& token, const QString& hash, qint64 now,
                                      QString& accountId, QString& deviceId, Issued& issued) {
    auto retired = m_sessions.retired(hash);
    if (!retired)
        return retired.error();
    if (!retired.value())
        return Status::success(); // never issued here
    const SessionStore::RetiredToken& retiredToken = *retired.value();

    if (retiredToken.retiredAt + m_lifetimes.refreshGraceSeconds > now && !retiredToken.successor.isEmpty()) {
        // Within the grace: the pair this token was rotated to, while it is still the session's own.
        const QStringList pair = Secrets::open(token, retiredToken.successor).split(QLatin1Char(' '));
        auto session = m_sessions.byId(retiredToken.sessionId);
        if (!session)
            return session.error();
        if (pair.size() == 2 && session.value() && !session.value()->revoked &&
            session.value()->refreshExpires > now &&
            session.value()->refreshHash == Secrets::tokenHash(pair.at(1))) {
            accountId = session.value()->accountId;
            deviceId = session.value()->deviceId;
            issued = Issued{pair.at(0), pair.at(1)};
            return Status::success();
        }
    }
    // A rotated-away token presented again after its grace, or after a second rotation: it was
    // copied, so the session ends.
    return m_sessions.revoke(retiredToken.sessionId);
}

Outcome<AuthContext> AccountService::authenticate(const QByteArray& authorization) {
    static const QByteArray prefix = QByteArrayLiteral("Bearer ");
    if (!authorization.startsWith(prefix) || authorization.size() > 300)
        return ApiError::unauthorized(
            tr("Sign in first: the request has no \"Authorization: Bearer\" token."));
    const QString token = QString::fromLatin1(authorization.mid(prefix.size()).trimmed());
    auto found = m_sessions.byAccessHash(Secrets::tokenHash(token));
    if (!found)
        return ApiError::fromStorage(found.error());
    if (!found.value() || found.value()->revoked)
        return ApiError::unauthorized(tr("The access token is not valid; sign in again."));
    const SessionStore::Session& session = *found.value();
    if (session.accessExpires <= m_clock.now().toSecsSinceEpoch())
        return ApiError::tokenExpired();
    return AuthContext{session.accountId, session.id, session.deviceId};
}

Outcome<bool> AccountService::signOut(const AuthContext& context) {
    if (Status revoked = m_sessions.revoke(context.sessionId); !revoked)
        return ApiError::fromStorage(revoked.error());
    return true;
}

Outcome<bool> AccountService::signOutEverywhere(const AuthContext& context) {
    if (Status revoked = m_sessions.revokeAccount(context.accountId); !revoked)
        return ApiError::fromStorage(revoked.error());
    return true;
}

Outcome<QJsonObject> AccountService::account(const AuthContext& context) {
    auto account = m_accounts.profile(context.accountId);
    if (!account)
        return ApiError::fromStorage(account.error());
    if (!account.value())
        return ApiError::unauthorized(tr("The account no longer exists."));
    QJsonObject reply{{QStringLiteral("accountId"), context.accountId},
                      {QStringLiteral("email"), account.value()->email},
                      {QStringLiteral("name"), account.value()->name},
                      {QStringLiteral("createdAt"), account.value()->createdAt}};

    auto devices = m_devices.list(context.accountId, m_clock.now().toSecsSinceEpoch());
    if (!devices)
        return ApiError::fromStorage(devices.error());
    QJsonArray deviceList;
    for (const DeviceStore::Device& device : devices.value()) {
        deviceList.append(QJsonObject{{QStringLiteral("id"), device.id},
                                      {QStringLiteral("name"), device.name},
                                      {QStringLiteral("firstSeen"), device.firstSeen},
                                      {QStringLiteral("lastSeen"), device.lastSeen},
                                      {QStringLiteral("signedIn"), device.activeSessions > 0},
                                      {QStringLiteral("current"), device.id == context.deviceId}});
    }
    reply.insert(QStringLiteral("devices"), deviceList);

    auto signIns = m_signIns.recent(context.accountId, kSignInsShown);
    if (!signIns)
        return ApiError::fromStorage(signIns.error());
    QJsonArray events;
    for (const SignInStore::SignIn& signIn : signIns.value()) {
        events.append(
            QJsonObject{{QStringLiteral("at"), signIn.at},
                        {QStringLiteral("ip"), signIn.ip},
                        {QStringLiteral("device"), QJsonObject{{QStringLiteral("id"), signIn.deviceId},
                                                               {QStringLiteral("name"), signIn.deviceName}}},
                        {QStringLiteral("success"), signIn.success},
                        {QStringLiteral("unusual"), signIn.unusual}});
    }
    reply.insert(QStringLiteral("signIns"), events);
    return reply;
}

Outcome<QString> AccountService::ensureAccount(const QString& email, const QString& name,
                                               const QString& password) {
    auto existing = m_accounts.idByEmail(email);
    if (!existing)
        return ApiError::fromStorage(existing.error());
    if (existing.value())
        return *existing.value();
    auto hash = Secrets::hashPassword(password);
    if (!hash)
        return ApiError::fromStorage(hash.error());
    const QString accountId = Secrets::newId();
    if (Status inserted = m_accounts.insert(newAccount(accountId, email, name, hash.value())); !inserted)
        return ApiError::fromStorage(inserted.error());
    return accountId;
}

AccountStore::NewAccount AccountService::newAccount(const QString& id, const QString& email,
                                                    const QString& name, const QString& hash) const {
    return AccountStore::NewAccount{
        id, email, name, hash, Secrets::newToken().left(12), toStoredTime(m_clock.now())};
}

Outcome<AccountService::Issued> AccountService::openSession(const QString& accountId,
                                                            const QString& deviceId) {
    // One session per device: signing in again on a device replaces its session.
    if (Status revoked = m_sessions.revokeDevice(accountId, deviceId); !revoked)
        return ApiError::fromStorage(revoked.error());
    Issued issued{Secrets::newToken(), Secrets::newToken()};
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const SessionStore::NewSession session{Secrets::newId(),
                                           accountId,
                                           deviceId,
                                           Secrets::tokenHash(issued.accessToken),
                                           now + m_lifetimes.accessSeconds,
                                           Secrets::tokenHash(issued.refreshToken),
                                           now + m_lifetimes.refreshSeconds,
                                           toStoredTime(m_clock.now())};
    if (Status inserted = m_sessions.insert(session); !inserted)
        return ApiError::fromStorage(inserted.error());
    return issued;
}

Status AccountService::recordDevice(const QString& accountId, const QString& deviceId,
                                    const QString& deviceName, bool* isNew) {
    auto exists = m_devices.exists(accountId, deviceId);
    if (!exists)
        return exists.error();
    if (isNew)
        *isNew = !exists.value();
    const QString now = toStoredTime(m_clock.now());
    return exists.value() ? m_devices.rename(accountId, deviceId, deviceName, now)
                          : m_devices.insert(accountId, deviceId, deviceName, now);
}

Status AccountService::recordSignIn(const QString& accountId, const QString& ip, const QString& deviceId,
                                    const QString& deviceName, bool success, bool unusual) {
    return m_signIns.record(SignInStore::SignIn{Secrets::newId(), accountId, toStoredTime(m_clock.now()), ip,
                                                deviceId, deviceName, success, unusual});
}

QJsonObject AccountService::sessionReply(const QString& accountId, const QString& deviceId,
                                         const Issued& tokens, bool unusual) {
    QString email, name;
    if (auto found = m_accounts.profile(accountId); found && found.value()) {
        email = found.value()->email;
        name = found.value()->name;
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
