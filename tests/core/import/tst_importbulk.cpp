// A large file is imported in bulk: the per-row triggers of the contact list columns, the live count
// and the search indexes are set aside and their work done once at the end (and, when the file is
// about as large as the profile, some indexes are built at the end). Whatever the size, the profile
// must end up exactly as the row-by-row import leaves it, and a cancelled bulk import must leave
// the schema and the data as they were.
#include "ImportTestHelpers.h"
#include "TestSupport.h"
#include "core/store/ImportWriter.h"
#include "shared/json/ContactJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QUuid>

using namespace iq;
using namespace iq::test;
using namespace Qt::StringLiterals;

namespace {

QString writeFile(QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

// The people a profile holds before the import: Ann (matched by number, gets a new address and a
// group), Bob (opted out by a STOP reply, matched by address, joins a group), and filler.
void addExisting(ImportFixture& f, int filler) {
    ContactRepository contacts(*f.db);
    GroupRepository groups(*f.db);
    auto vip = groups.add(Group{QString(), u"VIP"_s, QString(), {}});
    QVERIFY(vip);
    Contact ann;
    ann.givenName = u"Ann"_s;
    ann.familyName = u"Lee"_s;
    ann.phones.append({u"(415) 555-0100"_s, u"+14155550100"_s, u"fixed_line_or_mobile"_s, u"mobile"_s, true});
    QVERIFY(contacts.add(ann));
    Contact bob;
    bob.givenName = u"Bob"_s;
    bob.familyName = u"Stone"_s;
    bob.emails.append({u"bob@example.com"_s, u"home"_s});
    auto addedBob = contacts.add(bob);
    QVERIFY(addedBob);
    QVERIFY(groups.addMember(vip.value().id, addedBob.value().id, ConsentState::OptedIn,
                             ConsentMethod::Manual, u"form"_s, u"test"_s));
    ConsentChange stop;
    stop.contactId = addedBob.value().id;
    stop.channel = Channel::Sms;
    stop.state = ConsentState::OptedOut;
    stop.method = ConsentMethod::Keyword;
    QVERIFY(ConsentLedger(*f.db).record(stop));
    for (int i = 0; i < filler; ++i) {
        Contact other;
        other.givenName = u"Filler"_s;
        other.familyName = QString::number(i);
        other.phones.append({u"212 555 %1"_s.arg(1000 + i), u"+1212555%1"_s.arg(1000 + i),
                             u"fixed_line_or_mobile"_s, QString(), true});
        QVERIFY(contacts.add(other));
    }
}

QByteArray file() {
    return "First Name,Last Name,Company,Phone,Mobile Phone,Email,Labels,Unsubscribed,Notes\n"
           "Ann,Lee,Lee Computers,+1 415 555 0100,,ann@example.com,vip ::: New Group,,\n"
           "Bob,Stone,,,,BOB@example.com,Newsletter,,\n"
           "José,Núñez,,(212) 555-0142,+1 646 555 0199,jose@example.com,VIP,,\"Likes coffee, not tea\"\n"
           "美咲,田中,,212.555.0143,,,New Group ::: Newsletter,yes,\n"
           "Zoë,Quinn,Quinn & Co,12345,,,,,\n"
           "Renée,Dubois,,+1 212 555 0142,,,,,duplicate number\n"
           ",,Acme,,,sales@acme.example,,,\n"
           "Käthe,Groß,,+1 212 555 0144,415-555-0145,kaethe@example.com ::: k2@example.com,,,\n";
}

// The profile as text, without ids and times (they differ between two imports).
QString content(ImportFixture& f) {
    QString out;
    auto rows = f.db->exec(
        u"SELECT given_name, family_name, list_name, organization, notes, primary_phone, primary_email, "
        "groups_text, consent_summary, search_numbers, search_emails, deleted FROM contacts "
        "ORDER BY list_name, given_name, family_name"_s);
    while (rows && rows.value().next()) {
        QStringList cells;
        for (int i = 0; i < 12; ++i)
            cells << rows.value().value(i).toString();
        out += cells.join(u'|') + u'\n';
    }
    out += u"live %1 of %2\n"_s.arg(f.count(u"SELECT live FROM contact_counts"_s))
               .arg(f.count(u"SELECT count(*) FROM contacts WHERE deleted = 0"_s));
    for (const QString& table : {u"contact_phones"_s, u"contact_emails"_s, u"group_members"_s,
                                 u"channel_consent"_s, u"consent_ledger"_s, u"outbox"_s, u"import_changes"_s})
        out += u"%1 %2\n"_s.arg(table).arg(f.count(u"SELECT count(*) FROM "_s + table));
    for (const QString& word : {u"ann"_s, u"jos"_s, u"jose"_s, u"nunez"_s, u"example"_s, u"acme"_s, u"美咲"_s,
                                u"kaethe"_s, u"sales"_s, u"bob"_s}) {
        auto found =
            f.db->exec(u"SELECT c.list_name FROM contacts_text_fts t JOIN contacts c ON c.rowid = t.rowid "
                       "WHERE contacts_text_fts MATCH ? ORDER BY 1"_s,
                       {u"\"%1\"*"_s.arg(word)});
        QStringList names;
        while (found && found.value().next())
            names << found.value().value(0).toString();
        out += u"text %1: %2\n"_s.arg(word, names.join(u", "_s));
    }
    for (const QString& digits :
         {u"555"_s, u"5550100"_s, u"2125550142"_s, u"6465550199"_s, u"12345"_s, u"4155550145"_s}) {
        auto found =
            f.db->exec(u"SELECT c.list_name FROM contacts_number_fts t JOIN contacts c ON c.rowid = t.rowid "
                       "WHERE contacts_number_fts MATCH ? ORDER BY 1"_s,
                       {u"\"%1\""_s.arg(digits)});
        QStringList names;
        while (found && found.value().next())
            names << found.value().value(0).toString();
        out += u"number %1: %2\n"_s.arg(digits, names.join(u", "_s));
    }
    return out;
}

QString schema(ImportFixture& f) {
    QString out;
    auto rows = f.db->exec(u"SELECT type, name, sql FROM sqlite_schema ORDER BY type, name"_s);
    while (rows && rows.value().next())
        out += rows.value().value(0).toString() + u' ' + rows.value().value(1).toString() + u' ' +
               rows.value().value(2).toString() + u'\n';
    return out;
}

bool integrityOk(ImportFixture& f) {
    for (const QString& table : {u"contacts_text_fts"_s, u"contacts_number_fts"_s}) {
        if (!f.db->exec(u"INSERT INTO %1 (%1) VALUES ('integrity-check')"_s.arg(table)))
            return false;
    }
    auto check = f.db->exec(u"PRAGMA integrity_check"_s);
    return check && check.value().next() && check.value().value(0).toString() == u"ok"_s;
}

ImportOptions options(qint64 bulkFromBytes) {
    ImportOptions o;
    o.region = u"US"_s;
    o.onDuplicate = ImportOptions::OnDuplicate::UpdateEmpty;
    o.targetGroups = {u"Imported"_s};
    o.consent = ConsentState::OptedIn;
    o.consentSource = u"paper sign-up sheet"_s;
    o.bulkFromBytes = bulkFromBytes;
    return o;
}

} // namespace

class TestImportBulk final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bulkEndsAsRowByRow_data() {
        QTest::addColumn<int>("filler");
        QTest::newRow("indexes built at the end") << 0; // the file is larger than the profile
        QTest::newRow("indexes kept") << 200;           // the profile is larger than the file
    }
    void bulkEndsAsRowByRow() {
        QFETCH(int, filler);
        ImportFixture rowByRow;
        ImportFixture bulk;
        addExisting(rowByRow, filler);
        addExisting(bulk, filler);
        const QString schemaBefore = schema(bulk);
        const QString path = writeFile(bulk.dir, u"people.csv"_s, file());

        auto slow = rowByRow.import(path, options(-1));
        QVERIFY2(slow, qPrintable(slow.errorMessage()));
        auto fast = bulk.import(path, options(0));
        QVERIFY2(fast, qPrintable(fast.errorMessage()));

        QCOMPARE(fast.value().countsJson(), slow.value().countsJson());
        QCOMPARE(fast.value().count(RowOutcome::Create), 4);
        QCOMPARE(fast.value().count(RowOutcome::Invalid), 1);
        QCOMPARE(fast.value().count(RowOutcome::Update), 2);
        QCOMPARE(content(bulk), content(rowByRow));
        QCOMPARE(schema(bulk), schemaBefore);
        QVERIFY(integrityOk(bulk));
        QVERIFY(integrityOk(rowByRow));
        // The trigger-maintained columns are right for what comes after the import too.
        Contact jose = bulk.byName(u"José Núñez"_s);
        QVERIFY(!jose.id.isEmpty());
        jose.emails.clear();
        QVERIFY(ContactRepository(*bulk.db).update(jose));
        Contact jose2 = rowByRow.byName(u"José Núñez"_s);
        jose2.emails.clear();
        QVERIFY(ContactRepository(*rowByRow.db).update(jose2));
        QCOMPARE(content(bulk), content(rowByRow));
        QVERIFY(integrityOk(bulk));
    }

