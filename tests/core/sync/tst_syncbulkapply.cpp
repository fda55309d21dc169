// Storing pulled records this device has never had in bulk (LocalRecords::insertNew, the initial sync's
// path) leaves the profile exactly as storing them one by one (LocalRecords::write) does: the rows, the
// columns the triggers derive, the counter and the full-text index.
#include "FakeSyncServer.h"

#include "core/profile/Profile.h"
#include "core/store/Database.h"
#include "core/store/LocalRecords.h"
#include "core/sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;
using iq::test::FakeSyncServer;

namespace {

using NewRecord = LocalRecords::NewRecord;

QJsonObject phone(const QString& raw, const QString& e164, const QString& type) {
    return QJsonObject{{QStringLiteral("raw"), raw},
                       {QStringLiteral("e164"), e164},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("label"), QString()},
                       {QStringLiteral("valid"), !e164.isEmpty()}};
}

QJsonObject email(const QString& address) {
    return QJsonObject{{QStringLiteral("address"), address},
                       {QStringLiteral("label"), QStringLiteral("work")}};
}

QJsonObject contact(const QString& given, const QString& family, const QJsonArray& phones,
                    const QJsonArray& emails) {
    return QJsonObject{{QStringLiteral("givenName"), given},
                       {QStringLiteral("familyName"), family},
                       {QStringLiteral("phones"), phones},
                       {QStringLiteral("emails"), emails},
                       {QStringLiteral("createdAt"), QStringLiteral("2026-01-02T03:04:05.000Z")},
                       {QStringLiteral("updatedAt"), QStringLiteral("2026-01-03T03:04:05.000Z")}};
}

QList<NewRecord> sampleContacts() {
    QList<NewRecord> records;
    records.append(
        {QStringLiteral("c-1"),
         contact(QStringLiteral("José"), QStringLiteral("Álvarez"),
                 {phone(QStringLiteral("(415) 555-0100"), QStringLiteral("+14155550100"),
                        QStringLiteral("fixed_line")),
                  phone(QStringLiteral("+1 415 555 0199"), QStringLiteral("+14155550199"),
                        QStringLiteral("mobile"))},
                 {email(QStringLiteral("jose@example.com")), email(QStringLiteral("j@shop.example"))}),
         3});
    records.append(
        {QStringLiteral("c-2"), contact(QStringLiteral("Ada"), QStringLiteral("Lovelace"), {}, {}), 1});
    QJsonObject organization =
        contact({}, {}, {phone(QStringLiteral("0171/555.12-34"), QString(), QStringLiteral("unknown"))},
                {email(QStringLiteral("info@mac-shop.example"))});
    organization.insert(QStringLiteral("organization"), QStringLiteral("Mac Shop"));
    organization.insert(QStringLiteral("displayName"), QStringLiteral("  The Mac Shop "));
    organization.insert(QStringLiteral("customFields"),
                        QJsonObject{{QStringLiteral("tier"), QStringLiteral("gold")}});
    records.append({QStringLiteral("c-3"), organization, 7});
    return records;
}

QStringList rows(Database& db, const QString& sql) {
    auto query = db.exec(sql);
    if (!query)
        return {query.errorMessage()};
    QStringList lines;
    while (query.value().next()) {
        QStringList values;
        for (int i = 0; i < query.value().record().count(); ++i)
            values << query.value().value(i).toString();
        lines << values.join(QLatin1Char('|'));
    }
    return lines;
}

QStringList search(Database& db, const QString& table, const QString& match) {
    auto query = db.exec(QStringLiteral("SELECT c.id FROM %1 f JOIN contacts c ON c.rowid = f.rowid WHERE %1 "
                                        "MATCH ? ORDER BY c.id")
                             .arg(table),
                         {match});
    if (!query)
        return {query.errorMessage()};
    QStringList ids;
    while (query.value().next())
        ids << query.value().value(0).toString();
    return ids;
}

// Set aside while new contacts are stored in bulk; back in place whatever happened.
const QStringList kPhoneAndEmailTriggers = {QStringLiteral("contact_emails_insert"),
                                            QStringLiteral("contact_phones_insert")};

