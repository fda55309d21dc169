#include "DesktopOptions.h"
#include "MainWindow.h"
#include "profile/Profile.h"
#include "sync/KeychainTokenStore.h"
#include "sync/SyncController.h"
#include "sync/SyncUi.h"
#include "util/AppIdentity.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    iq::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "IQ Messaging"));
    QApplication::setDesktopFileName(QStringLiteral("iqmessaging"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/iq/icons/iqmessaging.svg")));

    const iq::DesktopOptions options = iq::DesktopOptions::parse(app);
    iq::installTranslations(app, options.language);

    auto profile = iq::Profile::open(iq::Profile::resolveDirectory(options.profileDirectory));
    if (!profile) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the profile"),
                              profile.errorMessage());
        return 1;
    }
    iq::MainWindow window(*profile.value());
    // Sync runs in the background; without an account or a keychain the window works as before.
    iq::KeychainTokenStore tokens;
    iq::SyncController sync(*profile.value(), tokens);
    iq::SyncUi syncUi(window, *profile.value(), tokens, sync);
    window.show();
    sync.start();
    return app.exec();
}
