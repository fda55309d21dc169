#pragma once

#include "core/import/ContactExporter.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace iq {

class ContactExportTask;
class ContactsModel;
class GroupMembersModel;
class GroupsModel;
class Profile;

// The groups area: groups with their member and opted-in counts (create, rename, describe, delete),
// the selected group's members with their consent, and a contact picker. Members are added by
// dragging contacts onto a group or the member list, or with the picker's button; membership
// changes go on the undo stack.
class GroupsPage final : public QWidget {
    Q_OBJECT
public:
    GroupsPage(Profile& profile, QUndoStack& undoStack, QWidget* parent = nullptr);
    ~GroupsPage() override;
    // Numbers without a country code are shown as in this region ("" for the system's).
    void setDefaultRegion(const QString& region);

    QTableView* groupsTable() const { return m_groups; }
    QTableView* membersTable() const { return m_members; }
    QTableView* pickerTable() const { return m_picker; }
    QLineEdit* pickerSearch() const { return m_pickerSearch; }
    GroupsModel* groupsModel() const { return m_groupsModel; }
    GroupMembersModel* membersModel() const { return m_membersModel; }
    ContactsModel* pickerModel() const { return m_pickerModel; }
    QAction* newGroupAction() const { return m_newGroup; }
    QAction* renameAction() const { return m_rename; }
    QAction* describeAction() const { return m_describe; }
    QAction* deleteGroupAction() const { return m_deleteGroup; }
    QAction* addMembersAction() const { return m_addMembers; }
    QAction* removeMembersAction() const { return m_removeMembers; }
    QAction* exportGroupAction() const { return m_exportGroup; }

    QString currentGroupId() const;
    void selectGroup(const QString& groupId);
    // What the actions do once their dialog was answered.
    bool createGroup(const QString& name, const QString& description = {});
    bool renameGroup(const QString& groupId, const QString& name);
    bool describeGroup(const QString& groupId, const QString& description);
    bool deleteGroup(const QString& groupId);
    void addMembers(const QString& groupId, const QStringList& contactIds);
    void removeMembers(const QString& groupId, const QStringList& contactIds);
    // Exports the group's members on a worker thread; the task reports when done.
    ContactExportTask* exportGroup(const QString& groupId, const QString& path,
                                   ContactExporter::Format format);

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void createActions();
    void updateActions();
    void showError(const QString& message);

    Profile& m_profile;
    QUndoStack& m_undo;
    GroupsModel* m_groupsModel = nullptr;
    GroupMembersModel* m_membersModel = nullptr;
    ContactsModel* m_pickerModel = nullptr;
    QTableView* m_groups = nullptr;
    QTableView* m_members = nullptr;
    QTableView* m_picker = nullptr;
    QLineEdit* m_pickerSearch = nullptr;
    QLabel* m_membersTitle = nullptr;
    QLabel* m_error = nullptr;
    QAction* m_newGroup = nullptr;
    QAction* m_rename = nullptr;
    QAction* m_describe = nullptr;
    QAction* m_deleteGroup = nullptr;
    QAction* m_addMembers = nullptr;
    QAction* m_removeMembers = nullptr;
    QAction* m_exportGroup = nullptr;
};

} // namespace iq
