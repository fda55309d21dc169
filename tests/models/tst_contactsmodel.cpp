#include "ContactFixtures.h"
#include "core/store/ChangeNotifier.h"
#include "core/store/ContactBrowser.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/GroupRepository.h"
#include "models/ContactsModel.h"
#include "shared/util/Clock.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QTemporaryDir>
#include <QtTest>

using namespace iq;

namespace {
QStringList strings(std::initializer_list<const char*> texts) {
    QStringList list;
    for (const char* text : texts)
        list << QString::fromUtf8(text);
    return list;
}
} // namespace

class TestContactsModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void countsAndRows();
    void sortsEveryColumn_data();
    void sortsEveryColumn();
    void search_data();
    void search();
    void filtersByGroupAndConsent();
    void liveUpdateKeepsSelection();
    void deletionDropsSelectionOfThatContact();
    void pagesBeyondTheCache();
    void dragCarriesIds();

private:
    QStringList names();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<ContactsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QHash<QString, QString> m_ids;
};

void TestContactsModel::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    auto database = Database::open(m_dir->filePath(QStringLiteral("profile.sqlite")));
    QVERIFY2(database, qPrintable(database.errorMessage()));
    m_database = std::move(database).value();
    m_notifier = std::make_unique<ChangeNotifier>();
    Database& db = *m_database;
    m_ids.insert(QStringLiteral("jose"),
                 test::addContact(db, QStringLiteral("José"), QStringLiteral("Núñez"),
                                  {QStringLiteral("(415) 555-0123")}, {QStringLiteral("jose@example.com")}));
    m_ids.insert(QStringLiteral("anna"), test::addContact(db, QStringLiteral("Anna"), QStringLiteral("Smith"),
                                                          {QStringLiteral("+1 212 555 0199")},
                                                          {QStringLiteral("anna.smith@shop.example")}));
    m_ids.insert(QStringLiteral("bob"), test::addContact(db, QStringLiteral("Bob"), QStringLiteral("Baker"),
                                                         {QStringLiteral("not a number")}, {}));
    m_ids.insert(QStringLiteral("zoe"), test::addContact(db, QStringLiteral("Zoë"), QStringLiteral("Adams"),
                                                         {}, {QStringLiteral("zoe@adams.example")}));
    // One second apart, in the order added: contacts added within one millisecond would tie, and the
    // sort by time would then depend on their random ids.
    const QDateTime first(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    int step = 0;
    for (const char* key : {"jose", "anna", "bob", "zoe"}) {
        auto dated = db.exec(QStringLiteral("UPDATE contacts SET updated_at = ? WHERE id = ?"),
                             {toStoredTime(first.addSecs(step++)), m_ids.value(QLatin1String(key))});
        QVERIFY2(dated, qPrintable(dated.errorMessage()));
    }
    test::addToGroup(db, QStringLiteral("Mac Users"), m_ids.value(QStringLiteral("jose")),
                     ConsentState::OptedIn);
    test::addToGroup(db, QStringLiteral("Mac Users"), m_ids.value(QStringLiteral("anna")),
                     ConsentState::OptedOut);
    test::addToGroup(db, QStringLiteral("Windows"), m_ids.value(QStringLiteral("anna")),
                     ConsentState::Pending);
    m_model = std::make_unique<ContactsModel>(db, *m_notifier);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestContactsModel::cleanup() {
    m_tester.reset();
    m_model.reset();
    m_notifier.reset();
    m_database.reset();
    m_dir.reset();
}

QStringList TestContactsModel::names() {
    QStringList result;
    for (int row = 0; row < m_model->rowCount(); ++row)
        result << m_model->index(row, ContactsModel::Name).data().toString();
    return result;
}

void TestContactsModel::countsAndRows() {
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->totalCount(), 4);
    QCOMPARE(m_model->columnCount(), int(ContactsModel::ColumnCount));
    QCOMPARE(names(), (strings({"Anna Smith", "Bob Baker", "José Núñez", "Zoë Adams"})));
    QCOMPARE(m_model->index(0, ContactsModel::Mobile).data().toString(), QStringLiteral("+12125550199"));
    QCOMPARE(m_model->index(1, ContactsModel::Mobile).data().toString(), QStringLiteral("not a number"));
    QCOMPARE(m_model->index(0, ContactsModel::Email).data().toString(),
             QStringLiteral("anna.smith@shop.example"));
    QCOMPARE(m_model->index(0, ContactsModel::Groups).data().toString(),
             QStringLiteral("Mac Users, Windows"));
    QCOMPARE(m_model->index(0, 0).data(ContactsModel::ConsentRole).toString(), QStringLiteral("pending"));
    QCOMPARE(m_model->index(2, 0).data(ContactsModel::ConsentRole).toString(), QStringLiteral("opted_in"));
    QCOMPARE(m_model->index(3, 0).data(ContactsModel::ConsentRole).toString(), QStringLiteral("unknown"));
    QCOMPARE(m_model->index(0, 0).data(ContactsModel::IdRole).toString(),
             m_ids.value(QStringLiteral("anna")));
    m_model->setPhoneRegion(QStringLiteral("US"));
    QCOMPARE(m_model->index(0, ContactsModel::Mobile).data().toString(), QStringLiteral("+1 212-555-0199"));
}

