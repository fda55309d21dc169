#pragma once

#include "core/store/OptOutArrivals.h"
#include "shared/util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace iq {

class Database;

// A campaign that stopped sending since the feed last looked.
struct CampaignEnded {
    QString campaignId;
    QString name;
    bool failed = false; // else it finished
    QJsonObject counts;  // the server's counts (recipients, delivered, failed, undeliverable...)
};

// What happened to the profile since it last looked that the owner wants to hear about without
// watching: campaigns that finished or failed, opt-outs a sync brought in. Remembers where it looked
// last; what was already there when it started is not news.
class ActivityFeed final {
public:
    explicit ActivityFeed(Database& database);

    // Takes the present as seen: only later changes are reported.
    Status prime();
    // Campaigns that were scheduled, sending or paused and are now sent or failed.
    Result<QList<CampaignEnded>> endedCampaigns();
    // Opt-outs pulled since the last call, oldest first.
    Result<QList<OptOutArrival>> newOptOuts();

private:
    Database& m_database;
    QHash<QString, QString> m_states; // campaign id -> status last seen
    qint64 m_lastSeq = 0;
};

} // namespace iq
