#include "server/api/ApiError.h"

#include "server/store/ServerDatabase.h"

#include <QCoreApplication>
#include <QTextStream>

namespace iq::server {
namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("iq::server::ApiError", text);
}
} // namespace

QJsonObject ApiError::toJson() const {
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    if (retryAfter > 0)
        error.insert(QStringLiteral("retryAfter"), retryAfter);
    return QJsonObject{{QStringLiteral("error"), error}};
}

ApiError ApiError::invalidJson(const QString& message) {
    return ApiError{400, QStringLiteral("invalid_json"), {}, message, 0};
}

ApiError ApiError::invalidField(const QString& field, const QString& message) {
    return ApiError{400, QStringLiteral("invalid_field"), field, message, 0};
}

ApiError ApiError::unauthorized(const QString& message) {
    return ApiError{401, QStringLiteral("unauthorized"), {}, message, 0};
}

ApiError ApiError::tokenExpired() {
    return ApiError{401,
                    QStringLiteral("token_expired"),
                    {},
                    tr("The access token has expired; refresh it and try again."),
                    0};
}

ApiError ApiError::tooLarge(const QString& field, const QString& message) {
    return ApiError{413, QStringLiteral("too_large"), field, message, 0};
}

ApiError ApiError::bodyTooLarge(qint64 limitBytes) {
    return tooLarge(
        {}, tr("The request body is larger than %1 KiB, the limit of this endpoint.").arg(limitBytes / 1024));
}

ApiError ApiError::badRequest(const QString& message) {
    return ApiError{400, QStringLiteral("bad_request"), {}, message, 0};
}

ApiError ApiError::headTooLarge(qint64 limitBytes) {
    return ApiError{431,
                    QStringLiteral("headers_too_large"),
                    {},
                    tr("The request line and headers are larger than %1 KiB.").arg(limitBytes / 1024),
                    0};
}

ApiError ApiError::lengthRequired() {
    return ApiError{411,
                    QStringLiteral("length_required"),
                    {},
                    tr("Send the body with a Content-Length header; chunked bodies are not accepted."),
                    0};
}

ApiError ApiError::requestTimeout() {
    return ApiError{408,
                    QStringLiteral("request_timeout"),
                    {},
                    tr("The request did not arrive in time; the connection is closed."),
                    0};
}

ApiError ApiError::tooManyConnections(int limit) {
    return ApiError{429,
                    QStringLiteral("too_many_connections"),
                    {},
                    tr("Too many open connections from your address (the limit is %1); close some and "
                       "try again.")
                        .arg(limit),
                    1};
}

ApiError ApiError::rateLimited(int retryAfter) {
    return ApiError{429,
                    QStringLiteral("rate_limited"),
                    {},
                    tr("Too many requests; try again in %1 seconds.").arg(retryAfter),
                    retryAfter};
}

ApiError ApiError::cursorExpired(const QString& message) {
    return ApiError{410, QStringLiteral("cursor_expired"), QStringLiteral("cursor"), message, 0};
}

ApiError ApiError::notFound() {
    return ApiError{404, QStringLiteral("not_found"), {}, tr("There is no such endpoint."), 0};
}

ApiError ApiError::fromStorage(const Error& error) {
    QTextStream(stderr) << "iqmsgd: storage error: " << error.message << Qt::endl;
    if (ServerDatabase::isUnavailable(error))
        return ApiError{503,
                        QStringLiteral("unavailable"),
                        {},
                        tr("The server's database is busy or unreachable; try again shortly."),
                        5};
    return ApiError{500, QStringLiteral("internal"), {}, tr("The server failed to handle the request."), 0};
}

} // namespace iq::server
