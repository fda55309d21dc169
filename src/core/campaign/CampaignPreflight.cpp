#include "core/campaign/CampaignPreflight.h"

#include "core/profile/Profile.h"
#include "core/store/CampaignAudienceReader.h"
#include "core/store/ContentRepository.h"
#include "core/template/ContactFields.h"
#include "shared/sms/SmsSegments.h"
#include "shared/template/Template.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace iq {

// The translation context of this file's messages.
class CampaignPreflightText final {
    Q_DECLARE_TR_FUNCTIONS(iq::CampaignPreflight)
};

namespace {

using campaign::ExclusionReason;
using campaign::Outcome;

// One member of the audience while it is gathered: the facts the rules need, and what the report shows.
struct Member {
    QByteArray id;
    int group = -1; // the first group they came through; -1 for a single contact
    bool groupOptedOut = false;
    bool consentIn = false;      // a group they came through says opted in
    bool consentPending = false; // ...or pending
    bool found = false;          // a live contact row was read
    campaign::RecipientFacts facts;
    QString name;
    int segments = 0;
};

// The few type spellings libphonenumber gives, shared rather than made per number.
QString phoneType(QByteArrayView text) {
    static const char* const kNames[] = {"mobile", "fixed_line_or_mobile", "fixed_line", "voip", "toll_free",
                                         "unknown"};
    static const QString kTypes[] = {QString::fromLatin1(kNames[0]), QString::fromLatin1(kNames[1]),
                                     QString::fromLatin1(kNames[2]), QString::fromLatin1(kNames[3]),
                                     QString::fromLatin1(kNames[4]), QString::fromLatin1(kNames[5])};
    for (int i = 0; i < 6; ++i) {
        if (text == QByteArrayView(kNames[i]))
            return kTypes[i];
    }
    return QString::fromUtf8(text);
}

tmpl::RenderChannel renderChannel(Channel channel) {
    switch (channel) {
    case Channel::Sms:
        return tmpl::RenderChannel::Sms;
    case Channel::Email:
        return tmpl::RenderChannel::EmailText;
    case Channel::Voice:
        return tmpl::RenderChannel::Voice;
    }
    return tmpl::RenderChannel::Sms;
}

// The audience in order: the groups' members group by group, then single contacts; each contact once,
// none of the excluded groups' members.
Status gatherAudience(CampaignAudienceReader& reader, const CampaignAudience& audience,
                      QList<Member>& members, ContactPositions& positions, QStringList& groupNames) {
    if (auto live = reader.liveContacts(); live && !audience.groups.isEmpty()) {
        // Most audiences are large groups: one allocation rather than a rehash at every doubling.
        positions.reserve(live.value());
        members.reserve(live.value());
    }
    QSet<QByteArray> excluded;
    for (const QString& groupId : audience.excludeGroups) {
        if (auto name = reader.groupName(groupId); !name)
            return name.error();
        Status read = reader.forEachMember(
            groupId, [&](QByteArrayView id, ConsentState) { excluded.insert(id.toByteArray()); });
        if (!read)
            return read;
    }
    for (const QString& groupId : audience.groups) {
        auto name = reader.groupName(groupId);
        if (!name)
            return name.error();
        const int group = int(groupNames.size());
        groupNames << name.value();
        Status read = reader.forEachMember(groupId, [&](QByteArrayView id, ConsentState consent) {
            const ContactKey key{QByteArray::fromRawData(id.data(), id.size())};
            if (excluded.contains(key.id))
                return;
            auto found = positions.constFind(key);
            if (found == positions.cend()) {
                Member member;
                member.id = id.toByteArray();
                member.group = group;
                found = positions.insert(ContactKey{member.id}, int(members.size()));
                members.append(std::move(member));
            }
            Member& member = members[found.value()];
            member.groupOptedOut = member.groupOptedOut || consent == ConsentState::OptedOut;
            member.consentIn = member.consentIn || consent == ConsentState::OptedIn;
            member.consentPending = member.consentPending || consent == ConsentState::Pending;
        });
        if (!read)
            return read;
    }
    for (const QString& contactId : audience.contacts) {
        const QByteArray id = contactId.toUtf8();
        if (excluded.contains(id) || positions.contains(ContactKey{id}))
            continue;
        auto exists = reader.contactExists(contactId);
        if (!exists)
            return exists.error();
        if (!exists.value())
            return Error::make(
                Error::Code::NotFound,
                CampaignPreflightText::tr("There is no contact with the id \"%1\".").arg(contactId));
        Member member;
        member.id = id;
        positions.insert(ContactKey{id}, int(members.size()));
        members.append(std::move(member));
    }
    return {};
}

// Reads the members' rows and renders each one's message as it goes, then their numbers, addresses and
// channel consents.
Status readFacts(CampaignAudienceReader& reader, Database& database, const Campaign& campaign,
                 QList<Member>& members, const ContactPositions& positions, const QStringList& groupNames) {
    auto parsed = tmpl::Template::compile(campaign.body);
    if (!parsed)
        return Error::make(
            Error::Code::InvalidInput,
            CampaignPreflightText::tr("The campaign's text cannot be used: %1").arg(parsed.errorMessage()));
    const tmpl::Template& compiled = parsed.value();
    tmpl::Partials partials;
    if (Status loaded = ContentRepository(database).loadSnippets(partials); !loaded)
        return loaded;
    const unsigned columns = AudienceReader::columnsFor(compiled);
    // The contact columns shared by AudienceColumns and the reader, in the same order.
    const unsigned readColumns = columns & ((1u << AudienceColumns::Count) - 1);
    const tmpl::Escaping escaping = tmpl::escapingFor(renderChannel(campaign.channel));
    const bool sms = campaign.channel == Channel::Sms;
    ContactFields fields;
    fields.setSender(SenderFields::load(database));
    AudienceRow row;
    const qsizetype reserve = campaign.body.size() + 64;
    Status read = reader.forEachContact(
        positions, readColumns | (1u << CampaignAudienceReader::ListName),
        [&](const CampaignAudienceReader::ContactRow& contact) {
            Member& member = members[contact.position];
            for (int i = 0; i < AudienceColumns::Count; ++i)
                row.text[i] = contact.text[i];
            fields.setRow(row, columns, member.group >= 0 ? groupNames.at(member.group) : QString());
            QString& text = member.facts.renderedText;
            text.reserve(reserve);
            compiled.renderTo(text, tmpl::Value::fromFields(&fields), escaping, &partials);
            if (sms)
                member.segments = sms::countSegments(text).segments;
            member.name = QString::fromUtf8(contact.text[CampaignAudienceReader::ListName]);
            const QByteArrayView zone = contact.text[CampaignAudienceReader::TimeZone];
            if (!zone.isEmpty())
                member.facts.timeZone = QString::fromUtf8(zone);
            member.found = true;
        });
    if (!read)
        return read;
    read = reader.forEachPhone(positions,
                               [&](int position, QByteArrayView e164, QByteArrayView type, bool valid) {
                                   ContactPhone phone;
                                   phone.e164 = QString::fromLatin1(e164);
                                   phone.type = phoneType(type);
                                   phone.valid = valid;
                                   members[position].facts.phones.append(std::move(phone));
                               });
    if (!read)
        return read;
    if (campaign.channel == Channel::Email) {
        read = reader.forEachEmail(positions, [&](int position, QByteArrayView address) {
            ContactEmail email;
            email.address = QString::fromUtf8(address);
            members[position].facts.emails.append(std::move(email));
        });
        if (!read)
            return read;
    }
    return reader.forEachChannelConsent(positions, campaign.channel, [&](int position, ConsentState consent) {
        members[position].facts.channelConsent = consent;
    });
}

// The consent the rules weigh: the contact's own consent for the channel when it says anything, else the
// best of the groups they came through (opted in, then pending). An opt-out of any of those groups is
// groupOptedOut and always wins.
ConsentState consentOf(const Member& member) {
    if (member.facts.channelConsent != ConsentState::Unknown)
        return member.facts.channelConsent;
    if (member.consentIn)
        return ConsentState::OptedIn;
    return member.consentPending ? ConsentState::Pending : ConsentState::Unknown;
}

double priceOf(const PreflightSettings& settings, Channel channel) {
    switch (channel) {
    case Channel::Sms:
        return settings.smsSegmentPrice;
    case Channel::Email:
        return settings.emailPrice;
    case Channel::Voice:
        return settings.voicePrice;
    }
    return 0;
}

} // namespace

