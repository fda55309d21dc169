#include "core/store/SyncBookkeeping.h"

#include "core/store/Database.h"
#include "core/store/PreparedStatements.h"

#include <QCoreApplication>

namespace iq {
namespace {

// The messages belong to the sync, whichever class writes them.
class SyncBookkeepingText final {
    Q_DECLARE_TR_FUNCTIONS(iq::SyncEngine)
};

const QString kDropOutboxSql =
    QStringLiteral("DELETE FROM outbox WHERE entity = ? AND record_id = ? AND seq <= ?");

const QString kStoreBaseSql = QStringLiteral(
    "INSERT INTO sync_base (entity, record_id, version, payload) VALUES (?, ?, ?, ?) ON CONFLICT "
    "(entity, record_id) DO UPDATE SET version = excluded.version, payload = excluded.payload");

Status done(const Result<QSqlQuery>& query) {
    return query ? Status() : Status(query.error());
}

Result<QList<SyncBookkeeping::RecordKey>> keysOf(Result<QSqlQuery> query) {
    if (!query)
        return query.error();
    QList<SyncBookkeeping::RecordKey> keys;
    while (query.value().next())
        keys.append({query.value().value(0).toString(), query.value().value(1).toString()});
    query.value().finish();
    return keys;
}

} // namespace

Result<int> SyncBookkeeping::heldCount() {
    auto held = m_database.exec(QStringLiteral("SELECT count(*) FROM sync_held"));
    if (!held)
        return held.error();
    const int count = held.value().next() ? held.value().value(0).toInt() : 0;
    held.value().finish();
    return count;
}

Result<bool> SyncBookkeeping::anySetAside() {
    auto setAside = m_database.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_set_aside)"));
    if (!setAside)
        return setAside.error();
    const bool any = setAside.value().next() && setAside.value().value(0).toBool();
    setAside.value().finish();
    return any;
}

Result<SyncBookkeeping::RecordState> SyncBookkeeping::state(const QString& entity, const QString& id) {
    auto known = m_database.exec(
        QStringLiteral("SELECT (SELECT version FROM sync_base WHERE entity = ? AND record_id = ?), (SELECT "
                       "max(seq) FROM outbox WHERE entity = ? AND record_id = ?)"),
        {entity, id, entity, id});
    if (!known)
        return known.error();
    known.value().next();
    RecordState state;
    state.haveBase = !known.value().value(0).isNull();
    state.baseVersion = known.value().value(0).toLongLong();
    state.pending = !known.value().value(1).isNull();
    state.lastSeq = known.value().value(1).toLongLong();
    known.value().finish();
    return state;
}

Result<SyncBookkeeping::OutboxEntry> SyncBookkeeping::outboxEntry(qint64 seq) {
    auto row = m_database.exec(QStringLiteral("SELECT operation, payload FROM outbox WHERE seq = ?"), {seq});
    if (!row)
        return row.error();
    OutboxEntry entry;
    if (row.value().next()) {
        entry.operation = row.value().value(0).toString();
        entry.payload = row.value().value(1).toString();
    }
    row.value().finish();
    return entry;
}

Result<QList<SyncBookkeeping::RecordKey>> SyncBookkeeping::known(const QByteArray& keysJson) {
    return keysOf(m_database.exec(
        QStringLiteral(
            "SELECT value ->> 0, value ->> 1 FROM json_each(?) WHERE EXISTS (SELECT 1 FROM sync_base WHERE "
            "entity = value ->> 0 AND record_id = value ->> 1) OR EXISTS (SELECT 1 FROM outbox WHERE entity "
            "= value ->> 0 AND record_id = value ->> 1)"),
        {QString::fromUtf8(keysJson)}));
}

Result<QList<SyncBookkeeping::RecordKey>> SyncBookkeeping::syncedWithoutChanges() {
    return keysOf(m_database.exec(
        QStringLiteral("SELECT b.entity, b.record_id FROM sync_base b WHERE NOT EXISTS (SELECT 1 FROM outbox "
                       "o WHERE o.entity = b.entity AND o.record_id = b.record_id)")));
}

Status SyncBookkeeping::dropOutbox(const QString& entity, const QString& id, qint64 upToSeq) {
    return done(m_database.exec(kDropOutboxSql, {entity, id, upToSeq}));
}

Status SyncBookkeeping::queueMerged(const QString& entity, const QString& id, qint64 baseVersion,
                                    const QString& payload, const QString& queuedAt) {
    return done(m_database.exec(
        QStringLiteral("INSERT INTO outbox (entity, record_id, operation, base_version, payload, created_at) "
                       "VALUES (?, ?, 'upsert', ?, ?, ?)"),
        {entity, id, baseVersion, payload, queuedAt}));
}

Status SyncBookkeeping::storeBase(const QString& entity, const QString& id, qint64 version,
                                  const QByteArray& payload) {
    return done(m_database.exec(kStoreBaseSql, {entity, id, version, QString::fromUtf8(payload)}));
}

Result<QString> SyncBookkeeping::basePayload(const QString& entity, const QString& id) {
    auto base = m_database.exec(
        QStringLiteral("SELECT payload FROM sync_base WHERE entity = ? AND record_id = ?"), {entity, id});
    if (!base)
        return base.error();
    QString payload = base.value().next() ? base.value().value(0).toString() : QString();
    base.value().finish();
    return payload;
}

