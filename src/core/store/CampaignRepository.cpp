#include "core/store/CampaignRepository.h"

#include "core/store/ChangeNotifier.h"
#include "core/store/Database.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace iq {

// The translation context of this file's messages.
class CampaignRepositoryText final {
    Q_DECLARE_TR_FUNCTIONS(iq::CampaignRepository)
};

namespace {

QJsonArray toArray(const QStringList& ids) {
    return QJsonArray::fromStringList(ids);
}

QStringList toStrings(const QJsonValue& value) {
    QStringList result;
    for (const QJsonValue& item : value.toArray()) {
        if (item.isString() && !item.toString().isEmpty())
            result << item.toString();
    }
    return result;
}

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectOf(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QVariant timeOrNull(const QDateTime& time) {
    return time.isValid() ? QVariant(toStoredTime(time)) : QVariant();
}

// A time as the server wrote it (ISO 8601), or null.
QVariant serverTime(const QJsonValue& value) {
    if (!value.isString() || value.toString().isEmpty())
        return {};
    QDateTime parsed = fromStoredTime(value.toString());
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return parsed.isValid() ? QVariant(toStoredTime(parsed.toUTC())) : QVariant();
}

const char kColumns[] =
    "c.id, c.name, c.channel, c.kind, c.content_id, c.subject, c.body, c.audience, c.status, c.scheduled_at, "
    "c.time_zone, c.sent_at, c.idempotency_key, c.counts, c.server_version, c.created_at, c.updated_at, "
    "s.campaign_id IS NOT NULL, COALESCE(s.last_error, '')";

Campaign campaignFrom(const QSqlQuery& q) {
    Campaign c;
    c.id = q.value(0).toString();
    c.name = q.value(1).toString();
    c.channel = channelFromStorage(q.value(2).toString()).value_or(Channel::Sms);
    c.kind =
        campaign::campaignKindFromWire(q.value(3).toString()).value_or(campaign::CampaignKind::Marketing);
    c.contentId = q.value(4).toString();
    c.subject = q.value(5).toString();
    c.body = q.value(6).toString();
    c.audience = CampaignAudience::fromJson(objectOf(q.value(7).toString()));
    c.status = q.value(8).toString();
    c.scheduledAt = fromStoredTime(q.value(9).toString());
    c.timeZone = q.value(10).toString();
    c.sentAt = fromStoredTime(q.value(11).toString());
    c.idempotencyKey = q.value(12).toString();
    c.counts = objectOf(q.value(13).toString());
    c.serverVersion = q.value(14).toLongLong();
    c.createdAt = fromStoredTime(q.value(15).toString());
    c.updatedAt = fromStoredTime(q.value(16).toString());
    c.waitingToSend = q.value(17).toBool();
    c.sendError = q.value(18).toString();
    return c;
}

Status validate(const Campaign& c) {
    if (c.name.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput, CampaignRepositoryText::tr("A campaign needs a name."));
    if (c.audience.isEmpty())
        return Error::make(
            Error::Code::InvalidInput,
            CampaignRepositoryText::tr("A campaign needs an audience: at least one group or contact."));
    if (c.body.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           CampaignRepositoryText::tr("A campaign needs a text or a template."));
    return {};
}

} // namespace

QJsonObject CampaignAudience::toJson() const {
    return {{QStringLiteral("groups"), toArray(groups)},
            {QStringLiteral("excludeGroups"), toArray(excludeGroups)},
            {QStringLiteral("contacts"), toArray(contacts)}};
}

CampaignAudience CampaignAudience::fromJson(const QJsonObject& object) {
    return {toStrings(object.value(QStringLiteral("groups"))),
            toStrings(object.value(QStringLiteral("excludeGroups"))),
            toStrings(object.value(QStringLiteral("contacts")))};
}

bool CampaignAudience::operator==(const CampaignAudience& other) const {
    return groups == other.groups && excludeGroups == other.excludeGroups && contacts == other.contacts;
}

CampaignRepository::CampaignRepository(Database& database, ChangeNotifier* notifier, const Clock* clock)
    : m_database(database)
    , m_notifier(notifier)
    , m_clock(clock ? *clock : Clock::system()) {}

Result<Campaign> CampaignRepository::create(Campaign draft) {
    if (Status valid = validate(draft); !valid)
        return valid.error();
    if (draft.id.isEmpty())
        draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = toStoredTime(m_clock.now());
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO campaigns (id, name, channel, kind, content_id, subject, body, audience, "
                       "status, scheduled_at, time_zone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                       "?, ?, 'draft', ?, ?, ?, ?)"),
        {draft.id, draft.name.trimmed(), toStorage(draft.channel), campaign::toWire(draft.kind),
         draft.contentId.isEmpty() ? QVariant() : QVariant(draft.contentId), draft.subject, draft.body,
         compact(draft.audience.toJson()), timeOrNull(draft.scheduledAt),
         draft.timeZone.isEmpty() ? QVariant() : QVariant(draft.timeZone), now, now});
    if (!inserted)
        return inserted.error();
    announce(draft.id);
    return get(draft.id);
}