PreflightSettings PreflightSettings::load(Profile& profile) {
    PreflightSettings settings;
    const QString window = profile.setting(quietHoursKey());
    if (!window.isEmpty()) {
        const campaign::QuietHoursPolicy policy{
            QTime::fromString(window.section(QLatin1Char('-'), 0, 0).trimmed(), QStringLiteral("HH:mm")),
            QTime::fromString(window.section(QLatin1Char('-'), 1, 1).trimmed(), QStringLiteral("HH:mm"))};
        if (policy.isValid())
            settings.quietHours = policy;
    }
    auto price = [&](const char* key, double& value) {
        bool ok = false;
        const double set = profile.setting(QLatin1String(key)).toDouble(&ok);
        if (ok && set >= 0)
            value = set;
    };
    price("campaign.sms_segment_price", settings.smsSegmentPrice);
    price("campaign.email_price", settings.emailPrice);
    price("campaign.voice_price", settings.voicePrice);
    settings.currency = profile.setting(QStringLiteral("campaign.currency"), settings.currency);
    return settings;
}

QJsonObject PreflightReport::toJson() const {
    QJsonObject reasons;
    for (const ExclusionReason reason : campaign::kExclusionReasons)
        reasons.insert(campaign::toWire(reason), excluded.value(reason));
    QJsonArray list;
    for (const PreflightPerson& person : people) {
        list.append(QJsonObject{{QStringLiteral("contactId"), person.contactId},
                                {QStringLiteral("to"), person.address},
                                {QStringLiteral("outcome"), campaign::toWire(person.outcome)},
                                {QStringLiteral("reason"), campaign::toWire(person.reason)}});
    }
    return {{QStringLiteral("recipients"), recipients},
            {QStringLiteral("held"), held},
            {QStringLiteral("excluded"), reasons},
            {QStringLiteral("segments"), segments},
            {QStringLiteral("cost"), qRound64(cost * 10000) / 10000.0},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("people"), list}};
}

