#include "core/sync/SyncEngine.h"

#include "core/store/Database.h"
#include "core/store/LocalRecords.h"
#include "core/store/Outbox.h"
#include "core/store/PragmaOverride.h"
#include "core/store/Settings.h"
#include "core/store/SyncBookkeeping.h"
#include "core/sync/FieldMerge.h"
#include "core/sync/PullPipeline.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <optional>

namespace iq {

// The translation context of this file's messages: lupdate files SyncEngineText::tr() calls under it, and the
// same context is asked for at run time.
class SyncEngineText final {
    Q_DECLARE_TR_FUNCTIONS(iq::SyncEngine)
};
namespace {

QString key(const QString& entity, const QString& id) {
    return entity + QChar(0x1f) + id;
}

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonValue& value) {
    if (value.isObject())
        return compact(value.toObject());
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // A scalar as a one-element array, minus the brackets: valid JSON text for any value.
    const QString array = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return array.mid(1, array.size() - 2);
}

QJsonObject parseObject(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QByteArray baseCopy(const QString& entity, const QJsonObject& payload, const QByteArray& madeAlready = {}) {
    if (!LocalRecords::editedHere(entity))
        return QByteArrayLiteral("{}");
    return madeAlready.isEmpty() ? QJsonDocument(payload).toJson(QJsonDocument::Compact) : madeAlready;
}

} // namespace

SyncEngine::SyncEngine(Database& database, SyncApi& api, Options options)
    : m_database(database)
    , m_api(api)
    , m_options(options) {}

Result<SyncReport> SyncEngine::run() {
    SyncReport report;
    auto cursor = storedCursor();
    if (!cursor)
        return cursor.error();
    m_pushedSeqs = {};
    m_pushedKeys.clear();
    SyncBookkeeping bookkeeping(m_database);
    auto held = bookkeeping.heldCount();
    if (!held)
        return held.error();
    m_holding = held.value() > 0;
    auto setAside = bookkeeping.anySetAside();
    if (!setAside)
        return setAside.error();
    m_haveSetAside = setAside.value();
    m_keepPushedKeys = cursor.value().isEmpty();
    if (Status pushed = push(report); !pushed)
        return pushed.error();
    // The push does not move the cursor: the one read at the start is the pull's.
    if (Status pulled = pull(cursor.value(), report); !pulled)
        return pulled.error();
    // Conflicts found while pulling may have queued merged records: send them now rather than next time.
    auto pending = Outbox::pendingCount(m_database);
    if (pending && pending.value() > 0) {
        if (Status pushed = push(report); !pushed)
            return pushed.error();
    }
    auto waiting = bookkeeping.heldCount();
    if (!waiting)
        return waiting.error();
    report.waiting = waiting.value();
    if (Status stored = Settings(m_database).setValue(lastSyncKey(), toStoredTime(Clock::system().now()));
        !stored)
        return stored.error();
    return report;
}

Status SyncEngine::fillFromRecords(QList<Pending>& items) {
    QHash<QString, QStringList> idsByEntity;
    for (const Pending& item : std::as_const(items))
        if (item.payloadFromRecord)
            idsByEntity[item.entity] << item.id;
    LocalRecords records(m_database);
    for (auto it = idsByEntity.cbegin(); it != idsByEntity.cend(); ++it) {
        auto stored = records.readMany(it.key(), it.value());
        if (!stored)
            return stored.error();
        for (Pending& item : items) {
            if (!item.payloadFromRecord || item.entity != it.key())
                continue;
            auto found = stored.value().constFind(item.id);
            if (found == stored.value().constEnd())
                continue;
            item.payload = *found;
            item.payloadFromRecord = false;
        }
    }
    return {};
}

Status SyncEngine::push(SyncReport& report) {
    OutboxReader outbox(m_database);
    // Outbox rows, not records: what the progress counts down.
    auto queued = Outbox::pendingCount(m_database);
    if (!queued)
        return queued.error();
    qint64 done = 0;
    for (;;) {
        auto read = outbox.next(m_options.pushBatch);
        if (!read)
            return read.error();
        QList<Pending> candidates = read.value();
        if (candidates.isEmpty())
            return {};
        // Read here, a batch at a time, so a large import's records never all sit in memory.
        if (Status filled = fillFromRecords(candidates); !filled)
            return filled;
        QList<Pending> batch;
        QList<wire::Change> changes;
        qsizetype bytes = 0;
        for (const Pending& item : std::as_const(candidates)) {
            if (item.payloadFromRecord) {
                // Gone since it was queued (erased): nothing left to send.
                if (Status dropped = dropOutbox(item.entity, item.id, item.lastSeq); !dropped)
                    return dropped;
                done += item.entries;
                continue;
            }
            wire::Change change{item.entity, item.id, item.operation, item.baseVersion, item.payload};
            const qsizetype size = QJsonDocument(wire::toJson(change)).toJson(QJsonDocument::Compact).size();
            // Sent, it would be refused, and as a request too large for the server it would stop every
            // later change from going: set aside here, with the reason.
            if (const QString why = tooLargeToSend(change, size); !why.isEmpty()) {
                if (Status s = m_database.transaction([&] { return setAside(item, why, report); }); !s)
                    return s;
                done += item.entries;
                continue;
            }
            if (!batch.isEmpty() && bytes + size > m_options.maxPushBytes) {
                outbox.putBack(item);
                break;
            }
            bytes += size;
            batch.append(item);
            changes.append(change);
        }
        if (batch.isEmpty())
            continue;
        auto results = m_api.push(changes);
        if (!results)
            return results.error();
        if (Status applied = applyPushResults(batch, results.value(), report); !applied)
            return applied;
        for (const Pending& item : std::as_const(batch))
            done += item.entries;
        if (onProgress)
            onProgress(
                {SyncProgress::Phase::Pushing, int(done), int(std::max(qint64(queued.value()), done))});
    }
}

Status SyncEngine::applyPushResults(const QList<Pending>& batch, const QList<wire::PushResult>& results,
                                    SyncReport& report) {
    SyncBookkeepingBatch statements(m_database);
    return m_database.transaction([&]() -> Status {
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const Pending& item = batch.at(i);
            const wire::PushResult& result = results.at(i);
            if (result.entity != item.entity || result.id != item.id)
                return Error::make(
                    Error::Code::Network,
                    SyncEngineText::tr("The server answered for %1 %2 where %3 %4 was expected.")
                        .arg(result.entity, result.id, item.entity, item.id));
            if (result.status == QLatin1String("applied")) {
                if (Status s = acknowledge(statements, item, result.version); !s)
                    return s;
                ++report.pushed;
                if (result.seq > 0) {
                    m_pushedSeqs.add(result.seq);
                    if (m_keepPushedKeys)
                        m_pushedKeys.insert(key(item.entity, item.id));
                }
            } else if (result.status == QLatin1String("conflict")) {
                if (Status s = reconcile(item, *result.record, report); !s)
                    return s;
            } else {
                // Refused for good (invalid for the server): resending it would fail forever. The local
                // record stays as it is; the change is set aside with the reason, for the owner to see.
                ++report.rejected;
                if (Status s = setAside(
                        item, SyncEngineText::tr("The server refused it: %1").arg(result.error), report);
                    !s)
                    return s;
            }
        }
        return {};
    });
}

