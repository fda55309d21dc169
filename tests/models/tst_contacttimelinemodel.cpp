// ContactTimelineModel under QAbstractItemModelTester: one person's events newest first, nobody else's,
// read again when a sync brings more, and empty when no one is shown.
#include "HistoryFixtures.h"

#include "core/actions/HistoryActions.h"
#include "core/profile/Profile.h"
#include "core/store/ChangeNotifier.h"
#include "core/store/Database.h"
#include "core/store/LocalRecords.h"
#include "models/ContactTimelineModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

class TestContactTimelineModel final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    QStringList m_contacts;

    // What the History page's readers hold of this person: their messages and their calls.
    int messagesAndCallsOf(const QString& contactId) {
        HistoryActions history(m_profile->database());
        HistoryFilter filter;
        filter.contactId = contactId;
        return history.countMessages(filter).value() + history.countCalls(filter).value();
    }

private Q_SLOTS:
    void initTestCase() {
        auto profile = Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        m_profile = std::move(profile).value();
        QVERIFY(test::pullHistory(m_profile->database(), 30, &m_contacts));
    }

    void showsOnePersonsEventsNewestFirst() {
        ContactTimelineModel model(*m_profile);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setContactId(m_contacts.first());
        const int expected = messagesAndCallsOf(m_contacts.first());
        QVERIFY(expected > 5);
        QCOMPARE(model.rowCount(), expected);
        QCOMPARE(model.columnCount(), int(ContactTimelineModel::ColumnCount));
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.event(row - 1).at >= model.event(row).at);
        // The fixture's newest message to Ana (contact 0 of 3) is m-000027.
        QCOMPARE(model.index(0, 0).data(ContactTimelineModel::RecordIdRole).toString(),
                 QStringLiteral("m-000027"));
        QCOMPARE(model.index(0, 0).data(ContactTimelineModel::KindRole).toString(),
                 QStringLiteral("message"));
        QVERIFY(!model.index(0, ContactTimelineModel::Summary).data().toString().isEmpty());
        QVERIFY(!model.index(0, ContactTimelineModel::Time).data().toString().isEmpty());
        QCOMPARE(model.headerData(ContactTimelineModel::Kind, Qt::Horizontal).toString(),
                 QStringLiteral("What"));

        model.setContactId(m_contacts.at(1));
        QCOMPARE(model.rowCount(), messagesAndCallsOf(m_contacts.at(1)));
        model.setContactId({});
        QCOMPARE(model.rowCount(), 0);
    }

    void readsAgainWhenASyncBringsMore() {
        ContactTimelineModel model(*m_profile);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContactId(m_contacts.first());
        const int before = model.rowCount();
        auto stored =
            LocalRecords(m_profile->database())
                .insertNew(QStringLiteral("message"),
                           {{QStringLiteral("late"),
                             {{QStringLiteral("campaignId"), QStringLiteral("c-sms")},
                              {QStringLiteral("contactId"), m_contacts.first()},
                              {QStringLiteral("channel"), QStringLiteral("sms")},
                              {QStringLiteral("address"), QStringLiteral("+14155550101")},
                              {QStringLiteral("status"), QStringLiteral("queued")},
                              {QStringLiteral("statusHistory"), QJsonArray()},
                              {QStringLiteral("createdAt"), QStringLiteral("2026-04-01T09:00:00.000Z")},
                              {QStringLiteral("updatedAt"), QStringLiteral("2026-04-01T09:00:00.000Z")}},
                             2}});
        QVERIFY2(stored && stored.value().isEmpty(), qPrintable(stored.errorMessage()));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m_profile->notifier().announce(Entity::Message);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.index(0, 0).data(ContactTimelineModel::RecordIdRole).toString(),
                 QStringLiteral("late"));
    }

    void anUnknownPersonShowsNothingAndSaysWhy() {
        ContactTimelineModel model(*m_profile);
        QSignalSpy failed(&model, &ContactTimelineModel::loadFailed);
        model.setContactId(QStringLiteral("no-such-contact"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(failed.count(), 1);
    }
};

QTEST_MAIN(TestContactTimelineModel)
#include "tst_contacttimelinemodel.moc"
