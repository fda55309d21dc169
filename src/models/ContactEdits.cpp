#include "models/ContactEdits.h"

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

ContactActions actionsOf(const EditTarget& target) {
    return ContactActions(target.database, &target.notifier, QStringLiteral("desktop"));
}

} // namespace

AddContactEdit::AddContactEdit(EditTarget target, Contact contact)
    : m_target(std::move(target))
    , m_contact(std::move(contact)) {
    setText(ContactEditsText::tr("Add %1").arg(m_contact.shownName()));
}

void AddContactEdit::redo() {
    ContactActions contacts = actionsOf(m_target);
    Result<Contact> result = m_contact;
    // Redone after an undo, the same contact comes back rather than a copy with a new id.
    if (!m_added)
        result = contacts.add(m_contact);
    else if (Status restored = contacts.restore({{m_contact, {}}}); !restored)
        result = restored.error();
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
    auto removed = actionsOf(m_target).remove({m_contact.id});
    if (!removed)
        check(m_target, removed.error());
}

EditContactEdit::EditContactEdit(EditTarget target, Contact before, Contact after)
    : m_target(std::move(target))
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    setText(ContactEditsText::tr("Edit %1").arg(m_after.shownName()));
}

void EditContactEdit::redo() {
    auto result = actionsOf(m_target).update(m_after);
    if (!result)
        check(m_target, result.error());
}

void EditContactEdit::undo() {
    auto result = actionsOf(m_target).update(m_before);
    if (!result)
        check(m_target, result.error());
}

DeleteContactsEdit::DeleteContactsEdit(EditTarget target, const QStringList& contactIds)
    : m_target(std::move(target)) {
    ContactActions contacts = actionsOf(m_target);
    QString name;
    for (const QString& id : contactIds) {
        auto contact = contacts.get(id);
        if (!contact)
            continue;
        m_ids << id;
        name = contact.value().shownName();
    }
    if (m_ids.size() == 1)
        setText(ContactEditsText::tr("Delete %1").arg(name));
    else
        setText(ContactEditsText::tr("Delete %n contact(s)", nullptr, static_cast<int>(m_ids.size())));
}

void DeleteContactsEdit::redo() {
    auto deleted = actionsOf(m_target).remove(m_ids);
    if (!deleted) {
        check(m_target, deleted.error());
        return;
    }
    m_deleted = deleted.value();
}

void DeleteContactsEdit::undo() {
    check(m_target, actionsOf(m_target).restore(m_deleted));
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
    auto added = actionsOf(m_target).addToGroup(m_contactIds, m_groupId, m_consent, m_source);
    if (!added) {
        check(m_target, added.error());
        return;
    }
    m_added = added.value();
}

void AddToGroupEdit::undo() {
    check(m_target, actionsOf(m_target).leaveGroup(m_groupId, m_added));
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
    auto removed = actionsOf(m_target).removeFromGroup(m_contactIds, m_groupId);
    if (!removed) {
        check(m_target, removed.error());
        return;
    }
    m_removed = removed.value();
}

void RemoveFromGroupEdit::undo() {
    check(m_target,
          actionsOf(m_target).rejoinGroup(m_groupId, m_removed, ContactEditsText::tr("Removal undone")));
}

} // namespace iq