Status SyncEngine::acknowledge(SyncBookkeepingBatch& statements, const Pending& item, qint64 version) {
    // A later change of a record set aside went through: what was set aside is superseded.
    return statements.acknowledge(
        item.entity, item.id, item.lastSeq, LocalRecords::versionTable(item.entity), version, m_haveSetAside,
        baseCopy(item.entity, item.operation == QLatin1String("delete") ? QJsonObject() : item.payload));
}

Status SyncEngine::reconcile(const Pending& local, const wire::Record& server, SyncReport& report) {
    LocalRecords records(m_database);
    const bool localDeleted = local.operation == QLatin1String("delete");
    if (Status s = dropOutbox(local.entity, local.id, local.lastSeq); !s)
        return s;
    if (localDeleted && server.deleted)
        return storeBase(local.entity, local.id, server.version, {});
    if (localDeleted) {
        // Deleted here, edited there: keep the edited record until the owner decides.
        if (Status s = records.write(local.entity, local.id, server.payload, server.version); !s)
            return s;
        ++report.conflicts;
        if (Status s = addConflict(local.entity, local.id, QStringLiteral("edited_on_server"), {},
                                   QJsonValue(), server.payload, server.version);
            !s)
            return s;
        return storeBase(local.entity, local.id, server.version, server.payload);
    }
    if (server.deleted) {
        // Edited here, deleted there: follow the deletion, keep the local edit for the owner to restore.
        if (Status s = records.remove(local.entity, local.id, server.version); !s)
            return s;
        ++report.conflicts;
        if (Status s = addConflict(local.entity, local.id, QStringLiteral("deleted_on_server"), {},
                                   local.payload, QJsonValue(), server.version);
            !s)
            return s;
        return storeBase(local.entity, local.id, server.version, {});
    }
    auto base = SyncBookkeeping(m_database).basePayload(local.entity, local.id);
    if (!base)
        return base.error();
    const QJsonObject basePayload = parseObject(base.value());
    const MergeOutcome outcome = mergeRecord(basePayload, local.payload, server.payload);
    for (const FieldConflict& conflict : outcome.conflicts) {
        ++report.conflicts;
        if (Status s = addConflict(local.entity, local.id, QStringLiteral("field"), conflict.field,
                                   conflict.local, conflict.server, server.version);
            !s)
            return s;
    }
    if (Status s = records.write(local.entity, local.id, outcome.merged, server.version); !s)
        return s;
    if (Status s = storeBase(local.entity, local.id, server.version, server.payload); !s)
        return s;
    if (!outcome.differsFromServer)
        return {};
    // What only this device changed still has to reach the server, now on top of its version.
    return SyncBookkeeping(m_database)
        .queueMerged(local.entity, local.id, server.version, compact(outcome.merged),
                     toStoredTime(Clock::system().now()));
}

