#pragma once

#include "shared/util/Result.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace iq::server {

class ServerDatabase;

// The campaigns table: each submitted campaign with its request, idempotency key and stored answer, and
// the state it is in.
class CampaignStore final {
public:
    struct Row {
        QString accountId;
        QString id;
        QString idempotencyKey;
        QString requestHash;
        QString request; // compact JSON, as submitted
        int answerStatus = 201;
        QString answer; // compact JSON: the first answer, given again to a retry
        QString state;  // scheduled, sending, paused, sent, cancelled, failed
        bool expanded = false;
        qint64 scheduledAt = 0; // epoch seconds; 0: at once
        QString excluded;       // JSON object of counts by reason
        QString createdAt;
        QString updatedAt;
        QString sentAt; // empty until sent
    };

    explicit CampaignStore(ServerDatabase& database)
        : m_database(database) {}

    Result<std::optional<Row>> byKey(const QString& accountId, const QString& idempotencyKey);
    Result<std::optional<Row>> byId(const QString& accountId, const QString& id);
    // Newest first.
    Result<QList<Row>> list(const QString& accountId);
    Status insert(const Row& row);
    // Writes state, expanded, excluded, updated_at and sent_at.
    Status update(const Row& row);
    // Scheduled campaigns whose time has come: (account, id) pairs.
    Result<QList<std::pair<QString, QString>>> due(qint64 nowSeconds);
    // Campaigns still sending: (account, id) pairs, to see whether they are done.
    Result<QList<std::pair<QString, QString>>> sending();

private:
    ServerDatabase& m_database;
};

} // namespace iq::server
