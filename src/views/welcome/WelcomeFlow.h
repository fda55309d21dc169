#pragma once

#include "shared/util/Result.h"
#include "views/welcome/WelcomeDialog.h"

#include <QObject>

#include <memory>

namespace iq {

class DemoServer;
class MainWindow;
class Profile;
class SyncController;
class SyncUi;
class TokenStore;

// Carries out what the owner chose in the welcome, once the window is up, and brings the demo's
// server back on later starts of a profile that uses it.
class WelcomeFlow final : public QObject {
    Q_OBJECT
public:
    WelcomeFlow(MainWindow& window, Profile& profile, TokenStore& tokens, SyncController& sync,
                SyncUi& syncUi);
    ~WelcomeFlow() override;

    // A first run: the profile's folder holds no profile yet.
    static bool isFirstRun(const QString& profileDirectory);

    // Opens the welcome over the window and does what it says.
    void offer();
    void carryOut(WelcomeDialog::Choice choice);
    // Starts the demo server and signs the profile in to its demo account; syncing brings its data.
    Status startDemo();
    // When the profile is the demo's, its server runs again for as long as the window does.
    void resumeDemo();
    DemoServer* demoServer() const { return m_demo.get(); }

private:
    MainWindow& m_window;
    Profile& m_profile;
    TokenStore& m_tokens;
    SyncController& m_sync;
    SyncUi& m_syncUi;
    std::unique_ptr<DemoServer> m_demo;
};

} // namespace iq