Result<QString> SyncEngine::storedCursor() {
    return Settings(m_database).value(cursorKey());
}

Status SyncEngine::pull(const QString& cursor, SyncReport& report) {
    // A transaction of many pulled pages touches many index pages; kept in memory, each is written once.
    PragmaOverride cache(m_database, "cache_size", -65536);
    // A first sync into this profile commits without waiting for the disk at every batch. In WAL mode
    // that is still safe: a crash of the program loses nothing committed, and a power cut can at worst
    // undo the last batches, each with its cursor, so the next sync pulls them again.
    std::optional<PragmaOverride> synchronous;
    if (cursor.isEmpty())
        synchronous.emplace(m_database, "synchronous", 1 /* NORMAL */);
    Status status = pullFrom(cursor, report, cursor.isEmpty(), m_pushedSeqs);
    if (!status && status.error().code == Error::Code::Conflict && !cursor.isEmpty()) {
        // 410: the server no longer knows the cursor. Start over, everything included; unsent local
        // changes stay queued.
        report.fullResync = true;
        status = pullFrom(QString(), report, true, {});
    }
    return status;
}

Status SyncEngine::pullFrom(QString cursor, SyncReport& report, bool full, const wire::SeqRange& pushed) {
    // The records this run pushed are on the server even when the pages leave them out.
    QSet<QString> seen = full && !pushed.isEmpty() ? m_pushedKeys : QSet<QString>();
    int done = 0;
    // The next pages arrive while a batch is applied: the server and this device work side by side.
    std::optional<PullPipeline> pipeline;
    if (m_options.pipelinePull)
        pipeline.emplace(m_api, cursor, m_options.pullLimit, m_options.applyRecords, pushed);
    bool more = true;
    while (more) {
        // Pages are gathered and then applied together, each whole, in one transaction with the cursor
        // of the last: an initial sync of a large account writes each index page once per transaction,
        // so a few large transactions cost far less than many small ones. Nothing waits on the network
        // while the transaction holds the database.
        QList<wire::PullPage> pages;
        qsizetype fetchedRecords = 0;
        Status fetched;
        while (more && (pages.isEmpty() || fetchedRecords < m_options.applyRecords)) {
            PullPipeline::Item item = pipeline ? pipeline->next() : fetchHere(cursor, pushed);
            more = !item.last;
            if (!item.page) {
                fetched = item.page.error();
                break;
            }
            cursor = item.page.value().cursor;
            fetchedRecords += item.page.value().records.size();
            pages.append(std::move(item.page).value());
        }
        if (!pages.isEmpty()) {
            if (full) {
                for (const wire::PullPage& p : std::as_const(pages)) {
                    for (const wire::Record& record : p.records)
                        seen.insert(key(record.entity, record.id));
                }
            }
            // The pages' records as one list: new records of a type that follow each other across page
            // boundaries go in together, and each contact enters the full-text indexes with all the
            // others of the batch, in one index segment rather than one per page.
            QList<wire::Record> records;
            records.reserve(fetchedRecords);
            for (wire::PullPage& p : pages)
                records.append(std::move(p.records));
            Status applied = m_database.transaction([&]() -> Status {
                if (Status s = applyRecords(records, report); !s)
                    return s;
                return Settings(m_database).setValue(cursorKey(), pages.last().cursor);
            });
            if (!applied)
                return applied;
            done += int(fetchedRecords);
            report.received += int(fetchedRecords);
            if (onProgress)
                onProgress({SyncProgress::Phase::Pulling, done, -1});
        }
        // What was fetched before a failure is kept; the next sync goes on from there.
        if (!fetched)
            return fetched;
    }
    // The whole pull is here: what still waits for a referent will not get it from the server.
    if (m_holding) {
        if (Status settled = m_database.transaction([&] { return settleHeld(report); }); !settled)
            return settled;
    }
    if (!full)
        return {};
    // After a full pull, what this device still holds from the server but the server no longer has
    // (deleted and forgotten there) goes, unless it has unsent local changes.
    return m_database.transaction([&]() -> Status {
        SyncBookkeeping bookkeeping(m_database);
        auto known = bookkeeping.syncedWithoutChanges();
        if (!known)
            return known.error();
        LocalRecords records(m_database);
        for (const auto& [entity, id] : std::as_const(known.value())) {
            if (seen.contains(key(entity, id)))
                continue;
            if (Status s = records.remove(entity, id, 0); !s)
                return s;
            if (Status s = bookkeeping.forgetBase(entity, id); !s)
                return s;
        }
        return {};
    });
}

