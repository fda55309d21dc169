#include "views/welcome/WelcomeFlow.h"

#include "core/account/AccountService.h"
#include "core/account/DemoServer.h"
#include "core/account/SyncController.h"
#include "core/profile/Profile.h"
#include "views/MainWindow.h"
#include "views/sync/SyncUi.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace iq {
namespace {

const QString kDemoUrl = QStringLiteral("demo/url");

QString demoDataDirectory() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo-server"));
}

} // namespace

WelcomeFlow::WelcomeFlow(MainWindow& window, Profile& profile, TokenStore& tokens, SyncController& sync,
                         SyncUi& syncUi)
    : QObject(&window)
    , m_window(window)
    , m_profile(profile)
    , m_tokens(tokens)
    , m_sync(sync)
    , m_syncUi(syncUi) {}

WelcomeFlow::~WelcomeFlow() = default;

bool WelcomeFlow::isFirstRun(const QString& profileDirectory) {
    return !QFileInfo::exists(QDir(profileDirectory).filePath(Profile::databaseFileName()));
}

void WelcomeFlow::offer() {
    WelcomeDialog welcome(!DemoServer::program().isEmpty(), &m_window);
    welcome.exec();
    carryOut(welcome.choice());
}

void WelcomeFlow::carryOut(WelcomeDialog::Choice choice) {
    switch (choice) {
    case WelcomeDialog::Choice::Demo:
        if (Status started = startDemo(); !started)
            QMessageBox::warning(
                &m_window, tr("The demo could not start"),
                tr("%1\n\nYou can keep working on this computer.").arg(started.errorMessage()));
        break;
    case WelcomeDialog::Choice::SignIn:
        m_syncUi.openAccountDialog(false);
        break;
    case WelcomeDialog::Choice::SignUp:
        m_syncUi.openAccountDialog(true);
        break;
    case WelcomeDialog::Choice::Local:
        break;
    }
}

Status WelcomeFlow::startDemo() {
    m_demo = std::make_unique<DemoServer>(demoDataDirectory());
    auto url = m_demo->start();
    if (!url)
        return url.error();
    AccountService account(m_profile, m_tokens);
    auto session = account.signIn(url.value(), DemoServer::email(), DemoServer::password());
    if (!session)
        return session.error();
    QSettings().setValue(kDemoUrl, url.value());
    m_sync.accountChanged(); // the first sync brings the demo's contacts, groups and templates
    return {};
}

void WelcomeFlow::resumeDemo() {
    const QString url = QSettings().value(kDemoUrl).toString();
    if (url.isEmpty() || AccountService(m_profile, m_tokens).connection().server != url)
        return;
    m_demo = std::make_unique<DemoServer>(demoDataDirectory());
    // Offline is a state the window shows like any other: a demo server that does not start is one.
    if (m_demo->start(QUrl(url).port()))
        m_sync.syncNow();
}

} // namespace iq
