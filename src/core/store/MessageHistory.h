#pragma once

#include "core/store/HistoryFilter.h"
#include "shared/util/Result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
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

// One message's columns as SQLite holds them: UTF-8 text (numbers as their digits, times as stored),
// valid only during the call that is handed them. What an export of a million rows reads, without
// turning each value into a QVariant and a QString.
struct MessageRowBytes {
    enum Column {
        Id,
        CampaignId,
        CampaignName,
        ContactId,
        RecipientName,
        Channel,
        Address,
        Body,
        Segments,
        Status,
        ErrorCode,
        ErrorMessage,
        ReleaseAt,
        StatusHistory,
        CreatedAt,
        UpdatedAt,
        ColumnCount
    };
    QByteArrayView cells[ColumnCount];
};

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
    // Every row in the order asked, one statement stepped to its end (an export: pages of LIMIT/OFFSET
    // would skip over every row before each page again), as bytes (see MessageRowBytes). visit
    // answers false to stop. Answers the rows visited.
    Result<qint64> forEachBytes(const HistoryFilter& filter, MessageSortKey key, Qt::SortOrder order,
                                const std::function<bool(const MessageRowBytes&)>& visit);
    Result<std::optional<MessageRecord>> get(const QString& messageId);

    // A status history as stored ([{"status","at","detail"}], oldest first).
    static QList<StatusChange> parseStatusHistory(const QString& json);

private:
    // Past this many campaigns or live contacts an export reads their names by joins instead of maps.
    static constexpr int kMaxNames = 300000;
    // Reads id and name pairs into names; false when there are more than most.
    Result<bool> readNames(const QString& sql, int most, QHash<QByteArray, QByteArray>& names);

    Database& m_database;
};

} // namespace iq
