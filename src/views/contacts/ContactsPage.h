#pragma once

#include "core/contacts/ContactMerger.h"
#include "core/import/ContactExporter.h"
#include "shared/domain/Contact.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace iq {

class ContactActions;
class ContactDetailPane;
class ContactExportTask;
class ContactFilterBar;
class ContactsModel;
class PhoneNumbers;
class Profile;
struct EditTarget;

// The contacts area: search and filters, the table of every contact (fast with a million), the
// selected person's details and consent history, and the actions on a selection. Edits, deletions
// and membership changes go on the undo stack; consent changes go through the ledger.
class ContactsPage final : public QWidget {
    Q_OBJECT
public:
    ContactsPage(Profile& profile, ContactsModel& model, QUndoStack& undoStack, QWidget* parent = nullptr);
    ~ContactsPage() override;

    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const;
    ContactFilterBar* filterBar() const { return m_filters; }
    ContactDetailPane* detailPane() const { return m_detail; }
    QLabel* countLabel() const { return m_count; }
    void applySearchNow();

    QAction* newAction() const { return m_new; }
    QAction* editAction() const { return m_edit; }
    QAction* deleteAction() const { return m_delete; }
    QAction* addToGroupAction() const { return m_addToGroup; }
    QAction* removeFromGroupAction() const { return m_removeFromGroup; }
    QAction* optOutAction() const { return m_optOut; }
    QAction* recordConsentAction() const { return m_recordConsent; }
    QAction* mergeAction() const { return m_merge; }
    QAction* findDuplicatesAction() const { return m_findDuplicates; }
    QAction* exportAllAction() const { return m_exportAll; }
    QAction* exportShownAction() const { return m_exportShown; }

    QStringList selectedContactIds() const;
    void selectContact(const QString& contactId);
    // Numbers typed without a country code are read in this region from now on ("" for the system's).
    void setDefaultRegion(const QString& region);
    const PhoneNumbers& phoneNumbers() const { return *m_phoneNumbers; }

    // What the actions do once their dialog was answered; each reports failures in the page.
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
    // Exports everyone, or the contacts the search and filters list, on a worker thread; the task
    // reports when it is done (and deletes itself).
    ContactExportTask* exportContacts(bool onlyShown, const QString& path, ContactExporter::Format format);

Q_SIGNALS:
    void errorOccurred(const QString& message);
    // Import asked for from this page: a dropped file, or none (the toolbar's Import button).
    void importFileDropped(const QString& path);
    void statusMessage(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // Who the consent ledger says recorded what this page changes.
    static QString actor();
    ContactActions actions() const;
    EditTarget editTarget();
    void createActions();
    void updateActions();
    void updateCount(int total);
    void showError(const QString& message);
    void newContact();
    void editCurrent();
    void deleteSelected();
    void addSelectedToGroup();
    void removeSelectedFromGroup();
    void optOutSelected();
    void recordConsentForSelected();
    void mergeSelected();
    void findDuplicates();
    bool askToMerge(const QString& firstId, const QString& secondId);
    void exportWithDialog(bool onlyShown);

    Profile& m_profile;
    ContactsModel& m_model;
    QUndoStack& m_undo;
    std::unique_ptr<PhoneNumbers> m_phoneNumbers;
    QLabel* m_title = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_error = nullptr;
    ContactFilterBar* m_filters = nullptr;
    QTableView* m_table = nullptr;
    ContactDetailPane* m_detail = nullptr;
    QAction* m_new = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_addToGroup = nullptr;
    QAction* m_removeFromGroup = nullptr;
    QAction* m_optOut = nullptr;
    QAction* m_recordConsent = nullptr;
    QAction* m_merge = nullptr;
    QAction* m_findDuplicates = nullptr;
    QAction* m_exportAll = nullptr;
    QAction* m_exportShown = nullptr;
};

} // namespace iq
