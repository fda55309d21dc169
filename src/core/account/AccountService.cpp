#include "core/account/AccountService.h"

#include "core/profile/AccountsIndex.h"
#include "core/profile/Profile.h"
#include "core/store/AccountRecords.h"
#include "core/store/AuditLog.h"
#include "core/sync/ServerAddress.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QUrl>
#include <QUuid>

namespace iq {

// The translation context of this file's messages: lupdate files AccountServiceText::tr() calls under it, and
// the same context is asked for at run time.
class AccountServiceText final {
    Q_DECLARE_TR_FUNCTIONS(iq::AccountService)
};
namespace {

const QString kServer = QStringLiteral("sync.server");
const QString kAccountId = QStringLiteral("sync.account_id");
const QString kEmail = QStringLiteral("sync.email");
const QString kName = QStringLiteral("sync.name");
const QString kDeviceId = QStringLiteral("sync.device_id");

} // namespace

AccountService::AccountService(Profile& profile, TokenStore& tokens)
    : m_profile(profile)
    , m_tokens(tokens) {}

AccountConnection AccountService::connection() {
    return {m_profile.setting(kServer), m_profile.setting(kAccountId), m_profile.setting(kEmail),
            m_profile.setting(kName)};
}

QString AccountService::deviceId() {
    QString id = m_profile.setting(kDeviceId);
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_profile.setSetting(kDeviceId, id);
    }
    return id;
}

QString AccountService::deviceName() {
    const QString host = QSysInfo::machineHostName();
    return (host.isEmpty() ? QStringLiteral("IQ Messaging") : host).left(100);
}

QString AccountService::tokenKey(const QString& server, const QString& accountId) {
    return accountId + QLatin1Char('@') + QUrl(server).toString(QUrl::StripTrailingSlash);
}

Result<wire::Session> AccountService::request(const Request& request) {
    auto url = ServerAddress::parse(request.server);
    if (!url)
        return url.error();
    HttpClient http(url.value(), request.timeoutMs);
    RetryPolicy policy;
    policy.maxAttempts = 2;
    SyncApi api(http, {}, policy);
    return request.signUp
               ? api.signUp(request.email.trimmed(), request.name.trimmed(), request.password,
                            request.deviceId, deviceName())
               : api.signIn(request.email.trimmed(), request.password, request.deviceId, deviceName());
}

void AccountService::revoke(const QString& server, const SessionTokens& tokens) {
    HttpClient http(QUrl(server), 10000);
    RetryPolicy policy;
    policy.maxAttempts = 1;
    SyncApi(http, tokens, policy).signOut();
}

Result<wire::Session> AccountService::signUp(const QString& server, const QString& email, const QString& name,
                                             const QString& password, int timeoutMs) {
    auto session = request({server, email, name, password, deviceId(), true, timeoutMs});
    if (!session)
        return session.error();
    return complete(server, session.value());
}

Result<wire::Session> AccountService::signIn(const QString& server, const QString& email,
                                             const QString& password, int timeoutMs) {
    auto session = request({server, email, {}, password, deviceId(), false, timeoutMs});
    if (!session)
        return session.error();
    return complete(server, session.value());
}

Result<wire::Session> AccountService::complete(const QString& serverText, const wire::Session& session) {
    const QString server = QUrl(serverText.trimmed()).toString(QUrl::StripTrailingSlash);
    const SessionTokens tokens{session.accessToken, session.refreshToken};
    const AccountConnection previous = connection();
    if (previous.isConnected() && previous.accountId != session.accountId) {
        revoke(server, tokens);
        return Error::make(Error::Code::Conflict,
                           AccountServiceText::tr("This profile syncs with %1; use another profile for %2.")
                               .arg(previous.email, session.email));
    }
    if (Status stored = m_tokens.write(tokenKey(server, session.accountId), tokens.serialize()); !stored) {
        revoke(server, tokens); // a session nobody can use must not stay open
        return stored.error();
    }
    const QString email = session.email.isEmpty() ? previous.email : session.email;
    m_profile.setSetting(kServer, server);
    m_profile.setSetting(kAccountId, session.accountId);
    m_profile.setSetting(kEmail, email);
    m_profile.setSetting(kName, session.name);
    const QString now = toStoredTime(Clock::system().now());
    // Kept for the owner's review; a failure here must not undo a sign-in that worked.
    AccountRecords(m_profile.database()).remember(session.accountId, server, email, session.name, now);
    AuditLog(m_profile.database())
        .record(QStringLiteral("sign_in"), email,
                QJsonObject{{QStringLiteral("server"), server},
                            {QStringLiteral("unusual"), session.unusualSignIn}},
                now);
    if (Status indexed = updateIndex(true); !indexed)
        return indexed.error();
    return session;
}

Status AccountService::signOut(int timeoutMs) {
    const AccountConnection account = connection();
    if (!account.isConnected())
        return Error::make(Error::Code::InvalidInput,
                           AccountServiceText::tr("This profile is not signed in to any account."));
    const QString key = tokenKey(account.server, account.accountId);
    auto tokens = m_tokens.read(key);
    if (tokens) {
        HttpClient http(QUrl(account.server), timeoutMs);
        RetryPolicy policy;
        policy.maxAttempts = 1;
        SyncApi api(http, SessionTokens::deserialize(tokens.value()), policy);
        api.signOut(); // best effort: offline, the tokens are still forgotten here
    }
    if (Status removed = m_tokens.remove(key); !removed)
        return removed;
    auto index = AccountsIndex::load();
    if (index) {
        if (const AccountEntry* entry = index.value().find(m_profile.directory())) {
            AccountEntry updated = *entry;
            updated.signedIn = false;
            index.value().upsert(updated);
            index.value().save();
        }
    }
    return {};
}

Result<SessionTokens> AccountService::storedTokens() {
    const AccountConnection account = connection();
    if (!account.isConnected())
        return Error::make(
            Error::Code::Unauthorized,
            AccountServiceText::tr("This profile is not connected to an account; sign in to sync."));
    auto secret = m_tokens.read(tokenKey(account.server, account.accountId));
    if (!secret) {
        if (secret.error().code == Error::Code::NotFound)
            return Error::make(
                Error::Code::Unauthorized,
                AccountServiceText::tr("You are signed out of %1. Sign in to sync.").arg(account.email));
        return secret.error();
    }
    return SessionTokens::deserialize(secret.value());
}

Status AccountService::storeTokens(const SessionTokens& tokens) {
    const AccountConnection account = connection();
    return m_tokens.write(tokenKey(account.server, account.accountId), tokens.serialize());
}

Status AccountService::updateIndex(bool makeCurrent) {
    auto index = AccountsIndex::load();
    if (!index)
        return index.error();
    const AccountConnection account = connection();
    AccountEntry entry{m_profile.directory(),
                       account.server,
                       account.email,
                       account.accountId,
                       account.name,
                       account.isConnected() &&
                           m_tokens.read(tokenKey(account.server, account.accountId)).ok()};
    index.value().upsert(entry);
    if (makeCurrent)
        index.value().setCurrent(m_profile.directory());
    return index.value().save();
}

} // namespace iq