Result<Campaign> CampaignRepository::editDraft(const Campaign& campaign) {
    if (Status valid = validate(campaign); !valid)
        return valid.error();
    auto current = get(campaign.id);
    if (!current)
        return current.error();
    if (!current.value().isDraft() || current.value().waitingToSend)
        return Error::make(Error::Code::Conflict,
                           CampaignRepositoryText::tr(
                               "Campaign \"%1\" has been sent and can no longer be edited here; pause or "
                               "cancel it instead.")
                               .arg(current.value().name));
    auto updated = m_database.exec(
        QStringLiteral("UPDATE campaigns SET name = ?, kind = ?, content_id = ?, subject = ?, body = ?, "
                       "audience = ?, scheduled_at = ?, time_zone = ?, updated_at = ? WHERE id = ?"),
        {campaign.name.trimmed(), campaign::toWire(campaign.kind),
         campaign.contentId.isEmpty() ? QVariant() : QVariant(campaign.contentId), campaign.subject,
         campaign.body, compact(campaign.audience.toJson()), timeOrNull(campaign.scheduledAt),
         campaign.timeZone.isEmpty() ? QVariant() : QVariant(campaign.timeZone), toStoredTime(m_clock.now()),
         campaign.id});
    if (!updated)
        return updated.error();
    announce(campaign.id);
    return get(campaign.id);
}

Result<Campaign> CampaignRepository::get(const QString& id) {
    auto found = load(QStringLiteral("c.id = ?"), {id});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error::make(Error::Code::NotFound,
                           CampaignRepositoryText::tr("There is no campaign with the id \"%1\".").arg(id));
    return found.value().first();
}

Result<QList<Campaign>> CampaignRepository::list() {
    return load({}, {});
}

Result<QList<Campaign>> CampaignRepository::load(const QString& where, const QVariantList& values) {
    QString sql =
        QStringLiteral("SELECT %1 FROM campaigns c LEFT JOIN campaign_sends s ON s.campaign_id = c.id "
                       "WHERE c.deleted = 0")
            .arg(QLatin1String(kColumns));
    if (!where.isEmpty())
        sql += QStringLiteral(" AND ") + where;
    sql += QStringLiteral(" ORDER BY c.created_at DESC, c.id");
    auto query = m_database.exec(sql, values);
    if (!query)
        return query.error();
    QList<Campaign> campaigns;
    while (query.value().next())
        campaigns << campaignFrom(query.value());
    return campaigns;
}

Status CampaignRepository::writeServerState(const QString& id, const QJsonObject& server) {
    const QString status = server.value(QStringLiteral("status")).toString();
    QJsonObject counts = server.value(QStringLiteral("counts")).toObject();
    auto updated = m_database.exec(
        QStringLiteral("UPDATE campaigns SET status = COALESCE(NULLIF(?, ''), status), scheduled_at = ?, "
                       "sent_at = ?, counts = CASE WHEN ? = '{}' THEN counts ELSE ? END, updated_at = ? "
                       "WHERE id = ?"),
        {status, serverTime(server.value(QStringLiteral("scheduledAt"))),
         serverTime(server.value(QStringLiteral("sentAt"))), compact(counts), compact(counts),
         toStoredTime(m_clock.now()), id});
    if (!updated)
        return Error::make(
            updated.error().code,
            CampaignRepositoryText::tr("The server's answer for campaign %1 cannot be stored: %2")
                .arg(id, updated.errorMessage()));
    return {};
}

Status CampaignRepository::applyServerState(const QString& id, const QJsonObject& serverCampaign) {
    Status status = m_database.transaction([&] { return writeServerState(id, serverCampaign); });
    if (status)
        announce(id);
    return status;
}

Status CampaignRepository::queueSend(const QueuedCampaignSend& send) {
    Status status = m_database.transaction([&]() -> Status {
        auto keyed = m_database.exec(
            QStringLiteral("UPDATE campaigns SET idempotency_key = ?, updated_at = ? WHERE id = ? AND "
                           "(idempotency_key IS NULL OR idempotency_key = ?)"),
            {send.idempotencyKey, toStoredTime(m_clock.now()), send.campaignId, send.idempotencyKey});
        if (!keyed)
            return keyed.error();
        if (keyed.value().numRowsAffected() != 1)
            return Error::make(
                Error::Code::Conflict,
                CampaignRepositoryText::tr("Campaign %1 already has another send key.").arg(send.campaignId));
        auto queued = m_database.exec(
            QStringLiteral("INSERT INTO campaign_sends (campaign_id, idempotency_key, request, queued_at) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (campaign_id) DO NOTHING"),
            {send.campaignId, send.idempotencyKey, QString::fromUtf8(send.request),
             toStoredTime(send.queuedAt.isValid() ? send.queuedAt : m_clock.now())});
        return queued ? Status() : Status(queued.error());
    });
    if (status)
        announce(send.campaignId);
    return status;
}

