// ConflictListModel under QAbstractItemModelTester over the conflicts a real sync leaves in a profile:
// two devices edit the same contact and a third deletes one the second edits; the rows name the record
// and both values, and go when the owner resolves them.
#include "FakeSyncServer.h"
#include "SyncDevice.h"

#include "core/store/ConflictStore.h"
#include "core/store/ContactRepository.h"
#include "models/sync/ConflictListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace iq;
using iq::test::FakeSyncServer;
using iq::test::SyncDevice;

namespace {

Contact person(const QString& given, const QString& family) {
    Contact contact;
    contact.givenName = given;
    contact.familyName = family;
    return contact;
}

} // namespace

class TestConflictListModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start() > 0); }

    void noConflictsNoRows() {
        SyncDevice device(m_server.url());
        ConflictListModel model(device.db(), device.profile().notifier());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ConflictListModel::ColumnCount));
        QCOMPARE(model.headerData(ConflictListModel::ServerColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Kept (server)"));
        QCOMPARE(model.conflict(0).seq, 0);
    }

    void rowsNameTheRecordAndBothValues() {
        SyncDevice a(m_server.url()), b(m_server.url());
        QVERIFY(a.signUp(QStringLiteral("conflicts@example.com")));
        QVERIFY(b.signIn(QStringLiteral("conflicts@example.com")));
        ConflictListModel model(b.db(), b.profile().notifier());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString grace =
            a.contacts().add(person(QStringLiteral("Grace"), QStringLiteral("Hopper"))).value().id;
        const QString alan =
            a.contacts().add(person(QStringLiteral("Alan"), QStringLiteral("Turing"))).value().id;
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());

        // Offline on both: the same field of Grace edited twice, and Alan deleted on A but edited on B.
        Contact onA = a.contacts().get(grace).value();
        onA.givenName = QStringLiteral("Amazing Grace");
        QVERIFY(a.contacts().update(onA));
        QVERIFY(a.contacts().remove(alan));
        Contact onB = b.contacts().get(grace).value();
        onB.givenName = QStringLiteral("Admiral Grace");
        QVERIFY(b.contacts().update(onB));
        Contact alanOnB = b.contacts().get(alan).value();
        alanOnB.notes = QStringLiteral("call after 5");
        QVERIFY(b.contacts().update(alanOnB));
        QVERIFY(a.sync().ok());
        auto report = b.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.value().conflicts, 2);
        QCOMPARE(model.rowCount(), 0); // not told yet: the sync of a window announces what it changed
        b.profile().notifier().announce(Entity::Any);
        QCOMPARE(model.rowCount(), 2);

        const int field = rowOf(model, grace);
        const int deleted = rowOf(model, alan);
        QVERIFY(field >= 0 && deleted >= 0);
        QCOMPARE(text(model, field, ConflictListModel::RecordColumn),
                 QStringLiteral("contact “Amazing Grace Hopper”"));
        QCOMPARE(text(model, field, ConflictListModel::FieldColumn), QStringLiteral("givenName"));
        QCOMPARE(text(model, field, ConflictListModel::LocalColumn), QStringLiteral("Admiral Grace"));
        QCOMPARE(text(model, field, ConflictListModel::ServerColumn), QStringLiteral("Amazing Grace"));
        QVERIFY(!text(model, field, ConflictListModel::DetectedColumn).isEmpty());
        QCOMPARE(text(model, deleted, ConflictListModel::FieldColumn),
                 QStringLiteral("Deleted on another device, edited here"));
        QCOMPARE(text(model, deleted, ConflictListModel::LocalColumn), QStringLiteral("your edit"));
        QCOMPARE(text(model, deleted, ConflictListModel::ServerColumn), QStringLiteral("deleted"));
        QVERIFY(text(model, deleted, ConflictListModel::RecordColumn).contains(QStringLiteral("Alan")));

        // Keeping the server's value changes no record, so the page reloads the list itself; re-applying
        // this device's value changes one, and the announcement reloads it.
        ConflictStore conflicts(b.db(), &b.profile().notifier());
        QVERIFY(conflicts.keepServer(model.conflict(field).seq));
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.conflict(0).recordId, alan);
        QVERIFY(conflicts.reapplyLocal(model.conflict(0).seq));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(ContactRepository(b.db()).get(alan).ok()); // restored, to go out with the next sync
    }

private:
    static QString text(const ConflictListModel& model, int row, int column) {
        return model.index(row, column).data().toString();
    }
    static int rowOf(const ConflictListModel& model, const QString& recordId) {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.conflict(row).recordId == recordId)
                return row;
        return -1;
    }

    FakeSyncServer m_server;
};

QTEST_GUILESS_MAIN(TestConflictListModel)
#include "tst_conflictlistmodel.moc"
