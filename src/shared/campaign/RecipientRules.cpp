#include "shared/campaign/RecipientRules.h"

#include <QCoreApplication>
#include <QStringList>

namespace iq::campaign {

namespace {

bool isPhoneChannel(Channel channel) {
    return channel == Channel::Sms || channel == Channel::Voice;
}

bool looksLikeAddress(const QString& address) {
    const qsizetype at = address.indexOf(u'@');
    return at > 0 && at < address.size() - 1 && !address.contains(u' ');
}

} // namespace

QString toWire(CampaignKind kind) {
    return kind == CampaignKind::Marketing ? QStringLiteral("marketing") : QStringLiteral("transactional");
}

std::optional<CampaignKind> campaignKindFromWire(const QString& text) {
    if (text == QLatin1String("marketing"))
        return CampaignKind::Marketing;
    if (text == QLatin1String("transactional"))
        return CampaignKind::Transactional;
    return std::nullopt;
}

QString toWire(Outcome outcome) {
    switch (outcome) {
    case Outcome::Send:
        return QStringLiteral("send");
    case Outcome::Held:
        return QStringLiteral("held");
    case Outcome::Excluded:
        return QStringLiteral("excluded");
    }
    return {};
}

std::optional<Outcome> outcomeFromWire(const QString& text) {
    for (const Outcome outcome : {Outcome::Send, Outcome::Held, Outcome::Excluded}) {
        if (toWire(outcome) == text)
            return outcome;
    }
    return std::nullopt;
}

QString toWire(ExclusionReason reason) {
    switch (reason) {
    case ExclusionReason::None:
        return {};
    case ExclusionReason::OptedOut:
        return QStringLiteral("opted_out");
    case ExclusionReason::NoConsent:
        return QStringLiteral("no_consent");
    case ExclusionReason::InvalidNumber:
        return QStringLiteral("invalid_number");
    case ExclusionReason::NotMobile:
        return QStringLiteral("not_mobile");
    case ExclusionReason::NoEmail:
        return QStringLiteral("no_email");
    case ExclusionReason::Duplicate:
        return QStringLiteral("duplicate");
    case ExclusionReason::EmptyRender:
        return QStringLiteral("empty_render");
    }
    return {};
}

std::optional<ExclusionReason> exclusionReasonFromWire(const QString& text) {
    for (const ExclusionReason reason : kExclusionReasons) {
        if (toWire(reason) == text)
            return reason;
    }
    return std::nullopt;
}

QString displayLabel(ExclusionReason reason) {
    switch (reason) {
    case ExclusionReason::None:
        return {};
    case ExclusionReason::OptedOut:
        return QCoreApplication::translate("iq::campaign::RecipientRules", "Opted out");
    case ExclusionReason::NoConsent:
        return QCoreApplication::translate("iq::campaign::RecipientRules", "No consent for marketing");
    case ExclusionReason::InvalidNumber:
        return QCoreApplication::translate("iq::campaign::RecipientRules", "No valid phone number");
    case ExclusionReason::NotMobile:
        return QCoreApplication::translate("iq::campaign::RecipientRules", "Not a mobile number");
    case ExclusionReason::NoEmail:
        return QCoreApplication::translate("iq::campaign::RecipientRules", "No e-mail address");
    case ExclusionReason::Duplicate:
        return QCoreApplication::translate("iq::campaign::RecipientRules",
                                           "Same address as another recipient");
    case ExclusionReason::EmptyRender:
        return QCoreApplication::translate("iq::campaign::RecipientRules", "Personalized message is empty");
    }
    return {};
}

bool RecipientDecision::operator==(const RecipientDecision& other) const {
    return outcome == other.outcome && reason == other.reason && address == other.address &&
           releaseAt == other.releaseAt;
}

RecipientRules::RecipientRules(CampaignSpec spec)
    : m_spec(spec) {}

bool RecipientRules::canTakeSms(const QString& phoneType) {
    // Ranges that do not take text messages. Everything else goes to the carrier: mobile,
    // fixed_line_or_mobile (libphonenumber cannot tell them apart in the US and Canada), voip,
    // personal_number, and unknown (a valid number of a range libphonenumber does not type).
    static const QStringList noSms = {QStringLiteral("fixed_line"),   QStringLiteral("toll_free"),
                                      QStringLiteral("premium_rate"), QStringLiteral("shared_cost"),
                                      QStringLiteral("pager"),        QStringLiteral("uan"),
                                      QStringLiteral("voicemail")};
    return !noSms.contains(phoneType);
}

bool RecipientRules::isBlank(const QString& text) {
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

AddressChoice RecipientRules::chooseAddress(const RecipientFacts& facts) const {
    AddressChoice choice;
    const ContactPhone* firstValid = nullptr;
    for (const ContactPhone& phone : facts.phones) {
        if (!phone.valid || phone.e164.isEmpty())
            continue;
        if (!firstValid)
            firstValid = &phone;
        if (m_spec.channel == Channel::Voice || (m_spec.channel == Channel::Sms && canTakeSms(phone.type))) {
            choice.address = phone.e164;
            choice.zoneNumber = phone.e164;
            return choice;
        }
    }
    if (firstValid)
        choice.zoneNumber = firstValid->e164;
    if (isPhoneChannel(m_spec.channel)) {
        choice.problem = firstValid ? ExclusionReason::NotMobile : ExclusionReason::InvalidNumber;
        return choice;
    }
    for (const ContactEmail& email : facts.emails) {
        const QString address = email.address.trimmed();
        if (looksLikeAddress(address)) {
            choice.address = address;
            return choice;
        }
    }
    choice.problem = ExclusionReason::NoEmail;
    return choice;
}

RecipientDecision RecipientRules::decide(const RecipientFacts& facts, const QDateTime& now,
                                         QuietHours* quietHours) const {
    return decide(facts, chooseAddress(facts), now, quietHours);
}

RecipientDecision RecipientRules::decide(const RecipientFacts& facts, const AddressChoice& choice,
                                         const QDateTime& now, QuietHours* quietHours) const {
    const bool marketing = m_spec.kind == CampaignKind::Marketing;
    const auto excluded = [&choice](ExclusionReason reason) {
        return RecipientDecision{Outcome::Excluded, reason, choice.address, {}};
    };
    if (facts.groupOptedOut || facts.addressOptedOut || facts.channelConsent == ConsentState::OptedOut)
        return excluded(ExclusionReason::OptedOut);
    if (marketing && facts.channelConsent != ConsentState::OptedIn)
        return excluded(ExclusionReason::NoConsent);
    if (choice.problem != ExclusionReason::None)
        return excluded(choice.problem);
    if (facts.addressTaken)
        return excluded(ExclusionReason::Duplicate);
    if (isBlank(facts.renderedText))
        return excluded(ExclusionReason::EmptyRender);
    if (marketing && quietHours) {
        const QuietHours::Check window =
            quietHours->check(now, quietHours->zonesFor(facts.timeZone, choice.zoneNumber));
        if (!window.open)
            return {Outcome::Held, ExclusionReason::None, choice.address, window.opensAt};
    }
    return {Outcome::Send, ExclusionReason::None, choice.address, {}};
}

AudienceClassifier::AudienceClassifier(CampaignSpec spec, QuietHours* quietHours, QDateTime now)
    : m_rules(spec)
    , m_quietHours(quietHours)
    , m_now(std::move(now)) {}

QString AudienceClassifier::keyOf(const QString& address) const {
    // E-mail addresses are compared without case: Ann@Example.com and ann@example.com are one inbox.
    return m_rules.spec().channel == Channel::Email ? address.trimmed().toLower() : address;
}

void AudienceClassifier::addOptedOutAddress(const QString& address) {
    if (!address.isEmpty())
        m_optedOut.insert(keyOf(address));
}

RecipientDecision AudienceClassifier::decide(RecipientFacts facts) {
    const AddressChoice choice = m_rules.chooseAddress(facts);
    const QString key = keyOf(choice.address);
    if (!key.isEmpty()) {
        facts.addressTaken = m_taken.contains(key);
        facts.addressOptedOut = facts.addressOptedOut || m_optedOut.contains(key);
    }
    RecipientDecision decision = m_rules.decide(facts, choice, m_now, m_quietHours);
    if (decision.outcome != Outcome::Excluded)
        m_taken.insert(key);
    return decision;
}

} // namespace iq::campaign
