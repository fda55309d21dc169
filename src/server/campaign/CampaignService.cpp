#include "server/campaign/CampaignService.h"

#include "server/campaign/AudienceExpander.h"
#include "server/campaign/MessageRecord.h"
#include "server/store/AccountStore.h"
#include "server/store/ServerDatabase.h"
#include "server/sync/SyncService.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace iq::server {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("iq::server::CampaignService", text);
}

ApiError conflict(const QString& code, const QString& message) {
    return ApiError{409, code, {}, message, 0};
}

ApiError noSuchCampaign(const QString& id) {
    return ApiError{404, QStringLiteral("not_found"), {}, tr("There is no campaign \"%1\".").arg(id), 0};
}

std::optional<ApiError> checkKey(const QByteArray& key) {
    const QString field = QStringLiteral("Idempotency-Key");
    if (key.size() < 16 || key.size() > 100)
        return ApiError::invalidField(field,
                                      tr("The header \"Idempotency-Key\" must hold 16 to 100 printable "
                                         "ASCII characters, made once when the user pressed Send."));
    for (const char c : key) {
        if (c < 0x21 || c > 0x7e)
            return ApiError::invalidField(field,
                                          tr("The header \"Idempotency-Key\" must hold only printable ASCII "
                                             "characters."));
    }
    return std::nullopt;
}

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonValue nullable(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

CampaignService::CampaignService(ServerDatabase& database, SyncService& sync, const Clock& clock,
                                 const PhoneNumbers& phones)
    : m_database(database)
    , m_sync(sync)
    , m_clock(clock)
    , m_phones(phones)
    , m_campaigns(database)
    , m_queue(database)
    , m_records(database) {}

Outcome<CampaignService::Answer> CampaignService::submit(const QString& accountId, const QByteArray& key,
                                                         const QJsonObject& body) {
    if (auto refused = checkKey(key))
        return *refused;
    auto request = CampaignRequest::parse(body);
    if (!request.ok())
        return request.error();
    const CampaignRequest& campaign = request.value();
    std::optional<ApiError> refusal;
    Answer answer;
    const Status status = m_database.transaction([&]() -> Status {
        // One submission of an account at a time, across every server process: the key check and the
        // insert cannot interleave with a retry's.
        if (Status locked = m_database.lockAccount(accountId); !locked)
            return locked;
        auto previous = m_campaigns.byKey(accountId, QString::fromLatin1(key));
        if (!previous)
            return previous.error();
        if (previous.value()) {
            if (previous.value()->requestHash != campaign.hash()) {
                refusal = conflict(QStringLiteral("idempotency_conflict"),
                                   tr("This Idempotency-Key was used for another request; make a new key for "
                                      "a new campaign."));
                return Status::success();
            }
            answer = {previous.value()->answerStatus, objectFrom(previous.value()->answer)};
            return Status::success();
        }
        auto existing = m_campaigns.byId(accountId, campaign.id);
        if (!existing)
            return existing.error();
        if (existing.value()) {
            refusal = conflict(QStringLiteral("campaign_exists"),
                               tr("The campaign \"%1\" was submitted already, with another Idempotency-Key.")
                                   .arg(campaign.id));
            return Status::success();
        }
        const QDateTime now = m_clock.now();
        CampaignStore::Row row;
        row.accountId = accountId;
        row.id = campaign.id;
        row.idempotencyKey = QString::fromLatin1(key);
        row.requestHash = campaign.hash();
        row.request = compact(campaign.json);
        row.excluded = QStringLiteral("{}");
        row.createdAt = row.updatedAt = toStoredTime(now);
        const bool later = campaign.scheduledAt.isValid() && campaign.scheduledAt > now;
        row.scheduledAt = campaign.scheduledAt.isValid() ? campaign.scheduledAt.toSecsSinceEpoch() : 0;
        row.state = later ? QStringLiteral("scheduled") : QStringLiteral("sending");
        if (!later) {
            if (Status expanded = expand(row, campaign); !expanded)
                return expanded;
        }
        auto object = objectOf(row);
        if (!object)
            return object.error();
        answer = {201, object.value()};
        row.answerStatus = 201;
        row.answer = compact(object.value());
        if (Status inserted = m_campaigns.insert(row); !inserted)
            return inserted;
        return writeRecord(row, object.value());
    });
    if (!status)
        return ApiError::fromStorage(status.error());
    if (refusal)
        return *refusal;
    return answer;
}

Status CampaignService::expand(CampaignStore::Row& row, const CampaignRequest& request) {
    auto profile = AccountStore(m_database).profile(row.accountId);
    if (!profile)
        return profile.error();
    const QString businessName = profile.value() ? profile.value()->name : QString();
    AudienceExpander expander(m_records, m_phones);
    auto expansion = expander.expand(row.accountId, request, businessName, m_clock.now());
    if (!expansion)
        return expansion.error();
    if (Status queued = m_queue.enqueue(expansion->messages); !queued)
        return queued;
    if (Status written = m_sync.writeRecords(row.accountId, expansion->records); !written)
        return written;
    QJsonObject excluded;
    for (auto it = expansion->excluded.cbegin(); it != expansion->excluded.cend(); ++it)
        excluded.insert(it.key(), it.value());
    row.excluded = compact(excluded);
    row.expanded = true;
    row.state = QStringLiteral("sending");
    if (expansion->messages.isEmpty()) {
        row.state = QStringLiteral("sent");
        row.sentAt = toStoredTime(m_clock.now());
    }
    return Status::success();
}

Result<QJsonObject> CampaignService::objectOf(const CampaignStore::Row& row) {
    auto counts = m_queue.statusCounts(row.accountId, row.id);
    if (!counts)
        return counts.error();
    const QHash<QString, qint64>& c = counts.value();
    qint64 recipients = 0;
    for (const qint64 n : c)
        recipients += n;
    const QJsonObject excluded = objectFrom(row.excluded);
    qint64 excludedTotal = 0;
    for (const QJsonValue n : excluded)
        excludedTotal += n.toInteger();
    const auto count = [&c](const char* status) {
        return c.value(QLatin1String(status));
    };
    const QJsonObject request = objectFrom(row.request);
    return QJsonObject{
        {QStringLiteral("id"), row.id},
        {QStringLiteral("name"), request.value(QStringLiteral("name")).toString().trimmed()},
        {QStringLiteral("channel"), request.value(QStringLiteral("channel"))},
        {QStringLiteral("kind"), request.value(QStringLiteral("kind")).toString(QStringLiteral("marketing"))},
        {QStringLiteral("status"), row.state},
        {QStringLiteral("scheduledAt"),
         row.scheduledAt > 0
             ? QJsonValue(toStoredTime(QDateTime::fromSecsSinceEpoch(row.scheduledAt, Qt::UTC)))
             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("createdAt"), row.createdAt},
        {QStringLiteral("sentAt"), nullable(row.sentAt)},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("recipients"), recipients},
                                               {QStringLiteral("held"), count("held")},
                                               {QStringLiteral("excluded"), excludedTotal},
                                               {QStringLiteral("queued"), count("queued") + count("held")},
                                               {QStringLiteral("sent"), count("sent")},
                                               {QStringLiteral("delivered"), count("delivered")},
                                               {QStringLiteral("failed"), count("failed")},
                                               {QStringLiteral("undeliverable"), count("undeliverable")},
                                               {QStringLiteral("skipped"), count("skipped")}}},
        {QStringLiteral("excluded"), excluded}};
}

