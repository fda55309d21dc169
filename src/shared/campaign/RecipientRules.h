#pragma once

#include "shared/campaign/QuietHours.h"
#include "shared/domain/Consent.h"
#include "shared/domain/Contact.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace iq::campaign {

enum class CampaignKind { Marketing, Transactional };

// "marketing", "transactional".
QString toWire(CampaignKind kind);
std::optional<CampaignKind> campaignKindFromWire(const QString& text);

enum class Outcome { Send, Held, Excluded };

// "send", "held", "excluded".
QString toWire(Outcome outcome);
std::optional<Outcome> outcomeFromWire(const QString& text);

// Why a person gets nothing. Listed in the order of precedence: when several apply, the first one is the
// reason given (RecipientRules::decide).
enum class ExclusionReason {
    None,
    OptedOut,      // opted out of a group they came through, or of the channel
    NoConsent,     // marketing, and the channel consent is unknown or pending
    InvalidNumber, // SMS or voice, and no valid number
    NotMobile,     // SMS, and every valid number is of a type SMS cannot reach (fixed line, toll free...)
    NoEmail,       // e-mail, and no address
    Duplicate,     // the address already gets this campaign's message through an earlier member
    EmptyRender,   // the personalized text is empty or only blanks
};

inline constexpr ExclusionReason kExclusionReasons[] = {
    ExclusionReason::OptedOut,   ExclusionReason::NoConsent, ExclusionReason::InvalidNumber,
    ExclusionReason::NotMobile,  ExclusionReason::NoEmail,   ExclusionReason::Duplicate,
    ExclusionReason::EmptyRender};

// Stable wire spelling: "opted_out", "no_consent", "invalid_number", "not_mobile", "no_email",
// "duplicate", "empty_render"; empty for None.
QString toWire(ExclusionReason reason);
std::optional<ExclusionReason> exclusionReasonFromWire(const QString& text);
// Plain words for a person, translated ("Opted out").
QString displayLabel(ExclusionReason reason);

// What a campaign is: the channel its messages go through and whether they are marketing.
struct CampaignSpec {
    Channel channel = Channel::Sms;
    CampaignKind kind = CampaignKind::Marketing;
};

// Everything known about one audience member that the decision needs.
struct RecipientFacts {
    QString contactId;
    QList<ContactPhone> phones; // e164, libphonenumber type spelling ("mobile", ...) and validity
    QList<ContactEmail> emails;
    bool groupOptedOut = false;                          // opted out of any group they came through
    ConsentState channelConsent = ConsentState::Unknown; // for the campaign's channel
    QString timeZone;                                    // the contact's own IANA zone, may be empty
    QString renderedText;                                // the personalized message
    // The chosen address already gets the message through an earlier member (AudienceClassifier sets it).
    bool addressTaken = false;
    // The chosen address is opted out through another record: a STOP from that number, another contact
    // sharing it. AudienceClassifier sets it for the addresses given to addOptedOutAddress().
    bool addressOptedOut = false;
};

// Where the message would go, chosen from the facts: the first usable number or address.
struct AddressChoice {
    QString address;    // E.164 number or e-mail address; empty when there is none
    QString zoneNumber; // the number whose zone counts for quiet hours (for e-mail: the first valid one)
    ExclusionReason problem = ExclusionReason::None; // InvalidNumber, NotMobile or NoEmail when empty
};

struct RecipientDecision {
    Outcome outcome = Outcome::Send;
    ExclusionReason reason = ExclusionReason::None;
    QString address;
    QDateTime releaseAt; // UTC, when held: the opening of the recipient's window

    bool operator==(const RecipientDecision& other) const;
};

// The per-person decision of a campaign, the same in the client's pre-flight and in the server's
// expansion at send time. Precedence, first match wins:
//   1. opted_out     group opt-out, channel consent opted_out or the address opted out; any kind,
//                    always first
//   2. no_consent    marketing only: channel consent unknown or pending
//   3. invalid_number / not_mobile / no_email: no address the channel can use (AddressChoice)
//   4. duplicate     the chosen address already gets the message through an earlier member
//   5. empty_render  the personalized text is empty or only blanks
//   6. held          marketing only: outside the quiet-hours window in the recipient's zones
//                    (QuietHours); released at the window's next opening
//   7. send
// SMS needs a valid number of a type that takes text (mobile, fixed_line_or_mobile, voip, personal_number,
// unknown; not fixed_line, toll_free, premium_rate, shared_cost, pager, uan, voicemail); voice any valid
// number; e-mail any address with an @. Quiet hours apply to marketing on
// every channel. Transactional messages are never held and need no consent, but opt-outs apply.
class RecipientRules final {
public:
    explicit RecipientRules(CampaignSpec spec);

    const CampaignSpec& spec() const { return m_spec; }

    AddressChoice chooseAddress(const RecipientFacts& facts) const;
    // now: the UTC instant of sending. quietHours may be null for "no quiet hours".
    RecipientDecision decide(const RecipientFacts& facts, const QDateTime& now, QuietHours* quietHours) const;
    RecipientDecision decide(const RecipientFacts& facts, const AddressChoice& choice, const QDateTime& now,
                             QuietHours* quietHours) const;

    // True for the number types SMS can reach.
    static bool canTakeSms(const QString& phoneType);
    // True when the text is empty or only blanks.
    static bool isBlank(const QString& text);

private:
    CampaignSpec m_spec;
};

// Decides a whole audience in order, remembering the addresses that already get the message so a second
// member with the same address is a duplicate. An address counts as taken only once a member is sent or
// held to it: an excluded member does not keep a later one from getting the message.
// Not thread-safe: one per campaign expansion.
class AudienceClassifier final {
public:
    AudienceClassifier(CampaignSpec spec, QuietHours* quietHours, QDateTime now);

    RecipientDecision decide(RecipientFacts facts);
    void reset() { m_taken.clear(); }
    // An address (E.164 number or e-mail address) no member may be sent to, whatever their own consent:
    // given before deciding, so the answer does not depend on the order of the audience.
    void addOptedOutAddress(const QString& address);

private:
    QString keyOf(const QString& address) const;

    RecipientRules m_rules;
    QuietHours* m_quietHours;
    QDateTime m_now;
    QSet<QString> m_taken;
    QSet<QString> m_optedOut;
};

} // namespace iq::campaign
