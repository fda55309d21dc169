// The Campaigns page: a campaign made, written and aimed at a group; its pre-flight naming who gets it
// and why the others do not; Send waiting for a connection when there is none; and against the real
// iqmsgd, a scheduled campaign sent, paused, resumed and cancelled from the page.
#include "ContactFixtures.h"
#include "ServerProcess.h"
#include "core/account/AccountService.h"
#include "core/profile/Profile.h"
#include "core/sync/HttpClient.h"
#include "core/sync/SyncApi.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/TokenStore.h"
#include "models/CampaignListModel.h"
#include "models/PreflightPeopleModel.h"
#include "views/campaigns/CampaignEditor.h"
#include "views/campaigns/CampaignsPage.h"
#include "views/campaigns/PreflightPanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUuid>

using namespace iq;

class TestCampaignsPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        QVERIFY(m_dir.isValid());
        auto profile = Profile::open(m_dir.filePath(QStringLiteral("p%1").arg(++m_counter)));
        QVERIFY(profile.ok());
        m_profile = std::move(profile).value();
        Database& db = m_profile->database();
        const QString group = QStringLiteral("Mac Users");
        m_ids.clear();
        m_ids[QStringLiteral("anna")] = test::addContact(db, QStringLiteral("Anna"), QStringLiteral("Smith"),
                                                         {QStringLiteral("+1 415 555 0101")});
        m_ids[QStringLiteral("bob")] = test::addContact(db, QStringLiteral("Bob"), QStringLiteral("Baker"),
                                                        {QStringLiteral("+1 212 555 0123")});
        m_ids[QStringLiteral("carla")] =
            test::addContact(db, QStringLiteral("Carla"), QStringLiteral("Diaz"), {QStringLiteral("12")});
        m_ids[QStringLiteral("dan")] = test::addContact(db, QStringLiteral("Dan"), QStringLiteral("Evans"),
                                                        {QStringLiteral("+44 20 7946 0018")});
        m_ids[QStringLiteral("eve")] = test::addContact(db, QStringLiteral("Eve"), QStringLiteral("Ford"),
                                                        {QStringLiteral("+1 415 555 0199")});
        test::addToGroup(db, group, m_ids.value(QStringLiteral("anna")), ConsentState::OptedIn);
        test::addToGroup(db, group, m_ids.value(QStringLiteral("bob")), ConsentState::OptedOut);
        test::addToGroup(db, group, m_ids.value(QStringLiteral("carla")), ConsentState::OptedIn);
        test::addToGroup(db, group, m_ids.value(QStringLiteral("dan")), ConsentState::OptedIn);
        test::addToGroup(db, group, m_ids.value(QStringLiteral("eve")), ConsentState::Unknown);
        m_page = std::make_unique<CampaignsPage>(*m_profile);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1200, 800);
        m_page->show();
    }

    void cleanup() {
        m_tester.reset();
        m_page.reset();
        m_profile.reset();
    }

    void startsEmptyWithWhatToDoNext() {
        QCOMPARE(m_page->model()->rowCount(), 0);
        QVERIFY(!m_page->table()->isVisible());
        QVERIFY(!m_page->sendButton()->isEnabled());
        auto* create = m_page->findChild<QPushButton*>(QString(), Qt::FindChildrenRecursively);
        QVERIFY(create);
    }

    void preflightNamesWhoGetsItAndWhyNot() {
        writeCampaign(QStringLiteral("MacBook launch"));
        QVERIFY(runPreflight());
        PreflightPeopleModel* people = m_page->preflightPanel()->model();
        QAbstractItemModelTester tester(people, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(people->rowCount(), 5);
        QHash<QString, QString> why;
        for (int row = 0; row < people->rowCount(); ++row)
            why.insert(people->index(row, 0).data(PreflightPeopleModel::ContactIdRole).toString(),
                       people->index(row, PreflightPeopleModel::Why).data().toString());
        QCOMPARE(why.value(m_ids.value(QStringLiteral("bob"))),
                 campaign::displayLabel(campaign::ExclusionReason::OptedOut));
        QCOMPARE(why.value(m_ids.value(QStringLiteral("carla"))),
                 campaign::displayLabel(campaign::ExclusionReason::InvalidNumber));
        QCOMPARE(why.value(m_ids.value(QStringLiteral("dan"))),
                 campaign::displayLabel(campaign::ExclusionReason::NotMobile));
        QCOMPARE(why.value(m_ids.value(QStringLiteral("eve"))),
                 campaign::displayLabel(campaign::ExclusionReason::NoConsent));
        // Anna gets it, now or when her quiet hours end: either way, one message.
        auto rowOf = [&](const QString& key) {
            for (int row = 0; row < people->rowCount(); ++row)
                if (people->index(row, 0).data(PreflightPeopleModel::ContactIdRole).toString() ==
                    m_ids.value(key))
                    return row;
            return -1;
        };
        const int annaRow = rowOf(QStringLiteral("anna"));
        QVERIFY(annaRow >= 0);
        QVERIFY(people->index(annaRow, 0).data(PreflightPeopleModel::OutcomeRole).toInt() !=
                int(campaign::Outcome::Excluded));
        QVERIFY2(m_page->preflightPanel()->summary()->text().contains(QStringLiteral("1 person")),
                 qPrintable(m_page->preflightPanel()->summary()->text()));
        // Only the excluded ones.
        auto* filter = m_page->preflightPanel()->findChild<QComboBox*>();
        QVERIFY(filter);
        filter->setCurrentIndex(filter->findData(int(campaign::Outcome::Excluded)));
        QCOMPARE(people->rowCount(), 4);

        // A person opens from the report.
        QSignalSpy opened(m_page.get(), &CampaignsPage::contactOpened);
        QTableView* table = m_page->preflightPanel()->table();
        table->setFocus();
        table->setCurrentIndex(people->index(rowOf(QStringLiteral("bob")), 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toString(), m_ids.value(QStringLiteral("bob")));

        // Changing the campaign says the report is out of date.
        m_page->editor()->textEdit()->setPlainText(QStringLiteral("Hello {{first_name}}"));
        QCOMPARE(people->rowCount(), 0);
    }

    void sendWithoutAConnectionWaits() {
        writeCampaign(QStringLiteral("Offline sale"));
        QVERIFY(m_page->sendButton()->isEnabled());
        QVERIFY(m_page->sendCurrent(false));
        QVERIFY2(m_page->statusLabel()->text().contains(QStringLiteral("waits for a connection")),
                 qPrintable(m_page->statusLabel()->text()));
        const int row = m_page->model()->rowOf(m_page->currentCampaignId());
        QVERIFY(row >= 0);
        QVERIFY(m_page->model()->campaign(row).waitingToSend);
        QCOMPARE(m_page->model()->index(row, CampaignListModel::State).data().toString(),
                 QStringLiteral("Waiting for a connection"));
        QVERIFY(!m_page->sendButton()->isEnabled());
        // The draft stays as it was written.
        QCOMPARE(m_page->editor()->textEdit()->toPlainText(),
                 QStringLiteral("Hi {{first_name}}, it is here!"));
    }

    void scheduledCampaignIsPausedResumedAndCancelled() {
        test::ServerProcess server;
        QVERIFY2(server.start(QStringLiteral("sqlite:") +
                              m_dir.filePath(QStringLiteral("server%1.sqlite").arg(m_counter))),
                 qPrintable(server.output()));
        MemoryTokenStore tokens;
        const QString email =
            QStringLiteral("page-%1@example.com").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        auto session = AccountService(*m_profile, tokens)
                           .signUp(server.url().toString(), email, QStringLiteral("Owner"),
                                   QStringLiteral("correct horse battery"));
        QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
        m_page->setTokenStore(&tokens);

        writeCampaign(QStringLiteral("Next week's sale"));
        CampaignEditor* editor = m_page->editor();
        editor->scheduleBox()->setChecked(true);
        editor->whenEdit()->setDateTime(QDateTime::currentDateTime().addDays(7));
        QVERIFY(m_page->saveDraft());
        QCOMPARE(m_page->sendButton()->text().remove(QLatin1Char('&')), QStringLiteral("Schedule…"));
        QVERIFY2(m_page->sendCurrent(false), qPrintable(m_page->statusLabel()->text()));
        const QString id = m_page->currentCampaignId();
        auto state = [&] {
            return m_page->model()->campaign(m_page->model()->rowOf(id)).status;
        };
        QCOMPARE(state(), QStringLiteral("scheduled"));
        QVERIFY(!m_page->editor()->nameEdit()->isEnabled()); // handed to the server: read-only
        QVERIFY(m_page->pauseButton()->isEnabled());
        QVERIFY(!m_page->resumeButton()->isEnabled());

        QVERIFY2(m_page->changeCurrent(QStringLiteral("pause")), qPrintable(m_page->statusLabel()->text()));
        QCOMPARE(state(), QStringLiteral("paused"));
        QVERIFY(m_page->resumeButton()->isEnabled());
        QVERIFY(!m_page->pauseButton()->isEnabled());
        QVERIFY2(m_page->changeCurrent(QStringLiteral("resume")), qPrintable(m_page->statusLabel()->text()));
        QVERIFY(state() != QStringLiteral("paused"));
        QVERIFY2(m_page->changeCurrent(QStringLiteral("cancel")), qPrintable(m_page->statusLabel()->text()));
        QCOMPARE(state(), QStringLiteral("cancelled"));
        QVERIFY(!m_page->cancelButton()->isEnabled());
        QVERIFY(!m_page->sendButton()->isEnabled());
        // A second cancel is refused by the server with words for the owner; the state stays.
        QVERIFY(!m_page->changeCurrent(QStringLiteral("pause")));
        QVERIFY(!m_page->statusLabel()->text().isEmpty());
        QCOMPARE(state(), QStringLiteral("cancelled"));
    }

    void sentCampaignNamesWhoGotIt() {
        test::ServerProcess server;
        QVERIFY2(server.start(QStringLiteral("sqlite:") +
                                  m_dir.filePath(QStringLiteral("server%1.sqlite").arg(m_counter)),
                              {QStringLiteral("--simulator-delay-ms"), QStringLiteral("0"),
                               QStringLiteral("--simulator-failure-rate"), QStringLiteral("0"),
                               QStringLiteral("--delivery-interval-ms"), QStringLiteral("20")}),
                 qPrintable(server.output()));
        MemoryTokenStore tokens;
        const QString email =
            QStringLiteral("sent-%1@example.com").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        AccountService accounts(*m_profile, tokens);
        auto session = accounts.signUp(server.url().toString(), email, QStringLiteral("Owner"),
                                       QStringLiteral("correct horse battery"));
        QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
        // The server sends to the contacts it holds: they are pushed first, as a sync would.
        HttpClient http(server.url(), 5000);
        SyncApi api(http, accounts.storedTokens().value());
        auto pushed = SyncEngine(m_profile->database(), api).run();
        QVERIFY2(pushed.ok(), qPrintable(pushed.errorMessage()));
        m_page->setTokenStore(&tokens);

        writeCampaign(QStringLiteral("Today's sale"));
        QVERIFY2(m_page->sendCurrent(false), qPrintable(m_page->statusLabel()->text()));
        QTableWidget* delivery = m_page->deliveryTable();
        // Anna is the one opted-in mobile number of the group: Bob opted out, Carla's number is invalid,
        // Dan's is a fixed line and Eve gave no consent.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                m_page->refreshDelivery();
                return delivery->rowCount() == 1 &&
                       delivery->item(0, 2)->text() == QStringLiteral("Delivered");
            }(),
            15000);
        QCOMPARE(delivery->item(0, 0)->text(), QStringLiteral("Anna Smith"));
        QCOMPARE(delivery->item(0, 1)->text(), QStringLiteral("+14155550101"));
    }

    // IQ_SCREENSHOT=FILE.png saves what the page looks like with a campaign's pre-flight (docs/images).
    void screenshot() {
        const QString file = qEnvironmentVariable("IQ_SCREENSHOT");
        if (file.isEmpty())
            QSKIP("Set IQ_SCREENSHOT=FILE.png to save a screenshot.");
        // The applications load the English catalogue for its plurals; so does the picture.
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/iqmessaging_en")));
        QCoreApplication::installTranslator(&english);
        writeCampaign(QStringLiteral("Weekend opening hours"));
        writeCampaign(QStringLiteral("New MacBook Air"));
        m_page->editor()->textEdit()->setPlainText(
            QStringLiteral("Hi {{first_name|there}}, the new MacBook Air is in! Show this text for 10% off "
                           "until Friday. {{opt_out}}"));
        QVERIFY(m_page->saveDraft());
        QVERIFY(runPreflight());
        m_page->resize(1280, 760);
        QVERIFY(m_page->grab().save(file));
        QCoreApplication::removeTranslator(&english);
    }

