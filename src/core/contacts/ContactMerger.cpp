#include "core/contacts/ContactMerger.h"

#include "core/store/AuditLog.h"
#include "core/store/ChangeNotifier.h"
#include "core/store/ConsentLedger.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/GroupRepository.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QSet>
#include <QUuid>

#include <optional>

namespace iq {

// The translation context of this file's messages: lupdate files ContactMergerText::tr() calls under it, and
// the same context is asked for at run time.
class ContactMergerText final {
    Q_DECLARE_TR_FUNCTIONS(iq::ContactMerger)
};
namespace {

QString& field(Contact& contact, MergeField which) {
    switch (which) {
    case MergeField::GivenName:
        return contact.givenName;
    case MergeField::MiddleName:
        return contact.middleName;
    case MergeField::FamilyName:
        return contact.familyName;
    case MergeField::DisplayName:
        return contact.displayName;
    case MergeField::Organization:
        return contact.organization;
    case MergeField::Notes:
        return contact.notes;
    case MergeField::Language:
        return contact.language;
    case MergeField::TimeZone:
        break;
    }
    return contact.timeZone;
}

QString phoneKey(const ContactPhone& phone) {
    return phone.valid && !phone.e164.isEmpty() ? phone.e164 : phone.raw.simplified();
}

} // namespace

QList<MergeField> allMergeFields() {
    return {MergeField::GivenName,    MergeField::MiddleName, MergeField::FamilyName, MergeField::DisplayName,
            MergeField::Organization, MergeField::Notes,      MergeField::Language,   MergeField::TimeZone};
}

QString displayName(MergeField which) {
    switch (which) {
    case MergeField::GivenName:
        return ContactMergerText::tr("First name");
    case MergeField::MiddleName:
        return ContactMergerText::tr("Middle name");
    case MergeField::FamilyName:
        return ContactMergerText::tr("Last name");
    case MergeField::DisplayName:
        return ContactMergerText::tr("Display name");
    case MergeField::Organization:
        return ContactMergerText::tr("Organization");
    case MergeField::Notes:
        return ContactMergerText::tr("Notes");
    case MergeField::Language:
        return ContactMergerText::tr("Language");
    case MergeField::TimeZone:
        break;
    }
    return ContactMergerText::tr("Time zone");
}

QString fieldValue(const Contact& contact, MergeField which) {
    return field(const_cast<Contact&>(contact), which);
}

MergeChoices MergeChoices::preferFilled(const Contact& kept, const Contact& other) {
    MergeChoices choices;
    for (MergeField which : allMergeFields()) {
        if (fieldValue(kept, which).trimmed().isEmpty() && !fieldValue(other, which).trimmed().isEmpty())
            choices.sides.insert(which, MergeSide::Other);
    }
    return choices;
}

Contact mergedContact(const Contact& kept, const Contact& other, const MergeChoices& choices) {
    Contact merged = kept;
    for (MergeField which : allMergeFields()) {
        if (choices.side(which) == MergeSide::Other)
            field(merged, which) = fieldValue(other, which);
    }
    QSet<QString> numbers;
    for (const ContactPhone& phone : kept.phones)
        numbers.insert(phoneKey(phone));
    for (const ContactPhone& phone : other.phones) {
        if (!numbers.contains(phoneKey(phone))) {
            numbers.insert(phoneKey(phone));
            merged.phones << phone;
        }
    }
    QSet<QString> addresses;
    for (const ContactEmail& email : kept.emails)
        addresses.insert(email.address.toLower());
    for (const ContactEmail& email : other.emails) {
        if (!addresses.contains(email.address.toLower())) {
            addresses.insert(email.address.toLower());
            merged.emails << email;
        }
    }
    for (auto it = other.customFields.cbegin(); it != other.customFields.cend(); ++it) {
        if (!merged.customFields.contains(it.key()))
            merged.customFields.insert(it.key(), it.value());
    }
    return merged;
}

ContactMerger::ContactMerger(Database& database, ChangeNotifier* notifier, const Clock* clock)
    : m_database(database)
    , m_notifier(notifier)
    , m_clock(clock) {}

Result<MergeOutcome> ContactMerger::merge(const QString& keptId, const QString& otherId,
                                          const MergeChoices& choices, const QString& recordedBy) {
    if (keptId == otherId)
        return Error::make(Error::Code::InvalidInput,
                           ContactMergerText::tr("A contact cannot be merged with itself."));
    // The repositories announce nothing here: the notifier hears once, after the commit.
    ContactRepository contacts(m_database, nullptr, m_clock);
    GroupRepository groups(m_database, nullptr, m_clock);
    ConsentLedger ledger(m_database, m_clock);
    MergeOutcome outcome;
    Status status = m_database.transaction([&]() -> Status {
        auto kept = contacts.get(keptId);
        if (!kept)
            return kept.error();
        auto other = contacts.get(otherId);
        if (!other)
            return other.error();
        const QString source =
            ContactMergerText::tr("merged with %1 (%2)").arg(other.value().shownName(), other.value().id);

        auto keptGroups = contacts.memberships(keptId);
        if (!keptGroups)
            return keptGroups.error();
        auto otherGroups = contacts.memberships(otherId);
        if (!otherGroups)
            return otherGroups.error();
        auto keptChannels = ledger.channelStates(keptId);
        if (!keptChannels)
            return keptChannels.error();
        auto otherChannels = ledger.channelStates(otherId);
        if (!otherChannels)
            return otherChannels.error();
        auto otherHistory = ledger.history(otherId);
        if (!otherHistory)
            return otherHistory.error();

        auto updated = contacts.update(mergedContact(kept.value(), other.value(), choices));
        if (!updated)
            return updated.error();
        outcome.contact = updated.value();

        // The other person's consent history moves along as it was recorded, so the kept contact's
        // ledger still shows where every consent came from; it changes no current state by itself.
        for (const ConsentChange& change : otherHistory.value()) {
            if (Status copied = ledger.copyEntry(change, keptId); !copied)
                return copied;
            ++outcome.ledgerEntriesCopied;
        }

        QHash<QString, ConsentState> keptConsentByGroup;
        for (const GroupMembership& membership : keptGroups.value())
            keptConsentByGroup.insert(membership.groupId, membership.consent);
        for (const GroupMembership& membership : otherGroups.value()) {
            const auto current = keptConsentByGroup.constFind(membership.groupId);
            const bool member = current != keptConsentByGroup.cend();
            const ConsentState wanted = member ? stricter(*current, membership.consent) : membership.consent;
            if (member && wanted == *current)
                continue;
            if (Status added = groups.addMember(membership.groupId, keptId, wanted, ConsentMethod::Merge,
                                                source, recordedBy);
                !added)
                return added;
            if (member)
                ++outcome.consentRecorded;
            else
                ++outcome.groupsJoined;
        }

        for (auto it = otherChannels.value().cbegin(); it != otherChannels.value().cend(); ++it) {
            const std::optional<ConsentState> current =
                keptChannels.value().contains(it.key()) ? std::optional(keptChannels.value().value(it.key()))
                                                        : std::nullopt;
            const ConsentState wanted = current ? stricter(*current, it.value()) : it.value();
            if (current && wanted == *current)
                continue;
            ConsentChange change;
            change.contactId = keptId;
            change.channel = it.key();
            change.state = wanted;
            change.method = ConsentMethod::Merge;
            change.source = source;
            change.recordedBy = recordedBy;
            if (Status recorded = ledger.record(change); !recorded)
                return recorded;
            ++outcome.consentRecorded;
        }
        if (Status removed = contacts.remove(otherId); !removed)
            return removed;
        // Kept so that the person's timeline shows the merge and what the other contact had received.
        const QDateTime now = (m_clock ? *m_clock : Clock::system()).now();
        return AuditLog(m_database)
            .record(QStringLiteral("contact_merged"), recordedBy,
                    {{QStringLiteral("kept"), keptId},
                     {QStringLiteral("other"), otherId},
                     {QStringLiteral("otherName"), other.value().shownName()}},
                    toStoredTime(now));
    });
    if (!status)
        return status.error();
    if (m_notifier) {
        m_notifier->announce(Entity::Contact, {keptId, otherId});
        m_notifier->announce(Entity::Membership, {keptId, otherId});
        m_notifier->announce(Entity::Consent, {keptId});
    }
    return outcome;
}

} // namespace iq
