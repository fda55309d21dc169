#pragma once

#include "core/store/CallHistory.h"
#include "core/store/MessageHistory.h"
#include "shared/util/Result.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace iq {

class Database;

// The message and call history for the History page and iqm history / iqm calls: filtered, sorted
// pages and counts, one message whole, an error code's meaning, and CSV of a filtered list written a
// page at a time. Read-only; works on any connection of the profile (an export may run on its own).
class HistoryActions final {
public:
    explicit HistoryActions(Database& database);

    // How many rows an export or a list reads at a time.
    static constexpr int kPageSize = 500;

    // A date ("2026-03-01", a day in this computer's zone) or an ISO 8601 time ("2026-03-01T09:30",
    // local unless it has an offset). A date given as the end of a range includes that whole day.
    // Nothing when the text is neither.
    static std::optional<QDateTime> parseTime(const QString& text, bool endOfRange);

    Result<int> countMessages(const HistoryFilter& filter);
    Result<QList<MessageRecord>> messages(const HistoryFilter& filter, MessageSortKey key,
                                          Qt::SortOrder order, int offset, int limit);
    Result<std::optional<MessageRecord>> message(const QString& messageId);

    Result<int> countCalls(const HistoryFilter& filter);
    Result<QList<CallRecord>> calls(const HistoryFilter& filter, CallSortKey key, Qt::SortOrder order,
                                    int offset, int limit);

    // The plain meaning of a message's error ("30005": "The number is not in service"), in the user's
    // language when the code is known, else the provider's words; empty without either.
    static QString errorMeaning(const MessageRecord& message);

    // The CSV layouts: one header row, then one row per message or call.
    static QStringList messageCsvHeader();
    static QStringList messageCsvRow(const MessageRecord& message);
    static QStringList callCsvHeader();
    static QStringList callCsvRow(const CallRecord& call);

    // Called with the rows written so far and how many there are, after every page.
    using Progress = std::function<void(qint64 written, qint64 total)>;
    // Writes the filtered list in its order as spreadsheet-safe CSV (cells that would run as a formula
    // get an apostrophe, as in a contacts export). Answers the rows written; stops when cancel is set.
    Result<qint64> exportMessages(QIODevice* device, const HistoryFilter& filter, MessageSortKey key,
                                  Qt::SortOrder order, const Progress& progress = {},
                                  const std::atomic_bool* cancel = nullptr);
    Result<qint64> exportCalls(QIODevice* device, const HistoryFilter& filter, CallSortKey key,
                               Qt::SortOrder order, const Progress& progress = {},
                               const std::atomic_bool* cancel = nullptr);

    // Runs write on a temporary file next to path and puts it in place only once it all succeeded:
    // a failed or cancelled export leaves nothing behind (and an older file as it was).
    static Result<qint64> toFile(const QString& path, const std::function<Result<qint64>(QIODevice*)>& write,
                                 const std::atomic_bool* cancel = nullptr);

private:
    MessageHistory m_messages;
    CallHistory m_calls;
};

} // namespace iq
