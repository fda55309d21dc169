#pragma once

#include "core/actions/ContactActions.h"
#include "shared/domain/Contact.h"

#include <QHash>
#include <QList>
#include <QUndoCommand>

#include <functional>

namespace iq {

class Database;
class ChangeNotifier;

// Where undoable contact edits write, and who hears about a failure (a command cannot return one).
struct EditTarget {
    Database& database;
    ChangeNotifier& notifier;
    std::function<void(const QString&)> reportError;
};

// Each edit below is a QUndoCommand over ContactActions (so through the outbox and the consent
// ledger). Opting out is deliberately not among them: a STOP must stay recorded, and opting back in
// needs a new consent record with its source.
class AddContactEdit final : public QUndoCommand {
public:
    AddContactEdit(EditTarget target, Contact contact);
    void redo() override;
    void undo() override;
    QString contactId() const { return m_contact.id; }
    bool succeeded() const { return m_ok; }

private:
    EditTarget m_target;
    Contact m_contact;
    bool m_added = false;
    bool m_ok = false;
};

class EditContactEdit final : public QUndoCommand {
public:
    EditContactEdit(EditTarget target, Contact before, Contact after);
    void redo() override;
    void undo() override;

private:
    EditTarget m_target;
    Contact m_before;
    Contact m_after;
};

class DeleteContactsEdit final : public QUndoCommand {
public:
    DeleteContactsEdit(EditTarget target, const QStringList& contactIds);
    void redo() override;
    void undo() override;

private:
    EditTarget m_target;
    QStringList m_ids;
    QList<DeletedContact> m_deleted;
};

class AddToGroupEdit final : public QUndoCommand {
public:
    AddToGroupEdit(EditTarget target, QString groupId, QString groupName, QStringList contactIds,
                   ConsentState consent, QString source);
    void redo() override;
    void undo() override;

private:
    EditTarget m_target;
    QString m_groupId;
    QStringList m_contactIds;
    QStringList m_added; // those who were not members before
    ConsentState m_consent;
    QString m_source;
};

class RemoveFromGroupEdit final : public QUndoCommand {
public:
    RemoveFromGroupEdit(EditTarget target, QString groupId, QString groupName, QStringList contactIds);
    void redo() override;
    void undo() override;

private:
    EditTarget m_target;
    QString m_groupId;
    QStringList m_contactIds;
    QHash<QString, ConsentState> m_removed;
};

} // namespace iq