    void idsOfCreatedContactsAreOrdered() {
        ImportFixture f;
        const QString path = writeFile(f.dir, u"people.csv"_s, file());
        QVERIFY(f.import(path, options(0)));
        auto ids = f.db->exec(u"SELECT id FROM contacts ORDER BY rowid"_s);
        QStringList list;
        while (ids && ids.value().next())
            list << ids.value().value(0).toString();
        QCOMPARE(list.size(), 6);
        QStringList sorted = list;
        sorted.sort();
        QCOMPARE(list, sorted);
        for (const QString& id : std::as_const(list)) {
            QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
            QCOMPARE(id.at(14), u'7'); // version 7 (Qt 6.4 knows versions up to 5)
            QVERIFY(QStringLiteral("89ab").contains(id.at(19)));
        }
    }

    // A bulk import skips the schema's CHECK constraints (every value it writes comes from enums); the
    // connection has them again once the import ends, committed or cancelled.
    void checksHoldAfterTheImport_data() {
        QTest::addColumn<bool>("cancelled");
        QTest::newRow("committed") << false;
        QTest::newRow("cancelled") << true;
    }
    void checksHoldAfterTheImport() {
        QFETCH(bool, cancelled);
        ImportFixture f;
        const QString path = writeFile(f.dir, u"c.csv"_s, file());
        QVERIFY(f.import(path, options(0)));
        if (cancelled) {
            std::atomic_bool cancel{true};
            QVERIFY(!ImportEngine(*f.db).commit(path, options(0), {}, &cancel));
        }
        QVERIFY(!f.db->exec(u"INSERT INTO contact_phones (contact_id, position, raw, valid) "
                            "SELECT id, 9, '1', 2 FROM contacts LIMIT 1"_s));
        QVERIFY(!f.db->exec(u"UPDATE group_members SET consent = 'maybe'"_s));
        QCOMPARE(f.count(u"SELECT count(*) FROM contact_phones WHERE valid NOT IN (0, 1)"_s), 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM group_members WHERE consent NOT IN ('opted_in', 'opted_out', "
                         "'pending', 'unknown')"_s),
                 0);
    }

