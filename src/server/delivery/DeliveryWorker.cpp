#include "server/delivery/DeliveryWorker.h"

#include "server/campaign/CampaignService.h"
#include "server/campaign/MessageRecord.h"
#include "server/delivery/DeliveryProvider.h"
#include "server/store/ServerDatabase.h"
#include "server/sync/SyncService.h"
#include "shared/util/Clock.h"

#include <QSet>
#include <QTextStream>
#include <QUuid>

#include <utility>

namespace iq::server {

DeliveryWorker::DeliveryWorker(ServerDatabase& database, SyncService& sync, CampaignService& campaigns,
                               DeliveryProvider& provider, const Clock& clock, DeliverySettings settings,
                               QString owner, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_sync(sync)
    , m_campaigns(campaigns)
    , m_provider(provider)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_owner(owner.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : std::move(owner))
    , m_queue(database) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeliveryWorker::tick);
}

void DeliveryWorker::start() {
    m_timer.start(0);
}

void DeliveryWorker::stop() {
    m_timer.stop();
}

void DeliveryWorker::tick() {
    auto leased = runOnce();
    if (!leased)
        QTextStream(stderr) << "iqmsgd: delivery: " << leased.errorMessage() << Qt::endl;
    // A full batch: more are waiting, go on at once (other requests are served in between).
    m_timer.start(leased && leased.value() >= m_settings.batchSize ? 0 : m_settings.intervalMs);
}

bool DeliveryWorker::allow(const QString& channel, qint64 nowMs) {
    const int limit = m_settings.perSecond.value(channel);
    if (limit <= 0)
        return true;
    if (nowMs - m_windowStartMs >= 1000) {
        m_windowStartMs = nowMs;
        m_inWindow.clear();
    }
    int& used = m_inWindow[channel];
    if (used >= limit)
        return false;
    ++used;
    return true;
}

Result<int> DeliveryWorker::runOnce() {
    if (Status started = m_campaigns.startDue(); !started)
        return started.error();
    const QDateTime now = m_clock.now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    auto leased = m_queue.lease(m_owner, nowMs, nowMs + m_settings.leaseMs, m_settings.batchSize);
    if (!leased)
        return leased.error();
    QHash<QString, QList<Work>> byAccount;
    for (const DeliveryQueue::Message& message : std::as_const(leased.value())) {
        Work work;
        work.message = message;
        work.step.messageId = message.messageId;
        work.step.fromStatus = message.status;
        if (message.status == QLatin1String("held")) {
            work.step.status = QStringLiteral("queued");
            work.step.notBefore = nowMs;
            work.detail = QStringLiteral("Released: the recipient's quiet hours are over");
        } else if (message.status == QLatin1String("queued") && !allow(message.channel, nowMs)) {
            if (Status released = m_queue.release(m_owner, message.messageId); !released)
                return released.error();
            continue;
        } else {
            DeliveryStep step = m_provider.advance(message, now);
            work.step.status = step.status;
            work.step.errorCode = step.errorCode;
            work.step.errorMessage = step.errorMessage;
            work.step.notBefore = nowMs + step.nextInMs;
            work.step.done = step.final;
            work.detail = step.detail;
            work.callLog = step.callLog;
        }
        byAccount[message.accountId].append(work);
    }
    for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it) {
        if (Status written = record(it.key(), it.value(), m_dirty); !written)
            return written.error();
    }
    if (Status refreshed = refreshCampaigns(nowMs, leased->size() >= m_settings.batchSize); !refreshed)
        return refreshed.error();
    return int(leased->size());
}

Status DeliveryWorker::refreshCampaigns(qint64 nowMs, bool busy) {
    if (m_dirty.isEmpty() || (busy && nowMs - m_lastRefreshMs < 1000))
        return Status::success();
    m_lastRefreshMs = nowMs;
    const QSet<QString> dirty = std::exchange(m_dirty, {});
    for (const QString& key : dirty) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        if (Status refreshed = m_campaigns.refresh(key.left(slash), key.mid(slash + 1)); !refreshed) {
            m_dirty.unite(dirty);
            return refreshed;
        }
    }
    return Status::success();
}

Status DeliveryWorker::record(const QString& accountId, const QList<Work>& work, QSet<QString>& touched) {
    const QDateTime now = m_clock.now();
    QList<DeliveryQueue::Step> steps;
    QStringList ids;
    for (const Work& w : work) {
        steps.append(w.step);
        ids.append(w.message.messageId);
    }
    return m_database.transaction([&]() -> Status {
        auto finished = m_queue.finishAll(m_owner, steps);
        if (!finished)
            return finished.error();
        auto payloads = m_sync.readRecords(accountId, QStringLiteral("message"), ids);
        if (!payloads)
            return payloads.error();
        QList<ServerRecord> records;
        for (qsizetype i = 0; i < work.size(); ++i) {
            const Work& w = work.at(i);
            // The lease ran out (another worker has the row now) or a cancel skipped it: not ours to record.
            if (!finished->at(i))
                continue;
            QJsonObject message = payloads->value(w.message.messageId);
            messagerecord::advance(message, w.step.status, now, w.detail, w.step.errorCode,
                                   w.step.errorMessage);
            records.append({QStringLiteral("message"), w.message.messageId, message});
            if (w.callLog) {
                static const QUuid space(QStringLiteral("{7d0f3c1e-2a4b-4c6d-8e9f-0a1b2c3d4e5f}"));
                const QString id =
                    QUuid::createUuidV5(space, w.message.messageId).toString(QUuid::WithoutBraces);
                QJsonObject log = *w.callLog;
                log.insert(QStringLiteral("id"), id);
                records.append({QStringLiteral("call_log"), id, log});
            }
            if (!w.message.campaignId.isEmpty())
                touched.insert(accountId + QLatin1Char('/') + w.message.campaignId);
        }
        return m_sync.writeRecords(accountId, records);
    });
}

} // namespace iq::server