CampaignPreflight::CampaignPreflight(Database& database, const Clock* clock)
    : m_database(database)
    , m_clock(clock ? *clock : Clock::system()) {}

Result<PreflightReport> CampaignPreflight::run(const Campaign& campaign) {
    PreflightSettings settings = m_settings;
    if (const QTimeZone zone(campaign.timeZone.toUtf8()); !campaign.timeZone.isEmpty() && zone.isValid())
        settings.fallbackZone = zone;

    CampaignAudienceReader reader(m_database);
    QList<Member> members;
    ContactPositions positions;
    QStringList groupNames;
    if (Status gathered = gatherAudience(reader, campaign.audience, members, positions, groupNames);
        !gathered)
        return gathered.error();
    if (Status read = readFacts(reader, m_database, campaign, members, positions, groupNames); !read)
        return read.error();

    PreflightReport report;
    report.currency = settings.currency;
    const QDateTime now = m_clock.now().toUTC();
    report.evaluatedAt =
        campaign.scheduledAt.isValid() && campaign.scheduledAt > now ? campaign.scheduledAt.toUTC() : now;
    campaign::QuietHours quietHours(settings.quietHours, settings.fallbackZone);
    campaign::AudienceClassifier classifier({campaign.channel, campaign.kind}, &quietHours,
                                            report.evaluatedAt);
    Status optedOut = reader.forEachOptedOutAddress(campaign.channel, [&](QByteArrayView address) {
        classifier.addOptedOutAddress(QString::fromUtf8(address));
    });
    if (!optedOut)
        return optedOut.error();

    report.people.reserve(members.size());
    for (Member& member : members) {
        if (!member.found)
            continue; // removed while the audience was read
        member.facts.contactId = QString::fromLatin1(member.id);
        member.facts.groupOptedOut = member.groupOptedOut;
        member.facts.channelConsent = consentOf(member);
        const campaign::RecipientDecision decision = classifier.decide(member.facts);
        PreflightPerson person;
        person.contactId = member.facts.contactId;
        person.name = std::move(member.name);
        person.address = decision.address;
        person.outcome = decision.outcome;
        person.reason = decision.reason;
        person.releaseAt = decision.releaseAt;
        person.text = std::move(member.facts.renderedText);
        person.segments = member.segments;
        ++report.audience;
        if (decision.outcome == Outcome::Excluded) {
            ++report.excludedTotal;
            ++report.excluded[decision.reason];
        } else {
            ++report.recipients;
            report.held += decision.outcome == Outcome::Held ? 1 : 0;
            report.segments += person.segments;
        }
        report.people.append(std::move(person));
    }
    report.cost = campaign.channel == Channel::Sms
                      ? double(report.segments) * settings.smsSegmentPrice
                      : double(report.recipients) * priceOf(settings, campaign.channel);
    return report;
}

} // namespace iq
