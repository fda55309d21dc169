#pragma once

#include "shared/util/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace iq::server {

class ServerDatabase;

// The messages waiting to be delivered, one row each, shared by every delivery worker of every iqmsgd on
// the database. A worker leases due rows for a while; a row whose lease expired (its worker died) is
// leased again by any worker. A step's outcome is written only while the lease is still the worker's.
class DeliveryQueue final {
public:
    struct Message {
        QString messageId;
        QString accountId;
        QString campaignId; // empty for a reply to a keyword
        QString contactId;
        QString channel;
        QString address;
        QString body;
        int segments = 0;
        QString status;       // queued, held, sent, delivered, failed, undeliverable, skipped
        qint64 notBefore = 0; // epoch ms
        QString state;        // pending, paused, done
        QString errorCode;
        QString errorMessage;
        int attempts = 0;
        qint64 position = 0; // order within the campaign
    };
    // What one delivery step made of a leased message.
    struct Step {
        QString messageId;
        QString fromStatus; // the status it was leased with
        QString status;
        QString errorCode;
        QString errorMessage;
        qint64 notBefore = 0;
        bool done = false;
    };
    // A message's status as the campaign's listing shows it.
    struct Listed {
        QString messageId;
        QString contactId;
        QString address;
        QString status;
        QString errorCode;
        QString errorMessage;
    };

    explicit DeliveryQueue(ServerDatabase& database)
        : m_database(database) {}

    Status enqueue(const QList<Message>& messages);
    // Leases up to limit due rows for owner until leaseUntil (epoch ms). PostgreSQL: FOR UPDATE SKIP
    // LOCKED, so concurrent workers take different rows; SQLite: one UPDATE ... RETURNING in the write
    // transaction, which already excludes every other writer.
    Result<QList<Message>> lease(const QString& owner, qint64 nowMs, qint64 leaseUntilMs, int limit);
    // Writes the step when owner still holds the row's lease and the row is still in fromStatus (a
    // cancel may have skipped it meanwhile); answers whether it did. The lease is given up.
    Result<bool> finish(const QString& owner, const Step& step);
    // finish() for many steps with one prepared statement: whether each was written, in order.
    Result<QList<bool>> finishAll(const QString& owner, const QList<Step>& steps);
    // Gives a leased row back untouched (a throughput limit was reached).
    Status release(const QString& owner, const QString& messageId);

    // Messages of the campaign per status.
    Result<QHash<QString, qint64>> statusCounts(const QString& accountId, const QString& campaignId);
    Result<QList<Listed>> list(const QString& accountId, const QString& campaignId);
    // Pending rows not yet sent (queued or held) become paused, or back.
    Status setPaused(const QString& accountId, const QString& campaignId, bool paused);
    // Marks the unsent messages (queued or held, not leased by a live worker at nowMs) skipped and done;
    // answers their ids. campaignId empty: those of the channel and address instead (an opt-out).
    Result<QStringList> skipUnsent(const QString& accountId, const QString& campaignId, qint64 nowMs);
    Result<QStringList> skipUnsentTo(const QString& accountId, const QString& channel, const QString& address,
                                     qint64 nowMs);

private:
    ServerDatabase& m_database;
};

} // namespace iq::server
