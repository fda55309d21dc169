#pragma once

#include "core/store/HistoryFilter.h"
#include "shared/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace iq {

class Database;

// One message as the history shows it: the message with its recipient's name, its campaign's name
// and its status history.
struct MessageRecord {
    QString id;
    QString campaignId;
    QString campaignName;
    QString contactId;
    QString recipientName; // empty when the contact is gone or there was none
    QString channel;
    QString address; // E.164 or an e-mail address
    QString body;
    int segments = 0;
    QString status;
    QString errorCode;
    QString errorMessage; // the provider's words
    QDateTime releaseAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<StatusChange> statusHistory; // oldest first
};

enum class MessageSortKey { Time, Recipient, Address, Campaign, Channel, Status, Error };

// Reads the messages the server sent, pulled into the profile: a page of a filtered, sorted list at a
// time (never the whole table), its count, and one message whole.
class MessageHistory final {
public:
    explicit MessageHistory(Database& database)
        : m_database(database) {}

    Result<int> count(const HistoryFilter& filter);
    // Rows [offset, offset + limit) in the order asked (ties in id order); fewer at the end.
    Result<QList<MessageRecord>> page(const HistoryFilter& filter, MessageSortKey key, Qt::SortOrder order,
                                      int offset, int limit);
    Result<std::optional<MessageRecord>> get(const QString& messageId);

    // A status history as stored ([{"status","at","detail"}], oldest first).
    static QList<StatusChange> parseStatusHistory(const QString& json);

private:
    Database& m_database;
};

} // namespace iq
