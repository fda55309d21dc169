#include "server/store/DeliveryQueue.h"

#include "server/store/ServerDatabase.h"

#include <QSqlQuery>
#include <QVariant>

namespace iq::server {
namespace {

const QString kLeased =
    QStringLiteral("message_id, account_id, campaign_id, contact_id, channel, address, "
                   "body, segments, status, not_before, state, error_code, error_message, "
                   "attempts, position");

DeliveryQueue::Message messageOf(const QSqlQuery& query) {
    DeliveryQueue::Message m;
    m.messageId = query.value(0).toString();
    m.accountId = query.value(1).toString();
    m.campaignId = query.value(2).toString();
    m.contactId = query.value(3).toString();
    m.channel = query.value(4).toString();
    m.address = query.value(5).toString();
    m.body = query.value(6).toString();
    m.segments = query.value(7).toInt();
    m.status = query.value(8).toString();
    m.notBefore = query.value(9).toLongLong();
    m.state = query.value(10).toString();
    m.errorCode = query.value(11).toString();
    m.errorMessage = query.value(12).toString();
    m.attempts = query.value(13).toInt();
    m.position = query.value(14).toLongLong();
    return m;
}

// QtSql binds a null QString as NULL: the text columns that are NOT NULL get an empty string instead.
QString text(const QString& value) {
    return value.isNull() ? QStringLiteral("") : value;
}

QStringList ids(QSqlQuery& query) {
    QStringList result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

} // namespace

Status DeliveryQueue::enqueue(const QList<Message>& messages) {
    if (messages.isEmpty())
        return Status::success();
    auto insert = m_database.prepare(
        QStringLiteral("INSERT INTO delivery_queue (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kLeased));
    if (!insert)
        return insert.error();
    for (const Message& m : messages) {
        const QVariant contact = m.contactId.isEmpty() ? QVariant() : QVariant(m.contactId);
        if (Status ran = m_database.run(insert.value(),
                                        {m.messageId, m.accountId, text(m.campaignId), contact, m.channel,
                                         m.address, text(m.body), m.segments, m.status, m.notBefore, m.state,
                                         text(m.errorCode), text(m.errorMessage), m.attempts, m.position});
            !ran)
            return ran;
    }
    return Status::success();
}

Result<QList<DeliveryQueue::Message>> DeliveryQueue::lease(const QString& owner, qint64 nowMs,
                                                           qint64 leaseUntilMs, int limit) {
    const QString skipLocked = m_database.dialect() == ServerDatabase::Dialect::Postgres
                                   ? QStringLiteral(" FOR UPDATE SKIP LOCKED")
                                   : QString();
    QList<Message> leased;
    const Status status = m_database.transaction([&]() -> Status {
        auto taken = m_database.exec(
            QStringLiteral(
                "UPDATE delivery_queue SET lease_owner = ?, lease_expires = ?, attempts = attempts + 1 "
                "WHERE message_id IN (SELECT message_id FROM delivery_queue WHERE state = 'pending' "
                "AND not_before <= ? AND lease_expires <= ? ORDER BY not_before, position LIMIT ?%1) "
                "RETURNING %2")
                .arg(skipLocked, kLeased),
            {owner, leaseUntilMs, nowMs, nowMs, limit});
        if (!taken)
            return taken.error();
        while (taken.value().next())
            leased.append(messageOf(taken.value()));
        return Status::success();
    });
    if (!status)
        return status.error();
    return leased;
}

namespace {
const QString kFinish = QStringLiteral(
    "UPDATE delivery_queue SET status = ?, error_code = ?, error_message = ?, not_before = ?, state = ?, "
    "lease_owner = NULL, lease_expires = 0 WHERE message_id = ? AND lease_owner = ? AND status = ? AND state "
    "= "
    "'pending'");

QVariantList finishValues(const QString& owner, const DeliveryQueue::Step& step) {
    return {step.status,
            text(step.errorCode),
            text(step.errorMessage),
            step.notBefore,
            step.done ? QStringLiteral("done") : QStringLiteral("pending"),
            step.messageId,
            owner,
            step.fromStatus};
}
} // namespace

Result<bool> DeliveryQueue::finish(const QString& owner, const Step& step) {
    auto updated = m_database.exec(kFinish, finishValues(owner, step));
    if (!updated)
        return updated.error();
    return updated.value().numRowsAffected() == 1;
}

Result<QList<bool>> DeliveryQueue::finishAll(const QString& owner, const QList<Step>& steps) {
    QList<bool> written;
    if (steps.isEmpty())
        return written;
    auto update = m_database.prepare(kFinish);
    if (!update)
        return update.error();
    for (const Step& step : steps) {
        if (Status ran = m_database.run(update.value(), finishValues(owner, step)); !ran)
            return ran.error();
        written.append(update.value().numRowsAffected() == 1);
    }
    return written;
}

Status DeliveryQueue::release(const QString& owner, const QString& messageId) {
    auto updated =
        m_database.exec(QStringLiteral("UPDATE delivery_queue SET lease_owner = NULL, lease_expires = 0 "
                                       "WHERE message_id = ? AND lease_owner = ?"),
                        {messageId, owner});
    if (!updated)
        return updated.error();
    return Status::success();
}

Result<QHash<QString, qint64>> DeliveryQueue::statusCounts(const QString& accountId,
                                                           const QString& campaignId) {
    auto found =
        m_database.exec(QStringLiteral("SELECT status, COUNT(*) FROM delivery_queue WHERE account_id = ? "
                                       "AND campaign_id = ? GROUP BY status"),
                        {accountId, text(campaignId)});
    if (!found)
        return found.error();
    QHash<QString, qint64> counts;
    while (found.value().next())
        counts.insert(found->value(0).toString(), found->value(1).toLongLong());
    return counts;
}

Result<QList<DeliveryQueue::Listed>> DeliveryQueue::list(const QString& accountId,
                                                         const QString& campaignId) {
    auto found = m_database.exec(
        QStringLiteral("SELECT message_id, contact_id, address, status, error_code, error_message FROM "
                       "delivery_queue WHERE account_id = ? AND campaign_id = ? ORDER BY position"),
        {accountId, campaignId});
    if (!found)
        return found.error();
    QList<Listed> rows;
    while (found.value().next()) {
        const QSqlQuery& q = found.value();
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }
    return rows;
}

Status DeliveryQueue::setPaused(const QString& accountId, const QString& campaignId, bool paused) {
    auto updated = m_database.exec(
        QStringLiteral(
            "UPDATE delivery_queue SET state = ? WHERE account_id = ? AND campaign_id = ? AND state = ? "
            "AND status IN ('queued', 'held')"),
        {paused ? QStringLiteral("paused") : QStringLiteral("pending"), accountId, campaignId,
         paused ? QStringLiteral("pending") : QStringLiteral("paused")});
    if (!updated)
        return updated.error();
    return Status::success();
}

Result<QStringList> DeliveryQueue::skipUnsent(const QString& accountId, const QString& campaignId,
                                              qint64 nowMs) {
    auto skipped = m_database.exec(
        QStringLiteral(
            "UPDATE delivery_queue SET status = 'skipped', state = 'done', lease_owner = NULL, "
            "lease_expires = 0 WHERE account_id = ? AND campaign_id = ? AND state <> 'done' AND status "
            "IN ('queued', 'held') AND lease_expires <= ? RETURNING message_id"),
        {accountId, campaignId, nowMs});
    if (!skipped)
        return skipped.error();
    return ids(skipped.value());
}

Result<QStringList> DeliveryQueue::skipUnsentTo(const QString& accountId, const QString& channel,
                                                const QString& address, qint64 nowMs) {
    auto skipped = m_database.exec(
        QStringLiteral(
            "UPDATE delivery_queue SET status = 'skipped', state = 'done', lease_owner = NULL, "
            "lease_expires = 0 WHERE account_id = ? AND channel = ? AND address = ? AND campaign_id "
            "<> '' AND state <> 'done' AND status IN ('queued', 'held') AND lease_expires <= ? "
            "RETURNING message_id"),
        {accountId, channel, address, nowMs});
    if (!skipped)
        return skipped.error();
    return ids(skipped.value());
}

} // namespace iq::server
