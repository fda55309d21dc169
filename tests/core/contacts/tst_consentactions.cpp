#include "ContactFixtures.h"
#include "TestClock.h"
#include "core/actions/ConsentActions.h"
#include "core/actions/ContactActions.h"
#include "core/profile/Profile.h"
#include "core/store/Database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

namespace {

int rows(Database& database, const QString& table) {
    auto query = database.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return query && query.value().next() ? query.value().value(0).toInt() : -1;
}

} // namespace

// Consent changes land in the ledger with who, how and where from, for a whole selection or not at all.
class TestConsentActions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto profile = Profile::open(m_dir->path());
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        m_profile = std::move(profile).value();
        m_consent = std::make_unique<ConsentActions>(*m_profile, QStringLiteral("tester"), &m_clock);
        Database& db = m_profile->database();
        m_ana = test::addContact(db, QStringLiteral("Ana"), QStringLiteral("Lopez"),
                                 {QStringLiteral("(415) 555-0123")});
        m_bob = test::addContact(db, QStringLiteral("Bob"), QStringLiteral("Lee"),
                                 {QStringLiteral("(212) 555-0100")});
        m_group = test::addToGroup(db, QStringLiteral("Newsletter"), m_ana, ConsentState::OptedIn);
        QVERIFY(!m_ana.isEmpty() && !m_bob.isEmpty() && !m_group.isEmpty());
    }

    void cleanup() {
        m_consent.reset();
        m_profile.reset();
        m_dir.reset();
    }

    void optsOutEveryChannelOfEverySelected() {
        QSignalSpy announced(&m_profile->notifier(), &ChangeNotifier::changed);
        QVERIFY(m_consent->optOut({m_ana, m_bob}, QStringLiteral("  STOP reply ")));
        QCOMPARE(announced.count(), 1);
        QCOMPARE(announced.first().at(0).value<Entity>(), Entity::Consent);
        for (const QString& id : {m_ana, m_bob}) {
            for (Channel channel : {Channel::Sms, Channel::Email, Channel::Voice})
                QCOMPARE(m_consent->effective(id, m_group, channel).value(), ConsentState::OptedOut);
        }
        auto history = m_consent->history(m_bob);
        QVERIFY2(history, qPrintable(history.errorMessage()));
        QCOMPARE(history.value().size(), 3);
        const ConsentChange& last = history.value().last().change;
        QCOMPARE(last.source, QStringLiteral("STOP reply"));
        QCOMPARE(last.recordedBy, QStringLiteral("tester"));
        QCOMPARE(last.method, ConsentMethod::Manual);
        QCOMPARE(last.recordedAt, m_clock.now());
        QVERIFY(history.value().last().groupName.isEmpty());
    }

    void anUnknownContactRefusesTheWholeSelection() {
        const int ledger = rows(m_profile->database(), QStringLiteral("consent_ledger"));
        const int outbox = rows(m_profile->database(), QStringLiteral("outbox"));
        Status status = m_consent->optOut({m_ana, QStringLiteral("no-such-id")}, QStringLiteral("STOP"));
        QVERIFY(!status);
        QCOMPARE(status.error().code, Error::Code::NotFound);
        QVERIFY(status.errorMessage().contains(QStringLiteral("no-such-id")));
        status = m_consent->record({QStringLiteral("gone"), m_bob}, QString(), Channel::Sms,
                                   ConsentState::OptedIn, ConsentMethod::Paper, QStringLiteral("form"));
        QVERIFY(!status);
        QVERIFY(status.errorMessage().contains(QStringLiteral("gone")));
        QCOMPARE(rows(m_profile->database(), QStringLiteral("consent_ledger")), ledger);
        QCOMPARE(rows(m_profile->database(), QStringLiteral("outbox")), outbox);
        QCOMPARE(m_consent->effective(m_ana, m_group, Channel::Sms).value(), ConsentState::OptedIn);
    }

    void recordsAChannelOrAGroupWithItsSource() {
        QVERIFY(m_consent->optOut({m_bob}, QStringLiteral("STOP")));
        QVERIFY(m_consent->record({m_bob}, QString(), Channel::Sms, ConsentState::OptedIn,
                                  ConsentMethod::WebForm, QStringLiteral("web form, 3 March")));
        QCOMPARE(m_consent->effective(m_bob, m_group, Channel::Sms).value(), ConsentState::Unknown);
        QVERIFY(m_consent->record({m_bob}, m_group, std::nullopt, ConsentState::Pending, ConsentMethod::Paper,
                                  QStringLiteral("sheet")));
        QCOMPARE(m_consent->effective(m_bob, m_group, Channel::Sms).value(), ConsentState::Pending);
        // E-mail stays opted out: only SMS was given back.
        QCOMPARE(m_consent->effective(m_bob, m_group, Channel::Email).value(), ConsentState::OptedOut);
        auto history = m_consent->history(m_bob).value();
        QCOMPARE(history.size(), 5);
        QCOMPARE(history.at(3).change.method, ConsentMethod::WebForm);
        QCOMPARE(history.last().groupName, QStringLiteral("Newsletter"));
        QCOMPARE(history.last().change.groupId, m_group);
    }

    void aConsentWithoutASourceIsRefused_data() {
        QTest::addColumn<QString>("source");
        QTest::newRow("empty") << QString();
        QTest::newRow("blanks") << QStringLiteral("   ");
    }

    void aConsentWithoutASourceIsRefused() {
        QFETCH(QString, source);
        const int ledger = rows(m_profile->database(), QStringLiteral("consent_ledger"));
        Status status = m_consent->record({m_ana}, QString(), Channel::Email, ConsentState::OptedIn,
                                          ConsentMethod::Manual, source);
        QVERIFY(!status);
        QCOMPARE(status.error().code, Error::Code::InvalidInput);
        QVERIFY(status.errorMessage().contains(QStringLiteral("source")));
        QCOMPARE(rows(m_profile->database(), QStringLiteral("consent_ledger")), ledger);
    }

    void aChangeNamingBothAGroupAndAChannelChangesNothing() {
        const int ledger = rows(m_profile->database(), QStringLiteral("consent_ledger"));
        Status status = m_consent->record({m_ana, m_bob}, m_group, Channel::Sms, ConsentState::OptedIn,
                                          ConsentMethod::Manual, QStringLiteral("form"));
        QVERIFY(!status);
        QCOMPARE(rows(m_profile->database(), QStringLiteral("consent_ledger")), ledger);
    }

    void historyOfADeletedGroupAndOfAnUnknownContact() {
        QVERIFY(m_profile->database().execScript(QStringLiteral("UPDATE groups SET deleted = 1")));
        auto history = m_consent->history(m_ana);
        QVERIFY2(history, qPrintable(history.errorMessage()));
        QCOMPARE(history.value().size(), 1);
        QCOMPARE(history.value().first().change.groupId, m_group);
        QVERIFY(history.value().first().groupName.isEmpty());
        auto unknown = m_consent->history(QStringLiteral("no-such-id"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, Error::Code::NotFound);
    }

private:
    test::TestClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<ConsentActions> m_consent;
    QString m_ana;
    QString m_bob;
    QString m_group;
};

QTEST_GUILESS_MAIN(TestConsentActions)
#include "tst_consentactions.moc"
