#pragma once

#include "shared/util/Result.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace iq::server {

class ServerDatabase;

// The synchronised records of the accounts, their sequence numbers and cursor epochs, the changes
// applied to them (to answer retries) and the last versions of purged tombstones.
class SyncStore final {
public:
    // Where an account's changes stand: the last sequence number handed out, the oldest a cursor may
    // still name, and the epoch that makes its cursors its own.
    struct Sequence {
        qint64 lastSeq = 0;
        qint64 minSeq = 0;
        QString cursorEpoch;
    };
    // One row of a pull page. payload is null for a tombstone, and for a row whose payload falls past
    // the byte cap (bytesBefore: the payload lengths of the rows before it in the page).
    struct PulledRecord {
        QString entity;
        QString id;
        qint64 version = 0;
        bool deleted = false;
        QString payload;
        qint64 seq = 0;
        QString changedBy;
        qint64 bytesBefore = 0;
    };
    // A device's own changes that a pull leaves out: those it made with sequence numbers in [from, to].
    struct ExcludedChanges {
        QString deviceId;
        qint64 from = 1;
        qint64 to = 0;
    };
    struct StoredRecord {
        qint64 version = 0;
        bool deleted = false;
        QString payload;
    };
    // A change applied to a record on top of baseVersion, remembered to answer its retries.
    struct AppliedChange {
        QString hash;
        qint64 resultVersion = 0;
        QString deviceId;
    };
    // A record as a push writes it; null QVariants store NULL.
    struct RecordWrite {
        QString accountId;
        QString entity;
        QString id;
        qint64 version = 0;
        qint64 seq = 0;
        bool deleted = false;
        QVariant payload;
        QString updatedAt;
        QVariant deletedAt;
        QVariant changedBy;
    };
    class PushStatements;

    explicit SyncStore(ServerDatabase& database)
        : m_database(database) {}

    // How many records the account holds, tombstones included.
    Result<qint64> recordCount(const QString& accountId);
    Result<std::optional<Sequence>> sequence(const QString& accountId);
    Status setLastSeq(const QString& accountId, qint64 lastSeq);

    // Reads up to limit records after afterSeq in sequence order and hands each to take, until it
    // answers false. Payloads past byteCap are not read from the database at all.
    Status readPage(const QString& accountId, qint64 afterSeq, int limit, qint64 byteCap,
                    const std::optional<ExcludedChanges>& excluded,
                    const std::function<bool(const PulledRecord&)>& take);

    // The live records of one entity of the account, oldest change first: take(id, payload) for each.
    Status forEachRecord(const QString& accountId, const QString& entity,
                         const std::function<void(const QString& id, const QString& payload)>& take);
    // The payloads of the live records of one entity among ids, by id (missing and deleted ones absent).
    Result<QHash<QString, QString>> payloads(const QString& accountId, const QString& entity,
                                             const QStringList& ids);
    // The payload of a live record; nothing when it is missing or deleted.
    Result<std::optional<QString>> payload(const QString& accountId, const QString& entity,
                                           const QString& id);

    // The statements a push runs for each change, prepared once (inside the push's transaction).
    Result<std::unique_ptr<PushStatements>> preparePush();

    // Removes the tombstones deleted at or before this time (seconds since the epoch), keeps their
    // last versions, forgets their applied changes and raises the accounts' oldest usable sequence.
    // Run inside a transaction.
    Status purgeTombstones(qint64 deletedBefore);

private:
    ServerDatabase& m_database;
};

class SyncStore::PushStatements final {
public:
    Result<std::optional<StoredRecord>> current(const QString& accountId, const QString& entity,
                                                const QString& id);
    // The last version of a purged record of this id, 0 when there is none.
    Result<qint64> purgedVersion(const QString& accountId, const QString& entity, const QString& id);
    Result<std::optional<AppliedChange>> applied(const QString& accountId, const QString& entity,
                                                 const QString& id, qint64 baseVersion);
    // exists: whether the record is in records already (update) or not (insert).
    Status write(const RecordWrite& record, bool exists);
    Status forgetPurged(const QString& accountId, const QString& entity, const QString& id);
    // A record re-created on a base already used (a membership added again) replaces the old entry.
    Status rememberApplied(const QString& accountId, const QString& entity, const QString& id,
                           qint64 baseVersion, const AppliedChange& change);

private:
    friend class SyncStore;
    explicit PushStatements(ServerDatabase& database)
        : m_database(database) {}

    ServerDatabase& m_database;
    QSqlQuery m_current, m_applied, m_purged, m_update, m_insert, m_remember, m_forgetPurged;
};

} // namespace iq::server
