#pragma once

#include "server/api/ApiError.h"
#include "server/store/SyncStore.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace iq {
class Clock;
}

namespace iq::server {

class ServerDatabase;
struct PushChange;

// Changes the pulling device pushed itself and was told the sequence numbers of: a record whose
// latest change is one of them is left out, the device has it already.
struct OwnChanges {
    QString deviceId;
    qint64 from = 1;
    qint64 to = 0;
    bool isEmpty() const { return deviceId.isEmpty() || to < from; }
};

// One page of changes after a sequence number, already as the JSON the API answers. The one query
// and the one serialisation used by the pull endpoint (and by the benchmark's bare route). A record
// whose latest change pullingDevice made carries "own": true; that device's unsent edits of it were
// made on top of it, not against it. A page stops before the record that would take its JSON past
// maxBytes (it always holds at least one record), so a thousand payloads of 256 KiB cannot make one
// reply of 250 MB; hasMore then says the rest is waiting.
struct PullPage {
    static constexpr qsizetype kDefaultMaxBytes = 8 * 1024 * 1024;

    QByteArray recordsJson; // a JSON array
    qint64 lastSeq = 0;     // sequence of the last record in the page (0 when empty)
    bool hasMore = false;

    static Result<PullPage> read(ServerDatabase& database, const QString& accountId, qint64 afterSeq,
                                 int limit, const OwnChanges& own = {}, const QString& pullingDevice = {},
                                 qsizetype maxBytes = kDefaultMaxBytes);
};

// A record the server writes itself (a campaign's messages, their statuses, a consent from a keyword).
struct ServerRecord {
    QString entity;
    QString id;
    QJsonObject payload;
};

// Push and pull of records (docs/api.md, "Sync").
class SyncService final {
public:
    static constexpr int kMaxChanges = 500;
    static constexpr int kMaxPayloadBytes = 256 * 1024;
    static constexpr int kDefaultPullLimit = 200;
    static constexpr int kMaxPullLimit = 1000;

    SyncService(ServerDatabase& database, const Clock& clock);
    Q_DISABLE_COPY_MOVE(SyncService)

    Outcome<QJsonObject> push(const QString& accountId, const QString& deviceId, const QJsonObject& body);
    // Applies a list of changes (the "changes" array of a push) in one transaction; deviceId: the
    // device that sent them (empty for the server's own).
    Outcome<QJsonArray> apply(const QString& accountId, const QJsonArray& changes,
                              const QString& deviceId = {});
    // Writes records as the server's own changes: each gets the next version and the account's next
    // sequence number, so every device pulls it. Joins the caller's transaction when there is one.
    Status writeRecords(const QString& accountId, const QList<ServerRecord>& records);
    // The payloads of live records of one entity, by id; missing and deleted ones are absent.
    Result<QHash<QString, QJsonObject>> readRecords(const QString& accountId, const QString& entity,
                                                    const QStringList& ids);
    // A live record's payload; nothing when it is missing or deleted.
    Result<std::optional<QJsonObject>> readRecord(const QString& accountId, const QString& entity,
                                                  const QString& id);

    // The query items as received, each possibly empty: cursor, limit, and the range of this device's
    // own changes to leave out (pushedFrom, pushedTo).
    struct PullRequest {
        QString cursor;
        QString limit;
        QString pushedFrom;
        QString pushedTo;
    };
    Outcome<QByteArray> pull(const QString& accountId, const QString& deviceId, const PullRequest& request);

    // Removes tombstones deleted more than `days` days ago; cursors from before them become expired.
    Status purgeTombstones(int days);

    static QString makeCursor(const QString& epoch, qint64 seq);

private:
    struct PushState {
        QString accountId;
        QString deviceId;
        qint64 seq = 0; // the account's last sequence number handed out
        SyncStore::PushStatements* statements = nullptr;
    };
    // What the account's applied changes say about a change whose base is not the record's version.
    enum class History {
        Unrelated,  // someone else changed the record since: a conflict, unless a plain retry
        BuiltOnOwn, // every version since the base is this device's own: the change goes on top
        Repeated,   // a retry of a change already applied (version: what it made)
    };
    struct HistoryAnswer {
        History kind = History::Unrelated;
        qint64 version = 0;
    };

    // One change of a push, inside its transaction: the result object the push answers for it.
    Result<QJsonObject> applyOne(PushState& state, const PushChange& change, int index);
    Result<HistoryAnswer> readHistory(PushState& state, const PushChange& change, qint64 currentVersion);

    ServerDatabase& m_database;
    SyncStore m_store;
    const Clock& m_clock;
};

} // namespace iq::server
