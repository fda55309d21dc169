// The campaign report on the History page: it shows the chosen campaign's figures, its charts describe
// them in words and follow the palette, and a click on a slice or a bar filters the message list.
#include "ReportFixtures.h"
#include "TestSupport.h"

#include "core/actions/HistoryActions.h"
#include "core/profile/Profile.h"
#include "models/CampaignReportModel.h"
#include "models/HistoryModel.h"
#include "views/history/CampaignReportPanel.h"
#include "views/history/HistoryFilterBar.h"
#include "views/history/HistoryPage.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace iq;

class TestCampaignReportPanel final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<HistoryPage> m_page;
    static constexpr int kMessages = 600;

    int count(const QStringList& statuses, const QString& errorCode = {}) {
        HistoryFilter filter;
        filter.campaignId = test::reportCampaignId();
        filter.statuses = statuses;
        if (!errorCode.isEmpty())
            filter.errorCodes = {errorCode};
        return HistoryActions(m_profile->database()).countMessages(filter).value();
    }

    void chooseCampaign() {
        QComboBox* campaign = m_page->messageFilters()->campaignField();
        campaign->setCurrentIndex(campaign->findData(test::reportCampaignId()));
        QVERIFY(m_page->tabs()->isTabVisible(m_page->reportTabIndex()));
        m_page->tabs()->setCurrentIndex(m_page->reportTabIndex());
    }

    // Every message the list shows is in one of these statuses (and has this code).
    bool listShowsOnly(const QStringList& statuses, const QString& errorCode = {}) {
        HistoryModel* model = m_page->messagesModel();
        model->fetchAll();
        for (int row = 0; row < model->rowCount(); ++row) {
            const MessageRecord m = model->message(row);
            if (!statuses.contains(m.status) || (!errorCode.isEmpty() && m.errorCode != errorCode))
                return false;
        }
        return model->rowCount() > 0;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        auto profile = Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        m_profile = std::move(profile).value();
        QVERIFY(test::pullReportCampaign(m_profile->database(), kMessages));
    }

    void init() {
        m_page = std::make_unique<HistoryPage>(*m_profile);
        m_page->resize(1280, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup() { m_page.reset(); }

    void theReportTabShowsWhileACampaignIsChosen() {
        QVERIFY(!m_page->tabs()->isTabVisible(m_page->reportTabIndex()));
        chooseCampaign();
        QCOMPARE(m_page->tabs()->currentWidget(), m_page->reportPanel());
        m_page->messageFilters()->clearButton()->click();
        QVERIFY(!m_page->tabs()->isTabVisible(m_page->reportTabIndex()));
    }

    void theReportIsReadOnlyWhileItsTabIsShown() {
        QComboBox* campaign = m_page->messageFilters()->campaignField();
        campaign->setCurrentIndex(campaign->findData(test::reportCampaignId()));
        CampaignReportModel* model = m_page->reportPanel()->model();
        QCOMPARE(model->report().messages, 0); // the list is filtered; the report waits
        m_page->tabs()->setCurrentIndex(m_page->reportTabIndex());
        QCOMPARE(model->report().messages, kMessages);
        QCOMPARE(m_page->reportPanel()->statusSeries()->count(), 5);
    }

    void showsTheCampaignsFigures() {
        chooseCampaign();
        CampaignReportPanel* panel = m_page->reportPanel();
        QVERIFY(panel->summaryLabel()->text().startsWith(QStringLiteral("Spring sale, sent ")));
        QVERIFY(panel->summaryLabel()->text().contains(QStringLiteral(": 600 message(s).")));
        const int delivered = count({QStringLiteral("delivered")});
        const int failed = count({QStringLiteral("failed")});
        const int undeliverable = count({QStringLiteral("undeliverable")});
        const int pending = count({QStringLiteral("queued"), QStringLiteral("held"), QStringLiteral("sent")});
        QVERIFY(delivered > 0 && failed > 0 && undeliverable > 0 && pending > 0);
        QAbstractItemModel* figures = panel->figuresTable()->model();
        const auto cell = [&](int row, int column) {
            return figures->index(row, column).data().toString();
        };
        QCOMPARE(cell(CampaignReportModel::Delivered, CampaignReportModel::Count),
                 QString::number(delivered));
        QCOMPARE(cell(CampaignReportModel::Failed, CampaignReportModel::Count), QString::number(failed));
        QCOMPARE(cell(CampaignReportModel::Undeliverable, CampaignReportModel::Count),
                 QString::number(undeliverable));
        QCOMPARE(cell(CampaignReportModel::Pending, CampaignReportModel::Count), QString::number(pending));
        // 0, 97, ... 582: seven opt-outs of 600 recipients.
        QCOMPARE(cell(CampaignReportModel::OptedOut, CampaignReportModel::Count), QStringLiteral("7"));
        QCOMPARE(cell(CampaignReportModel::OptedOut, CampaignReportModel::Rate),
                 CampaignReportModel::rateText(100.0 * 7 / delivered));
        QCOMPARE(cell(CampaignReportModel::Delivered, CampaignReportModel::Rate),
                 CampaignReportModel::rateText(100.0 * delivered / kMessages));

        // The charts hold the same figures.
        QPieSeries* pie = panel->statusSeries();
        QCOMPARE(pie->count(), 5); // delivered, failed, undeliverable, pending, not sent
        QCOMPARE(int(pie->sum()), kMessages);
        QCOMPARE(int(pie->slices().first()->value()), delivered);
        QBarSet* reasons = panel->failureSeries()->barSets().first();
        QCOMPARE(reasons->count(), 5); // 30003, 30008, 30005, 30006, 30007
        QCOMPARE(int(reasons->sum()), failed + undeliverable);
        const QList<QBarSet*> overTime = panel->timeSeries()->barSets();
        QCOMPARE(int(overTime.at(0)->sum()), delivered);
        QCOMPARE(int(overTime.at(1)->sum()), failed + undeliverable);
        QVERIFY(overTime.at(0)->count() <= CampaignReportActions::kMaxBuckets);
    }

    void chartsDescribeTheirFiguresInWords() {
        chooseCampaign();
        CampaignReportPanel* panel = m_page->reportPanel();
        const int delivered = count({QStringLiteral("delivered")});
        for (QChartView* view : {panel->timeChart(), panel->statusChart(), panel->failureChart()})
            QVERIFY(!view->accessibleName().isEmpty());
        QCOMPARE(panel->statusChart()->accessibleName(), QStringLiteral("Status breakdown"));
        const QString status = panel->statusChart()->accessibleDescription();
        QVERIFY2(status.startsWith(
                     QStringLiteral("Status breakdown of 600 message(s): Delivered: %1 (").arg(delivered)),
                 qPrintable(status));
        const QString failures = panel->failureChart()->accessibleDescription();
        QVERIFY2(failures.contains(QStringLiteral("The handset was off or out of reach (30003): %1")
                                       .arg(count({QStringLiteral("failed")}, QStringLiteral("30003")))),
                 qPrintable(failures));
        const QString time = panel->timeChart()->accessibleDescription();
        QVERIFY2(time.contains(QStringLiteral("in intervals of 5 minute(s): %1 delivered").arg(delivered)),
                 qPrintable(time));
    }

    void clickingASliceFiltersTheList() {
        chooseCampaign();
        CampaignReportPanel* panel = m_page->reportPanel();
        QPieSlice* failed = panel->statusSeries()->slices().at(1);
        Q_EMIT failed->clicked();
        QCOMPARE(m_page->tabs()->currentIndex(), 0);
        QCOMPARE(m_page->messagesModel()->filter().statuses, QStringList{QStringLiteral("failed")});
        QCOMPARE(m_page->messagesModel()->filter().campaignId, test::reportCampaignId());
        QCOMPARE(m_page->messagesModel()->totalCount(), count({QStringLiteral("failed")}));
        QVERIFY(listShowsOnly({QStringLiteral("failed")}));
        QCOMPARE(m_page->messageFilters()->statusField()->currentText(), QStringLiteral("Failed"));

        // Over time: the delivered bars.
        m_page->tabs()->setCurrentIndex(m_page->reportTabIndex());
        Q_EMIT panel->timeSeries()->barSets().at(0)->clicked(0);
        QCOMPARE(m_page->messagesModel()->totalCount(), count({QStringLiteral("delivered")}));
        QVERIFY(listShowsOnly({QStringLiteral("delivered")}));
    }

    void clickingAReasonFiltersByItsCode() {
        chooseCampaign();
        CampaignReportPanel* panel = m_page->reportPanel();
        const QList<FailureReason> reasons = panel->model()->report().failures;
        QCOMPARE(reasons.first().code, QStringLiteral("30003")); // the most frequent
        // The most frequent reason is the last bar (drawn on top).
        QBarSet* bars = panel->failureSeries()->barSets().first();
        Q_EMIT bars->clicked(bars->count() - 1);
        const QStringList failures{QStringLiteral("failed"), QStringLiteral("undeliverable")};
        QCOMPARE(m_page->messagesModel()->filter().errorCodes, QStringList{QStringLiteral("30003")});
        QCOMPARE(m_page->messagesModel()->totalCount(), count(failures, QStringLiteral("30003")));
        QVERIFY(listShowsOnly(failures, QStringLiteral("30003")));
        QPushButton* error = m_page->messageFilters()->errorButton();
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("30003")));
        QVERIFY(!error->accessibleName().isEmpty());

        panel->showFailureReason(int(reasons.size()) - 1);
        QCOMPARE(m_page->messagesModel()->filter().errorCodes, QStringList{reasons.last().code});
        error->click();
        QVERIFY(!error->isVisible());
        QCOMPARE(m_page->messagesModel()->totalCount(), count(failures));
    }

    void chartsFollowThePalette() {
        chooseCampaign();
        CampaignReportPanel* panel = m_page->reportPanel();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        panel->setPalette(dark);
        for (QChartView* view : {panel->timeChart(), panel->statusChart(), panel->failureChart()}) {
            QCOMPARE(view->chart()->theme(), QChart::ChartThemeDark);
            QCOMPARE(view->chart()->backgroundBrush().color(), QColor(0x2a, 0x2a, 0x2a));
        }
        const QColor darkDelivered = panel->statusSeries()->slices().first()->color();
        panel->setPalette(QPalette(QColor(0xf0, 0xf0, 0xf0)));
        for (QChartView* view : {panel->timeChart(), panel->statusChart(), panel->failureChart()})
            QCOMPARE(view->chart()->theme(), QChart::ChartThemeLight);
        QVERIFY(panel->statusSeries()->slices().first()->color() != darkDelivered);
    }

    void followsNewStatuses() {
        chooseCampaign();
        CampaignReportModel* model = m_page->reportPanel()->model();
        const int before = model->report().delivered;
        m_profile->notifier().announce(Entity::Message);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QVERIFY(reset.wait(2000));
        QCOMPARE(model->report().delivered, before);
    }

    // IQ_SCREENSHOT=FILE.png saves the History page with a campaign's report (docs/images/history.png).
    void screenshot() {
        const QString file = qEnvironmentVariable("IQ_SCREENSHOT");
        if (file.isEmpty())
            QSKIP("Set IQ_SCREENSHOT=FILE.png to save a screenshot.");
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/iqmessaging_en")));
        QCoreApplication::installTranslator(&english);
        chooseCampaign();
        m_page->resize(1280, 860);
        QTest::qWait(50);
        QVERIFY(m_page->grab().save(file));
        QCoreApplication::removeTranslator(&english);
    }
};

QTEST_MAIN(TestCampaignReportPanel)
#include "tst_campaignreportpanel.moc"
