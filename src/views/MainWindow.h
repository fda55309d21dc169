#pragma once

#include "views/help/KeyboardShortcuts.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QIcon;
class QLabel;
class QUndoStack;

namespace iq {

class Profile;
class ContactsModel;
class ExternalChangeWatcher;
class ContactsPage;
class GroupsPage;
class CampaignsPage;
class HistoryPage;
class ImportWizard;
class ImportHistoryDialog;
class SettingsDialog;

// The application window: a sidebar of the product's areas, the current area's page, a status bar.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Profile& profile, QWidget* parent = nullptr);
    ~MainWindow() override;

    ContactsPage* contactsPage() const { return m_contactsPage; }
    GroupsPage* groupsPage() const { return m_groupsPage; }
    CampaignsPage* campaignsPage() const { return m_campaignsPage; }
    HistoryPage* historyPage() const { return m_historyPage; }
    QUndoStack* undoStack() const { return m_undoStack; }
    ContactsModel* contactsModel() const { return m_contactsModel; }
    ExternalChangeWatcher* changeWatcher() const { return m_watcher; }
    // Adds an area to the sidebar with its icon; areas arrive as they are built.
    void addArea(const QIcon& icon, const QString& name, const QString& accessibleDescription, QWidget* page);

    // The status bar's account: whom the profile syncs as. Without an account it names the local
    // profile's folder, which the tooltip always names.
    QLabel* accountStatus() const { return m_accountStatus; }
    void showAccount(const QString& text);

    QAction* importAction() const { return m_importAction; }
    QAction* exportAction() const { return m_exportAction; }
    QAction* importHistoryAction() const { return m_importHistoryAction; }
    // Opens the import wizard (window-modal, deleted on close); with a path it starts on that file.
    ImportWizard* openImportWizard(const QString& path = {});
    ImportHistoryDialog* openImportHistory();
    // Edit > Preferences (Ctrl+,): window-modal, deleted on close.
    SettingsDialog* openSettings();
    QAction* settingsAction() const { return m_settingsAction; }
    // Help > Keyboard Shortcuts (Ctrl+/, F1): every shortcut of the window by area; deleted on close.
    KeyboardShortcutsDialog* openKeyboardShortcuts();
    // The areas with their pages, for telling where a shortcut works.
    QList<KeyboardShortcuts::Area> shortcutAreas() const;

Q_SIGNALS:
    // The owner saved the preferences: whatever reads a profile setting takes it anew.
    void preferencesChanged();

private:
    void createMenus();
    void updateStatus(int contactCount);

    Profile& m_profile;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_accountStatus = nullptr;
    QLabel* m_countStatus = nullptr;
    ContactsModel* m_contactsModel = nullptr;
    ContactsPage* m_contactsPage = nullptr;
    GroupsPage* m_groupsPage = nullptr;
    CampaignsPage* m_campaignsPage = nullptr;
    HistoryPage* m_historyPage = nullptr;
    QUndoStack* m_undoStack = nullptr;
    ExternalChangeWatcher* m_watcher = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_importHistoryAction = nullptr;
    QAction* m_settingsAction = nullptr;
};

} // namespace iq