Status CampaignService::writeRecord(const CampaignStore::Row& row, const QJsonObject& object) {
    // A campaign record the client pushed keeps its own keys; the server's say where it stands.
    auto current = m_sync.readRecord(row.accountId, QStringLiteral("campaign"), row.id);
    if (!current)
        return current.error();
    QJsonObject payload = current.value().value_or(QJsonObject());
    const QJsonObject request = objectFrom(row.request);
    payload.insert(QStringLiteral("id"), row.id);
    for (const char* key : {"name", "channel", "kind", "scheduledAt", "sentAt", "status", "counts"})
        payload.insert(QLatin1String(key), object.value(QLatin1String(key)));
    for (const char* key : {"contentId", "subject", "body", "timeZone"})
        payload.insert(QLatin1String(key), request.value(QLatin1String(key)));
    QJsonObject audience;
    const QJsonObject submitted = request.value(QStringLiteral("audience")).toObject();
    for (const char* key : {"groups", "excludeGroups", "contacts"})
        audience.insert(QLatin1String(key), submitted.value(QLatin1String(key)).toArray());
    payload.insert(QStringLiteral("audience"), audience);
    if (payload.value(QStringLiteral("timeZone")).isUndefined())
        payload.insert(QStringLiteral("timeZone"), QJsonValue(QJsonValue::Null));
    payload.insert(QStringLiteral("idempotencyKey"), row.idempotencyKey);
    return m_sync.writeRecords(row.accountId, {{QStringLiteral("campaign"), row.id, payload}});
}

