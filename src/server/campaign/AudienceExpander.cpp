#include "server/campaign/AudienceExpander.h"

#include "server/campaign/MessageRecord.h"
#include "server/campaign/RecipientFields.h"
#include "server/store/SyncStore.h"
#include "shared/campaign/QuietHours.h"
#include "shared/campaign/RecipientRules.h"
#include "shared/json/ContactJson.h"
#include "shared/phone/PhoneNumbers.h"
#include "shared/sms/SmsSegments.h"
#include "shared/template/Template.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace iq::server {
namespace {

using campaign::AudienceClassifier;
using Decision = campaign::Outcome;
using campaign::RecipientFacts;

struct Membership {
    QString contactId;
    ConsentState consent = ConsentState::Unknown;
};

// The account's records the expansion reads, parsed once.
struct AccountRecords {
    QHash<QString, Contact> contacts;
    QHash<QString, QList<Membership>> members; // by group, oldest first
    QHash<QString, QString> groupNames;
    QHash<QString, ConsentState> channelConsent; // by contact, for the campaign's channel
};

QJsonObject parse(const QString& payload) {
    return QJsonDocument::fromJson(payload.toUtf8()).object();
}

Result<AccountRecords> readRecords(SyncStore& store, const QString& accountId, const QString& channel) {
    AccountRecords r;
    Status read =
        store.forEachRecord(accountId, QStringLiteral("contact"), [&](const QString& id, const QString& p) {
            QJsonObject payload = parse(p);
            payload.insert(QStringLiteral("id"), id);
            if (auto contact = ContactJson::fromJson(payload))
                r.contacts.insert(id, contact.value());
        });
    if (read)
        read =
            store.forEachRecord(accountId, QStringLiteral("group"), [&](const QString& id, const QString& p) {
                r.groupNames.insert(id, parse(p).value(QStringLiteral("name")).toString());
            });
    if (read)
        read = store.forEachRecord(
            accountId, QStringLiteral("membership"), [&](const QString&, const QString& p) {
                const QJsonObject payload = parse(p);
                const auto consent =
                    consentStateFromStorage(payload.value(QStringLiteral("consent")).toString());
                r.members[payload.value(QStringLiteral("groupId")).toString()].append(
                    {payload.value(QStringLiteral("contactId")).toString(),
                     consent.value_or(ConsentState::Unknown)});
            });
    if (read)
        read =
            store.forEachRecord(accountId, QStringLiteral("consent"), [&](const QString&, const QString& p) {
                const QJsonObject payload = parse(p);
                if (payload.value(QStringLiteral("channel")).toString() != channel)
                    return;
                const auto consent =
                    consentStateFromStorage(payload.value(QStringLiteral("consent")).toString());
                if (consent)
                    r.channelConsent.insert(payload.value(QStringLiteral("contactId")).toString(), *consent);
            });
    if (!read)
        return read.error();
    return r;
}

// One person of the audience with the groups they came through.
struct Member {
    QString contactId;
    QString groupName; // the first group they came through, for {{group}}
    bool groupOptedOut = false;
    ConsentState groupConsent = ConsentState::Unknown; // the best consent of the other groups
};

QList<Member> orderAudience(const AccountRecords& r, const CampaignRequest& campaign) {
    QSet<QString> left;
    for (const QString& groupId : campaign.excludeGroups) {
        for (const Membership& m : r.members.value(groupId))
            left.insert(m.contactId);
    }
    QList<Member> order;
    QHash<QString, qsizetype> index;
    auto add = [&](const QString& contactId, const QString& groupId, std::optional<ConsentState> consent) {
        if (left.contains(contactId) || !r.contacts.contains(contactId))
            return;
        auto found = index.constFind(contactId);
        if (found == index.constEnd()) {
            found = index.insert(contactId, order.size());
            order.append(Member{contactId, groupId.isEmpty() ? QString() : r.groupNames.value(groupId)});
        }
        Member& member = order[*found];
        if (member.groupName.isEmpty() && !groupId.isEmpty())
            member.groupName = r.groupNames.value(groupId);
        if (!consent)
            return;
        if (*consent == ConsentState::OptedOut)
            member.groupOptedOut = true;
        else if (*consent == ConsentState::OptedIn)
            member.groupConsent = ConsentState::OptedIn;
        else if (*consent == ConsentState::Pending && member.groupConsent == ConsentState::Unknown)
            member.groupConsent = ConsentState::Pending;
    };
    for (const QString& groupId : campaign.groups) {
        for (const Membership& m : r.members.value(groupId))
            add(m.contactId, groupId, m.consent);
    }
    for (const QString& contactId : campaign.contacts)
        add(contactId, {}, std::nullopt);
    return order;
}

QList<ContactPhone> renormalized(const QList<ContactPhone>& phones, const PhoneNumbers& numbers) {
    QList<ContactPhone> result;
    for (const ContactPhone& phone : phones)
        result.append(numbers.normalize(phone.e164.isEmpty() ? phone.raw : phone.e164, phone.label));
    return result;
}

// The channel consent of a person: their channel record, else what the groups they came through say.
ConsentState consentOf(const AccountRecords& r, const Member& member) {
    const ConsentState channel = r.channelConsent.value(member.contactId, ConsentState::Unknown);
    return channel != ConsentState::Unknown ? channel : member.groupConsent;
}

QString messageId(const QString& accountId, const QString& campaignId, const QString& contactId) {
    static const QUuid space(QStringLiteral("{0f4e2b8c-6c1d-4b7e-9a51-3d2f8e6a7c90}"));
    return QUuid::createUuidV5(space,
                               accountId + QLatin1Char('/') + campaignId + QLatin1Char('/') + contactId)
        .toString(QUuid::WithoutBraces);
}

} // namespace

