// The campaign report's figures as a table: under QAbstractItemModelTester through a campaign chosen,
// reloaded and cleared, with counts and rates as the report gives them.
#include "ReportFixtures.h"

#include "core/profile/Profile.h"
#include "models/CampaignReportModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

class TestCampaignReportModel final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;

private Q_SLOTS:
    void initTestCase() {
        auto profile = Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        m_profile = std::move(profile).value();
        QVERIFY(test::pullReportCampaign(m_profile->database(), 200));
    }

    void figuresOfTheChosenCampaign() {
        CampaignReportModel model(*m_profile);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(CampaignReportModel::ColumnCount));
        model.setCampaign(test::reportCampaignId());
        QCOMPARE(model.rowCount(), int(CampaignReportModel::RowCount));
        const CampaignReport& r = model.report();
        QCOMPARE(r.messages, 200);
        QCOMPARE(r.delivered + r.failed + r.undeliverable + r.pending + r.skipped, 200);
        QCOMPARE(model.index(CampaignReportModel::Delivered, CampaignReportModel::Count).data().toString(),
                 QString::number(r.delivered));
        QCOMPARE(model.index(CampaignReportModel::Delivered, CampaignReportModel::Figure).data().toString(),
                 QStringLiteral("Delivered"));
        QCOMPARE(model.index(CampaignReportModel::OptedOut, CampaignReportModel::Count).data().toString(),
                 QStringLiteral("3")); // 0, 97 and 194
        QCOMPARE(model.index(CampaignReportModel::OptedOut, CampaignReportModel::Rate).data().toString(),
                 CampaignReportModel::rateText(300.0 / r.delivered));
        QCOMPARE(model.index(CampaignReportModel::Pending, 0)
                     .data(CampaignReportModel::StatusesRole)
                     .toStringList(),
                 QStringList({QStringLiteral("queued"), QStringLiteral("held"), QStringLiteral("sent")}));
        QVERIFY(model.index(CampaignReportModel::Replied, 0)
                    .data(CampaignReportModel::StatusesRole)
                    .toStringList()
                    .isEmpty());
        QCOMPARE(model.headerData(CampaignReportModel::Rate, Qt::Horizontal).toString(),
                 QStringLiteral("Rate"));

        // A change of messages reloads once the burst is over.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        for (int i = 0; i < 5; ++i)
            m_profile->notifier().announce(Entity::Message);
        QVERIFY(reset.wait(2000));
        QTest::qWait(300);
        QCOMPARE(reset.size(), 1);

        // Inactive, nothing is read until it is active again.
        QSignalSpy failed(&model, &CampaignReportModel::loadFailed);
        model.setActive(false);
        model.setCampaign(QStringLiteral("gone"));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(model.report().messages, 200);
        model.setActive(true);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(model.report().messages, 0);
        model.setCampaign({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCampaignReportModel)
#include "tst_campaignreportmodel.moc"