Outcome<QJsonObject> CampaignService::list(const QString& accountId) {
    auto rows = m_campaigns.list(accountId);
    if (!rows)
        return ApiError::fromStorage(rows.error());
    QJsonArray campaigns;
    for (const CampaignStore::Row& row : rows.value()) {
        auto object = objectOf(row);
        if (!object)
            return ApiError::fromStorage(object.error());
        campaigns.append(object.value());
    }
    return QJsonObject{{QStringLiteral("campaigns"), campaigns}};
}

Outcome<QJsonObject> CampaignService::get(const QString& accountId, const QString& id) {
    auto row = m_campaigns.byId(accountId, id);
    if (!row)
        return ApiError::fromStorage(row.error());
    if (!row.value())
        return noSuchCampaign(id);
    auto object = objectOf(*row.value());
    if (!object)
        return ApiError::fromStorage(object.error());
    auto messages = m_queue.list(accountId, id);
    if (!messages)
        return ApiError::fromStorage(messages.error());
    QJsonArray list;
    for (const DeliveryQueue::Listed& m : messages.value())
        list.append(QJsonObject{{QStringLiteral("id"), m.messageId},
                                {QStringLiteral("contactId"), nullable(m.contactId)},
                                {QStringLiteral("to"), m.address},
                                {QStringLiteral("status"), m.status},
                                {QStringLiteral("errorCode"), m.errorCode},
                                {QStringLiteral("errorMessage"), m.errorMessage}});
    QJsonObject answer = object.value();
    answer.insert(QStringLiteral("messages"), list);
    return answer;
}

Outcome<QJsonObject> CampaignService::change(const QString& accountId, const QString& id, Change change) {
    std::optional<ApiError> refusal;
    QJsonObject answer;
    const Status status = m_database.transaction([&]() -> Status {
        if (Status locked = m_database.lockAccount(accountId); !locked)
            return locked;
        auto found = m_campaigns.byId(accountId, id);
        if (!found)
            return found.error();
        if (!found.value()) {
            refusal = noSuchCampaign(id);
            return Status::success();
        }
        CampaignStore::Row row = *found.value();
        const QString& state = row.state;
        const bool allowed = change == Change::Pause
                                 ? (state == QLatin1String("sending") || state == QLatin1String("scheduled"))
                             : change == Change::Resume
                                 ? state == QLatin1String("paused")
                                 : (state == QLatin1String("scheduled") ||
                                    state == QLatin1String("sending") || state == QLatin1String("paused"));
        if (!allowed) {
            refusal = conflict(QStringLiteral("invalid_state"),
                               tr("The campaign is %1; that does not allow this.").arg(state));
            return Status::success();
        }
        Status done;
        if (change == Change::Pause) {
            row.state = QStringLiteral("paused");
            done = m_queue.setPaused(accountId, id, true);
        } else if (change == Change::Resume) {
            row.state = row.expanded ? QStringLiteral("sending") : QStringLiteral("scheduled");
            done = m_queue.setPaused(accountId, id, false);
        } else {
            row.state = QStringLiteral("cancelled");
            done = skipUnsent(row);
        }
        if (!done)
            return done;
        row.updatedAt = toStoredTime(m_clock.now());
        if (Status updated = m_campaigns.update(row); !updated)
            return updated;
        auto object = objectOf(row);
        if (!object)
            return object.error();
        answer = object.value();
        return writeRecord(row, answer);
    });
    if (!status)
        return ApiError::fromStorage(status.error());
    if (refusal)
        return *refusal;
    return answer;
}