void TestContactsModel::sortsEveryColumn_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name desc") << int(ContactsModel::Name) << int(Qt::DescendingOrder)
                               << strings({"Zoë Adams", "José Núñez", "Bob Baker", "Anna Smith"});
    QTest::newRow("mobile") << int(ContactsModel::Mobile) << int(Qt::AscendingOrder)
                            << strings({"Zoë Adams", "Anna Smith", "José Núñez", "Bob Baker"});
    QTest::newRow("email") << int(ContactsModel::Email) << int(Qt::AscendingOrder)
                           << strings({"Bob Baker", "Anna Smith", "José Núñez", "Zoë Adams"});
    QTest::newRow("groups desc") << int(ContactsModel::Groups) << int(Qt::DescendingOrder)
                                 << strings({"Anna Smith", "José Núñez", "Zoë Adams", "Bob Baker"});
    QTest::newRow("consent") << int(ContactsModel::Consent) << int(Qt::AscendingOrder)
                             << strings({"José Núñez", "Anna Smith", "Bob Baker", "Zoë Adams"});
    QTest::newRow("updated") << int(ContactsModel::Updated) << int(Qt::AscendingOrder)
                             << strings({"José Núñez", "Anna Smith", "Bob Baker", "Zoë Adams"});
}

void TestContactsModel::sortsEveryColumn() {
    QFETCH(int, column);
    QFETCH(int, order);
    m_model->sort(column, static_cast<Qt::SortOrder>(order));
    QTEST(names(), "expected");
    QCOMPARE(m_model->rowCount(), 4);
}

void TestContactsModel::search_data() {
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("accent-insensitive prefix") << "jos" << strings({"José Núñez"});
    QTest::newRow("accented query") << "NÚÑ" << strings({"José Núñez"});
    QTest::newRow("two words") << "anna sm" << strings({"Anna Smith"});
    QTest::newRow("email") << "anna.smith@sh" << strings({"Anna Smith"});
    QTest::newRow("email domain") << "adams" << strings({"Zoë Adams"});
    QTest::newRow("digits with a space") << "555 01" << strings({"Anna Smith", "José Núñez"});
    QTest::newRow("e164 prefix") << "+1415" << strings({"José Núñez"});
    QTest::newRow("open parenthesis") << "(415" << strings({"José Núñez"});
    QTest::newRow("middle of number") << "5550199" << strings({"Anna Smith"});
    QTest::newRow("nothing") << "xylophone" << QStringList{};
    QTest::newRow("quote") << "\"" << QStringList{};
    QTest::newRow("empty") << "" << strings({"Anna Smith", "Bob Baker", "José Núñez", "Zoë Adams"});
}

void TestContactsModel::search() {
    QFETCH(QString, search);
    QSignalSpy counted(m_model.get(), &ContactsModel::totalCountChanged);
    m_model->setSearch(search);
    QTEST(names(), "expected");
    QFETCH(QStringList, expected);
    QCOMPARE(m_model->totalCount(), expected.size());
}

