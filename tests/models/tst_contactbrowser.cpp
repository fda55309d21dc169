#include "ContactFixtures.h"
#include "core/store/ChangeNotifier.h"
#include "core/store/ContactBrowser.h"
#include "core/store/Database.h"
#include "models/ContactsModel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace iq;

Q_DECLARE_METATYPE(iq::ContactSortKey)
Q_DECLARE_METATYPE(Qt::SortOrder)

// ContactBrowser's two ways of reaching a window: walking from a list's end, or starting from a
// known position (ListPositions); and its two ways of ordering a search: sorting the matches, or
// reading the sort index and keeping them. Each pair must list the very same rows.
class TestContactBrowser final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void positionsListTheSameRows_data();
    void positionsListTheSameRows();
    void positionsOfAnotherSizeAreRefused();
    void refreshDropsPositions();
    void readingPositionsStops();
    void bigSearchWalksTheSortIndexInTheSameOrder_data();
    void bigSearchWalksTheSortIndexInTheSameOrder();
    void searchCountLeavesDeletedContactsOut();
    void idsAreTheListsContacts_data();
    void idsAreTheListsContacts();
    void modelReadsPositionsInTheBackground();
    void searchesOnOneConnectionKeepTheirOwnMatches();

private:
    static QStringList idsOf(const QList<ContactRow>& rows);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    QString m_groupId;
    int m_total = 0;
};

void TestContactBrowser::initTestCase() {
    auto database = Database::open(m_dir.filePath(QStringLiteral("profile.sqlite")));
    QVERIFY2(database, qPrintable(database.errorMessage()));
    m_database = std::move(database).value();
    Database& db = *m_database;
    // Many equal names, e-mails, groups and consents: the windows must still split exactly there.
    const QStringList given = {QStringLiteral("José"), QStringLiteral("anna"), QStringLiteral("Anna"),
                               QStringLiteral("Zoë"), QStringLiteral("Bob")};
    const QStringList family = {QStringLiteral("Smith"), QStringLiteral("smith"), QStringLiteral("Núñez"),
                                QStringLiteral("Adams")};
    QVERIFY(db.transaction([&]() -> Status {
                  for (int i = 0; i < 2300; ++i) {
                      const QString phone =
                          i % 3 == 0 ? QString()
                                     : QStringLiteral("(415) 555-%1").arg(i % 97, 4, 10, QLatin1Char('0'));
                      const QString email =
                          i % 4 == 0 ? QString() : QStringLiteral("shop%1@example.com").arg(i % 11);
                      const QString id =
                          test::addContact(db, given.at(i % given.size()), family.at(i % family.size()),
                                           phone.isEmpty() ? QStringList() : QStringList{phone},
                                           email.isEmpty() ? QStringList() : QStringList{email});
                      if (i % 5 == 0)
                          m_groupId =
                              test::addToGroup(db, QStringLiteral("Regulars"), id,
                                               i % 10 == 0 ? ConsentState::OptedIn : ConsentState::OptedOut);
                      ++m_total;
                  }
                  return {};
              }).ok());
}

QStringList TestContactBrowser::idsOf(const QList<ContactRow>& rows) {
    QStringList ids;
    for (const ContactRow& row : rows)
        ids << row.id;
    return ids;
}

void TestContactBrowser::positionsListTheSameRows_data() {
    QTest::addColumn<ContactSortKey>("key");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("inGroup");
    const std::pair<const char*, ContactSortKey> keys[] = {
        {"name", ContactSortKey::Name},       {"phone", ContactSortKey::Phone},
        {"email", ContactSortKey::Email},     {"groups", ContactSortKey::Groups},
        {"consent", ContactSortKey::Consent}, {"updated", ContactSortKey::Updated}};
    for (const auto& [name, key] : keys) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QByteArray tag = QByteArray(name) + (order == Qt::AscendingOrder ? " up" : " down");
            QTest::newRow(tag.constData()) << key << order << QString() << false;
            QTest::newRow(QByteArray(tag + " searching").constData())
                << key << order << QStringLiteral("smi") << false;
            QTest::newRow(QByteArray(tag + " in a group").constData()) << key << order << QString() << true;
        }
    }
}

