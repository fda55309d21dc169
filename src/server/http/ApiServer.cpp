#include "server/http/ApiServer.h"

#include "server/api/JsonInput.h"
#include "server/campaign/CampaignService.h"
#include "server/delivery/ReplyHandler.h"
#include "server/http/ClientListener.h"
#include "server/store/ServerDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>
#include <climits>

namespace iq::server {
namespace {

using StatusCode = QHttpServerResponse::StatusCode;

QString clientIp(const QHttpServerRequest& request) {
    QHostAddress address = request.remoteAddress();
    bool mapped = false;
    const QHostAddress v4(address.toIPv4Address(&mapped));
    return mapped ? v4.toString() : address.toString();
}

// The connection a route is running for. QHttpServer 6.4 gives a route no socket, and deletes the
// socket (and the request a responder refers to) when the client disconnects, responder or not: a
// reply given later must first know the connection is still there. The route runs in the slot
// connected to that socket's readyRead, on the server, so the socket is the server's sender().
QTcpSocket* currentSocket(const QHttpServer& server) {
    struct SenderAccess : QObject {
        using QObject::sender;
    };
    return qobject_cast<QTcpSocket*>((server.*(&SenderAccess::sender))());
}

} // namespace

class ApiServer::Pending final {
public:
    Pending(QHttpServerResponder&& responder, QTcpSocket* socket)
        : m_responder(std::move(responder))
        , m_socket(socket)
        , m_watched(socket != nullptr) {}
    Q_DISABLE_COPY_MOVE(Pending)

