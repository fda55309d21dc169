#pragma once

#include "shared/campaign/RecipientRules.h"
#include "shared/domain/Consent.h"
#include "shared/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace iq {

class Database;
class ChangeNotifier;
class Clock;

// Who a campaign goes to: the members of the groups in the order given, then single contacts, minus
// the members of the excluded groups. Ids only; names are resolved where the user types them.
struct CampaignAudience {
    QStringList groups;
    QStringList excludeGroups;
    QStringList contacts;

    bool isEmpty() const { return groups.isEmpty() && contacts.isEmpty(); }
    // {"groups":[ids],"excludeGroups":[ids],"contacts":[ids]}, the wire and stored form.
    QJsonObject toJson() const;
    static CampaignAudience fromJson(const QJsonObject& object);
    bool operator==(const CampaignAudience& other) const;
};

// A campaign as this device keeps it: a draft made here, or the server's record once sent (pulled or
// taken from the answer to a request).
struct Campaign {
    QString id;
    QString name;
    Channel channel = Channel::Sms;
    campaign::CampaignKind kind = campaign::CampaignKind::Marketing;
    QString contentId; // the template it was made from; empty for new text
    QString subject;
    QString body; // the template text
    CampaignAudience audience;
    // draft, scheduled, sending, paused, sent, cancelled, failed
    QString status = QStringLiteral("draft");
    QDateTime scheduledAt; // UTC; invalid for "now"
    QString timeZone;      // IANA zone the schedule was given in; empty for the profile's
    QDateTime sentAt;
    QString idempotencyKey; // made once, when Send is first pressed
    // The server's counts: recipients, held, excluded, queued, sent, delivered, failed, undeliverable.
    QJsonObject counts;
    qint64 serverVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    // A send waits in campaign_sends for a connection (offline, or the answer never came).
    bool waitingToSend = false;
    QString sendError; // why the last attempt did not reach the server

    bool isDraft() const { return status == QLatin1String("draft"); }
};

// A send kept until the server has taken it: the request exactly as first made, so every retry sends
// the same key and the same body.
struct QueuedCampaignSend {
    QString campaignId;
    QString idempotencyKey;
    QByteArray request; // compact JSON
    QDateTime queuedAt;
    int attempts = 0;
    QString lastError;
};

// One message of a campaign as pulled from the server.
struct CampaignMessage {
    QString id;
    QString contactId;
    QString address;
    QString status; // queued, held, sent, delivered, failed, undeliverable, skipped
    QString errorCode;
    QString errorMessage;
    QDateTime releaseAt;
    QString contactName; // as the contact list shows it; empty when the contact is not on this device
};

// Campaigns, their drafts and the queue of sends waiting for the server. Campaigns sync pull-only:
// drafts stay on this device until sent, so nothing here goes to the outbox. Writes are announced
// (Entity::Campaign) after they commit when a notifier is given.
class CampaignRepository final {
public:
    explicit CampaignRepository(Database& database, ChangeNotifier* notifier = nullptr,
                                const Clock* clock = nullptr);

    // A new draft; makes the id when it is empty. Gives back the stored campaign.
    Result<Campaign> create(Campaign draft);
    // Changes a draft (or a scheduled campaign not yet sent): name, kind, content, text, audience,
    // schedule. Refused once the campaign has been handed to the server.
    Result<Campaign> editDraft(const Campaign& campaign);
    Result<Campaign> get(const QString& id);
    // Live campaigns, newest first, each with its counts and whether a send waits.
    Result<QList<Campaign>> list();
    // Takes the server's view of a campaign (the answer to a submit, pause, resume, cancel or get):
    // status, schedule, sent time and counts.
    Status applyServerState(const QString& id, const QJsonObject& serverCampaign);

    // Keeps a send until the server has it, together with the campaign's idempotency key, in one
    // transaction. A send already queued for the campaign is kept as it is.
    Status queueSend(const QueuedCampaignSend& send);
    Result<std::optional<QueuedCampaignSend>> queuedSend(const QString& campaignId);
    // Oldest first.
    Result<QList<QueuedCampaignSend>> queuedSends();
    Status noteSendFailure(const QString& campaignId, const QString& error);
    // The server took the send: the queue row goes and the campaign takes the answer, together.
    Status completeSend(const QString& campaignId, const QJsonObject& serverCampaign);

    // The pulled messages of a campaign, in the order the server made them.
    Result<QList<CampaignMessage>> messages(const QString& campaignId);
    // Fills each message's contactName from the contacts stored here, in one query.
    Status nameRecipients(QList<CampaignMessage>& messages);

private:
    Result<QList<Campaign>> load(const QString& where, const QVariantList& values);
    Status writeServerState(const QString& id, const QJsonObject& serverCampaign);
    void announce(const QString& id);

    Database& m_database;
    ChangeNotifier* m_notifier;
    const Clock& m_clock;
};

} // namespace iq
