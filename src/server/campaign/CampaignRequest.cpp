#include "server/campaign/CampaignRequest.h"

#include "server/api/JsonInput.h"
#include "shared/template/Template.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace iq::server {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("iq::server::CampaignRequest", text);
}

constexpr int kMaxIds = 10000;
constexpr int kMaxBody = 10000;

std::optional<ApiError> oneOf(const QJsonObject& object, const QString& key, const QStringList& allowed,
                              QString& out) {
    if (auto error = input::string(object, key, key, 1, 40, out))
        return error;
    if (!allowed.contains(out))
        return ApiError::invalidField(
            key, tr("Field \"%1\" must be one of %2.").arg(key, allowed.join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<ApiError> idList(const QJsonObject& audience, const QString& key, QStringList& out) {
    const QString path = QStringLiteral("audience.") + key;
    const QJsonValue value = audience.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isArray())
        return ApiError::invalidField(path, tr("Field \"%1\" must be an array of ids.").arg(path));
    const QJsonArray list = value.toArray();
    if (list.size() > kMaxIds)
        return ApiError::invalidField(path,
                                      tr("Field \"%1\" may hold at most %2 ids.").arg(path).arg(kMaxIds));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        QString id;
        if (auto error = input::identifier(QJsonObject{{QStringLiteral("v"), list.at(i)}},
                                           QStringLiteral("v"), itemPath, 200, id))
            return error;
        out.append(id);
    }
    return std::nullopt;
}

std::optional<ApiError> nullableString(const QJsonObject& object, const QString& key, int maxLength,
                                       QString& out) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return input::string(object, key, key, 0, maxLength, out);
}

std::optional<ApiError> readAudience(const QJsonObject& body, CampaignRequest& request) {
    const QJsonValue audience = body.value(QStringLiteral("audience"));
    if (!audience.isObject())
        return ApiError::invalidField(
            QStringLiteral("audience"),
            tr("Field \"audience\" must be an object with \"groups\", \"excludeGroups\" and \"contacts\"."));
    const QJsonObject object = audience.toObject();
    if (auto error = idList(object, QStringLiteral("groups"), request.groups))
        return error;
    if (auto error = idList(object, QStringLiteral("excludeGroups"), request.excludeGroups))
        return error;
    if (auto error = idList(object, QStringLiteral("contacts"), request.contacts))
        return error;
    if (request.groups.isEmpty() && request.contacts.isEmpty())
        return ApiError::invalidField(QStringLiteral("audience"),
                                      tr("Field \"audience\" must name at least one group or contact."));
    return std::nullopt;
}

std::optional<ApiError> readSchedule(const QJsonObject& body, CampaignRequest& request) {
    QString scheduledAt;
    if (auto error = nullableString(body, QStringLiteral("scheduledAt"), 40, scheduledAt))
        return error;
    if (!scheduledAt.isEmpty()) {
        request.scheduledAt = QDateTime::fromString(scheduledAt, Qt::ISODateWithMs);
        if (!request.scheduledAt.isValid() || request.scheduledAt.timeSpec() == Qt::LocalTime)
            return ApiError::invalidField(QStringLiteral("scheduledAt"),
                                          tr("Field \"scheduledAt\" must be an ISO 8601 time with its offset "
                                             "(2026-11-29T15:40:00.000Z)."));
        request.scheduledAt = request.scheduledAt.toUTC();
    }
    if (auto error = nullableString(body, QStringLiteral("timeZone"), 100, request.timeZone))
        return error;
    if (!request.timeZone.isEmpty() && !QTimeZone(request.timeZone.toUtf8()).isValid())
        return ApiError::invalidField(QStringLiteral("timeZone"),
                                      tr("Field \"timeZone\" must be an IANA time zone (Europe/Berlin)."));
    return std::nullopt;
}

} // namespace

Outcome<CampaignRequest> CampaignRequest::parse(const QJsonObject& body) {
    CampaignRequest request;
    request.json = body;
    if (auto error = input::identifier(body, QStringLiteral("id"), QStringLiteral("id"), 100, request.id))
        return *error;
    if (auto error =
            input::string(body, QStringLiteral("name"), QStringLiteral("name"), 1, 200, request.name, true))
        return *error;
    if (auto error =
            oneOf(body, QStringLiteral("channel"),
                  {QStringLiteral("sms"), QStringLiteral("email"), QStringLiteral("voice")}, request.channel))
        return *error;
    request.kind = QStringLiteral("marketing");
    if (body.contains(QStringLiteral("kind"))) {
        if (auto error = oneOf(body, QStringLiteral("kind"),
                               {QStringLiteral("marketing"), QStringLiteral("transactional")}, request.kind))
            return *error;
    }
    if (auto error =
            input::string(body, QStringLiteral("body"), QStringLiteral("body"), 1, kMaxBody, request.body))
        return *error;
    const tmpl::Template parsed = tmpl::Template::parse(request.body);
    if (!parsed.isValid())
        return ApiError::invalidField(QStringLiteral("body"),
                                      tr("Field \"body\" is not a valid template: %1")
                                          .arg(parsed.error() ? parsed.error()->toString() : QString()));
    if (auto error = nullableString(body, QStringLiteral("subject"), 1000, request.subject))
        return *error;
    request.contentId = body.value(QStringLiteral("contentId"));
    if (request.contentId.isUndefined())
        request.contentId = QJsonValue(QJsonValue::Null);
    if (!request.contentId.isNull() && !request.contentId.isString())
        return ApiError::invalidField(QStringLiteral("contentId"),
                                      tr("Field \"contentId\" must be null or a content id."));
    if (auto error = readAudience(body, request))
        return *error;
    if (auto error = readSchedule(body, request))
        return *error;
    return request;
}

QString CampaignRequest::hash() const {
    // QJsonObject keeps its keys sorted: its compact form is canonical.
    const QByteArray canonical = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

QJsonObject CampaignRequest::audienceJson() const {
    return QJsonObject{{QStringLiteral("groups"), QJsonArray::fromStringList(groups)},
                       {QStringLiteral("excludeGroups"), QJsonArray::fromStringList(excludeGroups)},
                       {QStringLiteral("contacts"), QJsonArray::fromStringList(contacts)}};
}

} // namespace iq::server
