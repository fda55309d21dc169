#pragma once

#include "shared/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <algorithm>
#include <optional>

namespace iq {

// The shapes of the sync API (docs/api.md) and the parsing of every server reply. Parsing never
// trusts the server: a reply that does not have the documented shape is an error naming the field,
// never a crash or a half-read batch.
namespace wire {

struct Session {
    QString accountId;
    QString email;
    QString name;
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0;
    bool unusualSignIn = false;
};

struct Change {
    QString entity;
    QString id;
    QString operation; // "upsert" or "delete"
    qint64 baseVersion = 0;
    QJsonObject payload;
};

// A record as the server holds it.
struct Record {
    QString entity;
    QString id;
    qint64 version = 0;
    bool deleted = false;
    // This device made the record's latest change: its unsent edits of the record build on it.
    bool own = false;
    QJsonObject payload;
    // The payload as compact JSON text when already made (PullPipeline makes it on its own thread).
    QByteArray payloadText;
};

struct PushResult {
    QString entity;
    QString id;
    QString status; // applied, conflict, rejected
    qint64 version = 0;
    qint64 seq = 0;               // the server's sequence number of an applied change (0 when not given)
    std::optional<Record> record; // the server's record, on a conflict
    QString error;                // why, on a rejection
};

// Sequence numbers of changes this device pushed and the server applied: a pull can leave their records
// out (docs/api.md, pushedFrom and pushedTo).
struct SeqRange {
    qint64 from = 0;
    qint64 to = -1;
    bool isEmpty() const { return from < 1 || to < from; }
    void add(qint64 seq) {
        from = isEmpty() ? seq : std::min(from, seq);
        to = std::max(to, seq);
    }
};

struct PullPage {
    QList<Record> records;
    QString cursor;
    bool hasMore = false;
};

// {"error": {"code", "field", "message"}}; missing pieces stay empty.
struct ApiError {
    QString code;
    QString field;
    QString message;
};

// The entity names the API knows.
bool isKnownEntity(const QString& entity);

QJsonObject toJson(const Change& change);

Result<Session> parseSession(const QByteArray& body);
Result<QList<PushResult>> parsePushReply(const QByteArray& body);
Result<PullPage> parsePullReply(const QByteArray& body);
ApiError parseError(const QByteArray& body);
// Seconds from a Retry-After header (delta-seconds or an HTTP date); nullopt when absent or unreadable.
std::optional<qint64> parseRetryAfter(const QByteArray& header);

} // namespace wire
} // namespace iq
