#include "core/store/ChangeNotifier.h"
#include "core/store/ConsentLedger.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/GroupRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

class TestGroupRepository final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        auto db = Database::open(m_dir.filePath(QStringLiteral("g%1.sqlite").arg(++m_counter)));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
        m_groups = std::make_unique<GroupRepository>(*m_db, &m_notifier);
        Contact contact;
        contact.givenName = QStringLiteral("Ana");
        m_contactId = ContactRepository(*m_db).add(contact).value().id;
    }

    void namesAreUniqueIgnoringCase() {
        QVERIFY(m_groups->add({QString(), QStringLiteral("Mac Users"), QString(), {}}).ok());
        auto clash = m_groups->add({QString(), QStringLiteral("  mac users "), QString(), {}});
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().code, Error::Code::Conflict);
        QVERIFY(!m_groups->add({QString(), QStringLiteral("   "), QString(), {}}).ok());
        QCOMPARE(m_groups->count().value(), 1);
    }

    void renameAndFind() {
        auto group = m_groups->add({QString(), QStringLiteral("VIP"), QStringLiteral("Best customers"), {}});
        QVERIFY(group.ok());
        Group renamed = group.value();
        renamed.name = QStringLiteral("VIP customers");
        QVERIFY(m_groups->update(renamed).ok());
        QCOMPARE(m_groups->find(QStringLiteral("vip CUSTOMERS")).value().id, group.value().id);
        QCOMPARE(m_groups->find(group.value().id).value().description, QStringLiteral("Best customers"));
        QCOMPARE(m_groups->find(QStringLiteral("VIP")).error().code, Error::Code::NotFound);
    }

    void membershipsCarryConsentThroughTheLedger() {
        auto group = m_groups->add({QString(), QStringLiteral("Mac Users"), QString(), {}});
        QVERIFY(group.ok());
        QSignalSpy changed(&m_notifier, &ChangeNotifier::changed);
        QVERIFY(m_groups->addMember(group.value().id, m_contactId, ConsentState::OptedIn,
                                    ConsentMethod::Paper, QStringLiteral("sign-up sheet, March 2026"),
                                    QStringLiteral("owner")));
        QCOMPARE(changed.count(), 1);
        auto members = m_groups->members(group.value().id);
        QVERIFY(members.ok());
        QCOMPARE(members.value().size(), 1);
        QCOMPARE(members.value().first().consent, ConsentState::OptedIn);
        auto history = ConsentLedger(*m_db).history(m_contactId);
        QVERIFY(history.ok());
        QCOMPARE(history.value().size(), 1);
        QCOMPARE(history.value().first().method, ConsentMethod::Paper);
        QCOMPARE(history.value().first().source, QStringLiteral("sign-up sheet, March 2026"));

        QVERIFY(m_groups->removeMember(group.value().id, m_contactId));
        QCOMPARE(m_groups->members(group.value().id).value().size(), 0);
        QVERIFY(!m_groups->removeMember(group.value().id, m_contactId).ok());
        // Leaving a group does not erase the consent history.
        QCOMPARE(ConsentLedger(*m_db).history(m_contactId).value().size(), 1);
    }

    void deletingAContactRemovesItsMemberships() {
        auto group = m_groups->add({QString(), QStringLiteral("Mac Users"), QString(), {}});
        QVERIFY(m_groups->addMember(group.value().id, m_contactId, ConsentState::OptedIn,
                                    ConsentMethod::Manual, {}));
        QVERIFY(ContactRepository(*m_db).remove(m_contactId));
        QCOMPARE(m_groups->members(group.value().id).value().size(), 0);
    }

    void removeLeavesTombstone() {
        auto group = m_groups->add({QString(), QStringLiteral("Old"), QString(), {}});
        QVERIFY(m_groups->addMember(group.value().id, m_contactId, ConsentState::Unknown,
                                    ConsentMethod::Manual, {}));
        QVERIFY(m_groups->remove(group.value().id));
        QCOMPARE(m_groups->count().value(), 0);
        // The name is free again.
        QVERIFY(m_groups->add({QString(), QStringLiteral("Old"), QString(), {}}).ok());
        auto tombstones = m_db->exec(QStringLiteral("SELECT count(*) FROM groups WHERE deleted = 1"));
        QVERIFY(tombstones.ok() && tombstones.value().next());
        QCOMPARE(tombstones.value().value(0).toInt(), 1);
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    ChangeNotifier m_notifier;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<GroupRepository> m_groups;
    QString m_contactId;
};

QTEST_GUILESS_MAIN(TestGroupRepository)
#include "tst_grouprepository.moc"
