#include "server/campaign/MessageRecord.h"

#include "shared/util/Clock.h"

#include <QJsonArray>

namespace iq::server::messagerecord {

QJsonObject make(const NewMessage& message, const QDateTime& at) {
    const auto nullable = [](const QString& text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    QJsonObject payload{{QStringLiteral("campaignId"), nullable(message.campaignId)},
                        {QStringLiteral("contactId"), nullable(message.contactId)},
                        {QStringLiteral("channel"), message.channel},
                        {QStringLiteral("address"), message.address},
                        {QStringLiteral("body"), message.body},
                        {QStringLiteral("segments"), message.segments},
                        {QStringLiteral("status"), message.status},
                        {QStringLiteral("errorCode"), QString()},
                        {QStringLiteral("errorMessage"), QString()},
                        {QStringLiteral("releaseAt"), message.releaseAt.isValid()
                                                          ? QJsonValue(toStoredTime(message.releaseAt))
                                                          : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("statusHistory"), QJsonArray()}};
    advance(payload, message.status, at, message.detail);
    return payload;
}

void advance(QJsonObject& payload, const QString& status, const QDateTime& at, const QString& detail,
             const QString& errorCode, const QString& errorMessage) {
    payload.insert(QStringLiteral("status"), status);
    if (!errorCode.isEmpty() || !errorMessage.isEmpty()) {
        payload.insert(QStringLiteral("errorCode"), errorCode);
        payload.insert(QStringLiteral("errorMessage"), errorMessage);
    }
    if (status != QLatin1String("held"))
        payload.insert(QStringLiteral("releaseAt"), QJsonValue(QJsonValue::Null));
    QJsonArray history = payload.value(QStringLiteral("statusHistory")).toArray();
    history.append(QJsonObject{{QStringLiteral("status"), status},
                               {QStringLiteral("at"), toStoredTime(at)},
                               {QStringLiteral("detail"), detail}});
    payload.insert(QStringLiteral("statusHistory"), history);
}

} // namespace iq::server::messagerecord
