#pragma once

#include "core/sync/HttpClient.h"
#include "core/sync/SyncProtocol.h"
#include "shared/util/Result.h"

#include <QJsonObject>

#include <functional>
#include <random>

namespace iq {

// The tokens one signed-in device holds.
struct SessionTokens {
    QString accessToken;
    QString refreshToken;
    bool isEmpty() const { return accessToken.isEmpty() && refreshToken.isEmpty(); }
    // The form kept in the keychain.
    QString serialize() const;
    static SessionTokens deserialize(const QString& text);
};

// How hard to try before a sync gives up for now.
struct RetryPolicy {
    int maxAttempts = 6;      // per request, counting the first
    int baseDelayMs = 500;    // doubled on each attempt...
    int maxDelayMs = 60000;   // ...up to this, then a random 50-100% of it (jitter)
    int maxRetryAfterS = 300; // a longer Retry-After ends this sync instead of waiting
};

// The server's API as typed calls. Network errors, 5xx and 429 are retried with exponential backoff
// and jitter (Retry-After honoured); a 401 refreshes the access token once and repeats the request;
// when the refresh is refused the error is Unauthorized ("sign in again").
class SyncApi final {
public:
    SyncApi(HttpClient& http, SessionTokens tokens, RetryPolicy policy = {});

    // Called with the new tokens after a refresh, to keep them in the keychain.
    std::function<void(const SessionTokens&)> onTokensRefreshed;
    // Waits between attempts; tests replace it to run fast and record the delays.
    std::function<void(int ms)> sleep;
    // Checked between attempts: a cancelled sync stops at once.
    std::function<bool()> cancelled;

    const SessionTokens& tokens() const { return m_tokens; }
    HttpClient& http() const { return m_http; }
    const RetryPolicy& policy() const { return m_policy; }
    // Takes the tokens another SyncApi of this session refreshed (PullPipeline's, on its thread), and
    // announces them as a refresh of its own would.
    void adoptTokens(const SessionTokens& tokens);
    // Counts requests another SyncApi sent on this one's behalf.
    void countRequests(int sent) { m_requestsSent += sent; }

    Result<wire::Session> signUp(const QString& email, const QString& name, const QString& password,
                                 const QString& deviceId, const QString& deviceName);
    Result<wire::Session> signIn(const QString& email, const QString& password, const QString& deviceId,
                                 const QString& deviceName);
    Status signOut();
    Result<QList<wire::PushResult>> push(const QList<wire::Change>& changes);
    // Error::Code::Conflict means 410: the cursor is unknown and the client resyncs from the start.
    // pushed: this device's own applied changes to leave out.
    Result<wire::PullPage> pull(const QString& cursor, int limit, const wire::SeqRange& pushed = {});

    int requestsSent() const { return m_requestsSent; }

    // Another route of the API with this session: the same retries, token refresh and errors as the
    // sync calls. The answer when it is a 2xx; other answers as an Error (apiErrorCode() tells which).
    Result<HttpReply> request(const QByteArray& method, const QString& path, const QByteArray& body,
                              const HttpClient::Headers& headers = {});
    // The "code" of the last error answer the server gave ("idempotency_conflict"); empty when there was
    // none.
    const QString& lastApiErrorCode() const { return m_lastApiErrorCode; }

private:
    enum class Auth { None, Bearer };
    Result<HttpReply> call(const QByteArray& method, const QString& path, const QByteArray& body, Auth auth,
                           const HttpClient::Headers& headers = {});
    bool refresh();
    int backoffMs(int attempt);
    Error httpError(const HttpReply& reply) const;

    HttpClient& m_http;
    SessionTokens m_tokens;
    RetryPolicy m_policy;
    std::mt19937 m_random;
    int m_requestsSent = 0;
    QString m_lastApiErrorCode;
};

} // namespace iq
