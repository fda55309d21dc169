#pragma once

#include "server/store/DeliveryQueue.h"
#include "shared/util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <optional>

namespace iq {
class Clock;
}

namespace iq::server {

class CampaignService;
class DeliveryProvider;
class ServerDatabase;
class SyncService;

struct DeliverySettings {
    int intervalMs = 100; // between batches when the last one was not full
    int batchSize = 200;
    int leaseMs = 30000; // a worker that dies gives its rows up after this long
    // Messages handed over per second and channel ("sms", "email", "voice"); absent or 0: no limit.
    QHash<QString, int> perSecond;
};

// Works the delivery queue on a timer of the server's thread: starts scheduled campaigns that are due,
// leases due rows in batches, releases held messages whose quiet hours are over, hands the others to the
// provider one status step at a time within the per-channel limits, records each change in the message's
// record (status and statusHistory, a call log for a call) and keeps the campaigns' records current.
class DeliveryWorker final : public QObject {
    Q_OBJECT
public:
    DeliveryWorker(ServerDatabase& database, SyncService& sync, CampaignService& campaigns,
                   DeliveryProvider& provider, const Clock& clock, DeliverySettings settings,
                   QString owner = {}, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(DeliveryWorker)

    void start();
    void stop();
    // One batch; answers how many rows it leased.
    Result<int> runOnce();
    const QString& owner() const { return m_owner; }

private:
    struct Work {
        DeliveryQueue::Message message;
        DeliveryQueue::Step step;
        QString detail;
        std::optional<QJsonObject> callLog;
    };
    void tick();
    bool allow(const QString& channel, qint64 nowMs);
    Status record(const QString& accountId, const QList<Work>& work, QSet<QString>& touched);
    // Rewrites the records of the campaigns that moved: at most once a second while the queue is busy
    // (recounting a large campaign after every batch would cost more than the batch), at once when quiet.
    Status refreshCampaigns(qint64 nowMs, bool busy);

    ServerDatabase& m_database;
    SyncService& m_sync;
    CampaignService& m_campaigns;
    DeliveryProvider& m_provider;
    const Clock& m_clock;
    DeliverySettings m_settings;
    QString m_owner;
    DeliveryQueue m_queue;
    QTimer m_timer;
    qint64 m_windowStartMs = 0;
    QHash<QString, int> m_inWindow;
    // Campaigns whose messages moved since their records were last rewritten ("account/campaign").
    QSet<QString> m_dirty;
    qint64 m_lastRefreshMs = 0;
};

} // namespace iq::server