Status SyncBookkeeping::forgetBase(const QString& entity, const QString& id) {
    return done(m_database.exec(QStringLiteral("DELETE FROM sync_base WHERE entity = ? AND record_id = ?"),
                                {entity, id}));
}

Status SyncBookkeeping::setAside(const QString& entity, const QString& id, const QString& operation,
                                 const QString& payload, const QString& reason, const QString& at) {
    return done(m_database.exec(
        QStringLiteral(
            "INSERT INTO sync_set_aside (entity, record_id, operation, payload, reason, set_aside_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entity, record_id) DO UPDATE SET operation = "
            "excluded.operation, payload = excluded.payload, reason = excluded.reason, "
            "set_aside_at = excluded.set_aside_at"),
        {entity, id, operation, payload, reason, at}));
}

Status SyncBookkeeping::hold(const QString& entity, const QString& id, qint64 version,
                             const QString& payload) {
    return done(m_database.exec(
        QStringLiteral("INSERT INTO sync_held (entity, record_id, version, payload) VALUES (?, ?, ?, ?) ON "
                       "CONFLICT (entity, record_id) DO UPDATE SET version = excluded.version, payload = "
                       "excluded.payload WHERE excluded.version > sync_held.version"),
        {entity, id, version, payload}));
}

Result<QList<SyncBookkeeping::HeldRecord>> SyncBookkeeping::takeHeld() {
    auto rows = m_database.exec(
        QStringLiteral("DELETE FROM sync_held RETURNING entity, record_id, version, payload"));
    if (!rows)
        return rows.error();
    QList<HeldRecord> held;
    while (rows.value().next())
        held.append({rows.value().value(0).toString(), rows.value().value(1).toString(),
                     rows.value().value(2).toLongLong(), rows.value().value(3).toString()});
    rows.value().finish();
    return held;
}

Status SyncBookkeeping::addConflict(const QString& entity, const QString& id, const QString& kind,
                                    const QString& field, const QString& local, const QString& server,
                                    qint64 serverVersion, const QString& at) {
    return done(m_database.exec(
        QStringLiteral(
            "INSERT INTO sync_conflicts (entity, record_id, kind, field, local_value, server_value, "
            "server_version, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {entity, id, kind, field, local, server, serverVersion, at}));
}

SyncBookkeepingBatch::SyncBookkeepingBatch(Database& database)
    : m_statements(std::make_unique<PreparedStatements>(database)) {}

SyncBookkeepingBatch::~SyncBookkeepingBatch() = default;

Status SyncBookkeepingBatch::acknowledge(const QString& entity, const QString& id, qint64 upToSeq,
                                         const QString& versionTable, qint64 version, bool clearSetAside,
                                         const QByteArray& base) {
    sqlite3_stmt* drop = m_statements->get(kDropOutboxSql);
    PreparedStatements::bindText(drop, 1, entity);
    PreparedStatements::bindText(drop, 2, id);
    PreparedStatements::bindInteger(drop, 3, upToSeq);
    if (Status s = m_statements->run(drop, SyncBookkeepingText::tr("Dropping a sent change")); !s)
        return s;
    if (!versionTable.isEmpty()) {
        sqlite3_stmt* setVersion = m_statements->get(
            QStringLiteral("UPDATE %1 SET server_version = ? WHERE id = ?").arg(versionTable));
        PreparedStatements::bindInteger(setVersion, 1, version);
        PreparedStatements::bindText(setVersion, 2, id);
        if (Status s = m_statements->run(setVersion,
                                         SyncBookkeepingText::tr("Recording the version of a sent change"));
            !s)
            return s;
    }
    if (clearSetAside) {
        sqlite3_stmt* cleared = m_statements->get(
            QStringLiteral("DELETE FROM sync_set_aside WHERE entity = ? AND record_id = ?"));
        PreparedStatements::bindText(cleared, 1, entity);
        PreparedStatements::bindText(cleared, 2, id);
        if (Status s = m_statements->run(cleared, SyncBookkeepingText::tr("Clearing a change set aside")); !s)
            return s;
    }
    sqlite3_stmt* stored = m_statements->get(kStoreBaseSql);
    PreparedStatements::bindText(stored, 1, entity);
    PreparedStatements::bindText(stored, 2, id);
    PreparedStatements::bindInteger(stored, 3, version);
    PreparedStatements::bindText(stored, 4, base);
    return m_statements->run(stored, SyncBookkeepingText::tr("Recording the merge base of a sent change"));
}

Status SyncBookkeepingBatch::storeBase(const QString& entity, const QString& id, qint64 version,
                                       const QByteArray& base) {
    sqlite3_stmt* s = m_statements->get(kStoreBaseSql);
    if (s) {
        PreparedStatements::bindText(s, 1, entity);
        PreparedStatements::bindText(s, 2, id);
        PreparedStatements::bindInteger(s, 3, version);
        PreparedStatements::bindText(s, 4, base);
    }
    return m_statements->run(s, SyncBookkeepingText::tr("Storing the sync state"));
}

} // namespace iq
