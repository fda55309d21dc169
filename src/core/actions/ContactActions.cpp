#include "core/actions/ContactActions.h"

#include "core/profile/Profile.h"
#include "core/store/ContactMemberships.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/GroupRepository.h"
#include "shared/phone/PhoneNumbers.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace iq {

// The translation context of this file's messages: lupdate files ContactActionsText::tr() calls under it,
// and the same context is asked for at run time.
class ContactActionsText final {
    Q_DECLARE_TR_FUNCTIONS(iq::ContactActions)
};

namespace {

Error invalid(const QString& message) {
    return Error::make(Error::Code::InvalidInput, message);
}

bool isEmailAddress(const QString& address) {
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    return at > 0 && at < address.size() - 1 && !address.contains(QLatin1Char(' '));
}

// A BCP 47 tag of a language Qt knows: "de", "pt-BR", "zh-Hant-TW".
bool isLanguageTag(const QString& tag) {
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    return shape.match(tag).hasMatch() && QLocale(tag).language() != QLocale::C;
}

void setText(QString& field, const std::optional<QString>& value) {
    if (value)
        field = value->trimmed();
}

} // namespace

ContactActions::ContactActions(Profile& profile, QString actor, const Clock* clock)
    : ContactActions(profile.database(), &profile.notifier(), std::move(actor), clock) {}

ContactActions::ContactActions(Database& database, ChangeNotifier* notifier, QString actor,
                               const Clock* clock)
    : m_database(database)
    , m_notifier(notifier)
    , m_actor(std::move(actor))
    , m_clock(clock) {}

Result<Contact> ContactActions::get(const QString& id) {
    return ContactRepository(m_database).get(id);
}

Result<QList<GroupMembership>> ContactActions::memberships(const QString& contactId) {
    return ContactRepository(m_database).memberships(contactId);
}

Result<QList<Group>> ContactActions::groups() {
    return GroupRepository(m_database).list();
}

Result<Group> ContactActions::findGroup(const QString& nameOrId) {
    return GroupRepository(m_database).find(nameOrId);
}

Result<int> ContactActions::count() {
    return ContactRepository(m_database).count();
}

QString ContactActions::problem(const Contact& contact) {
    for (const ContactEmail& email : contact.emails) {
        if (!isEmailAddress(email.address))
            return ContactActionsText::tr("\"%1\" is not an e-mail address.").arg(email.address);
    }
    if (contact.shownName().isEmpty())
        return ContactActionsText::tr(
            "A contact needs a name, an organization, a phone number or an e-mail address.");
    return {};
}

Result<Contact> ContactActions::add(const Contact& contact, const GroupPlacement& placement) {
    if (const QString why = problem(contact); !why.isEmpty())
        return invalid(why);
    ContactRepository contacts(m_database, m_notifier, m_clock);
    GroupRepository groups(m_database, m_notifier, m_clock);
    Result<Contact> added = Error{};
    Status status = m_database.transaction([&]() -> Status {
        added = contacts.add(contact);
        if (!added)
            return added.error();
        for (const QString& name : placement.groupNames) {
            auto group = findOrAddGroup(name);
            if (!group)
                return group.error();
            if (Status joined = groups.addMember(group.value().id, added.value().id, placement.consent,
                                                 ConsentMethod::Manual, placement.source, m_actor);
                !joined)
                return joined;
        }
        return {};
    });
    if (!status)
        return status.error();
    return added;
}

Result<Contact> ContactActions::update(const Contact& contact) {
    if (const QString why = problem(contact); !why.isEmpty())
        return invalid(why);
    return ContactRepository(m_database, m_notifier, m_clock).update(contact);
}

