#include "DesktopOptions.h"
#include "core/account/SyncController.h"
#include "core/profile/AppStartup.h"
#include "core/sync/KeychainTokenStore.h"
#include "views/MainWindow.h"
#include "views/common/AppPreferences.h"
#include "views/common/Notifier.h"
#include "views/common/Theme.h"
#include "views/sync/SyncUi.h"
#include "views/welcome/WelcomeFlow.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    iq::AppStartup startup(iq::AppStartup::Program::Desktop);
    QApplication::setDesktopFileName(QStringLiteral("iqmessaging"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/iq/icons/iqmessaging.svg")));

    const iq::DesktopOptions options = iq::DesktopOptions::parse(app);
    // --language wins over the language chosen in the preferences, which wins over the system's.
    startup.installTranslations(options.language.isEmpty() ? iq::AppPreferences::language()
                                                           : options.language);
    iq::AppPreferences::applyProxy();
    iq::Theme::apply(iq::Theme::stored());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "IQ Messaging"));

    // Before opening it, which creates it: a profile that is not there yet means a first run.
    const bool firstRun =
        iq::WelcomeFlow::isFirstRun(iq::Profile::resolveDirectory(options.profileDirectory));
    auto profile = iq::AppStartup::openProfile(options.profileDirectory);
    if (!profile) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the profile"),
                              profile.errorMessage());
        return 1;
    }
    iq::MainWindow window(*profile.value());
    // Campaigns that end and opt-outs that arrive while the window is open are told on the desktop.
    iq::SystemNotifications notifications;
    iq::Notifier notifier(*profile.value(), notifications);
    // Sync runs in the background; without an account or a keychain the window works as before.
    iq::KeychainTokenStore tokens(iq::AppStartup::keychainService());
    iq::SyncController sync(*profile.value(), tokens);
    iq::SyncUi syncUi(window, *profile.value(), tokens, sync);
    iq::WelcomeFlow welcome(window, *profile.value(), tokens, sync, syncUi);
    window.show();
    sync.start();
    if (firstRun)
        welcome.offer();
    else
        welcome.resumeDemo();
    return app.exec();
}
