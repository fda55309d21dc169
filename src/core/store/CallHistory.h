#pragma once

#include "core/store/HistoryFilter.h"
#include "shared/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace iq {

class Database;

// One call as the history shows it, with the names of its contact and campaign when it has them.
struct CallRecord {
    QString id;
    QString callingNumber;
    QString receivingNumber;
    QString forwardingNumber;
    QDateTime startedAt;
    int durationSeconds = 0;
    QString routing;
    QString callType; // inbound, outbound, forwarded, missed, voicemail, campaign
    QString outcome;  // answered, voicemail, no_answer, busy; empty when not told
    QString messageId;
    QString campaignId;
    QString campaignName;
    QString contactId;
    QString contactName;
};

enum class CallSortKey { Time, Contact, From, To, Campaign, Type, Outcome, Duration };

// Reads the call logs pulled into the profile a page at a time, with the filters of the message
// history (the channel is voice; the status is an outcome or a call type; the time is the start).
class CallHistory final {
public:
    explicit CallHistory(Database& database)
        : m_database(database) {}

    Result<int> count(const HistoryFilter& filter);
    Result<QList<CallRecord>> page(const HistoryFilter& filter, CallSortKey key, Qt::SortOrder order,
                                   int offset, int limit);

private:
    Database& m_database;
};

} // namespace iq
