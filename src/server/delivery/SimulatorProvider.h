#pragma once

#include "server/delivery/DeliveryProvider.h"

#include <QHash>

namespace iq::server {

struct SimulatorSettings {
    quint64 seed = 1;
    int delayMs = 500;         // between queued, sent and the final status
    double failureRate = 0.05; // share of messages that end failed or undeliverable
};

// A provider that delivers nothing, deterministically: whether a message is delivered, and if not with
// which carrier error, follows from the seed and the message's id alone, so a run can be repeated. SMS and
// e-mail go queued -> sent -> delivered (or failed / undeliverable with a carrier-like code); a voice call
// is answered, goes to voicemail, rings out or finds the line busy, with a duration, and leaves a call log.
class SimulatorProvider final : public DeliveryProvider {
public:
    explicit SimulatorProvider(SimulatorSettings settings);

    QString name() const override { return QStringLiteral("simulator"); }
    DeliveryStep advance(const DeliveryQueue::Message& message, const QDateTime& now) override;

    // A carrier error code's meaning in plain words ("30005": "The number is not in service").
    static QString meaning(const QString& code);
    // How many times each message was handed over (queued -> sent): tests check it is never twice.
    int handedOver(const QString& messageId) const { return m_handedOver.value(messageId); }

private:
    // A number in [0, 1) from the seed, the message and what is being decided.
    double draw(const QString& messageId, const char* what) const;
    DeliveryStep finish(const DeliveryQueue::Message& message, const QDateTime& now) const;
    DeliveryStep finishCall(const DeliveryQueue::Message& message, const QDateTime& now) const;

    SimulatorSettings m_settings;
    QHash<QString, int> m_handedOver;
};

} // namespace iq::server