QStringList triggersOfPhonesAndEmails(Database& db) {
    return rows(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name IN "
                                   "('contact_phones_insert', 'contact_emails_insert') ORDER BY name"));
}

struct Store {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Store() { db = std::move(Database::open(dir.filePath(QStringLiteral("p.sqlite"))).value()); }
};

} // namespace

class TestSyncBulkApply final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start() > 0); }

    void contactsMatchTheOneByOneWay() {
        Store one, bulk;
        const QList<NewRecord> records = sampleContacts();
        QVERIFY(one.db->transaction([&]() -> Status {
            LocalRecords local(*one.db);
            for (const NewRecord& record : records) {
                if (Status s =
                        local.write(QStringLiteral("contact"), record.id, record.payload, record.version);
                    !s)
                    return s;
            }
            return {};
        }));
        QList<qsizetype> skipped{-1};
        QVERIFY(bulk.db->transaction([&]() -> Status {
            auto stored = LocalRecords(*bulk.db).insertNew(QStringLiteral("contact"), records);
            if (!stored)
                return stored.error();
            skipped = stored.value();
            return {};
        }));
        QVERIFY(skipped.isEmpty());

        const QString contactColumns = QStringLiteral(
            "SELECT id, given_name, middle_name, family_name, display_name, list_name, organization, notes, "
            "language, time_zone, custom_fields, server_version, created_at, updated_at, deleted, "
            "primary_phone, "
            "primary_email, groups_text, consent_summary, search_numbers, search_emails FROM contacts ORDER "
            "BY id");
        for (const QString& sql :
             {contactColumns, QStringLiteral("SELECT * FROM contact_phones ORDER BY contact_id, position"),
              QStringLiteral("SELECT * FROM contact_emails ORDER BY contact_id, position"),
              QStringLiteral("SELECT live FROM contact_counts")}) {
            const QStringList expected = rows(*one.db, sql);
            QVERIFY2(!expected.isEmpty(), qPrintable(sql));
            QCOMPARE(rows(*bulk.db, sql), expected);
        }
        QCOMPARE(rows(*bulk.db, QStringLiteral("SELECT live FROM contact_counts")),
                 QStringList{QStringLiteral("3")});

        const QStringList textSearches = {QStringLiteral("jose*"),    QStringLiteral("alv*"),
                                          QStringLiteral("lovelace"), QStringLiteral("shop*"),
                                          QStringLiteral("info*"),    QStringLiteral("nobody")};
        for (const QString& match : textSearches)
            QCOMPARE(search(*bulk.db, QStringLiteral("contacts_text_fts"), match),
                     search(*one.db, QStringLiteral("contacts_text_fts"), match));
        QCOMPARE(search(*bulk.db, QStringLiteral("contacts_text_fts"), QStringLiteral("jose*")),
                 QStringList{QStringLiteral("c-1")});
        for (const QString& digits :
             {QStringLiteral("5550199"), QStringLiteral("01715551234"), QStringLiteral("999")})
            QCOMPARE(search(*bulk.db, QStringLiteral("contacts_number_fts"), digits),
                     search(*one.db, QStringLiteral("contacts_number_fts"), digits));
        QCOMPARE(search(*bulk.db, QStringLiteral("contacts_number_fts"), QStringLiteral("01715551234")),
                 QStringList{QStringLiteral("c-3")});
        for (const QString& table :
             {QStringLiteral("contacts_text_fts"), QStringLiteral("contacts_number_fts")})
            QVERIFY(
                bulk.db->exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(table)));

        // Edited later the usual way, a contact stored in bulk keeps its index right.
        QVERIFY(bulk.db->transaction([&]() -> Status {
            QJsonObject edited = records.first().payload;
            edited.insert(QStringLiteral("givenName"), QStringLiteral("Joseph"));
            edited.insert(QStringLiteral("phones"), QJsonArray());
            return LocalRecords(*bulk.db).write(QStringLiteral("contact"), QStringLiteral("c-1"), edited, 4);
        }));
        QCOMPARE(search(*bulk.db, QStringLiteral("contacts_text_fts"), QStringLiteral("joseph")),
                 QStringList{QStringLiteral("c-1")});
        QVERIFY(search(*bulk.db, QStringLiteral("contacts_number_fts"), QStringLiteral("5550199")).isEmpty());
        QVERIFY(bulk.db->exec(
            QStringLiteral("INSERT INTO contacts_text_fts (contacts_text_fts) VALUES ('integrity-check')")));

        // The triggers set aside for the bulk insert are back and keep the derived columns.
        QCOMPARE(triggersOfPhonesAndEmails(*bulk.db), kPhoneAndEmailTriggers);
        QVERIFY(bulk.db->exec(QStringLiteral("INSERT INTO contact_phones (contact_id, position, raw, e164, "
                                             "type, label, valid) VALUES ('c-2', 0, '+1 415 555 0142', "
                                             "'+14155550142', 'mobile', '', 1)")));
        QVERIFY(bulk.db->exec(QStringLiteral("INSERT INTO contact_emails (contact_id, position, address, "
                                             "label) VALUES ('c-2', 0, 'ada@example.com', '')")));
        QCOMPARE(rows(*bulk.db, QStringLiteral("SELECT primary_phone, primary_email FROM contacts WHERE id = "
                                               "'c-2'")),
                 QStringList{QStringLiteral("+14155550142|ada@example.com")});
    }

    void genericRecordsMatchTheOneByOneWay() {
        Store one, bulk;
        const QJsonObject present = contact(QStringLiteral("Ada"), QStringLiteral("Lovelace"), {}, {});
        const auto message = [](const QString& contactId, const QJsonValue& body) {
            return QJsonObject{{QStringLiteral("contactId"), contactId},
                               {QStringLiteral("channel"), QStringLiteral("sms")},
                               {QStringLiteral("address"), QStringLiteral("+14155550100")},
                               {QStringLiteral("body"), body},
                               {QStringLiteral("segments"), 2},
                               {QStringLiteral("status"), QStringLiteral("delivered")},
                               {QStringLiteral("createdAt"), QStringLiteral("2026-01-02T03:04:05.000Z")},
                               {QStringLiteral("updatedAt"), QStringLiteral("2026-01-02T03:04:05.000Z")}};
        };
        const QList<NewRecord> messages = {
            {QStringLiteral("m-1"), message(QStringLiteral("c-1"), QStringLiteral("Hello Ada")), 2},
            {QStringLiteral("m-2"),
             message(QStringLiteral("c-unknown"), QStringLiteral("To someone not here")), 3},
            {QStringLiteral("m-bad"), message(QStringLiteral("c-1"), 42), 4},
        };
        for (Store* store : {&one, &bulk}) {
            QVERIFY(store->db->transaction([&]() -> Status {
                return LocalRecords(*store->db)
                    .write(QStringLiteral("contact"), QStringLiteral("c-1"), present, 1);
            }));
        }
        Status written = one.db->transaction([&]() -> Status {
            LocalRecords local(*one.db);
            for (const NewRecord& record : messages.mid(0, 2)) {
                if (Status s =
                        local.write(QStringLiteral("message"), record.id, record.payload, record.version);
                    !s)
                    return s;
            }
            return {};
        });
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QVERIFY(!LocalRecords(*one.db).write(QStringLiteral("message"), QStringLiteral("m-bad"),
                                             messages.at(2).payload, 4));
        QList<qsizetype> skipped;
        QVERIFY(bulk.db->transaction([&]() -> Status {
            auto stored = LocalRecords(*bulk.db).insertNew(QStringLiteral("message"), messages);
            if (!stored)
                return stored.error();
            skipped = stored.value();
            return {};
        }));
        // m-2's contact is not here: left to the careful way, which holds it until the contact comes
        // (or, once the pull is over, writes it without the link, as here); m-bad is refused.
        QCOMPARE(skipped, (QList<qsizetype>{1, 2}));
        bool waiting = false;
        QVERIFY(bulk.db->transaction([&]() -> Status {
            LocalRecords local(*bulk.db);
            if (Status s = local.write(QStringLiteral("message"), messages.at(1).id, messages.at(1).payload,
                                       messages.at(1).version, &waiting);
                !s)
                return s;
            return local.write(QStringLiteral("message"), messages.at(1).id, messages.at(1).payload,
                               messages.at(1).version);
        }));
        QVERIFY(waiting);
        const QString sql = QStringLiteral("SELECT * FROM messages ORDER BY id");
        QCOMPARE(rows(*bulk.db, sql), rows(*one.db, sql));
        QCOMPARE(rows(*bulk.db, QStringLiteral("SELECT id, contact_id FROM messages ORDER BY id")),
                 (QStringList{QStringLiteral("m-1|c-1"), QStringLiteral("m-2|")}));

        auto present2 = LocalRecords(*bulk.db).present(QStringLiteral("message"),
                                                       {QStringLiteral("m-1"), QStringLiteral("m-9")});
        QVERIFY(present2);
        QCOMPARE(present2.value(), QSet<QString>{QStringLiteral("m-1")});
    }

    void aFailedRunLeavesNothingWritten() {
        Store store;
        QList<NewRecord> records = sampleContacts();
        records.append(records.first()); // the same id twice: the insert fails on the primary key
        Status status = store.db->transaction([&]() -> Status {
            auto stored = LocalRecords(*store.db).insertNew(QStringLiteral("contact"), records);
            if (stored)
                return Error::make(Error::Code::Generic, QStringLiteral("a duplicate id was stored"));
            // The caller's transaction goes on and can still commit.
            return LocalRecords(*store.db).write(QStringLiteral("contact"), QStringLiteral("c-2"),
                                                 records.at(1).payload, 1);
        });
        QVERIFY2(status, qPrintable(status.errorMessage()));
        QCOMPARE(rows(*store.db, QStringLiteral("SELECT id FROM contacts")),
                 QStringList{QStringLiteral("c-2")});
        QCOMPARE(rows(*store.db, QStringLiteral("SELECT count(*) FROM contact_phones")),
                 QStringList{QStringLiteral("0")});
        QVERIFY(store.db->exec(
            QStringLiteral("INSERT INTO contacts_text_fts (contacts_text_fts) VALUES ('integrity-check')")));
        QCOMPARE(triggersOfPhonesAndEmails(*store.db), kPhoneAndEmailTriggers);
    }

    void initialSyncThroughTheEngine_data() {
        QTest::addColumn<int>("applyRecords");
        QTest::addColumn<QString>("email");
        QTest::newRow("each page its own transaction") << 1 << QStringLiteral("bulk-1@example.com");
        QTest::newRow("all pages in one transaction") << 10000 << QStringLiteral("bulk-all@example.com");
    }

    // Through the engine: new records stored in bulk, a bad one in the middle refused and reported,
    // known records the careful way, and nothing applied twice on the next sync.
    void initialSyncThroughTheEngine() {
        QFETCH(int, applyRecords);
        QFETCH(QString, email);
        QTemporaryDir dir;
        auto profile = std::move(Profile::open(dir.path()).value());
        HttpClient http(m_server.url(), 5000);
        SessionTokens tokens;
        {
            SyncApi api(http, {});
            QVERIFY(api.signUp(email, QStringLiteral("Owner"), QStringLiteral("password-1"),
                               QStringLiteral("bulk-device"), QStringLiteral("Test")));
            tokens = api.tokens();
        }
        const QList<NewRecord> contacts = sampleContacts();
        m_server.put(QStringLiteral("contact"), contacts.at(0).id, contacts.at(0).payload);
        m_server.put(QStringLiteral("contact"), QStringLiteral("c-bad"),
                     QJsonObject{{QStringLiteral("givenName"), 5}});
        m_server.put(QStringLiteral("contact"), contacts.at(1).id, contacts.at(1).payload);
        m_server.put(QStringLiteral("message"), QStringLiteral("m-1"),
                     QJsonObject{{QStringLiteral("contactId"), contacts.at(1).id},
                                 {QStringLiteral("channel"), QStringLiteral("sms")},
                                 {QStringLiteral("address"), QStringLiteral("+14155550100")},
                                 {QStringLiteral("status"), QStringLiteral("sent")}});
        m_server.put(QStringLiteral("contact"), contacts.at(2).id, contacts.at(2).payload);
        // Refers to a contact of the page before: pages applied together keep the server's order.
        m_server.put(QStringLiteral("message"), QStringLiteral("m-2"),
                     QJsonObject{{QStringLiteral("contactId"), contacts.at(0).id},
                                 {QStringLiteral("channel"), QStringLiteral("sms")},
                                 {QStringLiteral("address"), QStringLiteral("+14155550199")},
                                 {QStringLiteral("status"), QStringLiteral("delivered")}});
        m_server.put(QStringLiteral("contact"), QStringLiteral("c-gone"), {}, true);

        const auto sync = [&]() {
            SyncApi api(http, tokens);
            SyncEngine engine(profile->database(), api,
                              SyncEngine::Options{500, 3 * 1024 * 1024, 4, applyRecords});
            auto report = engine.run();
            tokens = api.tokens();
            return report;
        };
        auto report = sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.value().pulled, 6);
        QCOMPARE(report.value().rejected, 1);
        QVERIFY(report.value().problems.first().contains(QStringLiteral("c-bad")));
        Database& db = profile->database();
        QCOMPARE(rows(db, QStringLiteral("SELECT id FROM contacts WHERE deleted = 0 ORDER BY id")),
                 (QStringList{QStringLiteral("c-1"), QStringLiteral("c-2"), QStringLiteral("c-3")}));
        QCOMPARE(rows(db, QStringLiteral("SELECT id, contact_id, status FROM messages ORDER BY id")),
                 (QStringList{QStringLiteral("m-1|c-2|sent"), QStringLiteral("m-2|c-1|delivered")}));
        QCOMPARE(
            rows(db, QStringLiteral("SELECT entity, record_id, version FROM sync_base ORDER BY record_id")),
            (QStringList{QStringLiteral("contact|c-1|1"), QStringLiteral("contact|c-2|1"),
                         QStringLiteral("contact|c-3|1"), QStringLiteral("contact|c-gone|1"),
                         QStringLiteral("message|m-1|1"), QStringLiteral("message|m-2|1")}));
        QCOMPARE(search(db, QStringLiteral("contacts_text_fts"), QStringLiteral("lovelace")),
                 QStringList{QStringLiteral("c-2")});
        // The base of a later merge is the record as the server sent it.
        const QStringList base =
            rows(db, QStringLiteral("SELECT payload FROM sync_base WHERE record_id = 'c-1'"));
        QCOMPARE(base.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(base.first().toUtf8()).object(), contacts.at(0).payload);
        // Delivery records are never edited here, so never merged: their base is the version alone.
        QCOMPARE(rows(db, QStringLiteral("SELECT DISTINCT payload FROM sync_base WHERE entity = 'message'")),
                 QStringList{QStringLiteral("{}")});

        // A changed record arrives for a contact stored in bulk: the careful way, once.
        QJsonObject renamed = contacts.at(1).payload;
        renamed.insert(QStringLiteral("familyName"), QStringLiteral("Byron"));
        m_server.put(QStringLiteral("contact"), contacts.at(1).id, renamed);
        report = sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.value().pulled, 1);
        QCOMPARE(search(db, QStringLiteral("contacts_text_fts"), QStringLiteral("byron")),
                 QStringList{QStringLiteral("c-2")});
        QVERIFY(search(db, QStringLiteral("contacts_text_fts"), QStringLiteral("lovelace")).isEmpty());
        report = sync();
        QVERIFY(report.ok());
        QCOMPARE(report.value().pulled, 0);
        QCOMPARE(rows(db, QStringLiteral("SELECT live FROM contact_counts")),
                 QStringList{QStringLiteral("3")});
    }

private:
    FakeSyncServer m_server;
};

QTEST_GUILESS_MAIN(TestSyncBulkApply)
#include "tst_syncbulkapply.moc"
