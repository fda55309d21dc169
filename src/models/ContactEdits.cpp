#include "ContactEdits.h"

#include "store/ChangeNotifier.h"
#include "store/ContactRepository.h"
#include "store/Database.h"
#include "store/GroupRepository.h"

#include <QCoreApplication>

namespace iq {

// The translation context of this file's messages: lupdate files ContactEditsText::tr() calls under it, and
// the same context is asked for at run time.
class ContactEditsText final {
    Q_DECLARE_TR_FUNCTIONS(iq::ContactEdits)
};
namespace {

void check(const EditTarget& target, const Status& status) {
    if (!status && target.reportError)
        target.reportError(status.errorMessage());
}

QString recordedBy() {
    return QStringLiteral("desktop");
}

} // namespace

AddContactEdit::AddContactEdit(EditTarget target, Contact contact)
    : m_target(std::move(target))
    , m_contact(std::move(contact)) {
    setText(ContactEditsText::tr("Add %1").arg(m_contact.shownName()));
}

void AddContactEdit::redo() {
    ContactRepository contacts(m_target.database, &m_target.notifier);
    auto result = m_added ? contacts.restore(m_contact) : contacts.add(m_contact);
    m_ok = result.ok();
    if (!result) {
        check(m_target, result.error());
        setObsolete(true);
        return;
    }
    m_contact = result.value();
    m_added = true;
}

void AddContactEdit::undo() {
    check(m_target, ContactRepository(m_target.database, &m_target.notifier).remove(m_contact.id));
}

EditContactEdit::EditContactEdit(EditTarget target, Contact before, Contact after)
    : m_target(std::move(target))
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    setText(ContactEditsText::tr("Edit %1").arg(m_after.shownName()));
}

void EditContactEdit::redo() {
    auto result = ContactRepository(m_target.database, &m_target.notifier).update(m_after);
    if (!result)
        check(m_target, result.error());
}

void EditContactEdit::undo() {
    auto result = ContactRepository(m_target.database, &m_target.notifier).update(m_before);
    if (!result)
        check(m_target, result.error());
}

DeleteContactsEdit::DeleteContactsEdit(EditTarget target, const QStringList& contactIds)
    : m_target(std::move(target)) {
    ContactRepository contacts(m_target.database);
    for (const QString& id : contactIds) {
        auto contact = contacts.get(id);
        if (!contact)
            continue;
        m_contacts.append(contact.value());
        auto memberships = contacts.memberships(id);
        if (memberships)
            m_memberships.insert(id, memberships.value());
    }
    if (m_contacts.size() == 1)
        setText(ContactEditsText::tr("Delete %1").arg(m_contacts.first().shownName()));
    else
        setText(ContactEditsText::tr("Delete %n contact(s)", nullptr, static_cast<int>(m_contacts.size())));
}

void DeleteContactsEdit::redo() {
    ContactRepository contacts(m_target.database, &m_target.notifier);
    check(m_target, m_target.database.transaction([&]() -> Status {
        for (const Contact& contact : m_contacts) {
            if (Status removed = contacts.remove(contact.id); !removed)
                return removed;
        }
        return {};
    }));
}

void DeleteContactsEdit::undo() {
    ContactRepository contacts(m_target.database, &m_target.notifier);
    GroupRepository groups(m_target.database, &m_target.notifier);
    check(m_target, m_target.database.transaction([&]() -> Status {
        for (const Contact& contact : m_contacts) {
            auto restored = contacts.restore(contact);
            if (!restored)
                return restored.error();
            for (const GroupMembership& membership : m_memberships.value(contact.id)) {
                if (Status joined = groups.addMember(membership.groupId, contact.id, membership.consent,
                                                     ConsentMethod::Manual,
                                                     ContactEditsText::tr("Deletion undone"), recordedBy());
                    !joined)
                    return joined;
            }
        }
        return {};
    }));
}

AddToGroupEdit::AddToGroupEdit(EditTarget target, QString groupId, QString groupName, QStringList contactIds,
                               ConsentState consent, QString source)
    : m_target(std::move(target))
    , m_groupId(std::move(groupId))
    , m_contactIds(std::move(contactIds))
    , m_consent(consent)
    , m_source(std::move(source)) {
    setText(ContactEditsText::tr("Add %n contact(s) to %1", nullptr, static_cast<int>(m_contactIds.size()))
                .arg(groupName));
}

void AddToGroupEdit::redo() {
    m_added.clear();
    GroupRepository groups(m_target.database, &m_target.notifier);
    check(m_target, m_target.database.transaction([&]() -> Status {
        for (const QString& id : m_contactIds) {
            // A member keeps the consent already recorded for them; only newcomers get this one.
            auto existing = m_target.database.exec(
                QStringLiteral("SELECT 1 FROM group_members WHERE group_id = ? AND contact_id = ?"),
                {m_groupId, id});
            if (!existing)
                return existing.error();
            if (existing.value().next())
                continue;
            existing.value().finish();
            if (Status joined =
                    groups.addMember(m_groupId, id, m_consent, ConsentMethod::Manual, m_source, recordedBy());
                !joined)
                return joined;
            m_added << id;
        }
        return {};
    }));
}

void AddToGroupEdit::undo() {
    GroupRepository groups(m_target.database, &m_target.notifier);
    check(m_target, m_target.database.transaction([&]() -> Status {
        for (const QString& id : std::as_const(m_added)) {
            if (Status left = groups.removeMember(m_groupId, id); !left)
                return left;
        }
        return {};
    }));
}

RemoveFromGroupEdit::RemoveFromGroupEdit(EditTarget target, QString groupId, QString groupName,
                                         QStringList contactIds)
    : m_target(std::move(target))
    , m_groupId(std::move(groupId))
    , m_contactIds(std::move(contactIds)) {
    setText(
        ContactEditsText::tr("Remove %n contact(s) from %1", nullptr, static_cast<int>(m_contactIds.size()))
            .arg(groupName));
}

void RemoveFromGroupEdit::redo() {
    m_removed.clear();
    GroupRepository groups(m_target.database, &m_target.notifier);
    check(m_target, m_target.database.transaction([&]() -> Status {
        for (const QString& id : m_contactIds) {
            auto existing = m_target.database.exec(
                QStringLiteral("SELECT consent FROM group_members WHERE group_id = ? AND contact_id = ?"),
                {m_groupId, id});
            if (!existing)
                return existing.error();
            if (!existing.value().next())
                continue;
            const ConsentState consent =
                consentStateFromStorage(existing.value().value(0).toString()).value_or(ConsentState::Unknown);
            existing.value().finish();
            if (Status left = groups.removeMember(m_groupId, id); !left)
                return left;
            m_removed.insert(id, consent);
        }
        return {};
    }));
}

void RemoveFromGroupEdit::undo() {
    GroupRepository groups(m_target.database, &m_target.notifier);
    check(m_target, m_target.database.transaction([&]() -> Status {
        for (auto it = m_removed.cbegin(); it != m_removed.cend(); ++it) {
            if (Status joined = groups.addMember(m_groupId, it.key(), it.value(), ConsentMethod::Manual,
                                                 ContactEditsText::tr("Removal undone"), recordedBy());
                !joined)
                return joined;
        }
        return {};
    }));
}

} // namespace iq