    // Adds what afterRequest() adds to the other replies. A client that went away gets nothing.
    void answer(QHttpServerResponse&& response) {
        if (m_watched && (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState))
            return;
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        response.write(std::move(m_responder));
    }

private:
    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_watched;
};

namespace {

// Each Argon2 hash holds 64 MiB while it runs: a few at a time, the others queue.
int hashThreads() {
    return std::clamp(QThread::idealThreadCount(), 2, 4);
}

} // namespace

QHttpServerResponse jsonResponse(const QJsonObject& body, StatusCode status) {
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse errorResponse(const ApiError& error) {
    QHttpServerResponse response = jsonResponse(error.toJson(), static_cast<StatusCode>(error.status));
    if (error.retryAfter > 0)
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(error.retryAfter));
    return response;
}

ApiServer::ApiServer(ServerDatabase& database, const ServerOptions& options, const Clock& clock,
                     CampaignService& campaigns, ReplyHandler* replies, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_options(options)
    , m_accounts(database, clock,
                 TokenLifetimes{options.accessTokenSeconds, 30 * 24 * 3600, options.refreshGraceSeconds},
                 ThrottlePolicy{options.maxFailedSignIns})
    , m_sync(database, clock)
    , m_campaigns(campaigns)
    , m_replies(replies)
    , m_authLimiter(options.authRatePerMinute)
    , m_apiLimiter(options.apiRatePerMinute)
    , m_hasher(hashThreads()) {
    addRoutes();
}

ApiServer::~ApiServer() = default;

qint64 ApiServer::bodyLimit(QByteArrayView method, QByteArrayView path) {
    if (method == "POST" && path == "/api/v1/sync/push")
        return kMaxPushBytes;
    if (method == "POST" && path == "/api/v1/campaigns")
        return kMaxCampaignBytes;
    return kMaxBodyBytes;
}

std::optional<ApiError> ApiServer::admit(const QHttpServerRequest& request, qsizetype maxBody,
                                         bool authenticated, AuthContext& context) {
    const QByteArray declared = request.value(QByteArrayLiteral("content-length"));
    // ClientListener already refused these from the headers; kept so the routes stand on their own.
    if (request.body().size() > maxBody || declared.toLongLong() > maxBody)
        return ApiError::bodyTooLarge(maxBody);
    int retryAfter = 0;
    if (authenticated) {
        auto auth = m_accounts.authenticate(request.value(QByteArrayLiteral("authorization")));
        if (!auth.ok())
            return auth.error();
        context = auth.value();
        if (!m_apiLimiter.allow(context.accountId, &retryAfter))
            return ApiError::rateLimited(retryAfter);
    } else if (!m_authLimiter.allow(clientIp(request), &retryAfter)) {
        return ApiError::rateLimited(retryAfter);
    }
    return std::nullopt;
}

QHttpServerResponse ApiServer::respond(
    const QHttpServerRequest& request, qsizetype maxBody, bool authenticated,
    const std::function<QHttpServerResponse(const QHttpServerRequest&, const AuthContext&)>& handler) {
    AuthContext context;
    if (auto refused = admit(request, maxBody, authenticated, context))
        return errorResponse(*refused);
    return handler(request, context);
}

void ApiServer::respondLater(const QHttpServerRequest& request, QHttpServerResponder&& responder,
                             const Later& next) {
    auto shared = std::make_shared<Pending>(std::move(responder), currentSocket(m_http));
    AuthContext none;
    if (auto refused = admit(request, kMaxBodyBytes, false, none))
        return shared->answer(errorResponse(*refused));
    auto body = input::parseObject(request.body());
    if (!body.ok())
        return shared->answer(errorResponse(body.error()));
    next(body.value(), clientIp(request), shared);
}

void ApiServer::signUp(const QJsonObject& body, const Responder& responder) {
    auto attempt = m_accounts.prepareSignUp(body);
    if (!attempt.ok())
        return responder->answer(errorResponse(attempt.error()));
    // A taken address is hashed too: both answers take the same time.
    m_hasher.hash(attempt.value().password, this,
                  [this, prepared = attempt.value(), responder](const QString& hash) {
                      auto reply = m_accounts.finishSignUp(prepared, hash);
                      responder->answer(reply.ok() ? jsonResponse(reply.value(), StatusCode::Accepted)
                                                   : errorResponse(reply.error()));
                  });
}

void ApiServer::signIn(const QJsonObject& body, const QString& ip, const Responder& responder) {
    auto attempt = m_accounts.prepareSignIn(body, ip);
    if (!attempt.ok())
        return responder->answer(errorResponse(attempt.error()));
    m_hasher.verify(attempt.value().password, attempt.value().hash, this,
                    [this, prepared = attempt.value(), responder](bool matches) {
                        auto reply = m_accounts.finishSignIn(prepared, matches);
                        responder->answer(reply.ok() ? jsonResponse(reply.value(), StatusCode::Ok)
                                                     : errorResponse(reply.error()));
                    });
}

void ApiServer::addRoutes() {
    using Method = QHttpServerRequest::Method;
    auto withBody = [](const QHttpServerRequest& request,
                       const std::function<QHttpServerResponse(const QJsonObject&)>& next) {
        auto body = input::parseObject(request.body());
        if (!body.ok())
            return errorResponse(body.error());
        return next(body.value());
    };

    // Answered through a responder once the password is hashed, so other requests go on meanwhile.
    m_http.route(QStringLiteral("/api/v1/accounts"), Method::Post,
                 [this](const QHttpServerRequest& r, QHttpServerResponder&& responder) {
                     respondLater(r, std::move(responder),
                                  [this](const QJsonObject& body, const QString&, const Responder& reply) {
                                      signUp(body, reply);
                                  });
                 });
    m_http.route(QStringLiteral("/api/v1/sessions"), Method::Post,
                 [this](const QHttpServerRequest& r, QHttpServerResponder&& responder) {
                     respondLater(r, std::move(responder),
                                  [this](const QJsonObject& body, const QString& ip, const Responder& reply) {
                                      signIn(body, ip, reply);
                                  });
                 });
    m_http.route(QStringLiteral("/api/v1/sessions/refresh"), Method::Post,
                 [this, withBody](const QHttpServerRequest& r) {
                     return respond(r, kMaxBodyBytes, false,
                                    [this, withBody](const QHttpServerRequest& request, const AuthContext&) {
                                        return withBody(request, [&](const QJsonObject& body) {
                                            auto reply = m_accounts.refresh(body);
                                            return reply.ok() ? jsonResponse(reply.value(), StatusCode::Ok)
                                                              : errorResponse(reply.error());
                                        });
                                    });
                 });
    m_http.route(QStringLiteral("/api/v1/sessions/current"), Method::Delete,
                 [this](const QHttpServerRequest& r) {
                     return respond(r, kMaxBodyBytes, true,
                                    [this](const QHttpServerRequest&, const AuthContext& context) {
                                        auto done = m_accounts.signOut(context);
                                        return done.ok() ? QHttpServerResponse(StatusCode::NoContent)
                                                         : errorResponse(done.error());
                                    });
                 });
    m_http.route(QStringLiteral("/api/v1/sessions"), Method::Delete, [this](const QHttpServerRequest& r) {
        return respond(r, kMaxBodyBytes, true, [this](const QHttpServerRequest&, const AuthContext& context) {
            auto done = m_accounts.signOutEverywhere(context);
            return done.ok() ? QHttpServerResponse(StatusCode::NoContent) : errorResponse(done.error());
        });
    });
    m_http.route(QStringLiteral("/api/v1/account"), Method::Get, [this](const QHttpServerRequest& r) {
        return respond(r, kMaxBodyBytes, true, [this](const QHttpServerRequest&, const AuthContext& context) {
            auto reply = m_accounts.account(context);
            return reply.ok() ? jsonResponse(reply.value(), StatusCode::Ok) : errorResponse(reply.error());
        });
    });
    m_http.route(
        QStringLiteral("/api/v1/sync/push"), Method::Post, [this, withBody](const QHttpServerRequest& r) {
            return respond(r, kMaxPushBytes, true,
                           [this, withBody](const QHttpServerRequest& request, const AuthContext& context) {
                               return withBody(request, [&](const QJsonObject& body) {
                                   auto reply = m_sync.push(context.accountId, context.deviceId, body);
                                   return reply.ok() ? jsonResponse(reply.value(), StatusCode::Ok)
                                                     : errorResponse(reply.error());
                               });
                           });
        });
    m_http.route(QStringLiteral("/api/v1/sync/pull"), Method::Get, [this](const QHttpServerRequest& r) {
        return respond(r, kMaxBodyBytes, true,
                       [this](const QHttpServerRequest& request, const AuthContext& context) {
                           const QUrlQuery query = request.query();
                           auto reply = m_sync.pull(context.accountId, context.deviceId,
                                                    {query.queryItemValue(QStringLiteral("cursor")),
                                                     query.queryItemValue(QStringLiteral("limit")),
                                                     query.queryItemValue(QStringLiteral("pushedFrom")),
                                                     query.queryItemValue(QStringLiteral("pushedTo"))});
                           return reply.ok() ? QHttpServerResponse(QByteArrayLiteral("application/json"),
                                                                   reply.value(), StatusCode::Ok)
                                             : errorResponse(reply.error());
                       });
    });
    addCampaignRoutes();
    m_http.setMissingHandler([](const QHttpServerRequest&, QHttpServerResponder&& responder) {
        QHttpServerResponse response = errorResponse(ApiError::notFound());
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        response.write(std::move(responder));
    });
    m_http.afterRequest([](QHttpServerResponse&& response) {
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        return std::move(response);
    });
}

void ApiServer::addCampaignRoutes() {
    using Method = QHttpServerRequest::Method;
    const auto answer = [](const Outcome<QJsonObject>& reply) {
        return reply.ok() ? jsonResponse(reply.value(), StatusCode::Ok) : errorResponse(reply.error());
    };
    m_http.route(QStringLiteral("/api/v1/campaigns"), Method::Post, [this](const QHttpServerRequest& r) {
        return respond(
            r, kMaxCampaignBytes, true,
            [this](const QHttpServerRequest& request, const AuthContext& context) {
                auto body = input::parseObject(request.body());
                if (!body.ok())
                    return errorResponse(body.error());
                auto reply = m_campaigns.submit(
                    context.accountId, request.value(QByteArrayLiteral("idempotency-key")), body.value());
                return reply.ok()
                           ? jsonResponse(reply.value().body, static_cast<StatusCode>(reply.value().status))
                           : errorResponse(reply.error());
            });
    });
    m_http.route(QStringLiteral("/api/v1/campaigns"), Method::Get,
                 [this, answer](const QHttpServerRequest& r) {
                     return respond(r, kMaxBodyBytes, true,
                                    [this, answer](const QHttpServerRequest&, const AuthContext& context) {
                                        return answer(m_campaigns.list(context.accountId));
                                    });
                 });
    m_http.route(QStringLiteral("/api/v1/campaigns/<arg>"), Method::Get,
                 [this, answer](const QString& id, const QHttpServerRequest& r) {
                     return respond(
                         r, kMaxBodyBytes, true,
                         [this, answer, id](const QHttpServerRequest&, const AuthContext& context) {
                             return answer(m_campaigns.get(context.accountId, id));
                         });
                 });
    const auto change = [this, answer](const QString& id, const QHttpServerRequest& r,
                                       CampaignService::Change change) {
        return respond(r, kMaxBodyBytes, true,
                       [this, answer, id, change](const QHttpServerRequest&, const AuthContext& context) {
                           return answer(m_campaigns.change(context.accountId, id, change));
                       });
    };
    m_http.route(QStringLiteral("/api/v1/campaigns/<arg>/pause"), Method::Post,
                 [change](const QString& id, const QHttpServerRequest& r) {
                     return change(id, r, CampaignService::Change::Pause);
                 });
    m_http.route(QStringLiteral("/api/v1/campaigns/<arg>/resume"), Method::Post,
                 [change](const QString& id, const QHttpServerRequest& r) {
                     return change(id, r, CampaignService::Change::Resume);
                 });
    m_http.route(QStringLiteral("/api/v1/campaigns/<arg>/cancel"), Method::Post,
                 [change](const QString& id, const QHttpServerRequest& r) {
                     return change(id, r, CampaignService::Change::Cancel);
                 });
    m_http.route(QStringLiteral("/api/v1/simulator/replies"), Method::Post,
                 [this, answer](const QHttpServerRequest& r) {
                     return respond(
                         r, kMaxBodyBytes, true,
                         [this, answer](const QHttpServerRequest& request, const AuthContext& context) {
                             if (!m_replies)
                                 return errorResponse(ApiError::notFound());
                             auto body = input::parseObject(request.body());
                             if (!body.ok())
                                 return errorResponse(body.error());
                             return answer(m_replies->handle(context.accountId, body.value(),
                                                             QStringLiteral("simulator")));
                         });
                 });
}

Result<QUrl> ApiServer::listen() {
    const bool tls = !m_options.tlsCertificate.isEmpty() && !m_options.tlsKey.isEmpty();
    std::optional<QSslConfiguration> tlsConfiguration;
    if (tls) {
        QFile certificateFile(m_options.tlsCertificate);
        QFile keyFile(m_options.tlsKey);
        if (!certificateFile.open(QIODevice::ReadOnly))
            return Error::make(Error::Code::Io,
                               tr("Cannot read the TLS certificate %1: %2")
                                   .arg(m_options.tlsCertificate, certificateFile.errorString()));
        if (!keyFile.open(QIODevice::ReadOnly))
            return Error::make(
                Error::Code::Io,
                tr("Cannot read the TLS key %1: %2").arg(m_options.tlsKey, keyFile.errorString()));
        // The file holds the server's certificate and then its intermediates: clients that know only
        // the root need the whole chain.
        const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certificateFile, QSsl::Pem);
        const QByteArray keyBytes = keyFile.readAll();
        QSslKey key(keyBytes, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyBytes, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || chain.constFirst().isNull())
            return Error::make(Error::Code::InvalidInput,
                               tr("%1 is not a PEM certificate.").arg(m_options.tlsCertificate));
        if (key.isNull())
            return Error::make(Error::Code::InvalidInput,
                               tr("%1 is not a PEM RSA or EC private key.").arg(m_options.tlsKey));
        // What QAbstractHttpServer::sslSetup(certificate, key) would configure.
        QSslConfiguration configuration;
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key);
        configuration.setProtocol(QSsl::SecureProtocols);
        tlsConfiguration = configuration;
    }
    auto toMs = [](int seconds) {
        return static_cast<int>(std::min<qint64>(qint64(seconds) * 1000, INT_MAX));
    };
    const ConnectionLimits limits{toMs(m_options.idleTimeoutSeconds), toMs(m_options.requestTimeoutSeconds),
                                  m_options.maxConnectionsPerAddress, kMaxPushBytes};
    auto listener = std::make_unique<ClientListener>(limits, &ApiServer::bodyLimit, tlsConfiguration);
    if (!listener->listen(m_options.address, m_options.port))
        return Error::make(Error::Code::Io, tr("Cannot listen on %1 port %2 (in use, or not allowed).")
                                                .arg(m_options.address.toString())
                                                .arg(m_options.port));
    const quint16 port = listener->serverPort();
    m_http.bind(listener.release()); // QHttpServer takes ownership
    QUrl url;
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_options.address.toString());
    url.setPort(port);
    return url;
}

} // namespace iq::server
