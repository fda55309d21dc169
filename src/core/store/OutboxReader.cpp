#include "core/store/OutboxReader.h"

#include "core/store/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace iq {

namespace {

QString key(const QString& entity, const QString& id) {
    return entity + QLatin1Char('\n') + id;
}

} // namespace

OutboxReader::OutboxReader(Database& database)
    : m_database(database) {}

Result<QList<PendingChange>> OutboxReader::next(int limit) {
    // Which records: the next ones by their first entry after what was already returned.
    auto keys = m_database.exec(
        QStringLiteral("SELECT seq, entity, record_id FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?"),
        {m_afterSeq, limit});
    if (!keys)
        return keys.error();
    QList<PendingChange> changes;
    QHash<QString, qsizetype> indexByKey;
    QJsonArray wanted;
    while (keys.value().next()) {
        const qint64 seq = keys.value().value(0).toLongLong();
        m_afterSeq = seq;
        const QString entity = keys.value().value(1).toString();
        const QString id = keys.value().value(2).toString();
        const QString k = key(entity, id);
        if (indexByKey.contains(k))
            continue;
        indexByKey.insert(k, changes.size());
        PendingChange change;
        change.entity = entity;
        change.id = id;
        change.firstSeq = seq;
        changes.append(change);
        wanted.append(QJsonArray{entity, id});
    }
    keys.value().finish();
    if (changes.isEmpty())
        return changes;

    // Every entry of those records, later ones too: several local edits go as one change, the latest.
    auto entries = m_database.exec(
        QStringLiteral(
            "SELECT o.seq, o.entity, o.record_id, o.operation, o.base_version, o.payload, b.version "
            "FROM outbox o LEFT JOIN sync_base b ON b.entity = o.entity AND b.record_id = o.record_id "
            "WHERE (o.entity, o.record_id) IN (SELECT value ->> 0, value ->> 1 FROM json_each(?)) "
            "ORDER BY o.seq"),
        {QString::fromUtf8(QJsonDocument(wanted).toJson(QJsonDocument::Compact))});
    if (!entries)
        return entries.error();
    QSqlQuery& q = entries.value();
    while (q.next()) {
        PendingChange& change = changes[indexByKey.value(key(q.value(1).toString(), q.value(2).toString()))];
        if (change.entries++ == 0) {
            // The outbox's own base is for records never synced.
            change.baseVersion = q.value(6).isNull() ? q.value(4).toLongLong() : q.value(6).toLongLong();
        }
        change.lastSeq = q.value(0).toLongLong();
        change.operation = q.value(3).toString();
        const QString text = q.value(5).toString();
        change.payloadFromRecord = text.isEmpty() && change.operation == QLatin1String("upsert");
        change.payload =
            change.payloadFromRecord ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
    }
    return changes;
}

void OutboxReader::putBack(const PendingChange& change) {
    m_afterSeq = change.firstSeq - 1;
}

} // namespace iq
