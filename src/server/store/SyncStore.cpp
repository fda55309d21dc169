#include "server/store/SyncStore.h"

#include "server/store/ServerDatabase.h"

namespace iq::server {

Result<qint64> SyncStore::recordCount(const QString& accountId) {
    auto found =
        m_database.exec(QStringLiteral("SELECT COUNT(*) FROM records WHERE account_id = ?"), {accountId});
    if (!found)
        return found.error();
    return found.value().next() ? found->value(0).toLongLong() : qint64(0);
}

Result<std::optional<SyncStore::Sequence>> SyncStore::sequence(const QString& accountId) {
    auto found = m_database.exec(
        QStringLiteral("SELECT last_seq, min_seq, cursor_epoch FROM accounts WHERE id = ?"), {accountId});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<Sequence>();
    return std::optional<Sequence>(
        Sequence{found->value(0).toLongLong(), found->value(1).toLongLong(), found->value(2).toString()});
}

Status SyncStore::setLastSeq(const QString& accountId, qint64 lastSeq) {
    auto updated = m_database.exec(QStringLiteral("UPDATE accounts SET last_seq = ? WHERE id = ?"),
                                   {lastSeq, accountId});
    if (!updated)
        return updated.error();
    return Status::success();
}

Status SyncStore::readPage(const QString& accountId, qint64 afterSeq, int limit, qint64 byteCap,
                           const std::optional<ExcludedChanges>& excluded,
                           const std::function<bool(const PulledRecord&)>& take) {
    // The database sums the payload lengths before each row, so payloads that surely fall past the
    // byte cap are never sent to the server (it would otherwise hold up to 1001 x 256 KiB in memory);
    // their rows still come, without payload, to tell whether more records follow. LENGTH counts
    // characters, never more than the UTF-8 bytes, so the cut it makes is never too early.
    const QString sizedPage =
        QStringLiteral(
            "SELECT entity, id, version, deleted, CASE WHEN %1 < ? THEN payload END, seq, changed_by, %1 "
            "FROM (SELECT entity, id, version, deleted, payload, seq, changed_by FROM records "
            "WHERE account_id = ? AND seq > ? %2ORDER BY seq LIMIT ?) AS page ORDER BY seq")
            .arg(QStringLiteral("COALESCE(SUM(LENGTH(payload)) OVER (ORDER BY seq ROWS BETWEEN "
                                "UNBOUNDED PRECEDING AND 1 PRECEDING), 0)"));
    auto query =
        excluded ? m_database.exec(sizedPage.arg(QStringLiteral(
                                       "AND NOT (seq BETWEEN ? AND ? AND COALESCE(changed_by, '') = ?) ")),
                                   {byteCap, accountId, afterSeq, excluded->from, excluded->to,
                                    excluded->deviceId, limit})
                 : m_database.exec(sizedPage.arg(QString()), {byteCap, accountId, afterSeq, limit});
    if (!query)
        return query.error();
    QSqlQuery& rows = query.value();
    while (rows.next()) {
        const PulledRecord record{rows.value(0).toString(),   rows.value(1).toString(),
                                  rows.value(2).toLongLong(), rows.value(3).toInt() != 0,
                                  rows.value(4).toString(),   rows.value(5).toLongLong(),
                                  rows.value(6).toString(),   rows.value(7).toLongLong()};
        if (!take(record))
            break;
    }
    rows.finish();
    return Status::success();
}

Status SyncStore::forEachRecord(const QString& accountId, const QString& entity,
                                const std::function<void(const QString&, const QString&)>& take) {
    auto rows =
        m_database.exec(QStringLiteral("SELECT id, payload FROM records WHERE account_id = ? AND entity = ? "
                                       "AND deleted = 0 ORDER BY seq"),
                        {accountId, entity});
    if (!rows)
        return rows.error();
    while (rows.value().next())
        take(rows->value(0).toString(), rows->value(1).toString());
    return Status::success();
}

Result<QHash<QString, QString>> SyncStore::payloads(const QString& accountId, const QString& entity,
                                                    const QStringList& ids) {
    // In slices, so that no statement has more parameters than SQLite allows.
    constexpr qsizetype kSlice = 400;
    QHash<QString, QString> found;
    for (qsizetype start = 0; start < ids.size(); start += kSlice) {
        const QStringList slice = ids.mid(start, kSlice);
        QStringList marks(slice.size(), QStringLiteral("?"));
        QVariantList values{accountId, entity};
        for (const QString& id : slice)
            values.append(id);
        auto rows = m_database.exec(
            QStringLiteral("SELECT id, payload FROM records WHERE account_id = ? AND entity = ? "
                           "AND deleted = 0 AND id IN (%1)")
                .arg(marks.join(QLatin1Char(','))),
            values);
        if (!rows)
            return rows.error();
        while (rows.value().next())
            found.insert(rows->value(0).toString(), rows->value(1).toString());
    }
    return found;
}

Result<std::optional<QString>> SyncStore::payload(const QString& accountId, const QString& entity,
                                                  const QString& id) {
    auto found =
        m_database.exec(QStringLiteral("SELECT payload FROM records WHERE account_id = ? AND entity = ? "
                                       "AND id = ? AND deleted = 0"),
                        {accountId, entity, id});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<QString>();
    return std::optional<QString>(found->value(0).toString());
}

Result<std::unique_ptr<SyncStore::PushStatements>> SyncStore::preparePush() {
    std::unique_ptr<PushStatements> statements(new PushStatements(m_database));
    const std::pair<QSqlQuery*, QString> sql[] = {
        {&statements->m_current,
         QStringLiteral("SELECT version, deleted, payload FROM records WHERE account_id = ? AND entity = ? "
                        "AND id = ?")},
        {&statements->m_applied,
         QStringLiteral("SELECT change_hash, result_version, device_id FROM applied_changes WHERE "
                        "account_id = ? AND entity = ? AND id = ? AND base_version = ?")},
        {&statements->m_purged, QStringLiteral("SELECT version FROM purged_records WHERE account_id = ? AND "
                                               "entity = ? AND id = ?")},
        {&statements->m_update,
         QStringLiteral("UPDATE records SET version = ?, seq = ?, deleted = ?, payload = ?, updated_at = ?, "
                        "deleted_at = ?, changed_by = ? WHERE account_id = ? AND entity = ? AND id = ?")},
        {&statements->m_insert,
         QStringLiteral("INSERT INTO records (account_id, entity, id, version, seq, deleted, payload, "
                        "updated_at, deleted_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&statements->m_remember,
         QStringLiteral("INSERT INTO applied_changes (account_id, entity, id, base_version, change_hash, "
                        "result_version, device_id) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, "
                        "entity, id, base_version) DO UPDATE SET change_hash = excluded.change_hash, "
                        "result_version = excluded.result_version, device_id = excluded.device_id")},
        {&statements->m_forgetPurged,
         QStringLiteral("DELETE FROM purged_records WHERE account_id = ? AND entity = ? AND id = ?")},
    };
    for (const auto& [query, text] : sql) {
        auto prepared = m_database.prepare(text);
        if (!prepared)
            return prepared.error();
        *query = std::move(prepared.value());
    }
    return statements;
}

Status SyncStore::purgeTombstones(qint64 deletedBefore) {
    auto accounts = m_database.exec(
        QStringLiteral("SELECT account_id, MAX(seq) FROM records WHERE deleted = 1 AND deleted_at <= ? "
                       "GROUP BY account_id"),
        {deletedBefore});
    if (!accounts)
        return accounts.error();
    QList<QPair<QString, qint64>> purged;
    while (accounts.value().next())
        purged.append({accounts->value(0).toString(), accounts->value(1).toLongLong()});
    accounts.value().finish();
    for (const auto& [accountId, maxSeq] : std::as_const(purged)) {
        auto raised =
            m_database.exec(QStringLiteral("UPDATE accounts SET min_seq = ? WHERE id = ? AND min_seq < ?"),
                            {maxSeq, accountId, maxSeq});
        if (!raised)
            return raised.error();
    }
    // Each purged record's last version stays, so one created again under the same id (a membership
    // added again) continues from it: devices that kept the tombstone's version take the new one.
    auto kept = m_database.exec(
        QStringLiteral("INSERT INTO purged_records (account_id, entity, id, version) SELECT account_id, "
                       "entity, id, version FROM records WHERE deleted = 1 AND deleted_at <= ? ON "
                       "CONFLICT (account_id, entity, id) DO UPDATE SET version = excluded.version"),
        {deletedBefore});
    if (!kept)
        return kept.error();
    // Their applied changes answered retries of pushes long settled; a record made again starts anew.
    auto forgotten = m_database.exec(
        QStringLiteral("DELETE FROM applied_changes WHERE EXISTS (SELECT 1 FROM records r WHERE "
                       "r.account_id = applied_changes.account_id AND r.entity = applied_changes.entity "
                       "AND r.id = applied_changes.id AND r.deleted = 1 AND r.deleted_at <= ?)"),
        {deletedBefore});
    if (!forgotten)
        return forgotten.error();
    auto removed = m_database.exec(
        QStringLiteral("DELETE FROM records WHERE deleted = 1 AND deleted_at <= ?"), {deletedBefore});
    if (!removed)
        return removed.error();
    return Status::success();
}

Result<std::optional<SyncStore::StoredRecord>>
SyncStore::PushStatements::current(const QString& accountId, const QString& entity, const QString& id) {
    if (Status ran = m_database.run(m_current, {accountId, entity, id}); !ran)
        return ran.error();
    std::optional<StoredRecord> record;
    if (m_current.next())
        record = StoredRecord{m_current.value(0).toLongLong(), m_current.value(1).toInt() != 0,
                              m_current.value(2).toString()};
    m_current.finish();
    return record;
}

Result<qint64> SyncStore::PushStatements::purgedVersion(const QString& accountId, const QString& entity,
                                                        const QString& id) {
    if (Status ran = m_database.run(m_purged, {accountId, entity, id}); !ran)
        return ran.error();
    const qint64 version = m_purged.next() ? m_purged.value(0).toLongLong() : 0;
    m_purged.finish();
    return version;
}

Result<std::optional<SyncStore::AppliedChange>> SyncStore::PushStatements::applied(const QString& accountId,
                                                                                   const QString& entity,
                                                                                   const QString& id,
                                                                                   qint64 baseVersion) {
    if (Status ran = m_database.run(m_applied, {accountId, entity, id, baseVersion}); !ran)
        return ran.error();
    std::optional<AppliedChange> change;
    if (m_applied.next())
        change = AppliedChange{m_applied.value(0).toString(), m_applied.value(1).toLongLong(),
                               m_applied.value(2).toString()};
    m_applied.finish();
    return change;
}

Status SyncStore::PushStatements::write(const RecordWrite& record, bool exists) {
    const int deleted = record.deleted ? 1 : 0;
    return exists ? m_database.run(m_update, {record.version, record.seq, deleted, record.payload,
                                              record.updatedAt, record.deletedAt, record.changedBy,
                                              record.accountId, record.entity, record.id})
                  : m_database.run(m_insert, {record.accountId, record.entity, record.id, record.version,
                                              record.seq, deleted, record.payload, record.updatedAt,
                                              record.deletedAt, record.changedBy});
}

Status SyncStore::PushStatements::forgetPurged(const QString& accountId, const QString& entity,
                                               const QString& id) {
    return m_database.run(m_forgetPurged, {accountId, entity, id});
}

Status SyncStore::PushStatements::rememberApplied(const QString& accountId, const QString& entity,
                                                  const QString& id, qint64 baseVersion,
                                                  const AppliedChange& change) {
    const QVariant device = change.deviceId.isEmpty() ? QVariant() : QVariant(change.deviceId);
    return m_database.run(m_remember,
                          {accountId, entity, id, baseVersion, change.hash, change.resultVersion, device});
}

} // namespace iq::server
