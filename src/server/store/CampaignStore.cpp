#include "server/store/CampaignStore.h"

#include "server/store/ServerDatabase.h"

#include <QSqlQuery>
#include <QVariant>

namespace iq::server {
namespace {

const QString kColumns = QStringLiteral(
    "account_id, id, idempotency_key, request_hash, request, answer_status, answer, state, expanded, "
    "scheduled_at, excluded, created_at, updated_at, sent_at");

CampaignStore::Row rowOf(const QSqlQuery& query) {
    CampaignStore::Row row;
    row.accountId = query.value(0).toString();
    row.id = query.value(1).toString();
    row.idempotencyKey = query.value(2).toString();
    row.requestHash = query.value(3).toString();
    row.request = query.value(4).toString();
    row.answerStatus = query.value(5).toInt();
    row.answer = query.value(6).toString();
    row.state = query.value(7).toString();
    row.expanded = query.value(8).toInt() != 0;
    row.scheduledAt = query.value(9).toLongLong();
    row.excluded = query.value(10).toString();
    row.createdAt = query.value(11).toString();
    row.updatedAt = query.value(12).toString();
    row.sentAt = query.value(13).toString();
    return row;
}

QVariant orNull(const QString& text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

Result<std::optional<CampaignStore::Row>> CampaignStore::byKey(const QString& accountId,
                                                               const QString& idempotencyKey) {
    auto found = m_database.exec(QStringLiteral("SELECT %1 FROM campaigns WHERE account_id = ? AND "
                                                "idempotency_key = ?")
                                     .arg(kColumns),
                                 {accountId, idempotencyKey});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<Row>();
    return std::optional<Row>(rowOf(found.value()));
}

Result<std::optional<CampaignStore::Row>> CampaignStore::byId(const QString& accountId, const QString& id) {
    auto found = m_database.exec(
        QStringLiteral("SELECT %1 FROM campaigns WHERE account_id = ? AND id = ?").arg(kColumns),
        {accountId, id});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<Row>();
    return std::optional<Row>(rowOf(found.value()));
}

Result<QList<CampaignStore::Row>> CampaignStore::list(const QString& accountId) {
    auto found = m_database.exec(
        QStringLiteral("SELECT %1 FROM campaigns WHERE account_id = ? ORDER BY created_at DESC, id")
            .arg(kColumns),
        {accountId});
    if (!found)
        return found.error();
    QList<Row> rows;
    while (found.value().next())
        rows.append(rowOf(found.value()));
    return rows;
}

Status CampaignStore::insert(const Row& row) {
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO campaigns (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kColumns),
        {row.accountId, row.id, row.idempotencyKey, row.requestHash, row.request, row.answerStatus,
         row.answer, row.state, row.expanded ? 1 : 0, row.scheduledAt, row.excluded, row.createdAt,
         row.updatedAt, orNull(row.sentAt)});
    if (!inserted)
        return inserted.error();
    return Status::success();
}

Status CampaignStore::update(const Row& row) {
    auto updated = m_database.exec(
        QStringLiteral(
            "UPDATE campaigns SET state = ?, expanded = ?, excluded = ?, updated_at = ?, sent_at = ? "
            "WHERE account_id = ? AND id = ?"),
        {row.state, row.expanded ? 1 : 0, row.excluded, row.updatedAt, orNull(row.sentAt), row.accountId,
         row.id});
    if (!updated)
        return updated.error();
    return Status::success();
}

Result<QList<std::pair<QString, QString>>> CampaignStore::due(qint64 nowSeconds) {
    auto found = m_database.exec(QStringLiteral("SELECT account_id, id FROM campaigns WHERE state = "
                                                "'scheduled' AND scheduled_at <= ? ORDER BY scheduled_at"),
                                 {nowSeconds});
    if (!found)
        return found.error();
    QList<std::pair<QString, QString>> pairs;
    while (found.value().next())
        pairs.append({found->value(0).toString(), found->value(1).toString()});
    return pairs;
}

Result<QList<std::pair<QString, QString>>> CampaignStore::sending() {
    auto found =
        m_database.exec(QStringLiteral("SELECT account_id, id FROM campaigns WHERE state = 'sending'"));
    if (!found)
        return found.error();
    QList<std::pair<QString, QString>> pairs;
    while (found.value().next())
        pairs.append({found->value(0).toString(), found->value(1).toString()});
    return pairs;
}

} // namespace iq::server
