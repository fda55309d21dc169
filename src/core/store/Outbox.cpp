#include "core/store/Outbox.h"

#include "core/store/Database.h"
#include "shared/util/Clock.h"

#include <QJsonDocument>

namespace iq {

Status Outbox::append(Database& database, const Clock& clock, const QString& entity, const QString& recordId,
                      Operation operation, qint64 baseVersion, const QJsonObject& payload) {
    const QString op = operation == Operation::Upsert ? QStringLiteral("upsert") : QStringLiteral("delete");
    auto inserted =
        database.exec(QStringLiteral("INSERT INTO outbox (entity, record_id, operation, base_version, "
                                     "payload, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                      {entity, recordId, op, baseVersion,
                       QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                       toStoredTime(clock.now())});
    if (!inserted)
        return inserted.error();
    return {};
}

Result<int> Outbox::pendingCount(Database& database) {
    auto query = database.exec(QStringLiteral("SELECT count(*) FROM outbox"));
    if (!query)
        return query.error();
    query.value().next();
    return query.value().value(0).toInt();
}

Result<int> Outbox::setAsideCount(Database& database) {
    auto query = database.exec(QStringLiteral("SELECT count(*) FROM sync_set_aside"));
    if (!query)
        return query.error();
    query.value().next();
    return query.value().value(0).toInt();
}

} // namespace iq