Status ContactActions::apply(Contact& contact, const ContactChanges& changes,
                             const PhoneNumbers& phoneNumbers) const {
    setText(contact.givenName, changes.givenName);
    setText(contact.middleName, changes.middleName);
    setText(contact.familyName, changes.familyName);
    setText(contact.displayName, changes.displayName);
    setText(contact.organization, changes.organization);
    if (changes.notes)
        contact.notes = *changes.notes;
    if (changes.language) {
        const QString tag = changes.language->trimmed().replace(QLatin1Char('_'), QLatin1Char('-'));
        if (!tag.isEmpty() && !isLanguageTag(tag))
            return invalid(ContactActionsText::tr("Language: \"%1\" is not a language tag such as \"de\" or "
                                                  "\"pt-BR\".")
                               .arg(*changes.language));
        contact.language = tag;
    }
    if (changes.timeZone) {
        const QString zone = changes.timeZone->trimmed();
        if (!zone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
            return invalid(ContactActionsText::tr("Time zone: \"%1\" is not a time zone such as "
                                                  "\"Europe/Berlin\".")
                               .arg(zone));
        contact.timeZone = zone;
    }
    if (changes.phones) {
        contact.phones.clear();
        for (const QString& typed : *changes.phones) {
            const QString raw = typed.trimmed();
            if (raw.isEmpty())
                continue;
            const ContactPhone phone = phoneNumbers.normalize(raw);
            if (!phone.valid && !changes.keepInvalidPhones)
                return invalid(
                    ContactActionsText::tr("Phone number: %1").arg(phoneNumbers.parse(raw).problemText()));
            contact.phones.append(phone);
        }
    }
    if (changes.emails) {
        contact.emails.clear();
        for (const QString& typed : *changes.emails) {
            if (!typed.trimmed().isEmpty())
                contact.emails.append({typed.trimmed(), QString()});
        }
    }
    for (auto it = changes.customFields.cbegin(); it != changes.customFields.cend(); ++it) {
        const QString key = it.key().trimmed();
        if (key.isEmpty())
            return invalid(ContactActionsText::tr("Custom field: a field needs a name before its value."));
        if (it.value().isEmpty())
            contact.customFields.remove(key);
        else
            contact.customFields.insert(key, it.value());
    }
    return {};
}

Result<Contact> ContactActions::edit(const QString& id, const ContactChanges& changes,
                                     const PhoneNumbers& phoneNumbers) {
    ContactRepository contacts(m_database, m_notifier, m_clock);
    Result<Contact> edited = Error{};
    Status status = m_database.transaction([&]() -> Status {
        auto contact = contacts.get(id);
        if (!contact)
            return contact.error();
        if (Status applied = apply(contact.value(), changes, phoneNumbers); !applied)
            return applied;
        if (const QString why = problem(contact.value()); !why.isEmpty())
            return invalid(why);
        edited = contacts.update(contact.value());
        return edited ? Status() : Status(edited.error());
    });
    if (!status)
        return status.error();
    return edited;
}

Result<QList<DeletedContact>> ContactActions::remove(const QStringList& ids) {
    ContactRepository contacts(m_database, m_notifier, m_clock);
    QList<DeletedContact> deleted;
    Status status = m_database.transaction([&]() -> Status {
        for (const QString& id : ids) {
            auto contact = contacts.get(id);
            if (!contact)
                return contact.error();
            auto memberships = contacts.memberships(id);
            if (!memberships)
                return memberships.error();
            if (Status removed = contacts.remove(id); !removed)
                return removed;
            deleted.append({contact.value(), memberships.value()});
        }
        return {};
    });
    if (!status)
        return status.error();
    return deleted;
}

Status ContactActions::restore(const QList<DeletedContact>& deleted) {
    ContactRepository contacts(m_database, m_notifier, m_clock);
    GroupRepository groups(m_database, m_notifier, m_clock);
    return m_database.transaction([&]() -> Status {
        for (const DeletedContact& each : deleted) {
            auto restored = contacts.restore(each.contact);
            if (!restored)
                return restored.error();
            for (const GroupMembership& membership : each.memberships) {
                if (Status joined = groups.addMember(membership.groupId, each.contact.id, membership.consent,
                                                     ConsentMethod::Manual,
                                                     ContactActionsText::tr("Deletion undone"), m_actor);
                    !joined)
                    return joined;
            }
        }
        return {};
    });
}

Result<Group> ContactActions::findOrAddGroup(const QString& name) {
    GroupRepository groups(m_database, m_notifier, m_clock);
    auto group = groups.find(name);
    if (!group && group.error().code == Error::Code::NotFound)
        group = groups.add(Group{QString(), name.trimmed(), QString(), {}});
    return group;
}

Result<QStringList> ContactActions::addToGroup(const QStringList& ids, const QString& groupId,
                                               ConsentState consent, const QString& source) {
    GroupRepository groups(m_database, m_notifier, m_clock);
    ContactMemberships memberships(m_database);
    QStringList added;
    Status status = m_database.transaction([&]() -> Status {
        for (const QString& id : ids) {
            // A member keeps the consent already recorded for them; only newcomers get this one.
            auto existing = memberships.consentIn(groupId, id);
            if (!existing)
                return existing.error();
            if (existing.value())
                continue;
            if (Status joined =
                    groups.addMember(groupId, id, consent, ConsentMethod::Manual, source, m_actor);
                !joined)
                return joined;
            added << id;
        }
        return {};
    });
    if (!status)
        return status.error();
    return added;
}

Result<QHash<QString, ConsentState>> ContactActions::removeFromGroup(const QStringList& ids,
                                                                     const QString& groupId) {
    GroupRepository groups(m_database, m_notifier, m_clock);
    ContactMemberships memberships(m_database);
    QHash<QString, ConsentState> removed;
    Status status = m_database.transaction([&]() -> Status {
        for (const QString& id : ids) {
            auto existing = memberships.consentIn(groupId, id);
            if (!existing)
                return existing.error();
            if (!existing.value())
                continue;
            if (Status left = groups.removeMember(groupId, id); !left)
                return left;
            removed.insert(id, *existing.value());
        }
        return {};
    });
    if (!status)
        return status.error();
    return removed;
}

Status ContactActions::rejoinGroup(const QString& groupId, const QHash<QString, ConsentState>& members,
                                   const QString& source) {
    GroupRepository groups(m_database, m_notifier, m_clock);
    return m_database.transaction([&]() -> Status {
        for (auto it = members.cbegin(); it != members.cend(); ++it) {
            if (Status joined =
                    groups.addMember(groupId, it.key(), it.value(), ConsentMethod::Manual, source, m_actor);
                !joined)
                return joined;
        }
        return {};
    });
}

Status ContactActions::leaveGroup(const QString& groupId, const QStringList& ids) {
    GroupRepository groups(m_database, m_notifier, m_clock);
    return m_database.transaction([&]() -> Status {
        for (const QString& id : ids) {
            if (Status left = groups.removeMember(groupId, id); !left)
                return left;
        }
        return {};
    });
}

Result<QList<DuplicatePair>> ContactActions::duplicates(int limit) {
    return DuplicateFinder(m_database).all(limit);
}

Result<MergeOutcome> ContactActions::merge(const QString& keptId, const QString& otherId,
                                           const MergeChoices& choices) {
    return ContactMerger(m_database, m_notifier, m_clock).merge(keptId, otherId, choices, m_actor);
}

Result<MergeOutcome> ContactActions::merge(const QString& keptId, const QString& otherId) {
    ContactRepository contacts(m_database);
    auto kept = contacts.get(keptId);
    if (!kept)
        return kept.error();
    auto other = contacts.get(otherId);
    if (!other)
        return other.error();
    return merge(keptId, otherId, MergeChoices::preferFilled(kept.value(), other.value()));
}

Result<qint64> ContactActions::exportTo(QIODevice* device, const ExportSelection& selection,
                                        const ContactExporter::Options& options,
                                        const std::atomic_bool* cancel) {
    return ContactExporter(m_database).exportTo(device, selection, options, cancel);
}

Result<qint64> ContactActions::exportToFile(const QString& path, const ExportSelection& selection,
                                            const ContactExporter::Options& options,
                                            const std::atomic_bool* cancel) {
    return ContactExporter(m_database).exportToFile(path, selection, options, cancel);
}

} // namespace iq