private:
    void writeCampaign(const QString& name) {
        QVERIFY2(m_page->createCampaign(), qPrintable(m_page->statusLabel()->text()));
        QVERIFY(m_page->currentCampaignId().isEmpty()); // stored only once it is saved
        CampaignEditor* editor = m_page->editor();
        QVERIFY(editor->nameEdit()->isEnabled());
        editor->nameEdit()->setText(name);
        Q_EMIT editor->nameEdit()->textEdited(name);
        editor->textEdit()->setPlainText(QStringLiteral("Hi {{first_name}}, it is here!"));
        QCOMPARE(editor->groupList()->count(), 1);
        editor->groupList()->item(0)->setCheckState(Qt::Checked);
        QVERIFY(editor->isModified());
        QVERIFY(m_page->saveDraft());
        QVERIFY(!editor->isModified());
        QCOMPARE(m_page->model()->campaign(m_page->model()->rowOf(m_page->currentCampaignId())).name, name);
    }

    bool runPreflight() {
        QSignalSpy finished(m_page.get(), &CampaignsPage::preflightFinished);
        m_page->preflightButton()->click();
        return finished.wait(30000);
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<CampaignsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QHash<QString, QString> m_ids;
};

QTEST_MAIN(TestCampaignsPage)
#include "tst_campaignspage.moc"
