#include "core/store/ConsentLedger.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/GroupRepository.h"
#include "core/store/Outbox.h"

#include <QTemporaryDir>
#include <QTest>

using namespace iq;

class TestConsentLedger final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        auto db = Database::open(m_dir.filePath(QStringLiteral("l%1.sqlite").arg(++m_counter)));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
        Contact contact;
        contact.givenName = QStringLiteral("Ana");
        m_contactId = ContactRepository(*m_db).add(contact).value().id;
        m_groupId =
            GroupRepository(*m_db).add({QString(), QStringLiteral("Mac Users"), QString(), {}}).value().id;
    }

    void ledgerIsAppendOnly() {
        ConsentLedger ledger(*m_db);
        QVERIFY(ledger.record(groupChange(ConsentState::OptedIn)));
        auto update = m_db->exec(QStringLiteral("UPDATE consent_ledger SET consent = 'opted_in'"));
        QVERIFY(!update.ok());
        QVERIFY2(update.errorMessage().contains(QStringLiteral("append-only")),
                 qPrintable(update.errorMessage()));
        QVERIFY(!m_db->exec(QStringLiteral("DELETE FROM consent_ledger")).ok());
        QCOMPARE(ledger.history(m_contactId).value().size(), 1);
    }

    void erasingThePersonTakesTheirLedger() {
        ConsentLedger ledger(*m_db);
        QVERIFY(ledger.record(groupChange(ConsentState::OptedIn)));
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM contacts WHERE id = ?"), {m_contactId}).ok());
        auto count = m_db->exec(QStringLiteral("SELECT count(*) FROM consent_ledger"));
        QVERIFY(count.ok() && count.value().next());
        QCOMPARE(count.value().value(0).toInt(), 0);
    }

    void channelOptOutOverridesEveryGroup() {
        ConsentLedger ledger(*m_db);
        QVERIFY(ledger.record(groupChange(ConsentState::OptedIn)));
        QCOMPARE(ledger.effective(m_contactId, m_groupId, Channel::Sms).value(), ConsentState::OptedIn);
        ConsentChange stop;
        stop.contactId = m_contactId;
        stop.channel = Channel::Sms;
        stop.state = ConsentState::OptedOut;
        stop.method = ConsentMethod::Keyword;
        stop.source = QStringLiteral("STOP reply");
        QVERIFY(ledger.record(stop));
        QCOMPARE(ledger.effective(m_contactId, m_groupId, Channel::Sms).value(), ConsentState::OptedOut);
        QCOMPARE(ledger.effective(m_contactId, m_groupId, Channel::Email).value(), ConsentState::OptedIn);
        const auto history = ledger.history(m_contactId).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().method, ConsentMethod::Keyword);
        QVERIFY(history.last().channel.has_value());
    }

    void channelConsentIsQueuedForSyncUnlessItCameFromSync() {
        ConsentLedger ledger(*m_db);
        const int before = Outbox::pendingCount(*m_db).value();
        ConsentChange stop;
        stop.contactId = m_contactId;
        stop.channel = Channel::Sms;
        stop.state = ConsentState::OptedOut;
        stop.method = ConsentMethod::Keyword;
        stop.source = QStringLiteral("STOP reply");
        QVERIFY(ledger.record(stop));
        auto queued = m_db->exec(
            QStringLiteral("SELECT entity, record_id, payload FROM outbox ORDER BY seq DESC LIMIT 1"));
        QVERIFY(queued.ok() && queued.value().next());
        QCOMPARE(queued.value().value(0).toString(), QStringLiteral("consent"));
        QCOMPARE(queued.value().value(1).toString(), m_contactId + QStringLiteral(":sms"));
        QVERIFY(queued.value().value(2).toString().contains(QStringLiteral("opted_out")));
        QCOMPARE(Outbox::pendingCount(*m_db).value(), before + 1);

        stop.method = ConsentMethod::Sync;
        stop.state = ConsentState::OptedIn;
        QVERIFY(ledger.record(stop));
        QCOMPARE(Outbox::pendingCount(*m_db).value(), before + 1);
    }

    void changeMustNameGroupOrChannel() {
        ConsentChange change;
        change.contactId = m_contactId;
        QVERIFY(!ConsentLedger(*m_db).record(change).ok());
    }

    void stricterConsentWins_data() {
        QTest::addColumn<int>("a");
        QTest::addColumn<int>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("out beats in")
            << int(ConsentState::OptedOut) << int(ConsentState::OptedIn) << int(ConsentState::OptedOut);
        QTest::newRow("in loses to out")
            << int(ConsentState::OptedIn) << int(ConsentState::OptedOut) << int(ConsentState::OptedOut);
        QTest::newRow("pending beats in")
            << int(ConsentState::OptedIn) << int(ConsentState::Pending) << int(ConsentState::Pending);
        QTest::newRow("unknown beats in")
            << int(ConsentState::Unknown) << int(ConsentState::OptedIn) << int(ConsentState::Unknown);
    }

    void stricterConsentWins() {
        QFETCH(int, a);
        QFETCH(int, b);
        QFETCH(int, expected);
        QCOMPARE(int(stricter(ConsentState(a), ConsentState(b))), expected);
    }

    void consentSpellingsRoundTrip() {
        QCOMPARE(parseConsentState(QStringLiteral("opted-in")), ConsentState::OptedIn);
        QCOMPARE(parseConsentState(QStringLiteral("OPTED_OUT")), ConsentState::OptedOut);
        QVERIFY(!parseConsentState(QStringLiteral("maybe")).has_value());
        QCOMPARE(consentMethodFromStorage(toStorage(ConsentMethod::WebForm)), ConsentMethod::WebForm);
    }

private:
    ConsentChange groupChange(ConsentState state) const {
        ConsentChange change;
        change.contactId = m_contactId;
        change.groupId = m_groupId;
        change.state = state;
        change.method = ConsentMethod::WebForm;
        change.source = QStringLiteral("shop website");
        return change;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
    QString m_contactId;
    QString m_groupId;
};

QTEST_GUILESS_MAIN(TestConsentLedger)
#include "tst_consentledger.moc"
