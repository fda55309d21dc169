#include "core/store/ChangeNotifier.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/Outbox.h"
#include "shared/json/ContactJson.h"

#include "TestClock.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

class TestContactRepository final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_counter)));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
        m_repository = std::make_unique<ContactRepository>(*m_db, &m_notifier, &m_clock);
    }

    void addGivesIdTimesAndOutboxEntry() {
        QSignalSpy changed(&m_notifier, &ChangeNotifier::changed);
        auto added = m_repository->add(sample());
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        QCOMPARE(added.value().id.size(), 36);
        QCOMPARE(added.value().meta.createdAt, m_clock.now());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(1).toStringList(), QStringList{added.value().id});

        auto outbox = m_db->exec(QStringLiteral("SELECT entity, record_id, operation, payload FROM outbox"));
        QVERIFY(outbox.ok() && outbox.value().next());
        QCOMPARE(outbox.value().value(0).toString(), QStringLiteral("contact"));
        QCOMPARE(outbox.value().value(1).toString(), added.value().id);
        QCOMPARE(outbox.value().value(2).toString(), QStringLiteral("upsert"));
        const QJsonObject payload =
            QJsonDocument::fromJson(outbox.value().value(3).toString().toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("givenName")).toString(), QStringLiteral("José"));
    }

    void getReturnsEverythingStored() {
        auto added = m_repository->add(sample());
        QVERIFY(added.ok());
        auto loaded = m_repository->get(added.value().id);
        QVERIFY(loaded.ok());
        const Contact& contact = loaded.value();
        QCOMPARE(contact.givenName, QStringLiteral("José"));
        QCOMPARE(contact.familyName, QStringLiteral("Núñez"));
        QCOMPARE(contact.phones, sample().phones);
        QCOMPARE(contact.emails, sample().emails);
        QCOMPARE(contact.customFields.value(QStringLiteral("loyalty")).toString(), QStringLiteral("gold"));
        QCOMPARE(contact.shownName(), QStringLiteral("José Núñez"));
    }

    void updateReplacesNumbersAndKeepsCreation() {
        auto added = m_repository->add(sample());
        QVERIFY(added.ok());
        m_clock.advance(60);
        Contact changed = added.value();
        changed.familyName = QStringLiteral("Núñez-Ruiz");
        changed.phones = {{QStringLiteral("+44 20 7946 0958"), QStringLiteral("+442079460958"),
                           QStringLiteral("fixed_line"), QStringLiteral("shop"), true}};
        auto updated = m_repository->update(changed);
        QVERIFY2(updated.ok(), qPrintable(updated.errorMessage()));
        auto loaded = m_repository->get(added.value().id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().familyName, QStringLiteral("Núñez-Ruiz"));
        QCOMPARE(loaded.value().phones.size(), 1);
        QCOMPARE(loaded.value().phones.first().label, QStringLiteral("shop"));
        QCOMPARE(loaded.value().meta.createdAt, added.value().meta.createdAt);
        QCOMPARE(loaded.value().meta.updatedAt, m_clock.now());
        QCOMPARE(Outbox::pendingCount(*m_db).value(), 2);
    }

    void updateOfMissingContactFails() {
        Contact ghost = sample();
        ghost.id = QStringLiteral("00000000-0000-4000-8000-000000000000");
        auto updated = m_repository->update(ghost);
        QVERIFY(!updated.ok());
        QCOMPARE(updated.error().code, Error::Code::NotFound);
        QCOMPARE(Outbox::pendingCount(*m_db).value(), 0);
    }

    void removeLeavesTombstoneWithoutPersonalData() {
        auto added = m_repository->add(sample());
        QVERIFY(added.ok());
        QVERIFY(m_repository->remove(added.value().id));
        QCOMPARE(m_repository->get(added.value().id).error().code, Error::Code::NotFound);
        QCOMPARE(m_repository->count().value(), 0);
        auto row = m_db->exec(
            QStringLiteral("SELECT deleted, given_name, family_name, custom_fields FROM contacts"));
        QVERIFY(row.ok() && row.value().next());
        QCOMPARE(row.value().value(0).toInt(), 1);
        QCOMPARE(row.value().value(1).toString(), QString());
        QCOMPARE(row.value().value(2).toString(), QString());
        QCOMPARE(row.value().value(3).toString(), QStringLiteral("{}"));
        auto phones = m_db->exec(QStringLiteral("SELECT count(*) FROM contact_phones"));
        QVERIFY(phones.ok() && phones.value().next());
        QCOMPARE(phones.value().value(0).toInt(), 0);
        auto last = m_db->exec(QStringLiteral("SELECT operation FROM outbox ORDER BY seq DESC LIMIT 1"));
        QVERIFY(last.ok() && last.value().next());
        QCOMPARE(last.value().value(0).toString(), QStringLiteral("delete"));
        QVERIFY(!m_repository->remove(added.value().id).ok());
    }

    void listPagesInNameOrder() {
        const QStringList names = {QStringLiteral("zoe"), QStringLiteral("Ana"), QStringLiteral("bob"),
                                   QStringLiteral("Carla"), QStringLiteral("dan")};
        for (const QString& name : names) {
            Contact contact;
            contact.givenName = name;
            QVERIFY(m_repository->add(contact).ok());
        }
        QCOMPARE(m_repository->count().value(), 5);
        auto first = m_repository->list(0, 2);
        auto second = m_repository->list(2, 2);
        auto third = m_repository->list(4, 2);
        QVERIFY(first.ok() && second.ok() && third.ok());
        QStringList order;
        for (const auto& page : {first.value(), second.value(), third.value()})
            for (const Contact& contact : page)
                order << contact.givenName;
        QCOMPARE(order, (QStringList{QStringLiteral("Ana"), QStringLiteral("bob"), QStringLiteral("Carla"),
                                     QStringLiteral("dan"), QStringLiteral("zoe")}));
    }

    void failedWriteLeavesNoOutboxEntry() {
        auto added = m_repository->add(sample());
        QVERIFY(added.ok());
        Contact duplicate = sample();
        duplicate.id = added.value().id; // primary key clash
        QVERIFY(!m_repository->add(duplicate).ok());
        QCOMPARE(Outbox::pendingCount(*m_db).value(), 1);
        QCOMPARE(m_repository->count().value(), 1);
    }

    void jsonRoundTrips() {
        auto added = m_repository->add(sample());
        QVERIFY(added.ok());
        auto parsed = ContactJson::fromJson(ContactJson::toJson(added.value()));
        QVERIFY(parsed.ok());
        QCOMPARE(ContactJson::toJson(parsed.value()), ContactJson::toJson(added.value()));
    }

    void jsonRejectsWrongTypesNamingTheField_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("id missing") << QByteArray(R"({"givenName":"A"})") << QStringLiteral("id");
        QTest::newRow("name is a number")
            << QByteArray(R"({"id":"x","givenName":5})") << QStringLiteral("givenName");
        QTest::newRow("phones not array")
            << QByteArray(R"({"id":"x","phones":{}})") << QStringLiteral("phones");
        QTest::newRow("phone raw wrong")
            << QByteArray(R"({"id":"x","phones":[{"raw":1}]})") << QStringLiteral("phones[0]");
        QTest::newRow("version negative")
            << QByteArray(R"({"id":"x","serverVersion":-1})") << QStringLiteral("serverVersion");
    }

    void jsonRejectsWrongTypesNamingTheField() {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        auto parsed = ContactJson::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.errorMessage().contains(field), qPrintable(parsed.errorMessage()));
    }

private:
    static Contact sample() {
        Contact contact;
        contact.givenName = QStringLiteral("José");
        contact.familyName = QStringLiteral("Núñez");
        contact.phones = {{QStringLiteral("(415) 555-0132"), QStringLiteral("+14155550132"),
                           QStringLiteral("mobile"), QStringLiteral("cell"), true},
                          {QStringLiteral("555"), QString(), QStringLiteral("unknown"), QString(), false}};
        contact.emails = {{QStringLiteral("jose@example.com"), QStringLiteral("work")}};
        contact.customFields = {{QStringLiteral("loyalty"), QStringLiteral("gold")}};
        return contact;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    test::TestClock m_clock;
    ChangeNotifier m_notifier;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContactRepository> m_repository;
};

QTEST_GUILESS_MAIN(TestContactRepository)
#include "tst_contactrepository.moc"
