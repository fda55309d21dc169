#pragma once

#include "shared/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace iq {

class Database;

// One record's unsent local changes, coalesced: what to push is its latest state.
struct PendingChange {
    QString entity;
    QString id;
    QString operation;
    qint64 baseVersion = 0; // the version both sides last agreed on
    qint64 firstSeq = 0;    // where the record first appears in the outbox
    qint64 lastSeq = 0;     // its latest entry: acknowledging it drops every entry up to here
    int entries = 0;        // outbox rows it stands for
    QJsonObject payload;
    bool payloadFromRecord = false; // queued without a payload: the record as it is when pushed
};

// Reads the outbox a batch at a time, records in the order they were first queued, each record's
// entries coalesced into one change. A large import queues hundreds of thousands of records; reading
// them all before pushing would hold them all in memory at once.
// Entries queued while the push runs (a merge, an edit in another window) are read when their turn
// comes. The caller drops what the server acknowledged before asking for the next batch.
class OutboxReader final {
public:
    explicit OutboxReader(Database& database);

    // Up to `limit` records queued after those already returned; empty when none is left.
    Result<QList<PendingChange>> next(int limit);
    // The batch did not take `change` and what came after it: return them again next time.
    void putBack(const PendingChange& change);

private:
    Database& m_database;
    qint64 m_afterSeq = 0;
};

} // namespace iq
