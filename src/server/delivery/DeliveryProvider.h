#pragma once

#include "server/store/DeliveryQueue.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace iq::server {

// What a provider made of one step of one message: its next status, and when to ask again.
struct DeliveryStep {
    QString status; // sent, delivered, failed, undeliverable
    QString detail; // a line for the status history
    QString errorCode;
    QString errorMessage; // plain words for the owner
    qint64 nextInMs = 0;  // when the provider has more to say (not final)
    bool final = false;
    std::optional<QJsonObject> callLog; // voice: the call's `call_log` record payload
};

// The way messages leave the server: an SMS gateway, an SMTP server, a voice platform, or the simulator.
// The worker asks it to advance a message one status at a time: queued -> sent hands it over, sent -> a
// final status is the carrier's receipt. Implementations are used on the worker's thread only.
class DeliveryProvider {
public:
    virtual ~DeliveryProvider() = default;
    virtual QString name() const = 0;
    virtual DeliveryStep advance(const DeliveryQueue::Message& message, const QDateTime& now) = 0;
};

} // namespace iq::server
