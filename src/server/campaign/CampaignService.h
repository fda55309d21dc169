#pragma once

#include "server/api/ApiError.h"
#include "server/campaign/CampaignRequest.h"
#include "server/store/CampaignStore.h"
#include "server/store/DeliveryQueue.h"
#include "server/store/SyncStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace iq {
class Clock;
class PhoneNumbers;
} // namespace iq

namespace iq::server {

class ServerDatabase;
class SyncService;

// The campaign routes (docs/api.md, "Campaigns"): submit with an idempotency key, list, get, pause, resume
// and cancel; and what the delivery worker asks of campaigns: start the scheduled ones that are due, and
// keep each campaign's record (status and counts) up to date as its messages move.
class CampaignService final {
public:
    struct Answer {
        int status = 200;
        QJsonObject body;
    };

    CampaignService(ServerDatabase& database, SyncService& sync, const Clock& clock,
                    const PhoneNumbers& phones);
    Q_DISABLE_COPY_MOVE(CampaignService)

    // idempotencyKey: the header's value as received (empty when absent).
    Outcome<Answer> submit(const QString& accountId, const QByteArray& idempotencyKey,
                           const QJsonObject& body);
    Outcome<QJsonObject> list(const QString& accountId);
    Outcome<QJsonObject> get(const QString& accountId, const QString& id);
    enum class Change { Pause, Resume, Cancel };
    Outcome<QJsonObject> change(const QString& accountId, const QString& id, Change change);

    // Expands the scheduled campaigns whose time has come.
    Status startDue();
    // Recounts the campaign's messages, marks it sent once none waits, and rewrites its record.
    Status refresh(const QString& accountId, const QString& campaignId);

private:
    Result<QJsonObject> objectOf(const CampaignStore::Row& row);
    Status expand(CampaignStore::Row& row, const CampaignRequest& request);
    Status writeRecord(const CampaignStore::Row& row, const QJsonObject& object);
    Status skipUnsent(const CampaignStore::Row& row);

    ServerDatabase& m_database;
    SyncService& m_sync;
    const Clock& m_clock;
    const PhoneNumbers& m_phones;
    CampaignStore m_campaigns;
    DeliveryQueue m_queue;
    SyncStore m_records;
};

} // namespace iq::server
