#include "server/api/JsonInput.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace iq::server::input {
namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("iq::server::input", text);
}
// Characters that show nothing, or change how the characters around them are shown: two ids that
// look the same must be the same id, and an id must not reorder the text it is shown in. Control
// (Cc), format (Cf: zero-width spaces and joiners, bidirectional marks, embeddings, overrides and
// isolates, the byte order mark), line and paragraph separators, lone surrogates, and the
// invisible characters Unicode does not class as format: fillers, the combining grapheme joiner and
// variation selectors.
bool isInvisible(uint c) {
    switch (QChar::category(char32_t(c))) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        break;
    }
    return c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 ||
           (c >= 0x180B && c <= 0x180F) || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

} // namespace

Outcome<QJsonObject> parseObject(const QByteArray& body) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return ApiError::invalidJson(
            tr("The body is not valid JSON: %1 at byte %2.").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        return ApiError::invalidJson(tr("The body must be a JSON object."));
    return document.object();
}

std::optional<ApiError> string(const QJsonObject& object, const QString& key, const QString& path,
                               int minLength, int maxLength, QString& out, bool trim) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return ApiError::invalidField(path, tr("Field \"%1\" is required.").arg(path));
    if (!value.isString())
        return ApiError::invalidField(path, tr("Field \"%1\" must be a string.").arg(path));
    out = trim ? value.toString().trimmed() : value.toString();
    if (out.size() < minLength || out.size() > maxLength)
        return ApiError::invalidField(
            path, tr("Field \"%1\" must have %2 to %3 characters.").arg(path).arg(minLength).arg(maxLength));
    return std::nullopt;
}

std::optional<ApiError> integer(const QJsonObject& object, const QString& key, const QString& path,
                                qint64 minimum, qint64 maximum, qint64& out) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return ApiError::invalidField(path, tr("Field \"%1\" is required.").arg(path));
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::floor(number) != number || number < static_cast<double>(minimum) ||
        number > static_cast<double>(maximum))
        return ApiError::invalidField(
            path,
            tr("Field \"%1\" must be a whole number from %2 to %3.").arg(path).arg(minimum).arg(maximum));
    out = static_cast<qint64>(number);
    return std::nullopt;
}

std::optional<ApiError> identifier(const QJsonObject& object, const QString& key, const QString& path,
                                   int maxLength, QString& out) {
    if (auto error = string(object, key, path, 1, maxLength, out))
        return error;
    const QList<uint> codePoints = out.toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        if (isInvisible(codePoints.at(i)))
            return ApiError::invalidField(
                path,
                tr("Field \"%1\" must not contain control, format or other invisible characters "
                   "(U+%2 at character %3).")
                    .arg(path)
                    .arg(QString::number(codePoints.at(i), 16).toUpper().rightJustified(4, QLatin1Char('0')))
                    .arg(i + 1));
    }
    return std::nullopt;
}

std::optional<ApiError> device(const QJsonObject& object, Device& out) {
    const QJsonValue value = object.value(QStringLiteral("device"));
    if (!value.isObject())
        return ApiError::invalidField(QStringLiteral("device"),
                                      tr("Field \"device\" must be an object with \"id\" and \"name\"."));
    const QJsonObject device = value.toObject();
    if (auto error = string(device, QStringLiteral("id"), QStringLiteral("device.id"), 1, 100, out.id))
        return error;
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._:-]+$"));
    if (!pattern.match(out.id).hasMatch())
        return ApiError::invalidField(
            QStringLiteral("device.id"),
            tr("Field \"device.id\" may hold only letters, digits and the characters . _ : -"));
    if (auto error =
            string(device, QStringLiteral("name"), QStringLiteral("device.name"), 1, 100, out.name, true))
        return error;
    return std::nullopt;
}

} // namespace iq::server::input
