#include "ImportTestHelpers.h"
#include "TestSupport.h"

#include "core/import/ColumnMapping.h"
#include "core/import/ContactExporter.h"
#include "core/import/ImportHistory.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>

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

ImportOptions us() {
    ImportOptions o;
    o.region = u"US"_s;
    return o;
}

Contact existingAnn() {
    Contact ann;
    ann.givenName = u"Ann"_s;
    ann.familyName = u"Lee"_s;
    ann.notes = u"kept"_s;
    ann.phones.append({u"(415) 555-0100"_s, u"+14155550100"_s, u"fixed_line_or_mobile"_s, u"mobile"_s, true});
    return ann;
}

} // namespace

// The plan, the duplicate policies, consent, commit atomicity, rollback and export round trips.
class TestImportEngine final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void planOutcomesAndPolicies_data() {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QString>("notes");
        QTest::newRow("skip") << u"skip"_s << u"skip"_s << QString() << u"kept"_s;
        QTest::newRow("update empty") << u"update"_s << u"update"_s << u"Lee Computers"_s << u"kept"_s;
        QTest::newRow("overwrite") << u"overwrite"_s << u"update"_s << u"Lee Computers"_s << u"from file"_s;
    }
    void planOutcomesAndPolicies() {
        QFETCH(QString, policy);
        QFETCH(QString, outcome);
        QFETCH(QString, organization);
        QFETCH(QString, notes);
        ImportFixture f;
        auto ann = ContactRepository(*f.db).add(existingAnn());
        QVERIFY(ann);
        const QString path =
            writeFile(f.dir, u"people.csv"_s,
                      "First Name,Last Name,Company,Notes,Phone\n"
                      "Ann,Lee,Lee Computers,from file,+1 415 555 0100\n" // matches Ann by number
                      "Bob,Ray,,,415-555-0111\n"                          // new
                      "Bobby,Ray,,,(415) 555-0111\n" // same number as Bob: duplicate in file
                      "Cy,,,,12\n"                   // invalid number
                      ",,,,\n"                       // nothing at all
                      "Ann,Lee,,kept,4155550100\n"); // same number again: duplicate
        ImportOptions o = us();
        o.onDuplicate = *ImportOptions::onDuplicateFromKey(policy);
        QList<PlannedRow> plan;
        const QString before = f.snapshot();
        auto dry = f.import(path, o, false, &plan);
        QVERIFY2(dry, qPrintable(dry.errorMessage()));
        QCOMPARE(f.snapshot(), before); // a dry run changes nothing
        QCOMPARE(plan.size(), 6);
        QCOMPARE(toKey(plan.at(0).outcome), outcome);
        QCOMPARE(plan.at(0).contactId, ann.value().id);
        if (outcome == u"update"_s)
            QVERIFY(plan.at(0).changedFields.contains(u"organization"_s));
        QCOMPARE(plan.at(1).outcome, RowOutcome::Create);
        QCOMPARE(plan.at(2).outcome, RowOutcome::Duplicate);
        QVERIFY(plan.at(2).detail.contains(u"line 3"_s));
        QCOMPARE(plan.at(3).outcome, RowOutcome::Invalid);
        QVERIFY(plan.at(3).detail.contains(u"\"12\""_s));
        QCOMPARE(plan.at(4).outcome, RowOutcome::Invalid);
        QCOMPARE(plan.at(5).outcome, RowOutcome::Duplicate);

        QList<PlannedRow> done;
        auto committed = f.import(path, o, true, &done);
        QVERIFY2(committed, qPrintable(committed.errorMessage()));
        // The commit does what the plan said, row by row.
        QCOMPARE(done.size(), plan.size());
        for (qsizetype i = 0; i < plan.size(); ++i)
            QCOMPARE(done.at(i).outcome, plan.at(i).outcome);
        const Contact after = ContactRepository(*f.db).get(ann.value().id).value();
        QCOMPARE(after.organization, organization);
        QCOMPARE(after.notes, notes);
        QCOMPARE(f.contacts().size(), 2);
    }

    void unchangedWhenNothingNew() {
        ImportFixture f;
        QVERIFY(ContactRepository(*f.db).add(existingAnn()));
        const QString path =
            writeFile(f.dir, u"same.csv"_s, "First Name,Last Name,Phone\nAnn,Lee,+14155550100\n");
        QList<PlannedRow> plan;
        QVERIFY(f.import(path, us(), false, &plan));
        QCOMPARE(plan.first().outcome, RowOutcome::Unchanged);
    }

    void optedOutInProfileStaysOptedOut() {
        ImportFixture f;
        auto ann = ContactRepository(*f.db).add(existingAnn());
        ConsentChange stop;
        stop.contactId = ann.value().id;
        stop.channel = Channel::Sms;
        stop.state = ConsentState::OptedOut;
        stop.method = ConsentMethod::Keyword;
        stop.source = u"STOP reply"_s;
        QVERIFY(ConsentLedger(*f.db).record(stop));
        // The file says subscribed and the import is asked to record opted-in.
        const QString path =
            writeFile(f.dir, u"in.csv"_s, "Name,Phone,Status\nAnn Lee,+14155550100,subscribed\n");
        ImportOptions o = us();
        o.onDuplicate = ImportOptions::OnDuplicate::UpdateEmpty;
        o.targetGroups = {u"Promo"_s};
        o.consent = ConsentState::OptedIn;
        o.consentSource = u"paper sign-up sheet, March 2026"_s;
        QList<PlannedRow> rows;
        QVERIFY(f.import(path, o, true, &rows));
        QCOMPARE(rows.first().outcome, RowOutcome::Update);
        QVERIFY(rows.first().optedOut);
        QCOMPARE(f.effective(ann.value().id, u"Promo"_s, Channel::Sms), ConsentState::OptedOut);
        QCOMPARE(f.effective(ann.value().id, u"Promo"_s, Channel::Email), ConsentState::OptedOut);
    }

    void fileOptOutColumnsAreHonoured_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<bool>("optedOut");
        QTest::newRow("unsubscribed yes")
            << QByteArray("Name,Phone,Unsubscribed\nA B,+14155550100,yes\n") << true;
        QTest::newRow("unsubscribed no")
            << QByteArray("Name,Phone,Unsubscribed\nA B,+14155550100,no\n") << false;
        QTest::newRow("status cleaned")
            << QByteArray("Name,Phone,Status\nA B,+14155550100,Cleaned\n") << true;
        QTest::newRow("UNSUB_TIME") << QByteArray("Email Address,UNSUB_TIME,LEID\na@b.example,2024-01-01,1\n")
                                    << true;
        QTest::newRow("do not contact")
            << QByteArray("Name;Phone;Do Not Contact\nA B;+14155550100;x\n") << true;
    }
    void fileOptOutColumnsAreHonoured() {
        QFETCH(QByteArray, csv);
        QFETCH(bool, optedOut);
        ImportFixture f;
        ImportOptions o = us();
        o.targetGroups = {u"All"_s};
        o.consent = ConsentState::OptedIn;
        o.consentSource = u"web form"_s;
        QVERIFY(f.import(writeFile(f.dir, u"f.csv"_s, csv), o));
        const Contact contact = f.contacts().value(0);
        QCOMPARE(f.effective(contact.id, u"All"_s, Channel::Sms),
                 optedOut ? ConsentState::OptedOut : ConsentState::OptedIn);
    }

    void cancelLeavesProfileExactlyAsBefore() {
        ImportFixture f;
        QVERIFY(ContactRepository(*f.db).add(existingAnn()));
        QByteArray csv = "Name,Phone,Groups\n";
        for (int i = 0; i < 9000; ++i)
            csv += "Person " + QByteArray::number(i) + ",+1 415 555 " + QByteArray::number(1000 + i % 9000) +
                   ",Big\n";
        const QString path = writeFile(f.dir, u"big.csv"_s, csv);
        const QString before = f.snapshot();
        std::atomic_bool cancel{false};
        ImportEngine engine(*f.db);
        int batches = 0;
        auto result = engine.commit(path, us(), {}, &cancel, [&](qint64, qint64) {
            if (++batches == 1)
                cancel = true; // after the first batch was written inside the transaction
        });
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Cancelled);
        QCOMPARE(f.snapshot(), before);
        QCOMPARE(f.count(u"SELECT count(*) FROM imports"_s), 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM outbox"_s), 1);
    }

    // The progress of the last batch comes after its rows are written; a cancel then is still in time.
    void cancelWithTheLastBatchLeavesProfileAsBefore() {
        ImportFixture f;
        const QString path = writeFile(f.dir, u"small.csv"_s,
                                       "First Name,Phone\n"
                                       "Dee,+14155550122\n");
        const QString before = f.snapshot();
        std::atomic_bool cancel{false};
        qint64 lastDone = 0, lastTotal = -1;
        auto result = ImportEngine(*f.db).commit(path, us(), {}, &cancel, [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            cancel = true;
        });
        QCOMPARE(lastDone, lastTotal); // the only batch was the last
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Cancelled);
        QCOMPARE(f.snapshot(), before);
        QCOMPARE(f.count(u"SELECT count(*) FROM imports"_s), 0);
    }

    void rollbackUndoesTheWholeImport() {
        ImportFixture f;
        auto ann = ContactRepository(*f.db).add(existingAnn());
        const QString before = f.snapshot();
        const QString path = writeFile(f.dir, u"r.csv"_s,
                                       "First Name,Last Name,Company,Phone,Labels\n"
                                       "Ann,Lee,Lee Computers,+14155550100,VIP\n"
                                       "Dee,Fox,,+14155550122,VIP ::: New Group\n");
        ImportOptions o = us();
        o.onDuplicate = ImportOptions::OnDuplicate::UpdateEmpty;
        auto report = f.import(path, o);
        QVERIFY(report);
        QCOMPARE(report.value().count(RowOutcome::Create), 1);
        QCOMPARE(report.value().count(RowOutcome::Update), 1);
        QCOMPARE(ContactRepository(*f.db).get(ann.value().id).value().organization, u"Lee Computers"_s);
        QCOMPARE(
            f.count(u"SELECT count(*) FROM imports WHERE file_hash <> '' AND counts LIKE '%\"create\":1%'"_s),
            1);

        ImportHistory history(*f.db);
        auto rolledBack = history.rollback(report.value().importId);
        QVERIFY2(rolledBack, qPrintable(rolledBack.errorMessage()));
        QCOMPARE(rolledBack.value().value(u"contactsRemoved"_s).toInt(), 1);
        QCOMPARE(rolledBack.value().value(u"contactsRestored"_s).toInt(), 1);
        QCOMPARE(ContactRepository(*f.db).get(ann.value().id).value().organization, QString());
        QVERIFY(f.groupsOf(ann.value().id).isEmpty());
        QCOMPARE(f.contacts().size(), 1);
        QCOMPARE(f.count(u"SELECT count(*) FROM groups WHERE deleted = 0"_s), 0);
        QVERIFY(!history.rollback(report.value().importId)); // only once
        QVERIFY(!history.rollback(u"no-such-import"_s));
        Q_UNUSED(before);
    }

    void rollbackRemovesOnlyTheContactsTheImportCreated() {
        ImportFixture f;
        ContactRepository contacts(*f.db);
        Contact before;
        before.givenName = u"Before"_s;
        QVERIFY(contacts.add(before));
        const QString path = writeFile(f.dir, u"r.csv"_s,
                                       "First Name,Phone\n"
                                       "Dee,+14155550122\n"
                                       "Eve,+14155550123\n");
        auto report = f.import(path, us());
        QVERIFY(report);
        Contact after;
        after.givenName = u"After"_s;
        QVERIFY(contacts.add(after));
        QCOMPARE(f.count(u"SELECT count(*) FROM import_changes"_s), 0); // the range says it all
        QCOMPARE(f.count(u"SELECT created_last - created_first + 1 FROM imports"_s), 2);

        auto rolledBack = ImportHistory(*f.db).rollback(report.value().importId);
        QVERIFY2(rolledBack, qPrintable(rolledBack.errorMessage()));
        QCOMPARE(rolledBack.value().value(u"contactsRemoved"_s).toInt(), 2);
        // As ContactRepository::remove leaves each: numbers gone, a tombstone, a deletion queued, out of
        // the search indexes and the live count.
        QCOMPARE(f.count(u"SELECT count(*) FROM contacts WHERE deleted = 1 AND given_name = '' "
                         "AND list_name = ''"_s),
                 2);
        QCOMPARE(f.count(u"SELECT count(*) FROM contact_phones p JOIN contacts c ON c.id = p.contact_id "
                         "WHERE c.deleted = 1"_s),
                 0);
        QCOMPARE(
            f.count(u"SELECT count(*) FROM outbox o JOIN contacts c ON c.id = o.record_id "
                    "WHERE c.deleted = 1 AND o.operation = 'delete' AND o.payload = '{\"id\":\"' || c.id "
                    "|| '\"}'"_s),
            2);
        QCOMPARE(
            f.count(
                u"SELECT count(*) FROM contacts_number_fts WHERE contacts_number_fts MATCH '\"4155550122\"'"_s),
            0);
        QCOMPARE(f.count(u"SELECT count(*) FROM contacts_text_fts WHERE contacts_text_fts MATCH 'dee'"_s), 0);
        QCOMPARE(f.count(u"SELECT live FROM contact_counts"_s), 2);
        QStringList names;
        for (const Contact& contact : f.contacts())
            names << contact.givenName;
        names.sort();
        QCOMPARE(names, QStringList({u"After"_s, u"Before"_s}));
    }

    // Imports recorded before schema 6 list the contacts they created one row each.
    void rollbackOfAnImportRecordedContactByContact() {
        ImportFixture f;
        Contact dee;
        dee.givenName = u"Dee"_s;
        auto added = ContactRepository(*f.db).add(dee);
        QVERIFY(added);
        QVERIFY(f.db->exec(u"INSERT INTO imports (id, file_name, file_hash, started_at, finished_at) "
                           "VALUES ('old', 'old.csv', 'x', '2026-01-01T00:00:00.000Z', "
                           "'2026-01-01T00:00:01.000Z')"_s));
        QVERIFY(f.db->exec(u"INSERT INTO import_changes (import_id, seq, action, contact_id) "
                           "VALUES ('old', 1, 'created', ?)"_s,
                           {added.value().id}));
        auto rolledBack = ImportHistory(*f.db).rollback(u"old"_s);
        QVERIFY2(rolledBack, qPrintable(rolledBack.errorMessage()));
        QCOMPARE(rolledBack.value().value(u"contactsRemoved"_s).toInt(), 1);
        QVERIFY(f.contacts().isEmpty());
    }

    void exportThenImportChangesNothing_data() {
        QTest::addColumn<bool>("vcard");
        QTest::newRow("csv") << false;
        QTest::newRow("vcard") << true;
    }
    void exportThenImportChangesNothing() {
        QFETCH(bool, vcard);
        ImportFixture f;
        ImportOptions o = us();
        o.targetGroups = {u"Customers"_s};
        for (const QString& fixture : {u"import/google.csv"_s, u"import/iphone-3.0.vcf"_s,
                                       u"import/mailchimp-unsubscribed.csv"_s, u"import/plain.csv"_s})
            QVERIFY(f.import(dataPath(fixture), o));
        Contact tricky;
        tricky.givenName = u"=HYPERLINK(\"x\")"_s;
        tricky.familyName = u"-minus"_s;
        tricky.organization = u"'90s Records"_s;
        tricky.notes = u"line one\nline two, with \"quotes\"; and \\ backslash"_s;
        tricky.customFields.insert(u"Shoe size"_s, u"44"_s);
        tricky.phones.append({u"+1 415 555 0190"_s, u"+14155550190"_s, u"unknown"_s, u"shop"_s, true});
        QVERIFY(ContactRepository(*f.db).add(tricky));
        const int count = f.contacts().size();
        const QString before = f.snapshot();

        const QString exported = f.dir.filePath(vcard ? u"all.vcf"_s : u"all.csv"_s);
        ContactExporter::Options options;
        options.format = vcard ? ContactExporter::Format::VCard : ContactExporter::Format::Csv;
        auto written = ContactExporter(*f.db).exportToFile(exported, {}, options);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(written.value(), count);
        if (!vcard) {
            const QByteArray bytes = test::fileBytes(exported);
            QVERIFY(bytes.contains("'=HYPERLINK"));
            QVERIFY(bytes.contains("'+1 415 555 0190"));
            QVERIFY(bytes.contains("''90s Records"));
        }
        QList<PlannedRow> rows;
        ImportOptions again = us();
        again.onDuplicate = ImportOptions::OnDuplicate::Overwrite;
        auto report = f.import(exported, again, true, &rows);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        for (const PlannedRow& row : rows)
            QVERIFY2(row.outcome == RowOutcome::Unchanged,
                     qPrintable(row.name + u": "_s + toKey(row.outcome) + u" "_s +
                                row.changedFields.join(u","_s) + row.detail + row.groups.join(u","_s)));
        QCOMPARE(report.value().count(RowOutcome::Unchanged), count);
        QCOMPARE(f.snapshot(), before);
    }

    void exportSelections() {
        ImportFixture f;
        QVERIFY(f.import(dataPath(u"import/google.csv"_s), us()));
        auto group = GroupRepository(*f.db).find(u"VIP"_s);
        QVERIFY(group);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ExportSelection selection;
        selection.groupId = group.value().id;
        QCOMPARE(ContactExporter(*f.db).exportTo(&buffer, selection, {}).value(), 1);
        QVERIFY(buffer.data().contains("Ann"));
        QBuffer search;
        search.open(QIODevice::WriteOnly);
        QCOMPARE(ContactExporter(*f.db).exportTo(&search, ExportSelection{{}, u"+34612"_s, {}}, {}).value(),
                 1);
        QVERIFY(search.data().contains("José"));
    }

    void mappingIsSavedAndReused() {
        ImportFixture f;
        const QString path =
            writeFile(f.dir, u"odd.csv"_s, "Kundenname,Handynummer,Extra\nAnn Lee,+14155550100,x\n");
        ImportOptions o = us();
        auto first = ImportSource::open(path, o.source);
        QVERIFY(first);
        ColumnMapping mapping = first.value()->mapping();
        QCOMPARE(mapping.rule(0).target, ColumnRule::Target::Custom); // unknown headers kept as custom
        mapping.setRule(0, {ColumnRule::Target::FullName, 0, {}, {}});
        mapping.setRule(1, {ColumnRule::Target::Phone, 0, u"mobile"_s, {}});
        mapping.setRule(2, {});
        const QJsonObject saved = mapping.toJson();
        // The next file from the same source has its columns in another order.
        const QString next =
            writeFile(f.dir, u"odd2.csv"_s, "Handynummer,Extra,Kundenname\n+14155550111,y,Bo Ek\n");
        auto reused = ColumnMapping::fromJson(QJsonDocument::fromJson(QJsonDocument(saved).toJson()).object(),
                                              {u"Handynummer"_s, u"Extra"_s, u"Kundenname"_s});
        QVERIFY(reused);
        o.source.mapping = reused.value();
        QVERIFY(f.import(next, o));
        const Contact bo = f.byName(u"Bo Ek"_s);
        QCOMPARE(phonesOf(bo), QStringList{u"+14155550111/mobile"_s});
        QVERIFY(bo.customFields.isEmpty());
        QVERIFY(!ColumnMapping::fromJson(QJsonObject{{u"columns"_s, 1}}, {}));
    }

    void noHeaderFileIsGuessed() {
        ImportFixture f;
        const QString path = writeFile(
            f.dir, u"nohead.csv"_s, "Ann Lee,4155550100,ann@example.com\nBo Ek,4155550111,bo@example.com\n");
        QVERIFY(f.import(path, us()));
        const Contact ann = f.byName(u"Ann Lee"_s);
        QCOMPARE(phonesOf(ann), QStringList{u"+14155550100/"_s});
        QCOMPARE(emailsOf(ann), QStringList{u"ann@example.com/"_s});
    }
};

QTEST_GUILESS_MAIN(TestImportEngine)
#include "tst_importengine.moc"
