#include "core/sync/SyncApi.h"

#include "core/sync/ServerAddress.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QUrl>

#include <algorithm>

namespace iq {

// The translation context of this file's messages: lupdate files SyncApiText::tr() calls under it, and the
// same context is asked for at run time.
class SyncApiText final {
    Q_DECLARE_TR_FUNCTIONS(iq::SyncApi)
};
namespace {

constexpr int kMaxRefreshesPerCall = 3;

QByteArray compact(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject device(const QString& id, const QString& name) {
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

} // namespace

QString SessionTokens::serialize() const {
    return QString::fromUtf8(compact(QJsonObject{{QStringLiteral("accessToken"), accessToken},
                                                 {QStringLiteral("refreshToken"), refreshToken}}));
}

SessionTokens SessionTokens::deserialize(const QString& text) {
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    return {object.value(QStringLiteral("accessToken")).toString(),
            object.value(QStringLiteral("refreshToken")).toString()};
}

SyncApi::SyncApi(HttpClient& http, SessionTokens tokens, RetryPolicy policy)
    : sleep([](int ms) { QThread::msleep(static_cast<unsigned long>(ms)); })
    , m_http(http)
    , m_tokens(std::move(tokens))
    , m_policy(policy)
    , m_random(std::random_device{}()) {}

void SyncApi::adoptTokens(const SessionTokens& tokens) {
    if (tokens.accessToken == m_tokens.accessToken && tokens.refreshToken == m_tokens.refreshToken)
        return;
    m_tokens = tokens;
    if (onTokensRefreshed)
        onTokensRefreshed(m_tokens);
}

Result<wire::Session> SyncApi::signUp(const QString& email, const QString& name, const QString& password,
                                      const QString& deviceId, const QString& deviceName) {
    auto reply = call("POST", QStringLiteral("/api/v1/accounts"),
                      compact({{QStringLiteral("email"), email},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("password"), password},
                               {QStringLiteral("device"), device(deviceId, deviceName)}}),
                      Auth::None);
    if (!reply)
        return reply.error();
    if (reply.value().status != 202) {
        // A server that opens the session with the sign-up itself.
        auto session = wire::parseSession(reply.value().body);
        if (session)
            m_tokens = {session.value().accessToken, session.value().refreshToken};
        return session;
    }
    // 202: the server answers a sign-up alike whether the address was free or already had an account
    // (it does not tell which addresses exist), so the sign-in that follows is what tells.
    auto session = signIn(email, password, deviceId, deviceName);
    if (!session && session.error().code == Error::Code::Unauthorized)
        return Error::make(
            Error::Code::Conflict,
            SyncApiText::tr("No new account could be opened with this e-mail address and password. If "
                            "the address already has an account, sign in with its password."));
    return session;
}

Result<wire::Session> SyncApi::signIn(const QString& email, const QString& password, const QString& deviceId,
                                      const QString& deviceName) {
    auto reply = call("POST", QStringLiteral("/api/v1/sessions"),
                      compact({{QStringLiteral("email"), email},
                               {QStringLiteral("password"), password},
                               {QStringLiteral("device"), device(deviceId, deviceName)}}),
                      Auth::None);
    if (!reply)
        return reply.error();
    auto session = wire::parseSession(reply.value().body);
    if (session)
        m_tokens = {session.value().accessToken, session.value().refreshToken};
    return session;
}

Status SyncApi::signOut() {
    auto reply = call("DELETE", QStringLiteral("/api/v1/sessions/current"), {}, Auth::Bearer);
    if (!reply)
        return reply.error();
    return {};
}

Result<QList<wire::PushResult>> SyncApi::push(const QList<wire::Change>& changes) {
    QJsonArray array;
    for (const wire::Change& change : changes)
        array.append(wire::toJson(change));
    auto reply = call("POST", QStringLiteral("/api/v1/sync/push"),
                      compact({{QStringLiteral("changes"), array}}), Auth::Bearer);
    if (!reply)
        return reply.error();
    auto results = wire::parsePushReply(reply.value().body);
    if (results && results.value().size() != changes.size())
        return Error::make(Error::Code::Network,
                           SyncApiText::tr("The server answered %1 results for %2 changes.")
                               .arg(results.value().size())
                               .arg(changes.size()));
    return results;
}

Result<wire::PullPage> SyncApi::pull(const QString& cursor, int limit, const wire::SeqRange& pushed) {
    QString path = QStringLiteral("/api/v1/sync/pull?cursor=") +
                   QString::fromLatin1(QUrl::toPercentEncoding(cursor)) + QStringLiteral("&limit=") +
                   QString::number(limit);
    if (!pushed.isEmpty())
        path += QStringLiteral("&pushedFrom=%1&pushedTo=%2").arg(pushed.from).arg(pushed.to);
    auto reply = call("GET", path, {}, Auth::Bearer);
    if (!reply)
        return reply.error();
    return wire::parsePullReply(reply.value().body);
}

Result<HttpReply> SyncApi::request(const QByteArray& method, const QString& path, const QByteArray& body,
                                   const HttpClient::Headers& headers) {
    return call(method, path, body, Auth::Bearer, headers);
}

Result<HttpReply> SyncApi::call(const QByteArray& method, const QString& path, const QByteArray& body,
                                Auth auth, const HttpClient::Headers& headers) {
    m_lastApiErrorCode.clear();
    // Checked here as well as where the address is entered: a profile may hold an address stored
    // before plain http was refused.
    if (Status allowed = ServerAddress::check(m_http.baseUrl()); !allowed)
        return allowed.error();
    // A revoked session refreshes once and fails. A token that expired while its request travelled
    // (a slow line, a busy machine, a short lifetime) is refreshed again, a bounded number of times.
    int refreshes = 0;
    for (int attempt = 0;; ++attempt) {
        if (cancelled && cancelled())
            return Error::make(Error::Code::Cancelled, SyncApiText::tr("Sync was stopped."));
        ++m_requestsSent;
        HttpReply reply =
            m_http.send(method, path, body, auth == Auth::Bearer ? m_tokens.accessToken : QString(), headers);
        if (reply.status >= 200 && reply.status < 300)
            return reply;
        if (reply.status >= 400)
            m_lastApiErrorCode = wire::parseError(reply.body).code;

        if (reply.status == 401 && auth == Auth::Bearer &&
            (refreshes == 0 || (refreshes < kMaxRefreshesPerCall &&
                                wire::parseError(reply.body).code == QLatin1String("token_expired")))) {
            ++refreshes;
            if (refresh()) {
                --attempt; // a refresh is not a failed attempt
                continue;
            }
            return Error::make(
                Error::Code::Unauthorized,
                SyncApiText::tr("Your sign-in has expired or was revoked. Sign in again to sync."));
        }
        const bool retryable = reply.status == 0 || reply.status == 429 || reply.status >= 500;
        if (!retryable)
            return httpError(reply);
        if (attempt + 1 >= m_policy.maxAttempts)
            return httpError(reply);
        int delay = backoffMs(attempt);
        if (const auto seconds = wire::parseRetryAfter(reply.retryAfter)) {
            if (*seconds > m_policy.maxRetryAfterS)
                return httpError(reply);
            delay = std::max(delay, int(*seconds * 1000));
        }
        if (sleep)
            sleep(delay);
    }
}

bool SyncApi::refresh() {
    if (m_tokens.refreshToken.isEmpty())
        return false;
    for (int attempt = 0; attempt < m_policy.maxAttempts; ++attempt) {
        ++m_requestsSent;
        HttpReply reply = m_http.send("POST", QStringLiteral("/api/v1/sessions/refresh"),
                                      compact({{QStringLiteral("refreshToken"), m_tokens.refreshToken}}), {});
        if (reply.status == 200) {
            auto session = wire::parseSession(reply.body);
            if (!session)
                return false;
            m_tokens = {session.value().accessToken, session.value().refreshToken};
            if (onTokensRefreshed)
                onTokensRefreshed(m_tokens);
            return true;
        }
        if (!(reply.status == 0 || reply.status == 429 || reply.status >= 500))
            return false;
        if (sleep)
            sleep(backoffMs(attempt));
    }
    return false;
}

int SyncApi::backoffMs(int attempt) {
    const qint64 exponential = qint64(m_policy.baseDelayMs) << std::min(attempt, 20);
    const int capped = int(std::min<qint64>(exponential, m_policy.maxDelayMs));
    // "Equal jitter": half fixed, half random, so retries from many clients spread out.
    std::uniform_int_distribution<int> jitter(0, std::max(1, capped / 2));
    return capped / 2 + jitter(m_random);
}

Error SyncApi::httpError(const HttpReply& reply) const {
    if (reply.status == 0)
        return Error::make(
            Error::Code::Network,
            reply.timedOut
                ? SyncApiText::tr("The server did not answer in time (%1).").arg(reply.networkError)
                : SyncApiText::tr("The server cannot be reached: %1").arg(reply.networkError));
    if (reply.status >= 300 && reply.status < 400)
        return Error::make(
            Error::Code::Network,
            SyncApiText::tr("The server answered HTTP %1 and points to %2. Redirects are not followed, so "
                            "that your password and sign-in never go to an address you did not choose; "
                            "if that is the server's new address, enter it instead.")
                .arg(reply.status)
                .arg(reply.redirectedTo.isEmpty() ? SyncApiText::tr("no address")
                                                  : reply.redirectedTo.toString(QUrl::RemoveUserInfo)));
    const wire::ApiError error = wire::parseError(reply.body);
    QString detail = error.message.isEmpty() ? error.code : error.message;
    if (!error.field.isEmpty())
        detail = SyncApiText::tr("%1 (field \"%2\")").arg(detail, error.field);
    if (reply.status == 410)
        return Error::make(Error::Code::Conflict,
                           SyncApiText::tr("The server no longer knows this device's sync position."));
    if (reply.status == 429)
        return Error::make(Error::Code::Network,
                           SyncApiText::tr("The server is busy; sync will try again later."));
    if (reply.status >= 500)
        return Error::make(Error::Code::Network,
                           SyncApiText::tr("The server had a problem (HTTP %1); sync will try again later.")
                               .arg(reply.status));
    if (reply.status == 401)
        return Error::make(Error::Code::Unauthorized,
                           detail.isEmpty() ? SyncApiText::tr("The e-mail or password is not right.")
                                            : detail);
    if (reply.status == 409)
        return Error::make(Error::Code::Conflict,
                           detail.isEmpty() ? SyncApiText::tr("That already exists.") : detail);
    return Error::make(
        Error::Code::InvalidInput,
        SyncApiText::tr("The server refused the request (HTTP %1): %2").arg(reply.status).arg(detail));
}

} // namespace iq