Result<std::optional<QueuedCampaignSend>> CampaignRepository::queuedSend(const QString& campaignId) {
    auto query = m_database.exec(
        QStringLiteral("SELECT campaign_id, idempotency_key, request, queued_at, attempts, last_error FROM "
                       "campaign_sends WHERE campaign_id = ?"),
        {campaignId});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<QueuedCampaignSend>();
    const QSqlQuery& q = query.value();
    return std::optional<QueuedCampaignSend>(
        QueuedCampaignSend{q.value(0).toString(), q.value(1).toString(), q.value(2).toString().toUtf8(),
                           fromStoredTime(q.value(3).toString()), q.value(4).toInt(), q.value(5).toString()});
}

Result<QList<QueuedCampaignSend>> CampaignRepository::queuedSends() {
    auto query = m_database.exec(
        QStringLiteral("SELECT campaign_id, idempotency_key, request, queued_at, attempts, last_error FROM "
                       "campaign_sends ORDER BY queued_at, campaign_id"));
    if (!query)
        return query.error();
    QList<QueuedCampaignSend> sends;
    while (query.value().next()) {
        const QSqlQuery& q = query.value();
        sends << QueuedCampaignSend{q.value(0).toString(),
                                    q.value(1).toString(),
                                    q.value(2).toString().toUtf8(),
                                    fromStoredTime(q.value(3).toString()),
                                    q.value(4).toInt(),
                                    q.value(5).toString()};
    }
    return sends;
}

Status CampaignRepository::noteSendFailure(const QString& campaignId, const QString& error) {
    auto updated = m_database.exec(
        QStringLiteral(
            "UPDATE campaign_sends SET attempts = attempts + 1, last_error = ? WHERE campaign_id = ?"),
        {error, campaignId});
    if (!updated)
        return updated.error();
    announce(campaignId);
    return {};
}

Status CampaignRepository::completeSend(const QString& campaignId, const QJsonObject& serverCampaign) {
    Status status = m_database.transaction([&]() -> Status {
        auto removed =
            m_database.exec(QStringLiteral("DELETE FROM campaign_sends WHERE campaign_id = ?"), {campaignId});
        if (!removed)
            return removed.error();
        return writeServerState(campaignId, serverCampaign);
    });
    if (status)
        announce(campaignId);
    return status;
}

Result<QList<CampaignMessage>> CampaignRepository::messages(const QString& campaignId) {
    auto query = m_database.exec(
        QStringLiteral("SELECT id, COALESCE(contact_id, ''), address, status, error_code, error_message, "
                       "release_at FROM messages WHERE campaign_id = ? AND deleted = 0 ORDER BY created_at, "
                       "rowid"),
        {campaignId});
    if (!query)
        return query.error();
    QList<CampaignMessage> messages;
    while (query.value().next()) {
        const QSqlQuery& q = query.value();
        messages << CampaignMessage{q.value(0).toString(),
                                    q.value(1).toString(),
                                    q.value(2).toString(),
                                    q.value(3).toString(),
                                    q.value(4).toString(),
                                    q.value(5).toString(),
                                    fromStoredTime(q.value(6).toString()),
                                    {}};
    }
    return messages;
}

Status CampaignRepository::nameRecipients(QList<CampaignMessage>& messages) {
    QJsonArray ids;
    for (const CampaignMessage& message : std::as_const(messages)) {
        if (!message.contactId.isEmpty())
            ids.append(message.contactId);
    }
    if (ids.isEmpty())
        return {};
    auto query = m_database.exec(
        QStringLiteral("SELECT id, list_name FROM contacts WHERE deleted = 0 AND id IN (SELECT value FROM "
                       "json_each(?))"),
        {QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))});
    if (!query)
        return query.error();
    QHash<QString, QString> names;
    while (query.value().next())
        names.insert(query.value().value(0).toString(), query.value().value(1).toString());
    for (CampaignMessage& message : messages)
        message.contactName = names.value(message.contactId);
    return {};
}

void CampaignRepository::announce(const QString& id) {
    if (m_notifier)
        m_notifier->announce(Entity::Campaign, {id});
}

} // namespace iq
