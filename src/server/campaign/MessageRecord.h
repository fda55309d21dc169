#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace iq::server {

// The payload of a `message` record (docs/api.md, "Campaigns"), made and moved from status to status.
namespace messagerecord {

struct NewMessage {
    QString campaignId; // empty for a reply to a keyword
    QString contactId;
    QString channel;
    QString address;
    QString body;
    int segments = 0;
    QString status; // queued or held
    QDateTime releaseAt;
    QString detail;
};

QJsonObject make(const NewMessage& message, const QDateTime& at);
// Sets the status (and the error, when given) and appends it to statusHistory.
void advance(QJsonObject& payload, const QString& status, const QDateTime& at, const QString& detail,
             const QString& errorCode = {}, const QString& errorMessage = {});

} // namespace messagerecord
} // namespace iq::server
