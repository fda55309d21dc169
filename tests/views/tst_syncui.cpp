// The sync parts of the main window, offscreen, against the scripted server: sign in from the dialog,
// background sync after a local change, offline shown as a state, conflicts reviewed in their page; and
// against the real iqmsgd, the status bar naming the account the profile is signed in to.
#include "FakeSyncServer.h"
#include "ServerProcess.h"

#include "core/account/AccountService.h"
#include "core/account/SyncController.h"
#include "core/profile/AccountsIndex.h"
#include "core/profile/Profile.h"
#include "core/store/ContactRepository.h"
#include "core/store/Outbox.h"
#include "core/sync/TokenStore.h"
#include "models/sync/ConflictListModel.h"
#include "shared/util/Clock.h"
#include "views/MainWindow.h"
#include "views/sync/AccountDialog.h"
#include "views/sync/ConflictsPage.h"
#include "views/sync/SyncStatusWidget.h"
#include "views/sync/SyncUi.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

class TestSyncUi final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8()); // the accounts index of this test only
        QVERIFY(m_server.start() > 0);
    }

    void signInSyncInBackgroundReviewConflicts() {
        QTemporaryDir dir;
        auto profile = std::move(Profile::open(dir.path()).value());
        ContactRepository contacts(profile->database(), &profile->notifier());
        QVERIFY(contacts.add([] {
            Contact c;
            c.givenName = QStringLiteral("Ada");
            c.familyName = QStringLiteral("Lovelace");
            return c;
        }()));
        MemoryTokenStore tokens;
        SyncController::Options options;
        options.afterChangeMs = 100;
        options.firstRetryMs = 60000;
        options.retry = RetryPolicy{2, 10, 20, 1};
        SyncController controller(*profile, tokens, options);
        MainWindow window(*profile);
        SyncUi ui(window, *profile, tokens, controller);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        controller.start();
        QCOMPARE(controller.state(), SyncController::State::LocalOnly);
        QVERIFY(ui.status()->text().contains(QStringLiteral("Local only")));
        QVERIFY(ui.status()->text().contains(QStringLiteral("1 change")));

        // Sign up from the dialog: the window stays responsive while the server is asked.
        AccountDialog dialog(AccountDialog::Mode::SignUp, *profile, tokens, &window);
        connect(&dialog, &QDialog::accepted, &controller, &SyncController::accountChanged);
        dialog.show();
        dialog.serverEdit()->setText(m_server.url().toString());
        dialog.emailEdit()->setText(QStringLiteral("gui@example.com"));
        dialog.accept();
        QVERIFY(dialog.errorText().contains(QStringLiteral("password")));
        dialog.nameEdit()->setText(QStringLiteral("The Shop"));
        dialog.passwordEdit()->setText(QStringLiteral("password-1"));
        dialog.accept();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SyncController::State::UpToDate, 10000);
        QCOMPARE(controller.pendingChanges(), 0);
        QCOMPARE(m_server.recordCount(), 1);
        QVERIFY2(ui.status()->text().contains(QStringLiteral("Synced just now")),
                 qPrintable(ui.status()->text()));
        QVERIFY(AccountsIndex::load().value().find(QStringLiteral("gui@example.com")));

        // A local change goes out shortly after it is made.
        QSignalSpy synced(&controller, &SyncController::synced);
        QVERIFY(contacts.add([] {
            Contact c;
            c.givenName = QStringLiteral("Grace");
            return c;
        }()));
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 10000);
        QCOMPARE(m_server.recordCount(), 2);

        // Offline is a state in the status bar, not a dialog.
        for (int i = 0; i < options.retry.maxAttempts; ++i)
            m_server.addFault({QStringLiteral("/sync/pull"), 503, {}, -1});
        controller.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SyncController::State::Offline, 10000);
        QVERIFY(ui.status()->text().contains(QStringLiteral("Offline")));
        QVERIFY(!QApplication::activeModalWidget());
        controller.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SyncController::State::UpToDate, 10000);

        // A conflict shows in its page; keeping the server's value closes it.
        const QString now = toStoredTime(Clock::system().now());
        QVERIFY(profile->database().exec(
            QStringLiteral(
                "INSERT INTO sync_conflicts (entity, record_id, kind, field, local_value, server_value, "
                "server_version, detected_at) SELECT 'contact', id, 'field', 'notes', '\"call after 5\"', "
                "'\"prefers e-mail\"', server_version, ? FROM contacts WHERE given_name = 'Ada'"),
            {now}));
        profile->notifier().announce(Entity::Any);
        ConflictsPage* page = ui.conflictsPage();
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, ConflictListModel::RecordColumn).data().toString(),
                 QStringLiteral("contact “Ada Lovelace”"));
        QCOMPARE(page->model()->index(0, ConflictListModel::LocalColumn).data().toString(),
                 QStringLiteral("call after 5"));
        ui.status()->refresh();
        QVERIFY(ui.status()->text().contains(QStringLiteral("1 conflict")));
        if (const QString shot = qEnvironmentVariable("IQ_SYNC_SCREENSHOT"); !shot.isEmpty()) {
            window.resize(1100, 560);
            page->table()->selectRow(0);
            window.findChild<QListWidget*>()->setCurrentRow(1);
            QTest::qWait(200);
            window.grab().save(shot);
        }
        page->table()->selectRow(0);
        QVERIFY(page->keepButton()->isEnabled());
        page->keepButton()->click();
        QCOMPARE(page->model()->rowCount(), 0);
    }

    void statusBarNamesTheAccount() {
        QTemporaryDir dir;
        test::ServerProcess server;
        QVERIFY2(server.start(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.sqlite"))),
                 qPrintable(server.output()));
        auto profile = std::move(Profile::open(dir.filePath(QStringLiteral("profile"))).value());
        MemoryTokenStore tokens;
        SyncController::Options options;
        options.firstRetryMs = 60000;
        SyncController controller(*profile, tokens, options);
        MainWindow window(*profile);
        SyncUi ui(window, *profile, tokens, controller);
        window.show();
        controller.start();
        QLabel* account = window.accountStatus();
        const QString folder = QDir::toNativeSeparators(profile->directory());
        QCOMPARE(account->text(), QStringLiteral("Local profile: %1").arg(folder));

        // Signed in while the window is open (the dialog does this, then tells the controller).
        const QString email = QStringLiteral("owner@shop.example");
        const QString address = server.url().toString(QUrl::StripTrailingSlash);
        auto session =
            AccountService(*profile, tokens)
                .signUp(address, email, QStringLiteral("The Shop"), QStringLiteral("correct horse battery"));
        QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
        controller.accountChanged();
        const QString signedIn = QStringLiteral("Signed in as %1 on %2").arg(email, address);
        QCOMPARE(account->text(), signedIn);
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SyncController::State::UpToDate, 10000);
        QCOMPARE(account->text(), signedIn);
        QVERIFY(account->toolTip().contains(folder)); // the folder is still a hover away

        // Another window on the connected profile names the account from the start.
        {
            SyncController other(*profile, tokens, options);
            MainWindow second(*profile);
            SyncUi secondUi(second, *profile, tokens, other);
            QCOMPARE(second.accountStatus()->text(), signedIn);
        }

        // Signing out from the Account menu says so; the account is still the one the profile syncs with.
        QAction* signOut = nullptr;
        ui.accountMenu()->popup(window.mapToGlobal(QPoint(10, 10))); // the menu is made as it opens
        ui.accountMenu()->hide();
        for (QAction* action : ui.accountMenu()->actions())
            if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Sign out"))
                signOut = action;
        QVERIFY(signOut && signOut->isEnabled());
        signOut->trigger();
        QCOMPARE(controller.state(), SyncController::State::SignedOut);
        QCOMPARE(account->text(), QStringLiteral("Signed out of %1 on %2").arg(email, address));
    }

private:
    QTemporaryDir m_home;
    test::FakeSyncServer m_server;
};

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
