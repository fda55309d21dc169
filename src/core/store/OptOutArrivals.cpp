#include "core/store/OptOutArrivals.h"

#include "core/store/Database.h"
#include "shared/util/Clock.h"

#include <QSqlQuery>

namespace iq {

Result<qint64> OptOutArrivals::lastSeq() {
    auto query = m_database.exec(QStringLiteral("SELECT COALESCE(max(seq), 0) FROM consent_ledger"));
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toLongLong() : qint64(0);
}

Result<QList<OptOutArrival>> OptOutArrivals::after(qint64 seq, int limit) {
    // Pulled changes are recorded with the method "sync"; those made on this device are not news here.
    auto query = m_database.exec(
        QStringLiteral(
            "SELECT l.seq, l.contact_id, COALESCE(c.list_name, ''), COALESCE(l.channel, ''), "
            "l.recorded_at FROM consent_ledger l "
            "LEFT JOIN contacts c ON c.id = l.contact_id AND c.deleted = 0 "
            "WHERE l.seq > ? AND l.method = 'sync' AND l.consent = 'opted_out' ORDER BY l.seq LIMIT ?"),
        {seq, qMax(1, limit)});
    if (!query)
        return query.error();
    QList<OptOutArrival> arrivals;
    while (query.value().next())
        arrivals << OptOutArrival{query.value().value(0).toLongLong(), query.value().value(1).toString(),
                                  query.value().value(2).toString(), query.value().value(3).toString(),
                                  fromStoredTime(query.value().value(4).toString())};
    return arrivals;
}

} // namespace iq