PullPipeline::Item SyncEngine::fetchHere(const QString& cursor, const wire::SeqRange& pushed) {
    auto page = m_api.pull(cursor, m_options.pullLimit, pushed);
    const bool last = !page || !page.value().hasMore || page.value().cursor == cursor;
    return {std::move(page), last};
}

Status SyncEngine::applyRecords(const QList<wire::Record>& records, SyncReport& report) {
    auto isNew = newRecords(records);
    if (!isNew)
        return isNew.error();
    // In page order, so a record that refers to an earlier one (a message to a contact) finds it: runs
    // of new records of one type together, every other record on its own.
    qsizetype next = 0;
    while (next < records.size()) {
        if (!isNew.value().at(next)) {
            if (Status s = applyOrReject(records.at(next), report); !s)
                return s;
            ++next;
            continue;
        }
        qsizetype end = next + 1;
        while (end < records.size() && isNew.value().at(end) &&
               records.at(end).entity == records.at(next).entity)
            ++end;
        if (Status s = applyNewRecords(records.mid(next, end - next), report); !s)
            return s;
        next = end;
    }
    // Records held for a referent, from this batch or an earlier one: it may have come since.
    return m_holding ? applyHeld(report) : Status();
}

Result<QList<bool>> SyncEngine::newRecords(const QList<wire::Record>& records) {
    QList<bool> isNew(records.size(), false);
    QHash<QString, QStringList> idsByEntity;
    QSet<QString> candidates;
    QJsonArray keys;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const wire::Record& record = records.at(i);
        const QString k = key(record.entity, record.id);
        // A record twice in one page (not something the server sends) goes the careful way the second time.
        if (record.deleted || !LocalRecords::insertsInBulk(record.entity) || candidates.contains(k))
            continue;
        candidates.insert(k);
        isNew[i] = true;
        idsByEntity[record.entity].append(record.id);
        keys.append(QJsonArray{record.entity, record.id});
    }
    if (candidates.isEmpty())
        return isNew;
    QSet<QString> known;
    auto synced = SyncBookkeeping(m_database).known(QJsonDocument(keys).toJson(QJsonDocument::Compact));
    if (!synced)
        return synced.error();
    for (const auto& [entity, id] : std::as_const(synced.value()))
        known.insert(key(entity, id));
    LocalRecords local(m_database);
    for (auto it = idsByEntity.constBegin(); it != idsByEntity.constEnd(); ++it) {
        auto present = local.present(it.key(), it.value());
        if (!present)
            return present.error();
        for (const QString& id : present.value())
            known.insert(key(it.key(), id));
    }
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (isNew.at(i) && known.contains(key(records.at(i).entity, records.at(i).id)))
            isNew[i] = false;
    }
    return isNew;
}

