#pragma once

#include "core/store/CampaignRepository.h"
#include "shared/campaign/QuietHours.h"
#include "shared/campaign/RecipientRules.h"
#include "shared/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

namespace iq {

class Database;
class Clock;
class Profile;

// What pre-flight needs besides the campaign: the quiet hours and the prices. From the profile's
// settings (load()), or set by a test.
struct PreflightSettings {
    campaign::QuietHoursPolicy quietHours; // default 08:00-21:00
    // The zone for recipients whose own zone and number say nothing: the campaign's zone when it has
    // one (run() takes it), else UTC, as the server decides.
    QTimeZone fallbackZone = QTimeZone::utc();
    double smsSegmentPrice = 0.0079;
    double emailPrice = 0.001;
    double voicePrice = 0.014;
    QString currency = QStringLiteral("USD");

    // Settings keys: "campaign.quiet_hours" ("08:00-21:00"), "campaign.sms_segment_price",
    // "campaign.email_price", "campaign.voice_price", "campaign.currency".
    static PreflightSettings load(Profile& profile);
    static QString quietHoursKey() { return QStringLiteral("campaign.quiet_hours"); }
};

// One member of the audience and what happens to them.
struct PreflightPerson {
    QString contactId;
    QString name;    // as lists show it
    QString address; // E.164 or e-mail address the message goes to; empty when there is none
    campaign::Outcome outcome = campaign::Outcome::Send;
    campaign::ExclusionReason reason = campaign::ExclusionReason::None;
    QDateTime releaseAt; // held: when the recipient's window opens (UTC)
    QString text;        // the personalized message
    int segments = 0;    // SMS only
};

// Who will get what, and who will not and why, over a whole audience after personalization.
struct PreflightReport {
    int audience = 0;   // members considered (after excluded groups, each contact once)
    int recipients = 0; // sent now or held: one message each
    int held = 0;
    int excludedTotal = 0;
    QMap<campaign::ExclusionReason, int> excluded;
    qint64 segments = 0; // SMS segments over the recipients
    double cost = 0;     // segments x the segment price (SMS); messages x the message price (e-mail, voice)
    QString currency;
    QDateTime evaluatedAt;         // the instant quiet hours were checked for (the schedule, else now)
    QList<PreflightPerson> people; // in audience order

    // {"recipients", "held", "excluded": {"opted_out": N, ...}, "segments", "cost", "currency",
    //  "people": [{"contactId", "to", "outcome", "reason"}]} (iqm campaign preflight --json).
    QJsonObject toJson() const;
};

// Pre-flight of a campaign on this device's records: the audience in order (the groups' members in
// the order the groups are given, then the single contacts, each contact once, minus the members of the
// excluded groups), and for each member the facts (numbers and their types, e-mail addresses, consent
// of the groups they came through and of the channel, own time zone, the rendered text) decided by
// iqshared's AudienceClassifier with QuietHours, exactly as the server decides at send time.
//
// Consent for marketing: the contact's own consent for the channel when it says anything, else the best
// of the groups they came through; an opt-out of any of those groups or of the channel always wins (as
// the server's expansion weighs it).
//
// Fast on large audiences: a few bulk reads (CampaignAudienceReader), the template compiled once and
// rendered during the read, one classifier pass. Runs on the thread that owns the database.
class CampaignPreflight final {
public:
    explicit CampaignPreflight(Database& database, const Clock* clock = nullptr);

    // The defaults until set; PreflightSettings::load() reads the profile's.
    void setSettings(const PreflightSettings& settings) { m_settings = settings; }

    // The campaign as it stands (a draft, or one sent): its channel, kind, body, audience, schedule.
    Result<PreflightReport> run(const Campaign& campaign);

private:
    Database& m_database;
    const Clock& m_clock;
    PreflightSettings m_settings;
};

} // namespace iq
