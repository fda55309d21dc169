#pragma once

#include "ServerOptions.h"
#include "auth/AccountService.h"
#include "http/RateLimiter.h"
#include "sync/SyncService.h"

#include <QHttpServer>
#include <QObject>
#include <QUrl>

#include <memory>

namespace iq {
class Clock;
}

namespace iq::server {

class ServerDatabase;

// The HTTP front of iqmsgd: routes of docs/api.md over the account and sync services, body-size and
// rate limits, JSON errors. Requests are handled one at a time on the thread that owns the server.
// Connections reach QHttpServer through a ClientListener, which refuses oversized requests from their
// headers and closes slow or idle connections; handlers answer synchronously, which it relies on.
class ApiServer final : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype kMaxPushBytes = 4 * 1024 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;
    // The largest body the endpoint of `method` and `path` (no query) accepts.
    static qint64 bodyLimit(QByteArrayView method, QByteArrayView path);

    ApiServer(ServerDatabase& database, const ServerOptions& options, const Clock& clock,
              QObject* parent = nullptr);
    ~ApiServer() override;
    Q_DISABLE_COPY_MOVE(ApiServer)

    // Listens as the options say (TLS when certificate and key are given); answers the base URL.
    Result<QUrl> listen();

private:
    void addRoutes();
    QHttpServerResponse
    respond(const QHttpServerRequest& request, qsizetype maxBody, bool authenticated,
            const std::function<QHttpServerResponse(const QHttpServerRequest&, const AuthContext&)>& handler);

    ServerDatabase& m_database;
    ServerOptions m_options;
    AccountService m_accounts;
    SyncService m_sync;
    RateLimiter m_authLimiter;
    RateLimiter m_apiLimiter;
    QHttpServer m_http;
};

QHttpServerResponse errorResponse(const ApiError& error);
QHttpServerResponse jsonResponse(const QJsonObject& body, QHttpServerResponse::StatusCode status);

} // namespace iq::server
