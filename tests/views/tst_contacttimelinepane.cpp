// The contact pane's Timeline tab: the selected person's messages, calls and STOP reply, newest first,
// the same list as iqm contacts timeline prints for the same profile, and another person's on selection.
#include "HistoryFixtures.h"
#include "TestSupport.h"

#include "core/profile/Profile.h"
#include "core/store/LocalRecords.h"
#include "models/ContactTimelineModel.h"
#include "shared/phone/PhoneNumbers.h"
#include "views/contacts/ContactDetailPane.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace iq;

class TestContactTimelinePane final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    QStringList m_contacts;

    QString profileDir() const { return m_dir.filePath(QStringLiteral("profile")); }

    // "kind summary" of each event iqm prints for the contact.
    QStringList iqmTimeline(const QString& contactId) {
        auto result = test::runProgram(QStringLiteral("iqm"),
                                       {QStringLiteral("--profile"), profileDir(), QStringLiteral("contacts"),
                                        QStringLiteral("timeline"), contactId, QStringLiteral("--json")});
        if (result.exitCode != 0)
            qWarning("%s", result.err.constData());
        QStringList rows;
        for (const QJsonValue& value : QJsonDocument::fromJson(result.out).array())
            rows << value[QStringLiteral("kind")].toString() + QLatin1Char(' ') +
                        value[QStringLiteral("summary")].toString();
        return rows;
    }

    static QStringList shownRows(const QTreeView* view) {
        QStringList rows;
        const QAbstractItemModel* model = view->model();
        for (int row = 0; row < model->rowCount(); ++row)
            rows << model->index(row, 0).data(ContactTimelineModel::KindRole).toString() + QLatin1Char(' ') +
                        model->index(row, ContactTimelineModel::Summary).data().toString();
        return rows;
    }

private Q_SLOTS:
    void initTestCase() {
        auto profile = Profile::open(profileDir());
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        m_profile = std::move(profile).value();
        QVERIFY(test::pullHistory(m_profile->database(), 20, &m_contacts));
        const Status stop = LocalRecords(m_profile->database())
                                .write(QStringLiteral("consent"), m_contacts.first() + QStringLiteral(":sms"),
                                       {{QStringLiteral("contactId"), m_contacts.first()},
                                        {QStringLiteral("channel"), QStringLiteral("sms")},
                                        {QStringLiteral("consent"), QStringLiteral("opted_out")},
                                        {QStringLiteral("method"), QStringLiteral("keyword")},
                                        {QStringLiteral("source"),
                                         QStringLiteral("simulator: SMS reply \"STOP\" from +14155550101")}},
                                       4);
        QVERIFY2(stop, qPrintable(stop.errorMessage()));
    }

    void theTimelineTabShowsThePersonsEvents() {
        const PhoneNumbers numbers(QStringLiteral("US"));
        ContactDetailPane pane(*m_profile, numbers);
        pane.resize(700, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QCOMPARE(pane.tabs()->tabText(1), QStringLiteral("Timeline"));
        pane.tabs()->setCurrentIndex(1);
        QVERIFY(pane.timeline()->isVisible());
        QVERIFY(!pane.timeline()->accessibleName().isEmpty());
        QCOMPARE(pane.timeline()->model()->rowCount(), 0);

        pane.showContact(m_contacts.first());
        const QStringList shown = shownRows(pane.timeline());
        // Ana: the STOP reply (synced last), then her messages and calls, newest first.
        QVERIFY(shown.size() > 5);
        QCOMPARE(shown.first(), QStringLiteral("reply Replied \u201cSTOP\u201d: Opted out for all SMS"));
        QVERIFY(shown.contains(QStringLiteral("message SMS \u201cSpring sale\u201d: delivered")));
        QVERIFY(std::any_of(shown.cbegin(), shown.cend(),
                            [](const QString& row) { return row.startsWith(QStringLiteral("call ")); }));
        QCOMPARE(shown, iqmTimeline(m_contacts.first()));
        // The rows are drawn: the first one has a place in the view.
        QVERIFY(pane.timeline()->visualRect(pane.timeline()->model()->index(0, 0)).isValid());

        pane.showContact(m_contacts.at(1));
        const QStringList bob = shownRows(pane.timeline());
        QVERIFY(!bob.isEmpty());
        QVERIFY(!bob.first().startsWith(QStringLiteral("reply")));
        QCOMPARE(bob, iqmTimeline(m_contacts.at(1)));
    }
};

QTEST_MAIN(TestContactTimelinePane)
#include "tst_contacttimelinepane.moc"
