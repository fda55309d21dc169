#include "core/store/ContactBrowser.h"

#include "core/store/Database.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>

namespace iq {

ContactBrowser::ContactBrowser(Database& database)
    : m_database(database) {}

ContactBrowser::~ContactBrowser() {
    if (!m_tableName.isEmpty())
        m_database.exec(QStringLiteral("DROP TABLE IF EXISTS ") + m_tableName);
}

QString ContactBrowser::textMatchExpression(const QString& search) {
    QStringList terms;
    const QStringList words = search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString word : words) {
        word = word.trimmed();
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        // A word with nothing FTS5 indexes ("-", "@") would match nothing; leave it out.
        bool indexable = false;
        for (const QChar c : word)
            indexable = indexable || c.isLetterOrNumber();
        if (indexable)
            terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

QString ContactBrowser::numberSearchDigits(const QString& search) {
    QString digits;
    for (const QChar c : search) {
        if (c.isLetter() || c == u'@')
            return {};
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
    }
    // The trigram index finds runs of three or more characters.
    return digits.size() >= 3 ? digits : QString();
}

QString ContactBrowser::whereClause(QVariantList& values) const {
    QString where = QStringLiteral("c.deleted = 0");
    if (!m_filter.groupId.isEmpty()) {
        where += QStringLiteral(" AND c.id IN (SELECT contact_id FROM group_members WHERE group_id = ?)");
        values << m_filter.groupId;
    }
    if (m_filter.consent) {
        where += QStringLiteral(" AND c.consent_summary = ?");
        values << toStorage(*m_filter.consent);
    }
    if (!m_matchesTable.isEmpty()) {
        // "+c.rowid" keeps SQLite from driving the query by the matches' rowids: with many matches,
        // reading the sort index in order and keeping the matches finds a window sooner than
        // sorting them all.
        where +=
            (m_walkSortIndex ? QStringLiteral(" AND +c.rowid IN ") : QStringLiteral(" AND c.rowid IN ")) +
            m_matchesTable;
    } else if (!m_filter.search.trimmed().isEmpty()) {
        where += QStringLiteral(" AND 0"); // nothing in the search that an index could find
    }
    return where;
}

QList<ContactBrowser::KeyColumn> ContactBrowser::keyParts() const {
    const KeyColumn name{QStringLiteral("c.list_name"), true};
    const KeyColumn id{QStringLiteral("c.id"), false};
    switch (m_key) {
    case ContactSortKey::Name:
        return {name, id};
    case ContactSortKey::Phone:
        return {{QStringLiteral("c.primary_phone"), false}, name, id};
    case ContactSortKey::Email:
        return {{QStringLiteral("c.primary_email"), true}, name, id};
    case ContactSortKey::Groups:
        return {{QStringLiteral("c.groups_text"), true}, name, id};
    case ContactSortKey::Consent:
        return {{QStringLiteral("c.consent_summary"), false}, name, id};
    case ContactSortKey::Updated:
        return {{QStringLiteral("c.updated_at"), false}, id};
    }
    return {name, id};
}

QStringList ContactBrowser::keyColumns() const {
    QStringList columns;
    for (const KeyColumn& part : keyParts())
        columns << (part.noCase ? part.column + QStringLiteral(" COLLATE NOCASE") : part.column);
    return columns;
}

QString ContactBrowser::orderClause(bool reversed) const {
    const bool descending = (m_order == Qt::DescendingOrder) != reversed;
    QStringList parts;
    for (const QString& column : keyColumns())
        parts << column + (descending ? QStringLiteral(" DESC") : QString());
    return parts.join(QStringLiteral(", "));
}

Status ContactBrowser::setQuery(const ContactFilter& filter, ContactSortKey key, Qt::SortOrder order) {
    m_filter = filter;
    m_key = key;
    m_order = order;
    return refresh();
}

Status ContactBrowser::findMatches() {
    m_matchesTable.clear();
    const QString digits = numberSearchDigits(m_filter.search);
    const QString expression = digits.isEmpty() ? textMatchExpression(m_filter.search) : QString();
    if (digits.isEmpty() && expression.isEmpty())
        return {};
    // The matches are looked up once per search, not once per window and once more for the count;
    // a temporary table lives in this connection only and never touches the profile's file.
    static QAtomicInteger<quint64> counter;
    if (m_tableName.isEmpty())
        m_tableName = QStringLiteral("temp.iq_search_matches_%1").arg(counter.fetchAndAddRelaxed(1));
    if (auto created =
            m_database.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (id INTEGER PRIMARY KEY)")
                                .arg(m_tableName.mid(5)));
        !created)
        return created.error();
    if (auto emptied = m_database.exec(QStringLiteral("DELETE FROM ") + m_tableName); !emptied)
        return emptied.error();
    // The full-text tables hold exactly the live contacts (their triggers and the bulk import keep
    // deleted rows out), so no contact row is read to find the matches.
    auto found =
        digits.isEmpty()
            ? m_database.exec(QStringLiteral("INSERT INTO %1 SELECT rowid FROM contacts_text_fts WHERE "
                                             "contacts_text_fts MATCH ?")
                                  .arg(m_tableName),
                              {expression})
            : m_database.exec(QStringLiteral("INSERT INTO %1 SELECT rowid FROM contacts_number_fts WHERE "
                                             "contacts_number_fts MATCH ?")
                                  .arg(m_tableName),
                              {QStringLiteral("\"%1\"").arg(digits)});
    if (!found)
        return found.error();
    m_matchesTable = m_tableName;
    m_matchCount = found.value().numRowsAffected();
    return {};
}

Status ContactBrowser::refresh() {
    m_positions = {};
    m_walkSortIndex = false;
    if (Status found = findMatches(); !found)
        return found;
    const bool searchOnly = !m_matchesTable.isEmpty() && m_filter.groupId.isEmpty() && !m_filter.consent;
    if (searchOnly) {
        m_count = m_matchCount;
    } else {
        Result<QSqlQuery> query = Error{};
        if (m_filter.isEmpty()) {
            query = m_database.exec(QStringLiteral("SELECT live FROM contact_counts WHERE id = 1"));
        } else {
            QVariantList values;
            const QString where = whereClause(values);
            query = m_database.exec(QStringLiteral("SELECT count(*) FROM contacts c WHERE ") + where, values);
        }
        if (!query)
            return query.error();
        m_count = query.value().next() ? query.value().value(0).toInt() : 0;
    }
    m_walkSortIndex = !m_matchesTable.isEmpty() && m_count > kSortMatchesLimit;
    return {};
}

Result<QList<qint64>> ContactBrowser::rowids(int offset, int limit, bool reversed) {
    QVariantList values;
    const QString where = whereClause(values);
    values << limit << offset;
    auto query = m_database.exec(QStringLiteral("SELECT c.rowid FROM contacts c WHERE ") + where +
                                     QStringLiteral(" ORDER BY ") + orderClause(reversed) +
                                     QStringLiteral(" LIMIT ? OFFSET ?"),
                                 values);
    if (!query)
        return query.error();
    QList<qint64> ids;
    ids.reserve(limit);
    while (query.value().next())
        ids.append(query.value().value(0).toLongLong());
    if (reversed)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

Result<QList<qint64>> ContactBrowser::rowidsFromPosition(int position, int skip, int limit) {
    QVariantList values;
    const QString where = whereClause(values);
    // The bare columns on the left and the collation on the right let SQLite start the index range
    // at the key (with "c.list_name COLLATE NOCASE" on the left it scans from the start instead).
    QStringList columns;
    QStringList placeholders;
    for (const KeyColumn& part : keyParts()) {
        columns << part.column;
        placeholders << (part.noCase ? QStringLiteral("? COLLATE NOCASE") : QStringLiteral("?"));
    }
    values << m_positions.keys.at(position);
    values << limit << skip;
    const QString comparison =
        m_order == Qt::DescendingOrder ? QStringLiteral(" <= ") : QStringLiteral(" >= ");
    auto query = m_database.exec(QStringLiteral("SELECT c.rowid FROM contacts c WHERE ") + where +
                                     QStringLiteral(" AND (") + columns.join(QStringLiteral(", ")) +
                                     QLatin1Char(')') + comparison + QLatin1Char('(') +
                                     placeholders.join(QStringLiteral(", ")) + QStringLiteral(") ORDER BY ") +
                                     orderClause(false) + QStringLiteral(" LIMIT ? OFFSET ?"),
                                 values);
    if (!query)
        return query.error();
    QList<qint64> ids;
    ids.reserve(limit);
    while (query.value().next())
        ids.append(query.value().value(0).toLongLong());
    return ids;
}

Result<ListPositions> ContactBrowser::readPositions(int stride, const std::atomic<bool>* cancel) {
    sqlite3* handle = m_database.handle();
    if (!handle || stride <= 0)
        return Error::make(
            Error::Code::Generic,
            QCoreApplication::translate("iq::ContactBrowser", "The contact list cannot be indexed."));
    QVariantList values;
    const QString where = whereClause(values);
    const QList<KeyColumn> parts = keyParts();
    QStringList columns;
    for (const KeyColumn& part : parts)
        columns << part.column;
    const QByteArray sql = (QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
                            QStringLiteral(" FROM contacts c WHERE ") + where + QStringLiteral(" ORDER BY ") +
                            orderClause(false))
                               .toUtf8();
    const auto failure = [handle] {
        return Error::make(
            Error::Code::Generic,
            QCoreApplication::translate("iq::ContactBrowser", "Reading the contact list failed: %1")
                .arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    };
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        return failure();
    // A QSqlQuery would turn every key of every row into a QVariant; only every stride-th is wanted.
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> owner(statement, sqlite3_finalize);
    for (int i = 0; i < values.size(); ++i) {
        const QString text = values.at(i).toString();
        sqlite3_bind_text16(statement, i + 1, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
    }
    ListPositions positions;
    positions.stride = stride;
    int row = 0;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        if (row % stride == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return Error::make(Error::Code::Cancelled, QString());
            QVariantList key;
            for (int column = 0; column < parts.size(); ++column) {
                const auto* text = static_cast<const char16_t*>(sqlite3_column_text16(statement, column));
                key << QString::fromUtf16(text, sqlite3_column_bytes16(statement, column) / 2);
            }
            positions.keys.append(key);
        }
        ++row;
    }
    if (step != SQLITE_DONE)
        return failure();
    positions.count = row;
    return positions;
}

bool ContactBrowser::setPositions(ListPositions positions) {
    if (positions.count != m_count)
        return false;
    m_positions = std::move(positions);
    return true;
}

Result<QStringList> ContactBrowser::ids() {
    // Without an order, driving the query by the matches' rowids is the quick way.
    const bool walk = m_walkSortIndex;
    m_walkSortIndex = false;
    QVariantList values;
    const QString where = whereClause(values);
    m_walkSortIndex = walk;
    auto query = m_database.exec(QStringLiteral("SELECT c.id FROM contacts c WHERE ") + where, values);
    if (!query)
        return query.error();
    QStringList ids;
    ids.reserve(m_count);
    while (query.value().next())
        ids.append(query.value().value(0).toString());
    return ids;
}

Result<QList<ContactRow>> ContactBrowser::rows(int offset, int limit) {
    const int end = std::min(m_count, offset + limit);
    if (offset < 0 || offset >= end)
        return QList<ContactRow>();
    // SQLite walks an OFFSET one index entry at a time, so the far half of the list is read backwards
    // from its end, and with the list's positions known, from the nearest position before the window.
    const bool reversed = offset > m_count - end;
    const int walk = reversed ? m_count - end : offset;
    Result<QList<qint64>> ids = QList<qint64>();
    const int position = m_positions.isEmpty()
                             ? -1
                             : std::min<int>(offset / m_positions.stride, int(m_positions.keys.size()) - 1);
    if (position >= 0 && offset - position * m_positions.stride < walk)
        ids = rowidsFromPosition(position, offset - position * m_positions.stride, end - offset);
    else
        ids = reversed ? rowids(m_count - end, end - offset, true) : rowids(offset, end - offset, false);
    if (!ids)
        return ids.error();
    if (ids.value().isEmpty())
        return QList<ContactRow>();

    QString placeholders;
    QVariantList values;
    for (qint64 rowid : ids.value()) {
        placeholders += placeholders.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
        values << rowid;
    }
    auto query = m_database.exec(
        QStringLiteral("SELECT rowid, id, list_name, primary_phone, primary_email, groups_text, "
                       "consent_summary, updated_at FROM contacts WHERE rowid IN (%1)")
            .arg(placeholders),
        values);
    if (!query)
        return query.error();
    QHash<qint64, ContactRow> byRowid;
    byRowid.reserve(ids.value().size());
    QSqlQuery& q = query.value();
    while (q.next()) {
        ContactRow row;
        row.rowid = q.value(0).toLongLong();
        row.id = q.value(1).toString();
        row.name = q.value(2).toString();
        row.phone = q.value(3).toString();
        row.email = q.value(4).toString();
        row.groups = q.value(5).toString();
        row.consent = consentStateFromStorage(q.value(6).toString()).value_or(ConsentState::Unknown);
        row.updatedAt = fromStoredTime(q.value(7).toString());
        byRowid.insert(row.rowid, row);
    }
    QList<ContactRow> result;
    result.reserve(ids.value().size());
    for (qint64 rowid : ids.value()) {
        auto it = byRowid.constFind(rowid);
        if (it != byRowid.constEnd())
            result.append(*it);
    }
    return result;
}

Result<int> ContactBrowser::rowOf(const QString& contactId) {
    QVariantList values;
    const QString where = whereClause(values);
    QStringList bare;
    for (const QString& column : keyColumns())
        bare << QString(column).remove(QStringLiteral(" COLLATE NOCASE"));
    values << contactId;
    auto key = m_database.exec(QStringLiteral("SELECT ") + bare.join(QStringLiteral(", ")) +
                                   QStringLiteral(" FROM contacts c WHERE ") + where +
                                   QStringLiteral(" AND c.id = ?"),
                               values);
    if (!key)
        return key.error();
    if (!key.value().next())
        return -1;
    QVariantList keyValues;
    QStringList placeholders;
    for (int i = 0; i < bare.size(); ++i) {
        keyValues << key.value().value(i);
        placeholders << QStringLiteral("?");
    }
    key.value().finish();
    QVariantList countValues;
    const QString countWhere = whereClause(countValues);
    countValues << keyValues;
    const QString comparison = m_order == Qt::DescendingOrder ? QStringLiteral(" > ") : QStringLiteral(" < ");
    auto before = m_database.exec(QStringLiteral("SELECT count(*) FROM contacts c WHERE ") + countWhere +
                                      QStringLiteral(" AND (") + keyColumns().join(QStringLiteral(", ")) +
                                      QLatin1Char(')') + comparison + QLatin1Char('(') +
                                      placeholders.join(QStringLiteral(", ")) + QLatin1Char(')'),
                                  countValues);
    if (!before)
        return before.error();
    before.value().next();
    return before.value().value(0).toInt();
}

} // namespace iq
