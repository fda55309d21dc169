#pragma once

#include "server/api/ApiError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace iq::server {

// A submitted campaign (docs/api.md, "POST /campaigns"), read and checked field by field.
struct CampaignRequest {
    QString id;
    QString name;
    QString channel; // sms, email, voice
    QString kind;    // marketing, transactional
    QString body;    // the template
    QString subject;
    QJsonValue contentId; // null or a string
    QStringList groups;
    QStringList excludeGroups;
    QStringList contacts;
    QDateTime scheduledAt; // UTC; invalid: at once
    QString timeZone;      // IANA; empty: none given
    QJsonObject json;      // the body as received

    static Outcome<CampaignRequest> parse(const QJsonObject& body);
    // SHA-256 of the body in one canonical form (keys sorted, compact): the same body, the same hash.
    QString hash() const;
    QJsonObject audienceJson() const;
};

} // namespace iq::server
