#pragma once

#include "server/ServerOptions.h"
#include "server/auth/AccountService.h"
#include "server/auth/PasswordHasher.h"
#include "server/http/RateLimiter.h"
#include "server/sync/SyncService.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace iq {
class Clock;
}

namespace iq::server {

class CampaignService;
class ReplyHandler;
class ServerDatabase;

// The HTTP front of iqmsgd: routes of docs/api.md over the account and sync services, body-size and
// rate limits, JSON errors. Requests are handled on the thread that owns the server and the database
// connection; only password hashing (sign-up, sign-in) runs elsewhere, and those requests are
// answered through a responder when it is done, while others are served meanwhile. Connections reach
// QHttpServer through a ClientListener, which refuses oversized requests from their headers and
// closes slow or idle connections (its ConnectionGuard keeps a connection's later requests unread
// while one is answered later).
class ApiServer final : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype kMaxPushBytes = 4 * 1024 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;
    static constexpr qsizetype kMaxCampaignBytes = 1024 * 1024;
    // The largest body the endpoint of `method` and `path` (no query) accepts.
    static qint64 bodyLimit(QByteArrayView method, QByteArrayView path);

    // replies: the inbound replies of the simulator's route; null when no simulator is in use.
    ApiServer(ServerDatabase& database, const ServerOptions& options, const Clock& clock,
              CampaignService& campaigns, ReplyHandler* replies, QObject* parent = nullptr);
    ~ApiServer() override;
    Q_DISABLE_COPY_MOVE(ApiServer)

    // Listens as the options say (TLS when certificate and key are given); answers the base URL.
    Result<QUrl> listen();

private:
    // A request answered later, on this thread, once its password is hashed.
    class Pending;
    using Responder = std::shared_ptr<Pending>;
    using Later = std::function<void(const QJsonObject& body, const QString& ip, const Responder& responder)>;

    void addRoutes();
    void addCampaignRoutes();
    // The checks every request passes first: body size, then the token and the per-account limit, or
    // for unauthenticated requests the per-IP limit.
    std::optional<ApiError> admit(const QHttpServerRequest& request, qsizetype maxBody, bool authenticated,
                                  AuthContext& context);
    QHttpServerResponse
    respond(const QHttpServerRequest& request, qsizetype maxBody, bool authenticated,
            const std::function<QHttpServerResponse(const QHttpServerRequest&, const AuthContext&)>& handler);
    // An unauthenticated request with a JSON body that next answers through the responder when it can.
    void respondLater(const QHttpServerRequest& request, QHttpServerResponder&& responder, const Later& next);
    void signUp(const QJsonObject& body, const Responder& responder);
    void signIn(const QJsonObject& body, const QString& ip, const Responder& responder);

    ServerDatabase& m_database;
    ServerOptions m_options;
    AccountService m_accounts;
    SyncService m_sync;
    CampaignService& m_campaigns;
    ReplyHandler* m_replies;
    RateLimiter m_authLimiter;
    RateLimiter m_apiLimiter;
    QHttpServer m_http;
    // Last, so that it is gone (its hashing finished) before anything a hash's continuation uses.
    PasswordHasher m_hasher;
};

QHttpServerResponse errorResponse(const ApiError& error);
QHttpServerResponse jsonResponse(const QJsonObject& body, QHttpServerResponse::StatusCode status);

} // namespace iq::server
