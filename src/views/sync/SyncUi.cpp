#include "views/sync/SyncUi.h"

#include "core/account/AccountService.h"
#include "core/account/SyncController.h"
#include "core/profile/AccountsIndex.h"
#include "core/profile/Profile.h"
#include "views/MainWindow.h"
#include "views/campaigns/CampaignsPage.h"
#include "views/common/AreaIcon.h"
#include "views/sync/AccountDialog.h"
#include "views/sync/ConflictsPage.h"
#include "views/sync/SyncStatusWidget.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QStatusBar>

namespace iq {

SyncUi::SyncUi(MainWindow& window, Profile& profile, TokenStore& tokens, SyncController& controller)
    : QObject(&window)
    , m_window(window)
    , m_profile(profile)
    , m_tokens(tokens)
    , m_controller(controller) {
    m_status = new SyncStatusWidget(controller, &window);
    window.statusBar()->addPermanentWidget(m_status);
    // Campaigns are sent with this session, and a send is followed by a sync that brings its messages.
    window.campaignsPage()->setTokenStore(&tokens);
    connect(window.campaignsPage(), &CampaignsPage::syncWanted, &controller, &SyncController::syncNow);
    // A new sync interval from the preferences applies to the next pause.
    connect(&window, &MainWindow::preferencesChanged, &controller, &SyncController::reloadPreferences);
    m_conflicts = new ConflictsPage(profile, &window);
    window.addArea(areaIcon(QStringLiteral("conflicts")), MainWindow::tr("Conflicts"),
                   MainWindow::tr("Changes a sync could not merge, for you to review"), m_conflicts);
    // Signing in, out or up always ends in a new sync state, so the account is read again then.
    connect(&controller, &SyncController::stateChanged, this, &SyncUi::showAccount);
    showAccount();

    m_menu = new QMenu(MainWindow::tr("&Account"), &window);
    // Before Help, where people look for it.
    const QList<QAction*> menus = window.menuBar()->actions();
    window.menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &SyncUi::rebuildMenu);
    rebuildMenu();

    auto* syncNow = new QAction(MainWindow::tr("Sync now"), &window);
    syncNow->setShortcut(QKeySequence::Refresh);
    syncNow->setObjectName(QStringLiteral("syncNow"));
    connect(syncNow, &QAction::triggered, &controller, &SyncController::syncNow);
    window.addAction(syncNow);
}

namespace {

bool isSignedIn(const AccountConnection& account, SyncController::State state) {
    return account.isConnected() && state != SyncController::State::SignedOut &&
           state != SyncController::State::NoKeychain;
}

} // namespace

void SyncUi::showAccount() {
    const AccountConnection account = AccountService(m_profile, m_tokens).connection();
    if (!account.isConnected()) {
        m_window.showAccount({});
        return;
    }
    const QString who = !account.email.isEmpty()  ? account.email
                        : !account.name.isEmpty() ? account.name
                                                  : account.accountId;
    m_window.showAccount(isSignedIn(account, m_controller.state())
                             ? MainWindow::tr("Signed in as %1 on %2").arg(who, account.server)
                             : MainWindow::tr("Signed out of %1 on %2").arg(who, account.server));
}

void SyncUi::rebuildMenu() {
    m_menu->clear();
    const AccountConnection account = AccountService(m_profile, m_tokens).connection();
    const bool signedIn = isSignedIn(account, m_controller.state());
    if (account.isConnected()) {
        QAction* who = m_menu->addAction(MainWindow::tr("%1 on %2").arg(account.email, account.server));
        who->setEnabled(false);
    }
    m_menu->addAction(MainWindow::tr("&Sign in…"), this, [this] { openAccountDialog(false); });
    if (!account.isConnected())
        m_menu->addAction(MainWindow::tr("&Create an account…"), this, [this] { openAccountDialog(true); });
    QAction* out = m_menu->addAction(MainWindow::tr("Sign &out"), this, &SyncUi::signOut);
    out->setEnabled(signedIn);
    QAction* sync = m_menu->addAction(MainWindow::tr("Sync &now"), &m_controller, &SyncController::syncNow);
    sync->setShortcut(QKeySequence::Refresh);
    sync->setEnabled(account.isConnected());
    m_menu->addSeparator();
    QMenu* switchMenu = m_menu->addMenu(MainWindow::tr("S&witch to"));
    auto index = AccountsIndex::load();
    if (index) {
        for (const AccountEntry& entry : index.value().entries()) {
            if (entry.profileDirectory == m_profile.directory())
                continue;
            const QString label =
                entry.email.isEmpty() ? QDir::toNativeSeparators(entry.profileDirectory) : entry.email;
            const QString directory = entry.profileDirectory;
            switchMenu->addAction(label, this, [this, directory] { switchTo(directory); });
        }
    }
    switchMenu->addAction(MainWindow::tr("A new local profile"), this, [this] {
        auto loaded = AccountsIndex::load();
        if (loaded)
            switchTo(loaded.value().newProfileDirectory(QStringLiteral("local")));
    });
}

void SyncUi::openAccountDialog(bool signUp) {
    auto* dialog = new AccountDialog(signUp ? AccountDialog::Mode::SignUp : AccountDialog::Mode::SignIn,
                                     m_profile, m_tokens, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, &m_controller, &SyncController::accountChanged);
    connect(dialog, &QDialog::accepted, this, &SyncUi::showAccount);
    dialog->open();
}

void SyncUi::signOut() {
    Status status = AccountService(m_profile, m_tokens).signOut(5000);
    if (!status)
        m_window.statusBar()->showMessage(status.errorMessage(), 10000);
    m_controller.accountChanged();
    showAccount();
}

void SyncUi::switchTo(const QString& profileDirectory) {
    // Each profile has its own window process: the current one closes, the chosen one opens.
    auto index = AccountsIndex::load();
    if (index) {
        if (!index.value().find(profileDirectory))
            index.value().upsert({profileDirectory, {}, {}, {}, {}, false});
        index.value().setCurrent(profileDirectory);
        index.value().save();
    }
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                {QStringLiteral("--profile"), profileDirectory}))
        m_window.close();
}

} // namespace iq
