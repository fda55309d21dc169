#include "store/ContactBrowser.h"

#include "store/Database.h"
#include "util/Clock.h"

#include <QHash>

#include <algorithm>

namespace iq {

ContactBrowser::ContactBrowser(Database& database)
    : m_database(database) {}

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
    const QString digits = numberSearchDigits(m_filter.search);
    if (!digits.isEmpty()) {
        where += QStringLiteral(" AND c.rowid IN (SELECT rowid FROM contacts_number_fts WHERE "
                                "contacts_number_fts MATCH ?)");
        values << QStringLiteral("\"%1\"").arg(digits);
    } else if (!m_filter.search.trimmed().isEmpty()) {
        const QString expression = textMatchExpression(m_filter.search);
        if (expression.isEmpty()) {
            where += QStringLiteral(" AND 0");
        } else {
            where += QStringLiteral(" AND c.rowid IN (SELECT rowid FROM contacts_text_fts WHERE "
                                    "contacts_text_fts MATCH ?)");
            values << expression;
        }
    }
    return where;
}

QStringList ContactBrowser::keyColumns() const {
    const QString name = QStringLiteral("c.list_name COLLATE NOCASE");
    const QString id = QStringLiteral("c.id");
    switch (m_key) {
    case ContactSortKey::Name:
        return {name, id};
    case ContactSortKey::Phone:
        return {QStringLiteral("c.primary_phone"), name, id};
    case ContactSortKey::Email:
        return {QStringLiteral("c.primary_email COLLATE NOCASE"), name, id};
    case ContactSortKey::Groups:
        return {QStringLiteral("c.groups_text COLLATE NOCASE"), name, id};
    case ContactSortKey::Consent:
        return {QStringLiteral("c.consent_summary"), name, id};
    case ContactSortKey::Updated:
        return {QStringLiteral("c.updated_at"), id};
    }
    return {name, id};
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

Status ContactBrowser::refresh() {
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

Result<QList<ContactRow>> ContactBrowser::rows(int offset, int limit) {
    const int end = std::min(m_count, offset + limit);
    if (offset < 0 || offset >= end)
        return QList<ContactRow>();
    // SQLite walks an OFFSET one index entry at a time, so the far half of the list is read backwards
    // from its end: the worst case is the middle, never the last row.
    const bool reversed = offset > m_count - end;
    auto ids = reversed ? rowids(m_count - end, end - offset, true) : rowids(offset, end - offset, false);
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