Status CampaignService::skipUnsent(const CampaignStore::Row& row) {
    const QDateTime now = m_clock.now();
    auto skipped = m_queue.skipUnsent(row.accountId, row.id, now.toMSecsSinceEpoch());
    if (!skipped)
        return skipped.error();
    QList<ServerRecord> records;
    for (const QString& messageId : std::as_const(skipped.value())) {
        auto payload = m_sync.readRecord(row.accountId, QStringLiteral("message"), messageId);
        if (!payload)
            return payload.error();
        QJsonObject message = payload.value().value_or(QJsonObject());
        messagerecord::advance(message, QStringLiteral("skipped"), now,
                               QStringLiteral("The campaign was cancelled"));
        records.append({QStringLiteral("message"), messageId, message});
    }
    return m_sync.writeRecords(row.accountId, records);
}

Status CampaignService::startDue() {
    auto due = m_campaigns.due(m_clock.now().toSecsSinceEpoch());
    if (!due)
        return due.error();
    for (const auto& [accountId, id] : std::as_const(due.value())) {
        const Status started = m_database.transaction([&, accountId = accountId, id = id]() -> Status {
            if (Status locked = m_database.lockAccount(accountId); !locked)
                return locked;
            auto found = m_campaigns.byId(accountId, id);
            if (!found)
                return found.error();
            // Another process may have started it meanwhile, or the owner paused or cancelled it.
            if (!found.value() || found.value()->state != QLatin1String("scheduled"))
                return Status::success();
            CampaignStore::Row row = *found.value();
            auto request = CampaignRequest::parse(objectFrom(row.request));
            if (!request.ok()) {
                row.state = QStringLiteral("failed");
            } else if (Status expanded = expand(row, request.value()); !expanded) {
                return expanded;
            }
            row.updatedAt = toStoredTime(m_clock.now());
            if (Status updated = m_campaigns.update(row); !updated)
                return updated;
            auto object = objectOf(row);
            if (!object)
                return object.error();
            return writeRecord(row, object.value());
        });
        if (!started)
            return started;
    }
    return Status::success();
}

Status CampaignService::refresh(const QString& accountId, const QString& campaignId) {
    return m_database.transaction([&]() -> Status {
        if (Status locked = m_database.lockAccount(accountId); !locked)
            return locked;
        auto found = m_campaigns.byId(accountId, campaignId);
        if (!found)
            return found.error();
        if (!found.value())
            return Status::success();
        CampaignStore::Row row = *found.value();
        auto object = objectOf(row);
        if (!object)
            return object.error();
        const QJsonObject counts = object->value(QStringLiteral("counts")).toObject();
        if (row.state == QLatin1String("sending") &&
            counts.value(QStringLiteral("queued")).toInteger() == 0) {
            row.state = QStringLiteral("sent");
            row.sentAt = toStoredTime(m_clock.now());
            row.updatedAt = row.sentAt;
            if (Status updated = m_campaigns.update(row); !updated)
                return updated;
            object = objectOf(row);
            if (!object)
                return object.error();
        }
        return writeRecord(row, object.value());
    });
}

} // namespace iq::server
