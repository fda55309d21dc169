#pragma once

#include "views/contacts/ContactsController.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace iq {

class ContactDetailPane;
class ContactExportTask;
class ContactFilterBar;
class ContactsModel;
class PhoneNumbers;
class Profile;

// The contacts area: search and filters, the table of every contact (fast with a million), the
// selected person's details and consent history, and the actions on a selection. The page asks the
// dialogs and shows the result; its ContactsController carries the actions out (edits, deletions and
// membership changes on the undo stack, consent changes through the ledger).
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
    const PhoneNumbers& phoneNumbers() const { return m_controller->phoneNumbers(); }
    ContactsController* controller() const { return m_controller; }

    // What the actions do once their dialog was answered (see ContactsController); each reports
    // failures in the page.
    bool addContact(const Contact& contact) { return m_controller->addContact(contact); }
    bool editContact(const Contact& before, const Contact& after) {
        return m_controller->editContact(before, after);
    }
    void deleteContacts(const QStringList& ids) { m_controller->deleteContacts(ids); }
    bool addToGroup(const QStringList& ids, const QString& groupName, ConsentState consent,
                    const QString& source) {
        return m_controller->addToGroup(ids, groupName, consent, source);
    }
    void removeFromGroup(const QStringList& ids, const QString& groupId) {
        m_controller->removeFromGroup(ids, groupId);
    }
    bool optOut(const QStringList& ids, const QString& source) { return m_controller->optOut(ids, source); }
    bool recordConsent(const QStringList& ids, const QString& groupId, std::optional<Channel> channel,
                       ConsentState state, ConsentMethod method, const QString& source) {
        return m_controller->recordConsent(ids, groupId, channel, state, method, source);
    }
    bool mergeContacts(const QString& keptId, const QString& otherId, const MergeChoices& choices) {
        return m_controller->mergeContacts(keptId, otherId, choices);
    }
    // Exports everyone, or the contacts the search and filters list, with its progress over this page.
    ContactExportTask* exportContacts(bool onlyShown, const QString& path, ContactExporter::Format format) {
        return m_controller->exportContacts(onlyShown, path, format, this);
    }

Q_SIGNALS:
    void errorOccurred(const QString& message);
    // Import asked for from this page: a dropped file, or none (the toolbar's Import button).
    void importFileDropped(const QString& path);
    void statusMessage(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildTable();
    void buildLayout();
    void connectModel();
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
    ContactsController* m_controller = nullptr;
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