Status SyncEngine::applyNewRecords(const QList<wire::Record>& run, SyncReport& report) {
    QList<LocalRecords::NewRecord> rows;
    rows.reserve(run.size());
    for (const wire::Record& record : run)
        rows.append({record.id, record.payload, record.version});
    auto skipped = LocalRecords(m_database).insertNew(run.first().entity, rows);
    if (!skipped) {
        // Nothing of the run was written (a constraint the checks before did not foresee, say): the
        // careful way finds and reports the record at fault.
        for (const wire::Record& record : run) {
            if (Status s = applyOrReject(record, report); !s)
                return s;
        }
        return {};
    }
    // The base of a later merge: the record as the server sent it, as compact JSON text (storeBase()).
    SyncBookkeepingBatch statements(m_database);
    for (qsizetype i = 0; i < run.size(); ++i) {
        if (skipped.value().contains(i))
            continue;
        const wire::Record& record = run.at(i);
        if (Status stored = statements.storeBase(record.entity, record.id, record.version,
                                                 baseCopy(record.entity, record.payload, record.payloadText));
            !stored)
            return stored;
        ++report.pulled;
    }
    // What insertNew left alone is refused by the careful way, with the reason.
    for (qsizetype i : skipped.value()) {
        if (Status s = applyOrReject(run.at(i), report); !s)
            return s;
    }
    return {};
}

Status SyncEngine::applyOrReject(const wire::Record& record, SyncReport& report) {
    // No savepoint per record: LocalRecords refuses a bad record before writing any of it (and a failed
    // statement changes nothing), and savepoints make the full-text index flush each time.
    Status one = applyRecord(record, report);
    if (!one) {
        if (one.error().code != Error::Code::InvalidInput)
            return one;
        ++report.rejected;
        report.problems << one.errorMessage();
    }
    return {};
}

Status SyncEngine::applyRecord(const wire::Record& record, SyncReport& report) {
    auto known = SyncBookkeeping(m_database).state(record.entity, record.id);
    if (!known)
        return known.error();
    const bool haveBase = known.value().haveBase;
    const qint64 baseVersion = known.value().baseVersion;
    const bool pending = known.value().pending;
    const qint64 lastSeq = known.value().lastSeq;
    if (haveBase && record.version <= baseVersion)
        return {}; // already here: our own push coming back, or a page applied before an interruption

    if (pending && record.own) {
        // This device made the server's version (a push whose reply was lost): the queued edits were made
        // on top of it. It becomes their base; merging them against it would be a conflict with itself.
        if (Status s = LocalRecords(m_database).setVersion(record.entity, record.id, record.version); !s)
            return s;
        return storeBase(record.entity, record.id, record.version,
                         record.deleted ? QJsonObject() : record.payload);
    }
    if (pending) {
        auto row = SyncBookkeeping(m_database).outboxEntry(lastSeq);
        if (!row)
            return row.error();
        Pending local;
        local.entity = record.entity;
        local.id = record.id;
        local.operation = row.value().operation;
        local.payloadFromRecord = row.value().payload.isEmpty() && local.operation == QLatin1String("upsert");
        local.payload = parseObject(row.value().payload);
        local.lastSeq = lastSeq;
        QList<Pending> one{local};
        if (Status filled = fillFromRecords(one); !filled)
            return filled;
        ++report.pulled;
        return reconcile(one.first(), record, report);
    }
    LocalRecords records(m_database);
    bool waiting = false;
    // Settling, a record that means something without its referent is written without the link.
    bool* waitFor = m_settling && LocalRecords::canUnlink(record.entity) ? nullptr : &waiting;
    Status written = record.deleted
                         ? records.remove(record.entity, record.id, record.version)
                         : records.write(record.entity, record.id, record.payload, record.version, waitFor);
    if (!written)
        return written;
    if (waiting) {
        // Settling, the referent is deleted on the server: a membership or consent of a contact or
        // group that is gone means nothing any more.
        return m_settling ? Status() : hold(record);
    }
    ++report.pulled;
    return storeBase(record.entity, record.id, record.version,
                     record.deleted ? QJsonObject() : record.payload);
}

