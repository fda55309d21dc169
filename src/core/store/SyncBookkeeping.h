#pragma once

#include "shared/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace iq {

class Database;
class PreparedStatements;

// What the sync keeps beside the records themselves: the merge base of every synced record
// (sync_base), the outbox entries it drops once the server acknowledged them, pulled records held
// until their referent arrives (sync_held), changes set aside with a reason (sync_set_aside) and
// conflicts left for the owner (sync_conflicts). Payloads come and go as compact JSON text.
class SyncBookkeeping final {
public:
    explicit SyncBookkeeping(Database& database)
        : m_database(database) {}

    struct RecordState {
        bool haveBase = false;
        qint64 baseVersion = 0;
        bool pending = false; // changes of it wait in the outbox
        qint64 lastSeq = 0;   // the last of them
    };
    struct OutboxEntry {
        QString operation;
        QString payload; // empty: the record as stored stands for it
    };
    struct HeldRecord {
        QString entity;
        QString id;
        qint64 version = 0;
        QString payload;
    };
    using RecordKey = QPair<QString, QString>; // entity, id

    Result<int> heldCount();
    Result<bool> anySetAside();

    Result<RecordState> state(const QString& entity, const QString& id);
    Result<OutboxEntry> outboxEntry(qint64 seq);
    // Of keys (a JSON array of [entity, id] pairs), those with a merge base or a queued change.
    Result<QList<RecordKey>> known(const QByteArray& keysJson);
    // Records with a merge base and no queued change.
    Result<QList<RecordKey>> syncedWithoutChanges();

    // A record's outbox entries up to upToSeq; a later edit stays queued.
    Status dropOutbox(const QString& entity, const QString& id, qint64 upToSeq);
    // What only this device changed, queued again on top of the server's version after a merge.
    Status queueMerged(const QString& entity, const QString& id, qint64 baseVersion, const QString& payload,
                       const QString& queuedAt);

    Status storeBase(const QString& entity, const QString& id, qint64 version, const QByteArray& payload);
    // The base's payload, empty when there is none.
    Result<QString> basePayload(const QString& entity, const QString& id);
    Status forgetBase(const QString& entity, const QString& id);

    Status setAside(const QString& entity, const QString& id, const QString& operation,
                    const QString& payload, const QString& reason, const QString& at);
    // Keeps the newer of the held version and this one.
    Status hold(const QString& entity, const QString& id, qint64 version, const QString& payload);
    // Every held record, no longer held.
    Result<QList<HeldRecord>> takeHeld();
    Status addConflict(const QString& entity, const QString& id, const QString& kind, const QString& field,
                       const QString& local, const QString& server, qint64 serverVersion, const QString& at);

private:
    Database& m_database;
};

// The writes of a batch of acknowledged or newly pulled records, each statement prepared once: most
// answers of a push are "applied", three writes each, and an initial pull stores a base per record.
class SyncBookkeepingBatch final {
public:
    explicit SyncBookkeepingBatch(Database& database);
    ~SyncBookkeepingBatch();
    Q_DISABLE_COPY_MOVE(SyncBookkeepingBatch)

    // Drops the outbox entries up to upToSeq, records the server's version in versionTable (when not
    // empty), clears what was set aside of the record (when asked) and stores the new merge base.
    Status acknowledge(const QString& entity, const QString& id, qint64 upToSeq, const QString& versionTable,
                       qint64 version, bool clearSetAside, const QByteArray& base);
    Status storeBase(const QString& entity, const QString& id, qint64 version, const QByteArray& base);

private:
    std::unique_ptr<PreparedStatements> m_statements;
};

} // namespace iq
