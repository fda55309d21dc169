#include "core/actions/CampaignActions.h"

#include "core/account/AccountService.h"
#include "core/profile/Profile.h"
#include "core/store/ContactRepository.h"
#include "core/store/ContentRepository.h"
#include "core/store/GroupRepository.h"
#include "core/sync/CampaignApi.h"
#include "core/sync/HttpClient.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

namespace iq {

// The translation context of this file's messages.
class CampaignActionsText final {
    Q_DECLARE_TR_FUNCTIONS(iq::CampaignActions)
};

namespace {

// 16-100 printable ASCII characters (docs/api.md); a UUID is unique across devices.
QString newIdempotencyKey() {
    return QStringLiteral("campaign-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Error offline(const QString& what, const Error& why) {
    if (why.code == Error::Code::Unauthorized)
        return why;
    return Error::make(
        Error::Code::Network,
        CampaignActionsText::tr("%1 needs the server, which cannot be reached: %2").arg(what, why.message));
}

} // namespace

struct CampaignActions::Session {
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<SyncApi> api;
};

CampaignActions::CampaignActions(Profile& profile, TokenStore* tokens, const Clock* clock)
    : m_profile(profile)
    , m_tokens(tokens)
    , m_clock(clock ? *clock : Clock::system()) {}

CampaignActions::~CampaignActions() = default;

Result<QDateTime> CampaignActions::parseSchedule(const QString& text, const QString& timeZone) {
    QDateTime at = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!at.isValid())
        return Error::make(
            Error::Code::InvalidInput,
            CampaignActionsText::tr("\"%1\" is not a date and time such as 2026-12-24T09:30 or "
                                    "2026-12-24T09:30:00+01:00.")
                .arg(text));
    if (!timeZone.isEmpty()) {
        const QTimeZone zone(timeZone.toUtf8());
        if (!zone.isValid())
            return Error::make(
                Error::Code::InvalidInput,
                CampaignActionsText::tr("\"%1\" is not a time zone such as Europe/Berlin.").arg(timeZone));
        // Only a time without its own offset is read in the zone given.
        if (at.timeSpec() == Qt::LocalTime)
            at = QDateTime(at.date(), at.time(), zone);
    }
    return at.toUTC();
}

Result<Campaign> CampaignActions::fromInput(const CampaignInput& input, Campaign campaign) {
    campaign.name = input.name.trimmed();
    campaign.channel = input.channel;
    campaign.kind = input.kind;
    campaign.subject = input.subject;
    campaign.contentId.clear();
    campaign.body = input.text;
    if (!input.templateId.isEmpty()) {
        auto item = ContentRepository(m_profile.database()).get(input.templateId);
        if (!item)
            return item.error();
        if (item.value().kind == ContentItem::Kind::Snippet)
            return Error::make(Error::Code::InvalidInput,
                               CampaignActionsText::tr("\"%1\" is a snippet; choose a message template.")
                                   .arg(item.value().name));
        campaign.contentId = item.value().id;
        campaign.body = item.value().body;
        if (campaign.subject.isEmpty())
            campaign.subject = item.value().subject;
    }
    GroupRepository groups(m_profile.database());
    auto resolve = [&](const QStringList& namesOrIds, QStringList& ids) -> Status {
        ids.clear();
        for (const QString& nameOrId : namesOrIds) {
            auto group = groups.find(nameOrId);
            if (!group)
                return group.error();
            if (!ids.contains(group.value().id))
                ids << group.value().id;
        }
        return {};
    };
    if (Status resolved = resolve(input.groups, campaign.audience.groups); !resolved)
        return resolved.error();
    if (Status resolved = resolve(input.excludeGroups, campaign.audience.excludeGroups); !resolved)
        return resolved.error();
    campaign.audience.contacts.clear();
    ContactRepository contacts(m_profile.database());
    for (const QString& id : input.contacts) {
        if (auto contact = contacts.get(id); !contact)
            return contact.error();
        if (!campaign.audience.contacts.contains(id))
            campaign.audience.contacts << id;
    }
    if (input.scheduledAt.isValid() && input.scheduledAt <= m_clock.now())
        return Error::make(Error::Code::InvalidInput,
                           CampaignActionsText::tr("The time to send, %1, has passed.")
                               .arg(input.scheduledAt.toString(Qt::ISODate)));
    campaign.scheduledAt = input.scheduledAt.toUTC();
    campaign.timeZone = input.timeZone;
    return campaign;
}

Result<Campaign> CampaignActions::createDraft(const CampaignInput& input) {
    auto campaign = fromInput(input, Campaign{});
    if (!campaign)
        return campaign.error();
    return CampaignRepository(m_profile.database(), &m_profile.notifier(), &m_clock).create(campaign.value());
}

Result<Campaign> CampaignActions::editDraft(const QString& campaignId, const CampaignInput& input) {
    CampaignRepository repository(m_profile.database(), &m_profile.notifier(), &m_clock);
    auto current = repository.get(campaignId);
    if (!current)
        return current.error();
    auto campaign = fromInput(input, current.value());
    if (!campaign)
        return campaign.error();
    return repository.editDraft(campaign.value());
}

Result<Campaign> CampaignActions::get(const QString& campaignId) {
    return CampaignRepository(m_profile.database()).get(campaignId);
}

Result<QList<Campaign>> CampaignActions::list() {
    return CampaignRepository(m_profile.database()).list();
}

Result<PreflightReport> CampaignActions::preflight(const QString& campaignId) {
    auto campaign = get(campaignId);
    if (!campaign)
        return campaign.error();
    return preflight(campaign.value());
}

Result<PreflightReport> CampaignActions::preflight(const Campaign& campaign) {
    CampaignPreflight preflight(m_profile.database(), &m_clock);
    preflight.setSettings(PreflightSettings::load(m_profile));
    return preflight.run(campaign);
}

Result<CampaignActions::Session*> CampaignActions::session() {
    if (m_session)
        return m_session.get();
    if (!m_tokens)
        return Error::make(Error::Code::Unauthorized,
                           CampaignActionsText::tr("This profile is not signed in to a server."));
    AccountService accounts(m_profile, *m_tokens);
    const AccountConnection connection = accounts.connection();
    if (!connection.isConnected())
        return Error::make(
            Error::Code::Unauthorized,
            CampaignActionsText::tr("This profile is not signed in to a server; sign in to send campaigns."));
    auto tokens = accounts.storedTokens();
    if (!tokens)
        return tokens.error();
    auto session = std::make_unique<Session>();
    session->http = std::make_unique<HttpClient>(QUrl(connection.server), timeoutMs);
    session->api = std::make_unique<SyncApi>(*session->http, tokens.value(), retry);
    TokenStore* store = m_tokens;
    Profile* profile = &m_profile;
    session->api->onTokensRefreshed = [store, profile](const SessionTokens& fresh) {
        AccountService(*profile, *store).storeTokens(fresh);
    };
    m_session = std::move(session);
    return m_session.get();
}

Result<int> CampaignActions::flushQueued() {
    auto open = session();
    if (!open)
        return open.error();
    auto flushed = CampaignSendQueue(m_profile.database(), *open.value()->api).flush();
    if (!flushed)
        return flushed.error();
    if (flushed.value().sent > 0)
        m_profile.notifier().announce(Entity::Campaign);
    return flushed.value().sent;
}

Result<CampaignSendResult> CampaignActions::send(const QString& campaignId) {
    CampaignRepository repository(m_profile.database(), &m_profile.notifier(), &m_clock);
    auto campaign = repository.get(campaignId);
    if (!campaign)
        return campaign.error();
    CampaignSendResult result;
    if (!campaign.value().isDraft() && !campaign.value().waitingToSend) {
        // Already with the server: a second press sends nothing more.
        result.campaign = campaign.value();
        return result;
    }
    if (!campaign.value().waitingToSend) {
        if (campaign.value().scheduledAt.isValid() && campaign.value().scheduledAt <= m_clock.now())
            return Error::make(
                Error::Code::InvalidInput,
                CampaignActionsText::tr("The time to send has passed; choose a new time or send now."));
        QueuedCampaignSend send;
        send.campaignId = campaignId;
        send.idempotencyKey =
            campaign.value().idempotencyKey.isEmpty() ? newIdempotencyKey() : campaign.value().idempotencyKey;
        send.request = CampaignApi::submitBody(campaign.value());
        send.queuedAt = m_clock.now();
        // Stored before the request leaves: whatever happens next, a retry is this same request.
        if (Status queued = repository.queueSend(send); !queued)
            return queued.error();
    }
    auto open = session();
    if (open) {
        // Sends queued earlier go first, in the order they were made.
        CampaignSendQueue queue(m_profile.database(), *open.value()->api);
        auto others = repository.queuedSends();
        if (!others)
            return others.error();
        for (const QueuedCampaignSend& other : std::as_const(others.value())) {
            bool reached = false;
            auto answer = queue.flushOne(other.campaignId, &reached);
            if (other.campaignId == campaignId) {
                if (answer)
                    result.answer = answer.value();
                else
                    result.reason = answer.errorMessage();
                if (!answer && reached) {
                    // The server refused it: say so, the request stays with its reason.
                    return answer.error();
                }
            } else if (answer) {
                ++result.othersSent;
            }
            if (!answer && !reached)
                break;
        }
    } else {
        result.reason = open.errorMessage();
    }
    auto stored = repository.get(campaignId);
    if (!stored)
        return stored.error();
    result.campaign = stored.value();
    result.queued = stored.value().waitingToSend;
    if (result.queued && result.reason.isEmpty())
        result.reason = stored.value().sendError;
    m_profile.notifier().announce(Entity::Campaign, {campaignId});
    return result;
}

Result<Campaign> CampaignActions::change(const QString& campaignId, Change action) {
    CampaignRepository repository(m_profile.database(), &m_profile.notifier(), &m_clock);
    auto campaign = repository.get(campaignId);
    if (!campaign)
        return campaign.error();
    const QString what = action == Change::Pause    ? CampaignActionsText::tr("Pausing a campaign")
                         : action == Change::Resume ? CampaignActionsText::tr("Resuming a campaign")
                                                    : CampaignActionsText::tr("Cancelling a campaign");
    auto open = session();
    if (!open)
        return offline(what, open.error());
    CampaignApi api(*open.value()->api);
    // A send still waiting goes first: what is paused or cancelled must exist on the server.
    if (campaign.value().waitingToSend) {
        bool reached = false;
        auto sent =
            CampaignSendQueue(m_profile.database(), *open.value()->api).flushOne(campaignId, &reached);
        if (!sent)
            return reached ? sent.error() : offline(what, sent.error());
    }
    auto answer = action == Change::Pause    ? api.pause(campaignId)
                  : action == Change::Resume ? api.resume(campaignId)
                                             : api.cancel(campaignId);
    if (!answer) {
        if (answer.error().code == Error::Code::Network)
            return offline(what, answer.error());
        if (api.lastErrorCode() == QLatin1String("invalid_state"))
            return Error::make(Error::Code::Conflict,
                               CampaignActionsText::tr("Campaign \"%1\" is %2 and cannot be %3.")
                                   .arg(campaign.value().name, campaign.value().status,
                                        action == Change::Pause    ? CampaignActionsText::tr("paused")
                                        : action == Change::Resume ? CampaignActionsText::tr("resumed")
                                                                   : CampaignActionsText::tr("cancelled")));
        return answer.error();
    }
    if (Status applied = repository.applyServerState(campaignId, answer.value()); !applied)
        return applied.error();
    return repository.get(campaignId);
}

Result<Campaign> CampaignActions::pause(const QString& campaignId) {
    return change(campaignId, Change::Pause);
}

Result<Campaign> CampaignActions::resume(const QString& campaignId) {
    return change(campaignId, Change::Resume);
}

Result<Campaign> CampaignActions::cancel(const QString& campaignId) {
    CampaignRepository repository(m_profile.database(), &m_profile.notifier(), &m_clock);
    auto campaign = repository.get(campaignId);
    if (!campaign)
        return campaign.error();
    if (campaign.value().isDraft() && !campaign.value().waitingToSend) {
        // Never handed to the server: nothing to stop there.
        if (Status applied = repository.applyServerState(
                campaignId, QJsonObject{{QStringLiteral("status"), QStringLiteral("cancelled")}});
            !applied)
            return applied.error();
        return repository.get(campaignId);
    }
    return change(campaignId, Change::Cancel);
}

Result<CampaignStatus> CampaignActions::status(const QString& campaignId) {
    CampaignRepository repository(m_profile.database(), &m_profile.notifier(), &m_clock);
    auto campaign = repository.get(campaignId);
    if (!campaign)
        return campaign.error();
    CampaignStatus status;
    const bool onServer = !campaign.value().isDraft() || campaign.value().waitingToSend;
    auto open = onServer ? session() : Result<Session*>(Error::make(Error::Code::NotFound, {}));
    if (onServer && open) {
        if (campaign.value().waitingToSend)
            CampaignSendQueue(m_profile.database(), *open.value()->api).flushOne(campaignId);
        auto answer = CampaignApi(*open.value()->api).get(campaignId);
        if (answer) {
            status.fromServer = true;
            repository.applyServerState(campaignId, answer.value());
            for (const QJsonValue& item : answer.value().value(QStringLiteral("messages")).toArray()) {
                const QJsonObject m = item.toObject();
                status.messages << CampaignMessage{m.value(QStringLiteral("id")).toString(),
                                                   m.value(QStringLiteral("contactId")).toString(),
                                                   m.value(QStringLiteral("to")).toString(),
                                                   m.value(QStringLiteral("status")).toString(),
                                                   m.value(QStringLiteral("errorCode")).toString(),
                                                   m.value(QStringLiteral("errorMessage")).toString(),
                                                   {},
                                                   {}};
            }
        } else {
            status.offlineReason = answer.errorMessage();
        }
    } else if (onServer) {
        status.offlineReason = open.errorMessage();
    }
    if (!status.fromServer) {
        auto pulled = repository.messages(campaignId);
        if (!pulled)
            return pulled.error();
        status.messages = pulled.value();
    }
    if (Status named = repository.nameRecipients(status.messages); !named)
        return named.error();
    auto current = repository.get(campaignId);
    if (!current)
        return current.error();
    status.campaign = current.value();
    for (const CampaignMessage& message : std::as_const(status.messages))
        ++status.byStatus[message.status];
    return status;
}

} // namespace iq