qint64 Expansion::excludedTotal() const {
    qint64 total = 0;
    for (const qint64 n : excluded)
        total += n;
    return total;
}

AudienceExpander::AudienceExpander(SyncStore& records, const PhoneNumbers& phones)
    : m_records(records)
    , m_phones(phones) {}

Result<Expansion> AudienceExpander::expand(const QString& accountId, const CampaignRequest& campaign,
                                           const QString& businessName, const QDateTime& now) {
    auto records = readRecords(m_records, accountId, campaign.channel);
    if (!records)
        return records.error();
    const AccountRecords& r = records.value();
    const Channel channel = channelFromStorage(campaign.channel).value_or(Channel::Sms);
    const campaign::CampaignSpec spec{
        channel, campaign::campaignKindFromWire(campaign.kind).value_or(campaign::CampaignKind::Marketing)};
    const QTimeZone fallback =
        campaign.timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(campaign.timeZone.toUtf8());
    campaign::QuietHours quietHours({}, fallback);
    AudienceClassifier classifier(spec, &quietHours, now);
    // Anyone opted out of the channel makes their addresses opted out for every contact that shares them.
    for (auto it = r.channelConsent.cbegin(); it != r.channelConsent.cend(); ++it) {
        if (it.value() != ConsentState::OptedOut || !r.contacts.contains(it.key()))
            continue;
        const Contact& contact = r.contacts[it.key()];
        if (channel == Channel::Email) {
            for (const ContactEmail& email : contact.emails)
                classifier.addOptedOutAddress(email.address.trimmed());
        } else {
            for (const ContactPhone& phone : renormalized(contact.phones, m_phones))
                classifier.addOptedOutAddress(phone.e164);
        }
    }

    const tmpl::Template body = tmpl::Template::parse(campaign.body);
    RecipientFields fields;
    fields.setSender(businessName, {});
    Expansion expansion;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (const Member& member : orderAudience(r, campaign)) {
        const Contact& contact = r.contacts[member.contactId];
        RecipientFacts facts;
        facts.contactId = member.contactId;
        facts.phones = renormalized(contact.phones, m_phones);
        facts.emails = contact.emails;
        facts.groupOptedOut = member.groupOptedOut;
        facts.channelConsent = consentOf(r, member);
        facts.timeZone = contact.timeZone;
        fields.setContact(contact, member.groupName);
        body.renderTo(facts.renderedText, tmpl::Value::fromFields(&fields), tmpl::Escaping::None);
        const campaign::RecipientDecision decision = classifier.decide(facts);
        if (decision.outcome == Decision::Excluded) {
            expansion.excluded[campaign::toWire(decision.reason)] += 1;
            continue;
        }
        const bool held = decision.outcome == Decision::Held;
        DeliveryQueue::Message message;
        message.messageId = messageId(accountId, campaign.id, member.contactId);
        message.accountId = accountId;
        message.campaignId = campaign.id;
        message.contactId = member.contactId;
        message.channel = campaign.channel;
        message.address = decision.address;
        message.body = facts.renderedText;
        message.segments = channel == Channel::Sms ? sms::countSegments(facts.renderedText).segments : 0;
        message.status = held ? QStringLiteral("held") : QStringLiteral("queued");
        message.notBefore = held ? decision.releaseAt.toMSecsSinceEpoch() : nowMs;
        message.state = QStringLiteral("pending");
        message.position = expansion.messages.size();
        expansion.held += held ? 1 : 0;
        const QString detail = held ? QStringLiteral("Held for the recipient's quiet hours") : QString();
        expansion.records.append(
            {QStringLiteral("message"), message.messageId,
             messagerecord::make({campaign.id, member.contactId, campaign.channel, message.address,
                                  message.body, message.segments, message.status,
                                  held ? decision.releaseAt : QDateTime(), detail},
                                 now)});
        expansion.messages.append(std::move(message));
    }
    return expansion;
}

} // namespace iq::server
