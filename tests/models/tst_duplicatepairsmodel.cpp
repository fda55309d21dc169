// DuplicatePairsModel under QAbstractItemModelTester, filled with the pairs DuplicateFinder finds in a
// real profile: the two people (by the name the contact list shows), what they share (numbers as the contact
// list shows them), new pairs after a merge or an edit, and none at all.
#include "ContactFixtures.h"

#include "core/profile/Profile.h"
#include "core/store/DuplicateFinder.h"
#include "models/DuplicatePairsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

class TestDuplicatePairsModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto profile = Profile::open(m_dir->path());
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        m_profile = std::move(profile).value();
        Database& db = m_profile->database();
        m_jose = test::addContact(db, QStringLiteral("José"), QStringLiteral("Núñez"),
                                  {QStringLiteral("(415) 555-0123")}, {QStringLiteral("jose@example.com")});
        // The same number written another way, and no name at all.
        m_again = test::addContact(db, QString(), QString(), {QStringLiteral("+1 415 555 0123")});
        m_ann = test::addContact(db, QStringLiteral("Ann"), QStringLiteral("Lee"), {},
                                 {QStringLiteral("ann@lee.example")});
        m_annie = test::addContact(db, QStringLiteral("Annie"), QStringLiteral("Lee"), {},
                                   {QStringLiteral("ANN@lee.example")});
        m_tester = std::make_unique<QAbstractItemModelTester>(
            &m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup() {
        m_tester.reset();
        m_model.setPairs({});
        m_profile.reset();
        m_dir.reset();
    }

    void emptyUntilPairsAreGiven() {
        QCOMPARE(m_model.rowCount(), 0);
        QCOMPARE(m_model.columnCount(), int(DuplicatePairsModel::ColumnCount));
        QCOMPARE(m_model.headerData(DuplicatePairsModel::Second, Qt::Horizontal).toString(),
                 QStringLiteral("Likely the same person"));
        QVERIFY(!m_model.headerData(0, Qt::Vertical).isValid());
    }

    void pairsShowThePeopleAndWhatTheyShare() {
        m_model.setPairs(DuplicateFinder(m_profile->database()).all().value());
        QCOMPARE(m_model.rowCount(), 2);
        const int byNumber = rowWith(m_jose);
        const int byEmail = rowWith(m_ann);
        QVERIFY(byNumber >= 0 && byEmail >= 0 && byNumber != byEmail);
        QCOMPARE(shown(byNumber, DuplicatePairsModel::Shared), QStringLiteral("+14155550123"));
        QCOMPARE(shown(byEmail, DuplicatePairsModel::Shared), QStringLiteral("ann@lee.example"));
        const QString unnamed = m_model.pairAt(byNumber).firstId == m_again
                                    ? shown(byNumber, DuplicatePairsModel::First)
                                    : shown(byNumber, DuplicatePairsModel::Second);
        // Someone without a name goes by the number the contact list shows for them.
        QCOMPARE(unnamed, QStringLiteral("+1 415 555 0123"));
        QCOMPARE(m_model.index(byEmail, DuplicatePairsModel::Shared).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Both contacts have this number or e-mail address."));
        QCOMPARE(m_model.index(byEmail, DuplicatePairsModel::First).data(Qt::AccessibleTextRole),
                 m_model.index(byEmail, DuplicatePairsModel::First).data());
    }

    // Shared numbers change in place when the region is set, as the contact list shows them.
    void numbersShowForTheRegion() {
        m_model.setPairs(DuplicateFinder(m_profile->database()).forContact(m_jose).value());
        QCOMPARE(m_model.rowCount(), 1);
        QSignalSpy resets(&m_model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);
        m_model.setPhoneRegion(QStringLiteral("US"));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(shown(0, DuplicatePairsModel::Shared), QStringLiteral("+1 415-555-0123"));
    }

    // After a merge or an edit the page asks again: the new pairs replace the old ones.
    void newPairsReplaceTheOld() {
        m_model.setPairs(DuplicateFinder(m_profile->database()).all().value());
        QCOMPARE(m_model.rowCount(), 2);
        const QString third = test::addContact(m_profile->database(), QStringLiteral("Pepe"), QString(),
                                               {QStringLiteral("415-555-0123")});
        m_model.setPairs(DuplicateFinder(m_profile->database()).all().value());
        QCOMPARE(m_model.rowCount(), 4); // three people with one number: three pairs
        QVERIFY(rowWith(third) >= 0);
        m_model.setPairs(DuplicateFinder(m_profile->database()).forContact(m_annie).value());
        QCOMPARE(m_model.rowCount(), 1);
        m_model.setPairs({});
        QCOMPARE(m_model.rowCount(), 0);
    }

private:
    QString shown(int row, int column) const { return m_model.index(row, column).data().toString(); }
    int rowWith(const QString& id) const {
        for (int row = 0; row < m_model.rowCount(); ++row)
            if (m_model.pairAt(row).firstId == id || m_model.pairAt(row).secondId == id)
                return row;
        return -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Profile> m_profile;
    DuplicatePairsModel m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_jose, m_again, m_ann, m_annie;
};

QTEST_GUILESS_MAIN(TestDuplicatePairsModel)
#include "tst_duplicatepairsmodel.moc"