void TestContactsModel::filtersByGroupAndConsent() {
    auto mac = GroupRepository(*m_database).find(QStringLiteral("Mac Users"));
    QVERIFY(mac);
    m_model->setGroupFilter(mac.value().id);
    QCOMPARE(names(), (strings({"Anna Smith", "José Núñez"})));
    m_model->setConsentFilter(ConsentState::OptedIn);
    QCOMPARE(names(), (strings({"José Núñez"})));
    m_model->setGroupFilter(QString());
    m_model->setConsentFilter(ConsentState::Unknown);
    QCOMPARE(names(), (strings({"Bob Baker", "Zoë Adams"})));
    m_model->setConsentFilter(std::nullopt);
    QCOMPARE(m_model->rowCount(), 4);
}

void TestContactsModel::liveUpdateKeepsSelection() {
    QItemSelectionModel selection(m_model.get());
    // Select José (row 2), then add two contacts that sort before him.
    selection.setCurrentIndex(m_model->index(2, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy counted(m_model.get(), &ContactsModel::totalCountChanged);
    test::addContact(*m_database, QStringLiteral("Aaron"), QStringLiteral("Able"), {}, {}, m_notifier.get());
    test::addContact(*m_database, QStringLiteral("Betty"), QStringLiteral("Boop"), {}, {}, m_notifier.get());
    QTRY_COMPARE(m_model->rowCount(), 6);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(counted.count(), 1);
    QCOMPARE(selection.currentIndex().row(), 4);
    QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("José Núñez"));
    QVERIFY(selection.isRowSelected(4));

    // A change to the selected contact itself: the row moves with the new name.
    ContactRepository contacts(*m_database, m_notifier.get());
    auto jose = contacts.get(m_ids.value(QStringLiteral("jose")));
    QVERIFY(jose);
    Contact renamed = jose.value();
    renamed.givenName = QStringLiteral("Aardvark");
    QVERIFY(contacts.update(renamed));
    QTRY_COMPARE(selection.currentIndex().data().toString(), QStringLiteral("Aardvark Núñez"));
    QCOMPARE(selection.currentIndex().row(), 0);
}

void TestContactsModel::deletionDropsSelectionOfThatContact() {
    QItemSelectionModel selection(m_model.get());
    selection.select(m_model->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows); // Anna
    selection.select(m_model->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows); // Zoë
    QVERIFY(ContactRepository(*m_database, m_notifier.get()).remove(m_ids.value(QStringLiteral("anna"))));
    QTRY_COMPARE(m_model->rowCount(), 3);
    const QModelIndexList rows = selection.selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data().toString(), QStringLiteral("Zoë Adams"));
    QCOMPARE(rows.first().row(), 2);
}

void TestContactsModel::pagesBeyondTheCache() {
    QVERIFY(m_database->transaction([&]() -> Status {
        for (int i = 0; i < 700; ++i)
            test::addContact(*m_database, QStringLiteral("Person"),
                             QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0')));
        return {};
    }));
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), 704);
    // Read from both ends and the middle, as a scroll bar dragged anywhere would.
    QCOMPARE(m_model->index(703, 0).data().toString(), QStringLiteral("Zoë Adams"));
    QCOMPARE(m_model->index(3, 0).data().toString(), QStringLiteral("Person 0000"));
    QCOMPARE(m_model->index(353, 0).data().toString(), QStringLiteral("Person 0350"));
    QCOMPARE(m_model->index(702, 0).data().toString(), QStringLiteral("Person 0699"));
    m_model->sort(ContactsModel::Name, Qt::DescendingOrder);
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("Zoë Adams"));
    QCOMPARE(m_model->index(703, 0).data().toString(), QStringLiteral("Anna Smith"));
    QCOMPARE(m_model->rowOfContact(m_ids.value(QStringLiteral("bob"))), 702);
    QCOMPARE(m_model->rowOfContact(QStringLiteral("no such id")), -1);
}

void TestContactsModel::dragCarriesIds() {
    std::unique_ptr<QMimeData> mime(
        m_model->mimeData({m_model->index(0, 0), m_model->index(0, 1), m_model->index(2, 0)}));
    QCOMPARE(ContactsModel::contactIdsFromMime(mime.get()),
             (QStringList{m_ids.value(QStringLiteral("anna")), m_ids.value(QStringLiteral("jose"))}));
    QVERIFY(m_model->flags(m_model->index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
}

QTEST_GUILESS_MAIN(TestContactsModel)
#include "tst_contactsmodel.moc"
