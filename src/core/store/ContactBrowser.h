#pragma once

#include "shared/domain/Consent.h"
#include "shared/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace iq {

class Database;

// What a contacts list shows: all live contacts, or those matching a search, a group and a consent.
struct ContactFilter {
    QString search;  // names and e-mails by word prefix, accents ignored; numbers by any 3+ digits
    QString groupId; // empty: every group and none
    std::optional<ConsentState> consent;

    bool isEmpty() const { return search.trimmed().isEmpty() && groupId.isEmpty() && !consent; }
    bool operator==(const ContactFilter& other) const {
        return search == other.search && groupId == other.groupId && consent == other.consent;
    }
};

enum class ContactSortKey { Name, Phone, Email, Groups, Consent, Updated };

// One line of a contacts list: the columns stored on the contact row for fast sorted paging.
struct ContactRow {
    qint64 rowid = 0;
    QString id;
    QString name;
    QString phone; // the first mobile number (E.164), else the first number; raw when invalid
    QString email;
    QString groups;
    ConsentState consent = ConsentState::Unknown;
    QDateTime updatedAt;
};

// Where a list's rows are: the sort key of every stride-th row, read in one pass over the sort index,
// so that a window anywhere in the list starts from a nearby key instead of walking an OFFSET from
// one of its ends (SQLite steps an OFFSET one entry at a time).
struct ListPositions {
    int stride = 0;
    int count = 0;            // rows in the list when the keys were read
    QList<QVariantList> keys; // keys[i]: the sort key of row i * stride

    bool isEmpty() const { return stride <= 0 || keys.isEmpty(); }
};

// Pages through a sorted, filtered list of contacts in SQL without ever loading it whole: the count
// comes first (a counter row when nothing is filtered), any window is one index range scan, read
// from whichever end of the order is nearer. Works with a million contacts.
class ContactBrowser final {
public:
    explicit ContactBrowser(Database& database);
    ~ContactBrowser();
    Q_DISABLE_COPY_MOVE(ContactBrowser)

    // Changes what is listed and recounts.
    Status setQuery(const ContactFilter& filter, ContactSortKey key, Qt::SortOrder order);
    // Recounts after the store changed.
    Status refresh();

    const ContactFilter& filter() const { return m_filter; }
    ContactSortKey sortKey() const { return m_key; }
    Qt::SortOrder sortOrder() const { return m_order; }
    int count() const { return m_count; }

    // Rows [offset, offset + limit) of the list, in order; fewer at the end.
    Result<QList<ContactRow>> rows(int offset, int limit);
    // The ids of every contact the list holds, in no particular order: one pass, with no sorting and
    // no paging, for work that needs the set rather than the order (an export).
    Result<QStringList> ids();
    // Where a contact is in the list now, or -1 when the list does not hold it.
    Result<int> rowOf(const QString& contactId);

    // Reads the list's positions (see ListPositions); slow on a big list, so meant for a worker
    // thread with its own connection. Stops with Error::Code::Cancelled when cancel becomes true.
    Result<ListPositions> readPositions(int stride, const std::atomic<bool>* cancel = nullptr);
    // Uses positions read for this same list; refused (false) when the list's size changed since.
    // setQuery() and refresh() drop them, as rows may have moved.
    bool setPositions(ListPositions positions);
    bool hasPositions() const { return !m_positions.isEmpty(); }

    // The FTS5 query for the words of a search ("jo sm" -> "jo"* "sm"*); empty when there are none.
    static QString textMatchExpression(const QString& search);
    // Digits of a search that looks like a phone number ("(415", "555 01", "+1415"); empty otherwise.
    static QString numberSearchDigits(const QString& search);

    // A search matching more contacts than this reads the sort index in order and keeps the matches;
    // fewer matches are fetched by rowid and sorted, which then costs less than the walk.
    static constexpr int kSortMatchesLimit = 2000;

private:
    struct KeyColumn {
        QString column;
        bool noCase = false;
    };

    QString whereClause(QVariantList& values) const;
    QString orderClause(bool reversed) const;
    QList<KeyColumn> keyParts() const;
    QStringList keyColumns() const;
    Result<QList<qint64>> rowids(int offset, int limit, bool reversed);
    Result<QList<qint64>> rowidsFromPosition(int position, int skip, int limit);
    Status findMatches();

    Database& m_database;
    ContactFilter m_filter;
    ContactSortKey m_key = ContactSortKey::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    int m_count = 0;
    bool m_walkSortIndex = false;
    QString m_tableName;    // this browser's table of search matches, made on its first search
    QString m_matchesTable; // m_tableName while a search is listed, else empty
    int m_matchCount = 0;
    ListPositions m_positions;
};

} // namespace iq
