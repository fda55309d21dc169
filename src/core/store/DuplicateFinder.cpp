#include "core/store/DuplicateFinder.h"

#include "core/store/Database.h"

#include <QHash>
#include <QSqlQuery>

namespace iq {

DuplicateFinder::DuplicateFinder(Database& database)
    : m_database(database) {}

Result<QList<DuplicatePair>> DuplicateFinder::all(int limit) {
    return find({}, {}, limit);
}

Result<QList<DuplicatePair>> DuplicateFinder::forContact(const QString& contactId) {
    // The filter appears in both halves of the query, so its values are bound twice.
    return find(QStringLiteral("AND (a.contact_id = ? OR b.contact_id = ?)"),
                {contactId, contactId, contactId, contactId}, 1000);
}

Result<QList<DuplicatePair>> DuplicateFinder::find(const QString& contactFilter, const QVariantList& values,
                                                   int limit) {
    // Ordered pairs (a < b) so each pair appears once per shared key; a pair sharing a number and an
    // e-mail comes back twice and is folded below.
    const QString sql =
        QStringLiteral(
            "SELECT a.contact_id, b.contact_id, ca.list_name, cb.list_name, a.e164, 'phone', "
            "max(ca.updated_at, cb.updated_at) AS touched "
            "FROM contact_phones a JOIN contact_phones b ON b.e164 = a.e164 AND b.e164 <> '' "
            "AND b.contact_id > a.contact_id "
            "JOIN contacts ca ON ca.id = a.contact_id AND ca.deleted = 0 "
            "JOIN contacts cb ON cb.id = b.contact_id AND cb.deleted = 0 "
            "WHERE a.e164 <> '' AND a.valid = 1 %1 "
            "UNION "
            "SELECT a.contact_id, b.contact_id, ca.list_name, cb.list_name, lower(a.address), 'email', "
            "max(ca.updated_at, cb.updated_at) AS touched "
            "FROM contact_emails a JOIN contact_emails b ON b.address = a.address COLLATE NOCASE "
            "AND b.contact_id > a.contact_id "
            "JOIN contacts ca ON ca.id = a.contact_id AND ca.deleted = 0 "
            "JOIN contacts cb ON cb.id = b.contact_id AND cb.deleted = 0 "
            "WHERE a.address <> '' %1 "
            "ORDER BY touched DESC, 1, 2 LIMIT ?")
            .arg(contactFilter);
    QVariantList bound = values;
    bound << limit * 2;
    auto query = m_database.exec(sql, bound);
    if (!query)
        return query.error();
    QList<DuplicatePair> pairs;
    QHash<QString, qsizetype> index;
    while (query.value().next()) {
        const QString first = query.value().value(0).toString();
        const QString second = query.value().value(1).toString();
        const QString key = first + QLatin1Char('|') + second;
        qsizetype at = index.value(key, -1);
        if (at < 0) {
            if (pairs.size() >= limit)
                continue;
            at = pairs.size();
            index.insert(key, at);
            pairs.append({first,
                          second,
                          query.value().value(2).toString(),
                          query.value().value(3).toString(),
                          {},
                          {}});
        }
        DuplicatePair& pair = pairs[at];
        const QString shared = query.value().value(4).toString();
        if (query.value().value(5).toString() == QLatin1String("phone")) {
            if (!pair.sharedNumbers.contains(shared))
                pair.sharedNumbers << shared;
        } else if (!pair.sharedEmails.contains(shared)) {
            pair.sharedEmails << shared;
        }
    }
    return pairs;
}

} // namespace iq
