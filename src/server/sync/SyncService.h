#pragma once

#include "http/ApiError.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace iq {
class Clock;
}

namespace iq::server {

class ServerDatabase;

// One page of changes after a sequence number, already as the JSON the API answers. The one query
// and the one serialisation used by the pull endpoint (and by the benchmark's bare route).
struct PullPage {
    QByteArray recordsJson; // a JSON array
    qint64 lastSeq = 0;     // sequence of the last record in the page (0 when empty)
    bool hasMore = false;

    static Result<PullPage> read(ServerDatabase& database, const QString& accountId, qint64 afterSeq,
                                 int limit);
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

    Outcome<QJsonObject> push(const QString& accountId, const QJsonObject& body);
    // Applies a list of changes (the "changes" array of a push) in one transaction.
    Outcome<QJsonArray> apply(const QString& accountId, const QJsonArray& changes);
    // cursor: as received (may be empty); limitText: the "limit" query item (may be empty).
    Outcome<QByteArray> pull(const QString& accountId, const QString& cursor, const QString& limitText);

    // Removes tombstones deleted more than `days` days ago; cursors from before them become expired.
    Status purgeTombstones(int days);

    static QString makeCursor(const QString& epoch, qint64 seq);

private:
    ServerDatabase& m_database;
    const Clock& m_clock;
};

} // namespace iq::server
