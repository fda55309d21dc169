#pragma once

#include "core/campaign/CampaignPreflight.h"
#include "core/store/CampaignRepository.h"
#include "core/sync/SyncApi.h"
#include "shared/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace iq {

class Clock;
class Profile;
class TokenStore;

// What the owner enters for a campaign (the composer's form, iqm campaign create's options).
struct CampaignInput {
    QString name;
    Channel channel = Channel::Sms;
    campaign::CampaignKind kind = campaign::CampaignKind::Marketing;
    QString text;       // new text, or...
    QString templateId; // ...a template of the content library (its text is copied into the campaign)
    QString subject;    // e-mail; a template's subject when empty
    QStringList groups; // names or ids, in order
    QStringList excludeGroups;
    QStringList contacts;  // ids
    QDateTime scheduledAt; // invalid: send when Send is pressed
    QString timeZone;      // IANA zone of the schedule; empty for this computer's
};

// What pressing Send did.
struct CampaignSendResult {
    Campaign campaign;
    bool queued = false; // waiting for a connection (offline, or the answer did not come)
    QString reason;      // why it waits, in plain words
    QJsonObject answer;  // the server's campaign object when it took the send
    int othersSent = 0;  // earlier queued sends that went out with it
};

// A campaign's state and its recipients' messages: the server's when it can be reached, else the
// records pulled by the last sync.
struct CampaignStatus {
    Campaign campaign;
    bool fromServer = false;
    QString offlineReason;           // when not from the server
    QList<CampaignMessage> messages; // each recipient's contact, address and status
    QMap<QString, int> byStatus;     // messages per status (queued, held, sent, delivered, ...)
};

// The campaign use cases, the same for the Campaigns page and iqm: drafts, pre-flight, sending
// (idempotent, queued while offline), pause, resume, cancel, list and status. Server calls use the
// profile's signed-in session (the keychain's tokens through `tokens`; renewed tokens are kept there).
class CampaignActions final {
public:
    // tokens may be null: then every server call says the profile is not signed in (and Send queues).
    CampaignActions(Profile& profile, TokenStore* tokens, const Clock* clock = nullptr);
    ~CampaignActions();

    // How hard a server call tries before Send queues or a command says the server cannot be reached.
    RetryPolicy retry{2, 300, 2000, 5};
    int timeoutMs = 20000;

    // An ISO 8601 date and time; one without an offset is read in timeZone (else this computer's zone).
    static Result<QDateTime> parseSchedule(const QString& text, const QString& timeZone);

    Result<Campaign> createDraft(const CampaignInput& input);
    // Changes a draft that has not been sent; the fields of input replace the draft's.
    Result<Campaign> editDraft(const QString& campaignId, const CampaignInput& input);
    Result<Campaign> get(const QString& campaignId);
    // Newest first, with counts and whether a send waits for a connection.
    Result<QList<Campaign>> list();

    // Who would get what, and who would not and why, on this device's records.
    Result<PreflightReport> preflight(const QString& campaignId);
    Result<PreflightReport> preflight(const Campaign& campaign);

    // Sends now or at the schedule. The idempotency key is made once and stored with the campaign and
    // the request before anything goes out, so a retry (a second click, after a timeout or a crash)
    // sends the same key and body and the server sends the campaign once. Without a connection the
    // request waits in the queue (queued = true) and goes out with the next sync or the next send.
    Result<CampaignSendResult> send(const QString& campaignId);
    // Sends the queued sends now (also done when a sync starts).
    Result<int> flushQueued();

    // These need the server; without it they fail with Error::Code::Network and plain words.
    // Cancelling a draft that was never sent only marks it here.
    Result<Campaign> pause(const QString& campaignId);
    Result<Campaign> resume(const QString& campaignId);
    Result<Campaign> cancel(const QString& campaignId);

    Result<CampaignStatus> status(const QString& campaignId);

private:
    struct Session;
    // The signed-in session, or the reason there is none (Error::Code::Network or Unauthorized).
    Result<Session*> session();
    Result<Campaign> fromInput(const CampaignInput& input, Campaign campaign);
    enum class Change { Pause, Resume, Cancel };
    Result<Campaign> change(const QString& campaignId, Change action);

    Profile& m_profile;
    TokenStore* m_tokens;
    const Clock& m_clock;
    std::unique_ptr<Session> m_session;
};

} // namespace iq
