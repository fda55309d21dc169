#pragma once

#include "core/sync/SyncApi.h"
#include "shared/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace iq {

class Database;
struct Campaign;

// The campaign routes of the server (docs/api.md, "Campaigns") with the profile's signed-in session,
// through SyncApi: the same retries, token refresh and error messages as a sync. Answers are the
// server's campaign objects as they came.
class CampaignApi final {
public:
    explicit CampaignApi(SyncApi& api)
        : m_api(api) {}

    // The request body of a submit, exactly as stored in the send queue and sent on every retry.
    static QByteArray submitBody(const Campaign& campaign);

    // POST /campaigns with the Idempotency-Key header: the same key and body always get the first
    // answer, so a retry never sends twice.
    Result<QJsonObject> submit(const QString& idempotencyKey, const QByteArray& body);
    // GET /campaigns/{id}: the campaign object with its "messages".
    Result<QJsonObject> get(const QString& id);
    // GET /campaigns: newest first.
    Result<QList<QJsonObject>> list();
    Result<QJsonObject> pause(const QString& id);
    Result<QJsonObject> resume(const QString& id);
    Result<QJsonObject> cancel(const QString& id);

    // The server's code for the last refused request ("invalid_state", "idempotency_conflict").
    const QString& lastErrorCode() const { return m_api.lastApiErrorCode(); }

private:
    Result<QJsonObject> object(const Result<HttpReply>& reply);

    SyncApi& m_api;
};

// Sends the campaigns that wait in the profile's send queue (made offline, or cut off before the
// answer), oldest first, each with the key and body it was queued with. Run when a sync starts and
// before a new send. A send that cannot reach the server stays for next time; one the server refuses
// stays too, with the server's reason shown with the draft, so nothing the owner pressed Send on is
// silently dropped.
class CampaignSendQueue final {
public:
    CampaignSendQueue(Database& database, SyncApi& api)
        : m_database(database)
        , m_api(api) {}

    struct Flushed {
        int sent = 0;    // taken by the server
        int refused = 0; // refused for good
        int waiting = 0; // still queued (no connection)
        QStringList problems;
    };
    Result<Flushed> flush();
    // One campaign's queued send; *reached says whether the server answered at all.
    Result<QJsonObject> flushOne(const QString& campaignId, bool* reached = nullptr);

private:
    Database& m_database;
    SyncApi& m_api;
};

} // namespace iq
