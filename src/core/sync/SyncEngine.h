#pragma once

#include "core/store/OutboxReader.h"
#include "core/sync/PullPipeline.h"
#include "core/sync/SyncApi.h"
#include "shared/util/Result.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <functional>

namespace iq {

class SyncBookkeepingBatch;

class Database;

struct SyncReport {
    int pushed = 0;    // local changes the server accepted
    int pulled = 0;    // server records applied here
    int received = 0;  // records the pulls brought, applied or already here
    int conflicts = 0; // conflict records made (see sync_conflicts)
    int rejected = 0;  // records one side refused; problems says which and why
    int waiting = 0;   // pulled records held until what they refer to arrives (sync_held)
    int setAside = 0;  // local changes that cannot go (refused, too large), kept in sync_set_aside
    bool fullResync = false;
    QStringList problems;
};

struct SyncProgress {
    enum class Phase { Pushing, Pulling };
    Phase phase = Phase::Pushing;
    int done = 0;
    int total = -1; // unknown while pulling
};

// One sync of one profile: push the outbox (coalesced per record, in batches, with the base version),
// then pull after the stored cursor and apply the pages, each whole, in one transaction together with
// the new cursor. Interrupted anywhere, it resumes where it stopped: outbox rows go only after the server
// acknowledged them, the cursor moves only with the page it belongs to, and a record the server
// already has (same version) is not applied twice. Runs on the thread that owns database and api.
class SyncEngine final {
public:
    struct Options {
        int pushBatch = 500;
        int maxPushBytes = 3 * 1024 * 1024; // under the server's 4 MiB request limit
        int pullLimit = 1000;
        // Pulled pages are applied together, whole, in one transaction until they hold this many records.
        int applyRecords = 10000;
        // Fetch the next pages on a thread of their own while a batch is applied (PullPipeline).
        bool pipelinePull = true;
    };

    // The most the server takes in one push request and keeps of one record (docs/api.md, "Limits").
    static constexpr qsizetype kMaxRequestBytes = 4 * 1024 * 1024;
    static constexpr qsizetype kMaxPayloadBytes = 256 * 1024;

    SyncEngine(Database& database, SyncApi& api, Options options);
    SyncEngine(Database& database, SyncApi& api)
        : SyncEngine(database, api, Options{}) {}

    std::function<void(const SyncProgress&)> onProgress;

    Result<SyncReport> run();

    static QString cursorKey() { return QStringLiteral("sync.cursor"); }
    static QString lastSyncKey() { return QStringLiteral("sync.last_success"); }

private:
    using Pending = PendingChange;

    Status push(SyncReport& report);
    // cursor: the one stored (storedCursor()).
    Status pull(const QString& cursor, SyncReport& report);
    // The pull cursor stored with the last page applied; empty before the first pull.
    Result<QString> storedCursor();
    // pushed: this sync's own changes for the server to leave out of the pages.
    Status pullFrom(QString cursor, SyncReport& report, bool full, const wire::SeqRange& pushed);
    // Fills the payloads of entries queued without one from the records as stored now, a record type at
    // a time; an entry whose record is gone keeps payloadFromRecord.
    Status fillFromRecords(QList<Pending>& items);
    Status applyPushResults(const QList<Pending>& batch, const QList<wire::PushResult>& results,
                            SyncReport& report);
    // The server applied a pushed change: drop it from the outbox, keep its version and merge base.
    Status acknowledge(SyncBookkeepingBatch& statements, const Pending& item, qint64 version);
    // Both sides changed the record: merges it, keeps the conflicts, re-queues what is left to push.
    Status reconcile(const Pending& local, const wire::Record& server, SyncReport& report);
    // One page fetched on this thread, when the pipeline is off.
    PullPipeline::Item fetchHere(const QString& cursor, const wire::SeqRange& pushed);
    Status applyRecords(const QList<wire::Record>& records, SyncReport& report);
    // Positions of the page's records this device has never had: no row of any kind, no base version,
    // nothing queued. Those are stored together (LocalRecords::insertNew) instead of one by one.
    Result<QList<bool>> newRecords(const QList<wire::Record>& records);
    Status applyNewRecords(const QList<wire::Record>& run, SyncReport& report);
    // Applies one record; a record the device refuses is counted and reported, not fatal.
    Status applyOrReject(const wire::Record& record, SyncReport& report);
    Status applyRecord(const wire::Record& record, SyncReport& report);
    // Why the server could never take this change (empty when it can): larger than a request or a record.
    QString tooLargeToSend(const wire::Change& change, qsizetype changeBytes) const;
    // Moves a change the server cannot take out of the outbox into sync_set_aside, with the reason.
    Status setAside(const Pending& item, const QString& reason, SyncReport& report);
    // Keeps a pulled record whose group or contact is not here yet, unsynced, in sync_held.
    Status hold(const wire::Record& record);
    // Applies the held records whose referent has arrived; the others stay held.
    Status applyHeld(SyncReport& report);
    // At the end of a whole pull, a referent that has not come is deleted on the server: a held message
    // or call log is written without its link to it, a held membership or consent is dropped.
    Status settleHeld(SyncReport& report);
    Status storeBase(const QString& entity, const QString& id, qint64 version, const QJsonObject& payload);
    Status addConflict(const QString& entity, const QString& id, const QString& kind, const QString& field,
                       const QJsonValue& local, const QJsonValue& server, qint64 serverVersion);
    Status dropOutbox(const QString& entity, const QString& id, qint64 upToSeq);

    Database& m_database;
    SyncApi& m_api;
    Options m_options;
    // What this run pushed: the pull that follows leaves it out. A full pull removes what it did not
    // see, so before one the keys of the pushed records are kept as seen.
    wire::SeqRange m_pushedSeqs;
    bool m_keepPushedKeys = false;
    bool m_holding = false;      // sync_held has rows
    bool m_settling = false;     // settleHeld() is applying
    bool m_haveSetAside = false; // sync_set_aside has rows
    QSet<QString> m_pushedKeys;
};

} // namespace iq
