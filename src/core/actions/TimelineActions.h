#pragma once

#include "core/store/ContactTimeline.h"
#include "shared/util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace iq {

class Database;

// A person's timeline for the contact pane, `iqm contacts timeline` and the privacy center's export:
// every event newest first, each with its time, kind, a one-line summary in the user's language and
// the record's details under stable names. Read-only.
class TimelineActions final {
    Q_DECLARE_TR_FUNCTIONS(iq::TimelineActions)
public:
    explicit TimelineActions(Database& database)
        : m_timeline(database) {}

    // NotFound when there is no such contact.
    Result<QList<TimelineEvent>> timeline(const QString& contactId);

    // The stable word of a kind (JSON, exports): message, call, reply, consent, import, merge.
    static QString toWire(TimelineKind kind);
    // The kind in words for a person.
    static QString kindName(TimelineKind kind);
    static QString summaryOf(const TimelineEvent& event);
    // {"time", "kind", "summary", "recordId", "details"}.
    static QJsonObject toJson(const TimelineEvent& event);

private:
    ContactTimeline m_timeline;
};

} // namespace iq
