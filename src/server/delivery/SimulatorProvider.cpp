#include "server/delivery/SimulatorProvider.h"

#include "shared/campaign/DeliveryErrors.h"
#include "shared/util/Clock.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace iq::server {

SimulatorProvider::SimulatorProvider(SimulatorSettings settings)
    : m_settings(settings) {}

QString SimulatorProvider::meaning(const QString& code) {
    return campaign::errorMeaning(code);
}

double SimulatorProvider::draw(const QString& messageId, const char* what) const {
    const QByteArray input = QByteArray::number(m_settings.seed) + ':' + messageId.toUtf8() + ':' + what;
    const QByteArray digest = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    const quint64 bits = qFromBigEndian<quint64>(digest.constData());
    return double(bits >> 11) / double(quint64(1) << 53);
}

DeliveryStep SimulatorProvider::advance(const DeliveryQueue::Message& message, const QDateTime& now) {
    if (message.status == QLatin1String("queued")) {
        m_handedOver[message.messageId] += 1;
        DeliveryStep step;
        step.status = QStringLiteral("sent");
        step.detail = message.channel == QLatin1String("voice") ? QStringLiteral("Calling")
                                                                : QStringLiteral("Accepted by the carrier");
        step.nextInMs = m_settings.delayMs;
        return step;
    }
    return message.channel == QLatin1String("voice") ? finishCall(message, now) : finish(message, now);
}

DeliveryStep SimulatorProvider::finish(const DeliveryQueue::Message& message, const QDateTime&) const {
    DeliveryStep step;
    step.final = true;
    if (draw(message.messageId, "fails") >= m_settings.failureRate) {
        step.status = QStringLiteral("delivered");
        step.detail = QStringLiteral("Delivered to the handset");
        return step;
    }
    const QList<campaign::DeliveryError>& errors = campaign::carrierErrors();
    const int count = int(errors.size());
    const campaign::DeliveryError& error =
        errors.at(std::min(count - 1, int(draw(message.messageId, "error") * count)));
    step.status = error.undeliverable ? QStringLiteral("undeliverable") : QStringLiteral("failed");
    step.errorCode = QString::fromLatin1(error.code);
    step.errorMessage = QString::fromLatin1(error.meaning);
    step.detail = step.errorMessage;
    return step;
}

DeliveryStep SimulatorProvider::finishCall(const DeliveryQueue::Message& message,
                                           const QDateTime& now) const {
    DeliveryStep step;
    step.final = true;
    QString outcome;
    int duration = 0;
    if (draw(message.messageId, "fails") >= m_settings.failureRate) {
        const bool voicemail = draw(message.messageId, "voicemail") < 0.2;
        outcome = voicemail ? QStringLiteral("voicemail") : QStringLiteral("answered");
        duration = 5 + int(draw(message.messageId, "duration") * 55);
        step.status = QStringLiteral("delivered");
        step.detail = voicemail ? QStringLiteral("Left on voicemail") : QStringLiteral("Answered");
    } else {
        const bool busy = draw(message.messageId, "busy") < 0.5;
        outcome = busy ? QStringLiteral("busy") : QStringLiteral("no_answer");
        step.status = QStringLiteral("failed");
        step.errorCode = busy ? QStringLiteral("busy") : QStringLiteral("no_answer");
        step.errorMessage = campaign::errorMeaning(step.errorCode);
        step.detail = step.errorMessage;
    }
    step.callLog = QJsonObject{{QStringLiteral("callingNumber"), QStringLiteral("simulator")},
                               {QStringLiteral("receivingNumber"), message.address},
                               {QStringLiteral("forwardingNumber"), QString()},
                               {QStringLiteral("startedAt"), toStoredTime(now.addSecs(-duration))},
                               {QStringLiteral("durationSeconds"), duration},
                               {QStringLiteral("routing"), QStringLiteral("outbound")},
                               {QStringLiteral("callType"), QStringLiteral("campaign")},
                               {QStringLiteral("outcome"), outcome},
                               {QStringLiteral("messageId"), message.messageId},
                               {QStringLiteral("campaignId"), message.campaignId},
                               {QStringLiteral("contactId"), message.contactId}};
    return step;
}

} // namespace iq::server
