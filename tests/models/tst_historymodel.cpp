// HistoryModel and CallLogModel under QAbstractItemModelTester: pages read as the view scrolls, sorting
// and filtering in SQL, and a reload when a sync brings more.
#include "HistoryFixtures.h"

#include "core/profile/Profile.h"
#include "core/store/Database.h"
#include "core/store/LocalRecords.h"
#include "models/CallLogModel.h"
#include "models/HistoryModel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

class TestHistoryModel final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    QStringList m_contacts;
    static constexpr int kMessages = 450; // more than two pages

private Q_SLOTS:
    void initTestCase() {
        auto profile = Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        m_profile = std::move(profile).value();
        QVERIFY(test::pullHistory(m_profile->database(), kMessages, &m_contacts));
    }

    void readsPagesAsTheViewScrolls() {
        HistoryModel model(*m_profile);
        QCOMPARE(model.totalCount(), kMessages);
        QCOMPARE(model.rowCount(), PagedTableModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        // Newest first.
        QCOMPARE(model.index(0, 0).data(HistoryModel::IdRole).toString(), QStringLiteral("m-000449"));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * PagedTableModel::kPageSize);
        model.fetchAll();
        QCOMPARE(model.rowCount(), kMessages);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(kMessages - 1, 0).data(HistoryModel::IdRole).toString(),
                 QStringLiteral("m-000000"));
        // Every row once.
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row, 0).data(HistoryModel::IdRole).toString());
        QCOMPARE(ids.size(), kMessages);
        // Reloaded and read again page by page under the tester (which fetches more itself).
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        model.fetchAll();
        QCOMPARE(model.rowCount(), kMessages);
    }

    void showsWordsForPeople() {
        HistoryModel model(*m_profile);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(HistoryModel::Time, Qt::AscendingOrder);
        QCOMPARE(model.index(1, HistoryModel::Status).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model.index(1, HistoryModel::Error).data().toString(),
                 QStringLiteral("The handset was off or out of reach"));
        QCOMPARE(model.index(1, HistoryModel::Error).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("The handset was off or out of reach (code 30003)"));
        QCOMPARE(model.index(2, HistoryModel::Error).data().toString(),
                 QStringLiteral("The number is not in service"));
        QCOMPARE(model.index(0, HistoryModel::Recipient).data().toString(), QStringLiteral("Ana"));
        QCOMPARE(model.index(0, HistoryModel::To).data().toString(), QStringLiteral("+14155550101"));
        QCOMPARE(model.index(0, HistoryModel::Channel).data().toString(), QStringLiteral("SMS"));
        QCOMPARE(model.index(0, HistoryModel::Campaign).data().toString(), QStringLiteral("Spring sale"));
        QCOMPARE(model.headerData(HistoryModel::Error, Qt::Horizontal).toString(), QStringLiteral("Error"));
        QCOMPARE(model.message(2).statusHistory.size(), 3);
    }

    void sortsAndFiltersInSql() {
        HistoryModel model(*m_profile);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(HistoryModel::Status, Qt::AscendingOrder);
        QCOMPARE(model.index(0, 0).data(HistoryModel::StatusRole).toString(), QStringLiteral("delivered"));
        model.fetchAll();
        QCOMPARE(model.index(kMessages - 1, 0).data(HistoryModel::StatusRole).toString(),
                 QStringLiteral("undeliverable"));
        model.sort(HistoryModel::Recipient, Qt::DescendingOrder);
        QCOMPARE(model.index(0, HistoryModel::Recipient).data().toString(), QStringLiteral("Cleo"));

        HistoryFilter filter;
        filter.statuses = {QStringLiteral("failed"), QStringLiteral("undeliverable")};
        filter.contactId = m_contacts.first();
        QSignalSpy counted(&model, &PagedTableModel::totalCountChanged);
        model.setFilter(filter);
        QCOMPARE(counted.size(), 1);
        model.fetchAll();
        QVERIFY(model.rowCount() > 0 && model.rowCount() < kMessages / 3);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(filter.statuses.contains(model.index(row, 0).data(HistoryModel::StatusRole).toString()));
            QCOMPARE(model.message(row).contactId, m_contacts.first());
        }
        filter.search = QStringLiteral("no such text");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void readsAgainWhenASyncBringsMore() {
        HistoryModel model(*m_profile);
        model.fetchMore({}); // scrolled down two pages
        QCOMPARE(model.rowCount(), 2 * PagedTableModel::kPageSize);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int scrolled = model.rowCount(); // the tester may have read one more
        auto stored =
            LocalRecords(m_profile->database())
                .insertNew(QStringLiteral("message"),
                           {{QStringLiteral("late"),
                             {{QStringLiteral("channel"), QStringLiteral("sms")},
                              {QStringLiteral("address"), QStringLiteral("+14155550109")},
                              {QStringLiteral("status"), QStringLiteral("queued")},
                              {QStringLiteral("createdAt"), QStringLiteral("2027-01-01T00:00:00.000Z")}},
                             9}});
        QVERIFY(stored);
        m_profile->notifier().announce(Entity::Message);
        QTRY_COMPARE(model.totalCount(), kMessages + 1);
        QCOMPARE(model.index(0, 0).data(HistoryModel::IdRole).toString(), QStringLiteral("late"));
        QVERIFY(model.rowCount() >= scrolled); // still as far as the user scrolled
        QCOMPARE(model.index(0, HistoryModel::Recipient).data().toString(), QStringLiteral("(no contact)"));
    }

    void listsCalls() {
        CallLogModel model(*m_profile);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.totalCount(), kMessages / 5);
        model.sort(CallLogModel::Duration, Qt::DescendingOrder);
        QCOMPARE(model.call(0).durationSeconds, 59);
        QCOMPARE(model.index(0, CallLogModel::Duration).data().toString(), QStringLiteral("59 s"));
        QCOMPARE(model.index(0, CallLogModel::Type).data().toString(), QStringLiteral("Campaign call"));
        QCOMPARE(model.index(0, CallLogModel::Campaign).data().toString(), QStringLiteral("Reminder call"));
        HistoryFilter busy;
        busy.statuses = {QStringLiteral("busy")};
        model.setFilter(busy);
        model.fetchAll();
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, CallLogModel::Outcome).data().toString(), QStringLiteral("Busy"));
        QCOMPARE(CallLogModel::durationText(125), QStringLiteral("2 min 05 s"));
    }
};

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
