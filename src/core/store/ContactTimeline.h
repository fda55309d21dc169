#pragma once

#include "shared/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace iq {

class Database;

// What passed between the business and a person, by kind.
enum class TimelineKind { Message, Call, Reply, Consent, Import, Merge };

// One event of a person's timeline: when, what kind, the record it comes from and that record's own
// fields under stable names (details). The summary, a line for a person, is written by the use case.
struct TimelineEvent {
    QDateTime at;
    TimelineKind kind = TimelineKind::Message;
    QString recordId; // the message, call, consent entry, import or merged contact
    QString summary;
    QJsonObject details;
};

// Reads everything the profile holds of one person: their messages with their status, their calls
// (by contact, or from and to their numbers), their replies (keyword consent changes, as the server
// syncs them), the rest of their consent ledger, the imports that created or changed them, and the
// contacts merged into them, whose messages, calls and imports become theirs.
class ContactTimeline final {
public:
    explicit ContactTimeline(Database& database)
        : m_database(database) {}

    // Newest first; NotFound when there is no such (live) contact.
    Result<QList<TimelineEvent>> events(const QString& contactId);

private:
    // The contact and every contact merged into it, merges of merges included.
    Result<QStringList> mergedIds(const QString& contactId, QList<TimelineEvent>& merges);
    Status readMessages(const QStringList& ids, QList<TimelineEvent>& events);
    Status readCalls(const QStringList& ids, QList<TimelineEvent>& events);
    Status readConsent(const QString& contactId, QList<TimelineEvent>& events);
    Status readImports(const QStringList& ids, QList<TimelineEvent>& events);

    Database& m_database;
};

} // namespace iq
