// GroupMembersModel over a real profile, under QAbstractItemModelTester: the members of the group
// chosen, consent changes in place, members and groups coming and going, numbers shown for a region,
// and members dragged out or contacts dropped in.
#include "ContactFixtures.h"

#include "core/profile/Profile.h"
#include "core/store/ContactRepository.h"
#include "core/store/ExternalChangeWatcher.h"
#include "core/store/GroupRepository.h"
#include "models/ContactsModel.h"
#include "models/GroupMembersModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

class TestGroupMembersModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto profile = Profile::open(m_dir->path());
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        m_profile = std::move(profile).value();
        Database& db = m_profile->database();
        m_zoe = test::addContact(db, QStringLiteral("Zoë"), QStringLiteral("Adams"),
                                 {QStringLiteral("(415) 555-0123")});
        m_ana = test::addContact(db, QStringLiteral("Ana"), QStringLiteral("Lima"),
                                 {QStringLiteral("+1 212 555 0199")});
        m_bob = test::addContact(db, QStringLiteral("Bob"), QStringLiteral("Baker"));
        m_mac = test::addToGroup(db, QStringLiteral("Mac Users"), m_zoe, ConsentState::OptedIn);
        test::addToGroup(db, QStringLiteral("Mac Users"), m_ana, ConsentState::Pending);
        m_news = test::addToGroup(db, QStringLiteral("Newsletter"), m_bob, ConsentState::OptedOut);
        m_model = std::make_unique<GroupMembersModel>(db, m_profile->notifier());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup() {
        m_tester.reset();
        m_model.reset();
        m_profile.reset();
        m_dir.reset();
    }

    void noGroupNoRows() {
        QCOMPARE(m_model->groupId(), QString());
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->columnCount(), int(GroupMembersModel::ColumnCount));
        // Nothing to drop into while no group is chosen; announcements change nothing.
        QMimeData mime;
        mime.setData(ContactsModel::contactIdsMimeType(), m_ana.toUtf8());
        QVERIFY(!m_model->canDropMimeData(&mime, Qt::CopyAction, -1, -1, {}));
        m_profile->notifier().announce(Entity::Any);
        QTest::qWait(100);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void membersOfTheChosenGroupByName() {
        m_model->setGroup(m_mac);
        QCOMPARE(m_model->groupId(), m_mac);
        QCOMPARE(names(), (QStringList{QStringLiteral("Ana Lima"), QStringLiteral("Zoë Adams")}));
        QCOMPARE(m_model->contactIdAt(0), m_ana);
        QCOMPARE(m_model->contactIdAt(1), m_zoe);
        const int ana = 0;
        QCOMPARE(m_model->index(ana, 0).data(GroupMembersModel::IdRole).toString(), m_ana);
        QCOMPARE(m_model->index(ana, 0).data(GroupMembersModel::ConsentRole).toString(),
                 QStringLiteral("pending"));
        QCOMPARE(m_model->index(ana, GroupMembersModel::Consent).data().toString(),
                 displayName(ConsentState::Pending));
        QCOMPARE(m_model->contactIdAt(5), QString());
        m_model->setGroup(m_news);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->contactIdAt(0), m_bob);
        m_model->setGroup(QString());
        QCOMPARE(m_model->rowCount(), 0);
    }

    void numbersShowForTheRegion() {
        m_model->setGroup(m_mac);
        const int zoe = idOfName(QStringLiteral("Zoë"));
        QCOMPARE(m_model->index(zoe, GroupMembersModel::Mobile).data().toString(),
                 QStringLiteral("+14155550123"));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setPhoneRegion(QStringLiteral("US"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_model->index(zoe, GroupMembersModel::Mobile).data().toString(),
                 QStringLiteral("+1 415-555-0123"));
    }

    // The same members: their consent changes in place, so a selection stays where it is.
    void consentChangesInPlace() {
        m_model->setGroup(m_mac);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(groups().addMember(m_mac, m_ana, ConsentState::OptedOut, ConsentMethod::Keyword,
                                   QStringLiteral("STOP reply")));
        const int ana = idOfName(QStringLiteral("Ana"));
        QTRY_COMPARE(m_model->index(ana, 0).data(GroupMembersModel::ConsentRole).toString(),
                     QStringLiteral("opted_out"));
        QCOMPARE(resets.size(), 0);
    }

    void membersComingAndGoing() {
        m_model->setGroup(m_mac);
        QVERIFY(groups().addMember(m_mac, m_bob, ConsentState::OptedIn, ConsentMethod::Paper,
                                   QStringLiteral("sign-up sheet")));
        QTRY_COMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->contactIdAt(idOfName(QStringLiteral("Bob"))), m_bob);
        QVERIFY(groups().removeMember(m_mac, m_zoe));
        QTRY_COMPARE(m_model->rowCount(), 2);
        QCOMPARE(idOfName(QStringLiteral("Zoë")), -1);
        // A deleted contact leaves every group it was in.
        QVERIFY(ContactRepository(m_profile->database(), &m_profile->notifier()).remove(m_ana));
        QTRY_COMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->contactIdAt(0), m_bob);
    }

    void changesFromAnotherConnectionAreNoticed() {
        m_model->setGroup(m_news);
        auto other = Database::open(m_profile->databasePath());
        QVERIFY2(other, qPrintable(other.errorMessage()));
        ExternalChangeWatcher watcher(m_profile->database(), m_profile->notifier());
        test::addToGroup(*other.value(), QStringLiteral("Newsletter"), m_ana, ConsentState::OptedIn);
        QCOMPARE(m_model->rowCount(), 1);
        watcher.checkNow();
        QTRY_COMPARE(m_model->rowCount(), 2);
    }

    void membersDragOutAndContactsDropIn() {
        m_model->setGroup(m_mac);
        QVERIFY(m_model->flags(m_model->index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(m_model->flags(QModelIndex()).testFlag(Qt::ItemIsDropEnabled));
        // Every cell of a row selected: the row's member once.
        std::unique_ptr<QMimeData> dragged(m_model->mimeData(
            {m_model->index(0, 0), m_model->index(0, 1), m_model->index(0, 2), m_model->index(1, 0)}));
        QStringList ids = ContactsModel::contactIdsFromMime(dragged.get());
        ids.sort();
        QStringList expected{m_zoe, m_ana};
        expected.sort();
        QCOMPARE(ids, expected);

        m_model->setGroup(m_news);
        QSignalSpy dropped(m_model.get(), &GroupMembersModel::contactsDropped);
        QVERIFY(m_model->canDropMimeData(dragged.get(), Qt::CopyAction, -1, -1, {}));
        QVERIFY(m_model->dropMimeData(dragged.get(), Qt::CopyAction, -1, -1, {}));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().at(0).toString(), m_news);
        QCOMPARE(dropped.first().at(1).toStringList().size(), 2);
        QMimeData text;
        text.setText(QStringLiteral("Ana"));
        QVERIFY(!m_model->dropMimeData(&text, Qt::CopyAction, -1, -1, {}));
        QCOMPARE(dropped.size(), 1);
    }

private:
    GroupRepository groups() { return GroupRepository(m_profile->database(), &m_profile->notifier()); }
    QStringList names() const {
        QStringList out;
        for (int row = 0; row < m_model->rowCount(); ++row)
            out << m_model->index(row, GroupMembersModel::Name).data().toString();
        return out;
    }
    // The row whose name holds the given name, or -1.
    int idOfName(const QString& given) const {
        const QStringList shown = names();
        for (int row = 0; row < shown.size(); ++row)
            if (shown.at(row).contains(given))
                return row;
        return -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<GroupMembersModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_zoe, m_ana, m_bob, m_mac, m_news;
};

QTEST_GUILESS_MAIN(TestGroupMembersModel)
#include "tst_groupmembersmodel.moc"
