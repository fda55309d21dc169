#pragma once

#include <QObject>

class QMenu;

namespace iq {

class MainWindow;
class Profile;
class TokenStore;
class SyncController;
class SyncStatusWidget;
class ConflictsPage;

// Everything sync adds to the main window: the account and the sync status in the status bar, the
// Account menu (sign in, create an account, sign out, switch), Sync now (F5) and the Conflicts area.
class SyncUi final : public QObject {
    Q_OBJECT
public:
    SyncUi(MainWindow& window, Profile& profile, TokenStore& tokens, SyncController& controller);

    SyncStatusWidget* status() const { return m_status; }
    ConflictsPage* conflictsPage() const { return m_conflicts; }
    QMenu* accountMenu() const { return m_menu; }
    // The sign-in or sign-up dialog, window-modal; on success the profile syncs with the account.
    void openAccountDialog(bool signUp);

private:
    void rebuildMenu();
    // Names the account in the window's status bar, or the local profile when there is none.
    void showAccount();
    void signOut();
    void switchTo(const QString& profileDirectory);

    MainWindow& m_window;
    Profile& m_profile;
    TokenStore& m_tokens;
    SyncController& m_controller;
    SyncStatusWidget* m_status = nullptr;
    ConflictsPage* m_conflicts = nullptr;
    QMenu* m_menu = nullptr;
};

} // namespace iq