QString SyncEngine::tooLargeToSend(const wire::Change& change, qsizetype changeBytes) const {
    // The request around the change: {"changes":[...]}.
    constexpr qsizetype kEnvelopeBytes = 64;
    if (changeBytes + kEnvelopeBytes > kMaxRequestBytes)
        return SyncEngineText::tr("It is %1 KiB, more than the %2 KiB a request to the server may carry.")
            .arg((changeBytes + 1023) / 1024)
            .arg(kMaxRequestBytes / 1024);
    // The payload is most of the change; measured exactly only when the change is near the limit.
    if (changeBytes > kMaxPayloadBytes) {
        const qsizetype payloadBytes = QJsonDocument(change.payload).toJson(QJsonDocument::Compact).size();
        if (payloadBytes > kMaxPayloadBytes)
            return SyncEngineText::tr(
                       "The record is %1 KiB, more than the %2 KiB the server keeps for one record.")
                .arg((payloadBytes + 1023) / 1024)
                .arg(kMaxPayloadBytes / 1024);
    }
    return {};
}

Status SyncEngine::setAside(const Pending& item, const QString& reason, SyncReport& report) {
    if (Status kept = SyncBookkeeping(m_database)
                          .setAside(item.entity, item.id, item.operation, compact(item.payload), reason,
                                    toStoredTime(Clock::system().now()));
        !kept)
        return kept;
    m_haveSetAside = true;
    ++report.setAside;
    report.problems
        << SyncEngineText::tr("A change of %1 %2 was not sent: %3").arg(item.entity, item.id, reason);
    return dropOutbox(item.entity, item.id, item.lastSeq);
}

Status SyncEngine::hold(const wire::Record& record) {
    if (Status held = SyncBookkeeping(m_database)
                          .hold(record.entity, record.id, record.version, compact(record.payload));
        !held)
        return held;
    m_holding = true;
    return {};
}

Status SyncEngine::applyHeld(SyncReport& report) {
    auto rows = SyncBookkeeping(m_database).takeHeld();
    if (!rows)
        return rows.error();
    QList<wire::Record> held;
    for (const SyncBookkeeping::HeldRecord& row : std::as_const(rows.value())) {
        wire::Record record;
        record.entity = row.entity;
        record.id = row.id;
        record.version = row.version;
        record.payload = parseObject(row.payload);
        held.append(record);
    }
    m_holding = false;
    // Each goes the usual way: applied when its referent is here now (or when a newer version already
    // was), held again otherwise.
    for (const wire::Record& record : std::as_const(held)) {
        if (Status s = applyOrReject(record, report); !s)
            return s;
    }
    return {};
}

Status SyncEngine::settleHeld(SyncReport& report) {
    m_settling = true;
    Status settled = applyHeld(report);
    m_settling = false;
    return settled;
}

Status SyncEngine::storeBase(const QString& entity, const QString& id, qint64 version,
                             const QJsonObject& payload) {
    return SyncBookkeeping(m_database).storeBase(entity, id, version, baseCopy(entity, payload));
}

Status SyncEngine::addConflict(const QString& entity, const QString& id, const QString& kind,
                               const QString& field, const QJsonValue& local, const QJsonValue& server,
                               qint64 serverVersion) {
    return SyncBookkeeping(m_database)
        .addConflict(entity, id, kind, field, compact(local), compact(server), serverVersion,
                     toStoredTime(Clock::system().now()));
}

Status SyncEngine::dropOutbox(const QString& entity, const QString& id, qint64 upToSeq) {
    return SyncBookkeeping(m_database).dropOutbox(entity, id, upToSeq);
}

} // namespace iq