void TestContactBrowser::positionsListTheSameRows() {
    QFETCH(ContactSortKey, key);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, search);
    QFETCH(bool, inGroup);
    ContactFilter filter;
    filter.search = search;
    filter.groupId = inGroup ? m_groupId : QString();

    ContactBrowser walking(*m_database);
    QVERIFY(walking.setQuery(filter, key, order).ok());
    ContactBrowser positioned(*m_database);
    QVERIFY(positioned.setQuery(filter, key, order).ok());
    QVERIFY(walking.count() > 100);
    QCOMPARE(positioned.count(), walking.count());

    auto positions = positioned.readPositions(7);
    QVERIFY2(positions, qPrintable(positions.errorMessage()));
    QCOMPARE(positions.value().count, walking.count());
    QCOMPARE(positions.value().keys.size(), (walking.count() + 6) / 7);
    QVERIFY(positioned.setPositions(positions.value()));
    QVERIFY(positioned.hasPositions());

    const int count = walking.count();
    for (int offset :
         {0, 1, 6, 7, 8, 50, count / 3, count / 2 - 5, count / 2, count / 2 + 3, count - 40, count - 13}) {
        auto expected = walking.rows(offset, 13);
        auto actual = positioned.rows(offset, 13);
        QVERIFY2(expected && actual, "reading a window failed");
        QCOMPARE(idsOf(actual.value()), idsOf(expected.value()));
        QCOMPARE(actual.value().size(), std::min(13, count - offset));
    }
}

void TestContactBrowser::positionsOfAnotherSizeAreRefused() {
    ContactBrowser browser(*m_database);
    QVERIFY(browser.setQuery({}, ContactSortKey::Name, Qt::AscendingOrder).ok());
    auto positions = browser.readPositions(50);
    QVERIFY(positions);
    ListPositions stale = positions.value();
    stale.count += 1;
    QVERIFY(!browser.setPositions(stale));
    QVERIFY(!browser.hasPositions());
}

void TestContactBrowser::refreshDropsPositions() {
    ContactBrowser browser(*m_database);
    QVERIFY(browser.setQuery({}, ContactSortKey::Name, Qt::AscendingOrder).ok());
    auto positions = browser.readPositions(50);
    QVERIFY(positions);
    QVERIFY(browser.setPositions(positions.value()));
    QVERIFY(browser.refresh().ok());
    QVERIFY(!browser.hasPositions());
}

void TestContactBrowser::readingPositionsStops() {
    ContactBrowser browser(*m_database);
    QVERIFY(browser.setQuery({}, ContactSortKey::Name, Qt::AscendingOrder).ok());
    const std::atomic<bool> stop{true};
    auto positions = browser.readPositions(10, &stop);
    QVERIFY(!positions);
    QCOMPARE(positions.error().code, Error::Code::Cancelled);
}

void TestContactBrowser::bigSearchWalksTheSortIndexInTheSameOrder_data() {
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("expected");
    // "555" is in every number (two of three contacts), "shop" in three of four e-mails: both are
    // past the limit where the sort index is read in order; "smi" is half the contacts.
    QTest::newRow("number") << QStringLiteral("555") << 1533;
    QTest::newRow("e-mail") << QStringLiteral("shop") << 1725;
    QTest::newRow("name") << QStringLiteral("smi") << 1150;
}

void TestContactBrowser::bigSearchWalksTheSortIndexInTheSameOrder() {
    QFETCH(QString, search);
    QFETCH(int, expected);
    ContactFilter filter;
    filter.search = search;
    ContactBrowser browser(*m_database);
    QVERIFY(browser.setQuery(filter, ContactSortKey::Name, Qt::AscendingOrder).ok());
    QCOMPARE(browser.count(), expected);

    // The same list sorted by SQLite from the matches' rowids, the plan of a smaller search.
    const QString digits = ContactBrowser::numberSearchDigits(search);
    const QString table =
        digits.isEmpty() ? QStringLiteral("contacts_text_fts") : QStringLiteral("contacts_number_fts");
    const QString match =
        digits.isEmpty() ? ContactBrowser::textMatchExpression(search) : QStringLiteral("\"%1\"").arg(digits);
    auto sorted =
        m_database->exec(QStringLiteral("SELECT c.id FROM contacts c WHERE c.deleted = 0 AND c.rowid IN "
                                        "(SELECT rowid FROM %1 WHERE %1 MATCH ?) ORDER BY "
                                        "c.list_name COLLATE NOCASE, c.id")
                             .arg(table),
                         {match});
    QVERIFY(sorted);
    QStringList sortedIds;
    while (sorted.value().next())
        sortedIds << sorted.value().value(0).toString();
    QCOMPARE(sortedIds.size(), expected);

    auto all = browser.rows(0, browser.count());
    QVERIFY(all);
    QCOMPARE(idsOf(all.value()), sortedIds);
    auto windowed = browser.rows(expected / 2, 20);
    QVERIFY(windowed);
    QCOMPARE(idsOf(windowed.value()), idsOf(all.value().mid(expected / 2, 20)));
}

void TestContactBrowser::idsAreTheListsContacts_data() {
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("inGroup");
    QTest::newRow("everyone") << QString() << false;
    QTest::newRow("a group") << QString() << true;
    QTest::newRow("a big search") << QStringLiteral("smi") << false; // walks the sort index for rows()
    QTest::newRow("a number") << QStringLiteral("555") << false;
    QTest::newRow("a search in a group") << QStringLiteral("smi") << true;
    QTest::newRow("nothing found") << QStringLiteral("zzzzqx") << false;
}

