#pragma once

#include "server/api/ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace iq::server {

// Reading request fields with errors that name the field by its path in the request.
namespace input {

Outcome<QJsonObject> parseObject(const QByteArray& body);

// A required string of minLength..maxLength characters (after trimming when trim is set).
std::optional<ApiError> string(const QJsonObject& object, const QString& key, const QString& path,
                               int minLength, int maxLength, QString& out, bool trim = false);
// A required integer from minimum to maximum.
std::optional<ApiError> integer(const QJsonObject& object, const QString& key, const QString& path,
                                qint64 minimum, qint64 maximum, qint64& out);
// An identifier made on a device: 1..maxLength characters, none of them control, format (U+200B,
// U+202E, U+2066-2069, U+FEFF ...) or other invisible characters.
std::optional<ApiError> identifier(const QJsonObject& object, const QString& key, const QString& path,
                                   int maxLength, QString& out);

struct Device {
    QString id;
    QString name;
};
std::optional<ApiError> device(const QJsonObject& object, Device& out);

} // namespace input
} // namespace iq::server
