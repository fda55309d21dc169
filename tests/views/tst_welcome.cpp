#include "core/account/AccountService.h"
#include "core/account/DemoServer.h"
#include "core/account/SyncController.h"
#include "core/profile/Profile.h"
#include "core/sync/TokenStore.h"
#include "models/ContactsModel.h"
#include "views/MainWindow.h"
#include "views/sync/AccountDialog.h"
#include "views/sync/SyncUi.h"
#include "views/welcome/WelcomeDialog.h"
#include "views/welcome/WelcomeFlow.h"

#include "TestSupport.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace iq;

class TestWelcome final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settings.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("IQMessagingTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_welcome"));
        // The demo server's data lives in the (test) application data folder: each run starts afresh.
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void cleanupTestCase() {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void offersFourWaysToStart() {
        WelcomeDialog welcome(true);
        const QList<WelcomeDialog::Choice> choices = {
            WelcomeDialog::Choice::Demo, WelcomeDialog::Choice::SignIn, WelcomeDialog::Choice::SignUp,
            WelcomeDialog::Choice::Local};
        QStringList names;
        for (WelcomeDialog::Choice choice : choices) {
            QVERIFY(welcome.button(choice));
            QVERIFY(welcome.button(choice)->isEnabled());
            QVERIFY(!welcome.button(choice)->description().isEmpty());
            names << welcome.button(choice)->accessibleName();
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Try the demo"), QStringLiteral("Sign in"),
                                     QStringLiteral("Create an account"),
                                     QStringLiteral("Work on this computer only")}));
        QCOMPARE(welcome.choice(), WelcomeDialog::Choice::Local); // closing it means working locally
        welcome.show();
        welcome.button(WelcomeDialog::Choice::SignUp)->click();
        QCOMPARE(welcome.choice(), WelcomeDialog::Choice::SignUp);
        QCOMPARE(welcome.result(), int(QDialog::Accepted));

        // Without the server installed the demo is offered but cannot be chosen, and says why.
        WelcomeDialog withoutServer(false);
        QVERIFY(!withoutServer.button(WelcomeDialog::Choice::Demo)->isEnabled());
        QVERIFY(withoutServer.button(WelcomeDialog::Choice::Demo)
                    ->description()
                    .contains(QStringLiteral("iqmsgd")));
    }

    void firstRunIsWhenTheProfileIsNotThereYet() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("profiles/default"));
        QVERIFY(WelcomeFlow::isFirstRun(folder));
        auto profile = Profile::open(folder);
        QVERIFY(profile.ok());
        QVERIFY(!WelcomeFlow::isFirstRun(folder));
    }

    void signingInAndUpOpenTheirDialogs() {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path());
        QVERIFY(profile.ok());
        MemoryTokenStore tokens;
        SyncController sync(*profile.value(), tokens);
        MainWindow window(*profile.value());
        SyncUi syncUi(window, *profile.value(), tokens, sync);
        WelcomeFlow flow(window, *profile.value(), tokens, sync, syncUi);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        flow.carryOut(WelcomeDialog::Choice::Local);
        QVERIFY(!window.findChild<AccountDialog*>());
        flow.carryOut(WelcomeDialog::Choice::SignIn);
        QTRY_VERIFY(window.findChild<AccountDialog*>() && window.findChild<AccountDialog*>()->isVisible());
        QCOMPARE(window.findChild<AccountDialog*>()->windowTitle(), QStringLiteral("Sign in"));
        window.findChild<AccountDialog*>()->reject();
        QTRY_VERIFY(!window.findChild<AccountDialog*>());
        flow.carryOut(WelcomeDialog::Choice::SignUp);
        QTRY_VERIFY(window.findChild<AccountDialog*>() && window.findChild<AccountDialog*>()->isVisible());
        QCOMPARE(window.findChild<AccountDialog*>()->windowTitle(), QStringLiteral("Create an account"));
    }

    // The demo: the local server with its sample shop, signed in, and the pages filled by the first sync;
    // the next start of the same profile brings its server back.
    void theDemoFillsThePages() {
        QVERIFY2(!DemoServer::program().isEmpty(), "iqmsgd is built next to the tests");
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path());
        QVERIFY(profile.ok());
        MemoryTokenStore tokens;
        QString url;
        {
            SyncController sync(*profile.value(), tokens);
            MainWindow window(*profile.value());
            SyncUi syncUi(window, *profile.value(), tokens, sync);
            auto* flow = new WelcomeFlow(window, *profile.value(), tokens, sync, syncUi);
            window.show();
            sync.start();
            QCOMPARE(window.contactsModel()->rowCount(), 0);
            flow->carryOut(WelcomeDialog::Choice::Demo);
            QVERIFY(flow->demoServer() && flow->demoServer()->isRunning());
            url = flow->demoServer()->url();
            QVERIFY(url.startsWith(QStringLiteral("http://127.0.0.1:")));
            QCOMPARE(AccountService(*profile.value(), tokens).connection().email, DemoServer::email());
            QTRY_VERIFY_WITH_TIMEOUT(window.contactsModel()->rowCount() > 3, 30000);
            QTRY_VERIFY_WITH_TIMEOUT(sync.state() == SyncController::State::UpToDate, 30000);
            QVERIFY(window.accountStatus()->text().contains(DemoServer::email()));
            delete flow; // the window closes: its demo server stops
        }
        SyncController sync(*profile.value(), tokens);
        MainWindow window(*profile.value());
        SyncUi syncUi(window, *profile.value(), tokens, sync);
        WelcomeFlow flow(window, *profile.value(), tokens, sync, syncUi);
        sync.start();
        flow.resumeDemo();
        QVERIFY(flow.demoServer() && flow.demoServer()->isRunning());
        QCOMPARE(flow.demoServer()->url(), url);
        QTRY_VERIFY_WITH_TIMEOUT(sync.state() == SyncController::State::UpToDate, 30000);
    }

    // IQ_SCREENSHOT=FILE.png saves the welcome (docs/images/welcome.png).
    void screenshot() {
        const QString file = qEnvironmentVariable("IQ_SCREENSHOT");
        if (file.isEmpty())
            QSKIP("Set IQ_SCREENSHOT=FILE.png to save a screenshot.");
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/iqmessaging_en")));
        QCoreApplication::installTranslator(&english);
        WelcomeDialog welcome(true);
        welcome.resize(560, welcome.sizeHint().height());
        welcome.show();
        QVERIFY(QTest::qWaitForWindowExposed(&welcome));
        QVERIFY(welcome.grab().save(file));
        QCoreApplication::removeTranslator(&english);
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
