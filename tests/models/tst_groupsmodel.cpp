// GroupsModel over a real profile, under QAbstractItemModelTester: counts kept up to date in place when
// members or their consent change (here or in another process), rows reset when groups come and go,
// and contacts dropped on a group announced.
#include "ContactFixtures.h"

#include "core/profile/Profile.h"
#include "core/store/ExternalChangeWatcher.h"
#include "core/store/GroupRepository.h"
#include "models/ContactsModel.h"
#include "models/GroupsModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

class TestGroupsModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto profile = Profile::open(m_dir->path());
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        m_profile = std::move(profile).value();
        Database& db = m_profile->database();
        m_ana = test::addContact(db, QStringLiteral("Ana"), QStringLiteral("Lima"),
                                 {QStringLiteral("415 555 0100")});
        m_ben = test::addContact(db, QStringLiteral("Ben"), QStringLiteral("Okafor"),
                                 {QStringLiteral("415 555 0101")});
        m_mac = test::addToGroup(db, QStringLiteral("Mac Users"), m_ana, ConsentState::OptedIn);
        test::addToGroup(db, QStringLiteral("Mac Users"), m_ben, ConsentState::OptedOut);
        m_windows = test::addToGroup(db, QStringLiteral("windows"), m_ben, ConsentState::Pending);
        m_model = std::make_unique<GroupsModel>(db, m_profile->notifier());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup() {
        m_tester.reset();
        m_model.reset();
        m_profile.reset();
        m_dir.reset();
    }

    void rowsAreGroupsByNameWithTheirCounts() {
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->columnCount(), int(GroupsModel::ColumnCount));
        QCOMPARE(text(0, GroupsModel::Name), QStringLiteral("Mac Users"));
        QCOMPARE(text(1, GroupsModel::Name), QStringLiteral("windows")); // case does not decide the order
        QCOMPARE(number(0, GroupsModel::Members), 2);
        QCOMPARE(number(0, GroupsModel::OptedIn), 1);
        QCOMPARE(number(1, GroupsModel::Members), 1);
        QCOMPARE(number(1, GroupsModel::OptedIn), 0);
        QCOMPARE(m_model->index(1, 0).data(GroupsModel::IdRole).toString(), m_windows);
        QCOMPARE(m_model->groupIdAt(0), m_mac);
        QCOMPARE(m_model->groupIdAt(2), QString());
        QCOMPARE(m_model->rowOfGroup(m_windows), 1);
        QCOMPARE(m_model->rowOfGroup(QStringLiteral("no such group")), -1);
        QCOMPARE(m_model->headerData(GroupsModel::OptedIn, Qt::Horizontal).toString(),
                 QStringLiteral("Opted in"));
        QCOMPARE(m_model->index(0, GroupsModel::Members).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);
    }

    // The same groups in the same order: the counts change in place, so a selection stays where it is.
    void consentChangesUpdateCountsInPlace() {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(groups().addMember(m_mac, m_ben, ConsentState::OptedIn, ConsentMethod::Paper,
                                   QStringLiteral("sign-up sheet")));
        QTRY_COMPARE(number(0, GroupsModel::OptedIn), 2);
        QCOMPARE(number(0, GroupsModel::Members), 2);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(resets.size(), 0);
        QVERIFY(groups().removeMember(m_windows, m_ben));
        QTRY_COMPARE(number(1, GroupsModel::Members), 0);
        QCOMPARE(resets.size(), 0);
    }

    void groupsComingAndGoingResetTheRows() {
        Group added;
        added.name = QStringLiteral("Linux");
        added = groups().add(added).value();
        QTRY_COMPARE(m_model->rowCount(), 3);
        QCOMPARE(text(0, GroupsModel::Name), QStringLiteral("Linux"));
        QCOMPARE(number(0, GroupsModel::Members), 0);
        // Renamed past the others: the order changes.
        added.name = QStringLiteral("Zsh fans");
        added.description = QStringLiteral("Terminal people");
        QVERIFY(groups().update(added));
        QTRY_COMPARE(text(2, GroupsModel::Name), QStringLiteral("Zsh fans"));
        QCOMPARE(text(2, GroupsModel::Description), QStringLiteral("Terminal people"));
        QVERIFY(groups().remove(m_mac));
        QTRY_COMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->rowOfGroup(m_mac), -1);
        QVERIFY(groups().remove(m_windows));
        QVERIFY(groups().remove(added.id));
        QTRY_COMPARE(m_model->rowCount(), 0);
    }

    // Another process (iqm, a sync) writes; the watcher of the profile notices and the counts follow.
    void changesFromAnotherConnectionAreNoticed() {
        auto other = Database::open(m_profile->databasePath());
        QVERIFY2(other, qPrintable(other.errorMessage()));
        ExternalChangeWatcher watcher(m_profile->database(), m_profile->notifier());
        const QString cy = test::addContact(*other.value(), QStringLiteral("Cy"), QStringLiteral("Young"));
        test::addToGroup(*other.value(), QStringLiteral("windows"), cy, ConsentState::OptedIn);
        test::addToGroup(*other.value(), QStringLiteral("Amiga"), cy, ConsentState::OptedIn);
        QCOMPARE(m_model->rowCount(), 2); // nothing announced in this process yet
        watcher.checkNow();
        QTRY_COMPARE(m_model->rowCount(), 3);
        QCOMPARE(text(0, GroupsModel::Name), QStringLiteral("Amiga"));
        QCOMPARE(number(2, GroupsModel::Members), 2);
        QCOMPARE(number(2, GroupsModel::OptedIn), 1);
    }

    // Changes of other kinds of records leave the groups alone.
    void unrelatedChangesDoNotReload() {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_profile->notifier().announce(Entity::Content);
        m_profile->notifier().announce(Entity::Campaign);
        QTest::qWait(150);
        QCOMPARE(resets.size() + changed.size(), 0);
    }

    void droppedContactsAreAnnouncedForTheGroupUnderThem() {
        ContactsModel contacts(m_profile->database(), m_profile->notifier());
        std::unique_ptr<QMimeData> mime(contacts.mimeData({contacts.index(0, 0), contacts.index(1, 0)}));
        QVERIFY(mime);
        QCOMPARE(m_model->mimeTypes(), QStringList{ContactsModel::contactIdsMimeType()});
        QVERIFY(m_model->flags(m_model->index(1, 0)).testFlag(Qt::ItemIsDropEnabled));
        QSignalSpy dropped(m_model.get(), &GroupsModel::contactsDropped);
        const QModelIndex windows = m_model->index(1, 0);
        QVERIFY(m_model->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, windows));
        QVERIFY(m_model->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, windows));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().at(0).toString(), m_windows);
        QStringList ids = dropped.first().at(1).toStringList();
        ids.sort();
        QStringList expected{m_ana, m_ben};
        expected.sort();
        QCOMPARE(ids, expected);
        // Between rows, or something that is not contacts: nothing to drop.
        QVERIFY(!m_model->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, QModelIndex()));
        QMimeData text;
        text.setText(QStringLiteral("Ana"));
        QVERIFY(!m_model->dropMimeData(&text, Qt::CopyAction, -1, -1, windows));
        QCOMPARE(dropped.size(), 1);
    }

private:
    GroupRepository groups() { return GroupRepository(m_profile->database(), &m_profile->notifier()); }
    QString text(int row, int column) const { return m_model->index(row, column).data().toString(); }
    int number(int row, int column) const { return m_model->index(row, column).data().toInt(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<GroupsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_ana, m_ben, m_mac, m_windows;
};

QTEST_GUILESS_MAIN(TestGroupsModel)
#include "tst_groupsmodel.moc"
