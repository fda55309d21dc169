#include "core/store/ConflictStore.h"

#include "core/store/ChangeNotifier.h"
#include "core/store/Database.h"
#include "core/store/LocalRecords.h"
#include "core/store/Outbox.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace iq {
namespace {

QJsonValue parseValue(const QString& text) {
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]");
    return document.array().isEmpty() ? QJsonValue() : document.array().first();
}

Entity notifierEntity(const QString& entity) {
    if (entity == QLatin1String("contact"))
        return Entity::Contact;
    if (entity == QLatin1String("group"))
        return Entity::Group;
    if (entity == QLatin1String("membership"))
        return Entity::Membership;
    return Entity::Any;
}

} // namespace

ConflictStore::ConflictStore(Database& database, ChangeNotifier* notifier, const Clock* clock)
    : m_database(database)
    , m_notifier(notifier)
    , m_clock(clock ? *clock : Clock::system()) {}

Result<QList<SyncConflict>> ConflictStore::open() {
    auto query = m_database.exec(QStringLiteral(
        "SELECT seq, entity, record_id, kind, field, local_value, server_value, server_version, "
        "detected_at FROM sync_conflicts WHERE resolution IS NULL ORDER BY seq"));
    if (!query)
        return query.error();
    QList<SyncConflict> conflicts;
    QSqlQuery& q = query.value();
    while (q.next()) {
        conflicts.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), parseValue(q.value(5).toString()),
                          parseValue(q.value(6).toString()), q.value(7).toLongLong(),
                          fromStoredTime(q.value(8).toString()), QString()});
    }
    for (SyncConflict& conflict : conflicts)
        conflict.recordName = recordName(conflict);
    return conflicts;
}

QString ConflictStore::recordName(const SyncConflict& conflict) {
    QString name;
    if (conflict.entity == QLatin1String("contact") || conflict.entity == QLatin1String("group")) {
        const QString sql = conflict.entity == QLatin1String("contact")
                                ? QStringLiteral("SELECT list_name FROM contacts WHERE id = ?")
                                : QStringLiteral("SELECT name FROM groups WHERE id = ?");
        auto query = m_database.exec(sql, {conflict.recordId});
        if (query && query.value().next())
            name = query.value().value(0).toString();
    }
    // A record deleted here is known by the name its conflict kept.
    if (name.isEmpty())
        name = conflict.localValue.toObject().value(QStringLiteral("name")).toString();
    return name;
}

Result<int> ConflictStore::openCount() {
    auto query =
        m_database.exec(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolution IS NULL"));
    if (!query)
        return query.error();
    query.value().next();
    return query.value().value(0).toInt();
}

Result<SyncConflict> ConflictStore::get(qint64 seq) {
    auto all = open();
    if (!all)
        return all.error();
    for (const SyncConflict& conflict : all.value()) {
        if (conflict.seq == seq)
            return conflict;
    }
    return Error::make(
        Error::Code::NotFound,
        QCoreApplication::translate("iq::ConflictStore", "There is no open conflict number %1.").arg(seq));
}

Status ConflictStore::resolve(qint64 seq, const QString& resolution) {
    auto resolved = m_database.exec(
        QStringLiteral(
            "UPDATE sync_conflicts SET resolution = ?, resolved_at = ? WHERE seq = ? AND resolution IS NULL"),
        {resolution, toStoredTime(m_clock.now()), seq});
    return resolved ? Status() : Status(resolved.error());
}

Status ConflictStore::keepServer(qint64 seq) {
    if (auto conflict = get(seq); !conflict)
        return conflict.error();
    return resolve(seq, QStringLiteral("kept_server"));
}

Status ConflictStore::reapplyLocal(qint64 seq) {
    auto found = get(seq);
    if (!found)
        return found.error();
    const SyncConflict conflict = found.value();
    Status status = m_database.transaction([&]() -> Status {
        LocalRecords records(m_database);
        auto base = m_database.exec(
            QStringLiteral("SELECT version FROM sync_base WHERE entity = ? AND record_id = ?"),
            {conflict.entity, conflict.recordId});
        if (!base)
            return base.error();
        const qint64 version =
            base.value().next() ? base.value().value(0).toLongLong() : conflict.serverVersion;
        base.value().finish();
        if (conflict.kind == QLatin1String("edited_on_server")) {
            // The owner's deletion stands after all.
            if (Status s = records.remove(conflict.entity, conflict.recordId, version); !s)
                return s;
            if (Status s = Outbox::append(m_database, m_clock, conflict.entity, conflict.recordId,
                                          Outbox::Operation::Delete, version,
                                          QJsonObject{{QStringLiteral("id"), conflict.recordId}});
                !s)
                return s;
            return resolve(conflict.seq, QStringLiteral("reapplied_local"));
        }
        QJsonObject payload;
        if (conflict.kind == QLatin1String("deleted_on_server")) {
            payload = conflict.localValue.toObject();
        } else {
            auto current = records.read(conflict.entity, conflict.recordId);
            if (!current)
                return current.error();
            if (!current.value())
                return Error::make(Error::Code::NotFound,
                                   QCoreApplication::translate(
                                       "iq::ConflictStore", "The %1 %2 no longer exists; its value cannot be "
                                                            "re-applied.")
                                       .arg(conflict.entity, conflict.recordId));
            payload = *current.value();
            payload.insert(conflict.field, conflict.localValue);
        }
        if (Status s = records.write(conflict.entity, conflict.recordId, payload, version); !s)
            return s;
        if (Status s = Outbox::append(m_database, m_clock, conflict.entity, conflict.recordId,
                                      Outbox::Operation::Upsert, version, payload);
            !s)
            return s;
        return resolve(conflict.seq, QStringLiteral("reapplied_local"));
    });
    if (status && m_notifier)
        m_notifier->announce(notifierEntity(conflict.entity), {conflict.recordId});
    return status;
}

} // namespace iq
