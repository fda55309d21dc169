#include "core/sync/CampaignApi.h"

#include "core/store/CampaignRepository.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace iq {

// The translation context of this file's messages.
class CampaignApiText final {
    Q_DECLARE_TR_FUNCTIONS(iq::CampaignApi)
};

namespace {

QString path(const QString& id, const char* action = nullptr) {
    QString result = QStringLiteral("/api/v1/campaigns/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
    if (action)
        result += QLatin1Char('/') + QLatin1String(action);
    return result;
}

QJsonValue timeOrNull(const QDateTime& time) {
    return time.isValid() ? QJsonValue(toStoredTime(time)) : QJsonValue();
}

// Worth trying again later: no answer, or the server busy or failing. Anything else is its final word.
bool transient(const Error& error) {
    return error.code == Error::Code::Network;
}

} // namespace

QByteArray CampaignApi::submitBody(const Campaign& campaign) {
    const QJsonObject body{{QStringLiteral("id"), campaign.id},
                           {QStringLiteral("name"), campaign.name},
                           {QStringLiteral("channel"), toStorage(campaign.channel)},
                           {QStringLiteral("kind"), campaign::toWire(campaign.kind)},
                           {QStringLiteral("body"), campaign.body},
                           {QStringLiteral("subject"), campaign.subject},
                           {QStringLiteral("contentId"),
                            campaign.contentId.isEmpty() ? QJsonValue() : QJsonValue(campaign.contentId)},
                           {QStringLiteral("audience"), campaign.audience.toJson()},
                           {QStringLiteral("scheduledAt"), timeOrNull(campaign.scheduledAt)},
                           {QStringLiteral("timeZone"),
                            campaign.timeZone.isEmpty() ? QJsonValue() : QJsonValue(campaign.timeZone)}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<QJsonObject> CampaignApi::object(const Result<HttpReply>& reply) {
    if (!reply)
        return reply.error();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply.value().body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error::make(Error::Code::Network,
                           CampaignApiText::tr("The server's answer is not a campaign (HTTP %1).")
                               .arg(reply.value().status));
    return document.object();
}

Result<QJsonObject> CampaignApi::submit(const QString& idempotencyKey, const QByteArray& body) {
    return object(m_api.request("POST", QStringLiteral("/api/v1/campaigns"), body,
                                {{QByteArrayLiteral("Idempotency-Key"), idempotencyKey.toLatin1()}}));
}

Result<QJsonObject> CampaignApi::get(const QString& id) {
    return object(m_api.request("GET", path(id), {}));
}

Result<QList<QJsonObject>> CampaignApi::list() {
    auto answer = object(m_api.request("GET", QStringLiteral("/api/v1/campaigns"), {}));
    if (!answer)
        return answer.error();
    QList<QJsonObject> campaigns;
    for (const QJsonValue& item : answer.value().value(QStringLiteral("campaigns")).toArray())
        campaigns << item.toObject();
    return campaigns;
}

Result<QJsonObject> CampaignApi::pause(const QString& id) {
    return object(m_api.request("POST", path(id, "pause"), QByteArray()));
}

Result<QJsonObject> CampaignApi::resume(const QString& id) {
    return object(m_api.request("POST", path(id, "resume"), QByteArray()));
}

Result<QJsonObject> CampaignApi::cancel(const QString& id) {
    return object(m_api.request("POST", path(id, "cancel"), QByteArray()));
}

Result<QJsonObject> CampaignSendQueue::flushOne(const QString& campaignId, bool* reached) {
    if (reached)
        *reached = false;
    CampaignRepository campaigns(m_database);
    auto queued = campaigns.queuedSend(campaignId);
    if (!queued)
        return queued.error();
    if (!queued.value())
        return Error::make(Error::Code::NotFound,
                           CampaignApiText::tr("No send of campaign %1 is waiting.").arg(campaignId));
    CampaignApi api(m_api);
    auto answer = api.submit(queued.value()->idempotencyKey, queued.value()->request);
    if (!answer) {
        if (transient(answer.error())) {
            campaigns.noteSendFailure(campaignId, answer.errorMessage());
            return answer.error();
        }
        if (reached)
            *reached = true;
        campaigns.noteSendFailure(campaignId, answer.errorMessage());
        return answer.error();
    }
    if (reached)
        *reached = true;
    if (Status stored = campaigns.completeSend(campaignId, answer.value()); !stored)
        return stored.error();
    return answer.value();
}

Result<CampaignSendQueue::Flushed> CampaignSendQueue::flush() {
    auto queued = CampaignRepository(m_database).queuedSends();
    if (!queued)
        return queued.error();
    Flushed flushed;
    for (const QueuedCampaignSend& send : std::as_const(queued.value())) {
        bool reached = false;
        auto answer = flushOne(send.campaignId, &reached);
        if (answer) {
            ++flushed.sent;
            continue;
        }
        flushed.problems << answer.errorMessage();
        if (!reached) {
            // No connection: the rest would fail alike.
            flushed.waiting += int(queued.value().size()) - flushed.sent - flushed.refused;
            break;
        }
        ++flushed.refused;
    }
    return flushed;
}

} // namespace iq
