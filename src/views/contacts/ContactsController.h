#pragma once

#include "core/actions/ContactActions.h"
#include "core/contacts/ContactMerger.h"
#include "core/import/ContactExporter.h"
#include "shared/domain/Consent.h"
#include "shared/domain/Contact.h"
#include "shared/util/Result.h"

#include <QObject>

#include <memory>
#include <optional>

class QUndoStack;
class QWidget;

namespace iq {

class ContactExportTask;
class ContactsModel;
class PhoneNumbers;
class Profile;
struct EditTarget;

// What the Contacts page does, without its widgets: the undoable edits, group membership, consent,
// merges and exports on the contacts a caller names, and the one error the page shows. The page asks
// its dialogs and passes their answers here; tests drive this class directly.
class ContactsController final : public QObject {
    Q_OBJECT
public:
    ContactsController(Profile& profile, ContactsModel& model, QUndoStack& undoStack,
                       QObject* parent = nullptr);
    ~ContactsController() override;

    ContactsModel& model() const { return m_model; }
    Profile& profile() const { return m_profile; }
    const PhoneNumbers& phoneNumbers() const { return *m_phoneNumbers; }
    // Numbers typed without a country code are read in this region from now on ("" for the system's).
    void setDefaultRegion(const QString& region);
    // The error shown now; empty when the last action succeeded.
    QString lastError() const { return m_error; }

    bool addContact(const Contact& contact);
    bool editContact(const Contact& before, const Contact& after);
    void deleteContacts(const QStringList& ids);
    bool addToGroup(const QStringList& ids, const QString& groupName, ConsentState consent,
                    const QString& source);
    void removeFromGroup(const QStringList& ids, const QString& groupId);
    bool optOut(const QStringList& ids, const QString& source);
    bool recordConsent(const QStringList& ids, const QString& groupId, std::optional<Channel> channel,
                       ConsentState state, ConsentMethod method, const QString& source);
    // Merges two people into the first; not undoable (consent records are never taken back).
    bool mergeContacts(const QString& keptId, const QString& otherId, const MergeChoices& choices);
    // Exports everyone, or the contacts the model's filter lists, on a worker thread; the task shows its
    // progress over window (may be null), reports when it is done and deletes itself.
    ContactExportTask* exportContacts(bool onlyShown, const QString& path, ContactExporter::Format format,
                                      QWidget* window);

    // What the dialogs are filled with; a failure is reported like an action's.
    std::optional<Contact> contact(const QString& id);
    // Every group, or none when they cannot be read (the dialogs then offer none).
    QList<Group> groups();
    struct MergePair {
        Contact first;
        Contact second;
        QList<GroupMembership> firstGroups;
        QList<GroupMembership> secondGroups;
    };
    std::optional<MergePair> mergePair(const QString& firstId, const QString& secondId);

Q_SIGNALS:
    // message is empty when an action clears the previous error.
    void errorChanged(const QString& message);
    void statusMessage(const QString& message);
    // The contact to select once an action made or kept it.
    void contactToSelect(const QString& contactId);
    // The shown person's details may have changed (id empty: whoever is shown).
    void detailsChanged(const QString& contactId);

private:
    ContactActions actions() const;
    EditTarget editTarget();
    void reportError(const QString& message);

    Profile& m_profile;
    ContactsModel& m_model;
    QUndoStack& m_undo;
    std::unique_ptr<PhoneNumbers> m_phoneNumbers;
    QString m_error;
};

} // namespace iq
