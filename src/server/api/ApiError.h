#pragma once

#include "shared/util/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <utility>

namespace iq::server {

// An error as the API answers it: HTTP status, stable code, the field to blame and a sentence.
struct ApiError {
    int status = 500;
    QString code;
    QString field;
    QString message;
    int retryAfter = 0; // seconds; sent as Retry-After when > 0

    QJsonObject toJson() const;

    static ApiError invalidJson(const QString& message);
    static ApiError invalidField(const QString& field, const QString& message);
    static ApiError unauthorized(const QString& message);
    static ApiError tokenExpired();
    static ApiError tooLarge(const QString& field, const QString& message);
    static ApiError bodyTooLarge(qint64 limitBytes);
    static ApiError badRequest(const QString& message);
    static ApiError headTooLarge(qint64 limitBytes);
    static ApiError lengthRequired();
    static ApiError requestTimeout();
    static ApiError tooManyConnections(int limit);
    static ApiError rateLimited(int retryAfter);
    static ApiError cursorExpired(const QString& message);
    static ApiError notFound();
    // A storage failure: 503 with Retry-After when the database is unreachable or busy, else 500.
    static ApiError fromStorage(const Error& error);
};

// Either a value or an ApiError; what every service of the server returns to the HTTP layer.
template <typename T> class Outcome {
public:
    Outcome(T value)
        : m_value(std::move(value)) {}
    Outcome(ApiError error)
        : m_error(std::move(error)) {}
    bool ok() const { return m_value.has_value(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const ApiError& error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

} // namespace iq::server