    void cancelledBulkImportLeavesSchemaAndDataAsBefore() {
        ImportFixture f;
        addExisting(f, 3);
        QByteArray csv = "Name,Phone,Email,Groups\n";
        for (int i = 0; i < 9000; ++i)
            csv += "Person " + QByteArray::number(i) + ",+1 415 555 " + QByteArray::number(1000 + i % 9000) +
                   ",p" + QByteArray::number(i) + "@example.com,Big ::: VIP\n";
        const QString path = writeFile(f.dir, u"big.csv"_s, csv);
        const QString before = f.snapshot();
        const QString schemaBefore = schema(f);
        const int outboxBefore = f.count(u"SELECT count(*) FROM outbox"_s);
        std::atomic_bool cancel{false};
        ImportEngine engine(*f.db);
        int batches = 0;
        auto result = engine.commit(path, options(0), {}, &cancel, [&](qint64, qint64) {
            if (++batches == 1)
                cancel = true;
        });
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Cancelled);
        QCOMPARE(f.snapshot(), before);
        QCOMPARE(schema(f), schemaBefore);
        QCOMPARE(f.count(u"SELECT count(*) FROM outbox"_s), outboxBefore);
        QCOMPARE(f.count(u"SELECT count(*) FROM imports"_s), 0);
        QVERIFY(integrityOk(f));
    }

    void dryRunOfLargeFileWritesNothing() {
        ImportFixture f;
        addExisting(f, 0);
        const QString before = f.snapshot();
        const QString schemaBefore = schema(f);
        const QString path = writeFile(f.dir, u"people.csv"_s, file());
        QList<PlannedRow> rows;
        auto plan = f.import(path, options(0), false, &rows);
        QVERIFY(plan);
        QCOMPARE(rows.size(), 8);
        QCOMPARE(f.snapshot(), before);
        QCOMPARE(schema(f), schemaBefore);
    }
};

QTEST_GUILESS_MAIN(TestImportBulk)
#include "tst_importbulk.moc"