void TestContactBrowser::idsAreTheListsContacts() {
    QFETCH(QString, search);
    QFETCH(bool, inGroup);
    ContactFilter filter;
    filter.search = search;
    filter.groupId = inGroup ? m_groupId : QString();
    ContactBrowser browser(*m_database);
    QVERIFY(browser.setQuery(filter, ContactSortKey::Name, Qt::AscendingOrder).ok());
    auto rows = browser.rows(0, browser.count());
    QVERIFY(rows);
    QStringList expected = idsOf(rows.value());
    auto ids = browser.ids();
    QVERIFY2(ids, qPrintable(ids.errorMessage()));
    QStringList actual = ids.value();
    QCOMPARE(actual.size(), browser.count());
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
    QCOMPARE(actual, expected);
    // rows() still reads the list as before.
    auto again = browser.rows(0, browser.count());
    QVERIFY(again);
    QCOMPARE(idsOf(again.value()), idsOf(rows.value()));
}

void TestContactBrowser::searchCountLeavesDeletedContactsOut() {
    ContactFilter filter;
    filter.search = QStringLiteral("Searchable");
    ContactBrowser browser(*m_database);
    const QString first = test::addContact(*m_database, QStringLiteral("Searchable"), QStringLiteral("One"));
    test::addContact(*m_database, QStringLiteral("Searchable"), QStringLiteral("Two"));
    QVERIFY(browser.setQuery(filter, ContactSortKey::Name, Qt::AscendingOrder).ok());
    QCOMPARE(browser.count(), 2);
    QVERIFY(m_database->exec(QStringLiteral("UPDATE contacts SET deleted = 1 WHERE id = ?"), {first}));
    QVERIFY(browser.refresh().ok());
    QCOMPARE(browser.count(), 1);
    auto rows = browser.rows(0, 10);
    QVERIFY(rows);
    QCOMPARE(rows.value().size(), 1);
    QVERIFY(rows.value().first().id != first);
}

void TestContactBrowser::modelReadsPositionsInTheBackground() {
    ChangeNotifier notifier;
    ContactsModel model(*m_database, notifier);
    QSignalSpy ready(&model, &ContactsModel::positionsReady);
    QVERIFY(!model.hasPositions());
    model.setPositionsMinimumRows(100);
    QVERIFY(ready.wait(10000));
    QVERIFY(model.hasPositions());

    ContactBrowser walking(*m_database);
    QVERIFY(walking.setQuery({}, ContactSortKey::Name, Qt::AscendingOrder).ok());
    const int middle = model.rowCount() / 2;
    auto expected = walking.rows(middle, 5);
    QVERIFY(expected);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(model.contactIdAt(middle + i), expected.value().at(i).id);

    // Sorting reads the new order's positions.
    model.sort(ContactsModel::Email, Qt::DescendingOrder);
    QVERIFY(!model.hasPositions());
    QVERIFY(ready.wait(10000));
    QVERIFY(model.hasPositions());

    // So does a search, on the worker's read-only connection.
    model.setSearch(QStringLiteral("smi"));
    QCOMPARE(model.rowCount(), 1150);
    QVERIFY(!model.hasPositions());
    QVERIFY(ready.wait(10000));
    QVERIFY(model.hasPositions());
    ContactFilter filter;
    filter.search = QStringLiteral("smi");
    QVERIFY(walking.setQuery(filter, ContactSortKey::Email, Qt::DescendingOrder).ok());
    auto searched = walking.rows(600, 5);
    QVERIFY(searched);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(model.contactIdAt(600 + i), searched.value().at(i).id);
}

void TestContactBrowser::searchesOnOneConnectionKeepTheirOwnMatches() {
    ContactFilter smith;
    smith.search = QStringLiteral("smith");
    ContactFilter adams;
    adams.search = QStringLiteral("adams");
    ContactBrowser first(*m_database);
    QVERIFY(first.setQuery(smith, ContactSortKey::Name, Qt::AscendingOrder).ok());
    {
        ContactBrowser second(*m_database);
        QVERIFY(second.setQuery(adams, ContactSortKey::Name, Qt::AscendingOrder).ok());
        QCOMPARE(second.count(), 575);
        auto rows = second.rows(0, 1);
        QVERIFY(rows);
        QVERIFY(rows.value().first().name.contains(QStringLiteral("Adams")));
    }
    QCOMPARE(first.count(), 1150);
    auto rows = first.rows(first.count() - 1, 1);
    QVERIFY(rows);
    QVERIFY(rows.value().first().name.contains(QStringLiteral("mith")));
}

QTEST_GUILESS_MAIN(TestContactBrowser)
#include "tst_contactbrowser.moc"
