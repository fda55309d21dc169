#include "ContactFixtures.h"
#include "TestClock.h"
#include "core/actions/ConsentActions.h"
#include "core/actions/ContactActions.h"
#include "core/profile/Profile.h"
#include "core/store/Database.h"
#include "shared/phone/PhoneNumbers.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

namespace {

// Every row a contact action can touch, in a stable order: equal snapshots mean nothing changed.
QString snapshot(Database& database) {
    QString text;
    for (const char* sql :
         {"SELECT * FROM contacts ORDER BY id", "SELECT * FROM contact_phones ORDER BY contact_id, position",
          "SELECT * FROM contact_emails ORDER BY contact_id, position",
          "SELECT * FROM group_members ORDER BY group_id, contact_id", "SELECT * FROM groups ORDER BY id",
          "SELECT * FROM consent_ledger ORDER BY seq",
          "SELECT * FROM channel_consent ORDER BY contact_id, channel",
          "SELECT * FROM outbox ORDER BY rowid"}) {
        auto query = database.exec(QString::fromLatin1(sql));
        if (!query)
            return query.errorMessage();
        while (query.value().next()) {
            for (int i = 0; i < query.value().record().count(); ++i)
                text += query.value().value(i).toString() + QLatin1Char('|');
            text += QLatin1Char('\n');
        }
    }
    return text;
}

} // namespace

// Each contact action is one transaction: it does all it says or, refused or failing, nothing.
class TestContactActions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto profile = Profile::open(m_dir->path());
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        m_profile = std::move(profile).value();
        m_actions = std::make_unique<ContactActions>(*m_profile, QStringLiteral("tester"), &m_clock);
        m_ana = test::addContact(m_profile->database(), QStringLiteral("Ana"), QStringLiteral("Lopez"),
                                 {QStringLiteral("(415) 555-0123")}, {QStringLiteral("ana@example.com")});
        QVERIFY(!m_ana.isEmpty());
    }

    void cleanup() {
        m_actions.reset();
        m_profile.reset();
        m_dir.reset();
    }

    void addsWithGroupsAndRecordsTheirConsent() {
        Contact contact;
        contact.givenName = QStringLiteral("Bob");
        contact.emails = {{QStringLiteral("bob@example.com"), QString()}};
        QSignalSpy announced(&m_profile->notifier(), &ChangeNotifier::changed);
        auto added = m_actions->add(contact, {{QStringLiteral("Mac Users"), QStringLiteral("mac users")},
                                              ConsentState::OptedIn,
                                              QStringLiteral("paper form")});
        QVERIFY2(added, qPrintable(added.errorMessage()));
        QCOMPARE(added.value().id.size(), 36);
        QVERIFY(announced.count() > 0);
        // The second name is the first group whatever its case: one group, joined once.
        auto groups = m_actions->memberships(added.value().id);
        QCOMPARE(groups.value().size(), 1);
        QCOMPARE(groups.value().first().groupName, QStringLiteral("Mac Users"));
        QCOMPARE(groups.value().first().consent, ConsentState::OptedIn);
        auto history = ConsentActions(*m_profile, QStringLiteral("tester")).history(added.value().id);
        QCOMPARE(history.value().size(), 2);
        QCOMPARE(history.value().first().change.source, QStringLiteral("paper form"));
        QCOMPARE(history.value().first().change.recordedBy, QStringLiteral("tester"));
        QCOMPARE(history.value().first().groupName, QStringLiteral("Mac Users"));
        QCOMPARE(m_actions->count().value(), 2);
    }

    void refusesAContactThatCannotBeStored_data() {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no @") << QStringLiteral("nobody") << QStringLiteral("\"nobody\" is not an e-mail");
        QTest::newRow("nothing before @") << QStringLiteral("@example.com") << QStringLiteral("@example.com");
        QTest::newRow("nothing at all") << QString() << QStringLiteral("needs a name");
    }

    void refusesAContactThatCannotBeStored() {
        QFETCH(QString, email);
        QFETCH(QString, expected);
        Contact contact;
        if (!email.isEmpty())
            contact.emails = {{email, QString()}};
        const QString before = snapshot(m_profile->database());
        auto added = m_actions->add(contact, {{QStringLiteral("New group")}, ConsentState::OptedIn, {}});
        QVERIFY(!added);
        QCOMPARE(added.error().code, Error::Code::InvalidInput);
        QVERIFY2(added.errorMessage().contains(expected), qPrintable(added.errorMessage()));
        QCOMPARE(snapshot(m_profile->database()), before);
    }

    void editsEveryField() {
        ContactChanges changes;
        changes.givenName = QStringLiteral("  Anita ");
        changes.middleName = QStringLiteral("M");
        changes.familyName = QStringLiteral("García");
        changes.displayName = QStringLiteral("Anita G.");
        changes.organization = QStringLiteral("Shop");
        changes.notes = QStringLiteral("Prefers texts\nafter 5 pm");
        changes.language = QStringLiteral("pt_BR");
        changes.timeZone = QStringLiteral("Europe/Berlin");
        changes.phones = QStringList{QStringLiteral("+1 212 555 0199"), QStringLiteral(""),
                                     QStringLiteral("(415) 555-0123")};
        changes.emails = QStringList{QStringLiteral("anita@example.com")};
        changes.customFields = {{QStringLiteral("Loyalty card"), QStringLiteral("A-1234")}};
        auto edited = m_actions->edit(m_ana, changes, PhoneNumbers(QStringLiteral("US")));
        QVERIFY2(edited, qPrintable(edited.errorMessage()));
        const Contact stored = m_actions->get(m_ana).value();
        QCOMPARE(stored.givenName, QStringLiteral("Anita"));
        QCOMPARE(stored.middleName, QStringLiteral("M"));
        QCOMPARE(stored.familyName, QStringLiteral("García"));
        QCOMPARE(stored.shownName(), QStringLiteral("Anita G."));
        QCOMPARE(stored.organization, QStringLiteral("Shop"));
        QCOMPARE(stored.notes, QStringLiteral("Prefers texts\nafter 5 pm"));
        QCOMPARE(stored.language, QStringLiteral("pt-BR"));
        QCOMPARE(stored.timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(stored.phones.size(), 2);
        QCOMPARE(stored.phones.at(0).e164, QStringLiteral("+12125550199"));
        QCOMPARE(stored.phones.at(1).e164, QStringLiteral("+14155550123"));
        QCOMPARE(stored.emails.size(), 1);
        QCOMPARE(stored.emails.first().address, QStringLiteral("anita@example.com"));
        QCOMPARE(stored.customFields.value(QStringLiteral("Loyalty card")).toString(),
                 QStringLiteral("A-1234"));

        // Fields not named stay; KEY= removes a custom field; empty text clears a name.
        ContactChanges more;
        more.customFields = {{QStringLiteral("Loyalty card"), QString()},
                             {QStringLiteral("vip"), QStringLiteral("yes")}};
        more.middleName = QString();
        QVERIFY(m_actions->edit(m_ana, more, PhoneNumbers(QStringLiteral("US"))));
        const Contact again = m_actions->get(m_ana).value();
        QCOMPARE(again.customFields.keys(), QStringList{QStringLiteral("vip")});
        QCOMPARE(again.middleName, QString());
        QCOMPARE(again.phones, stored.phones);
        QCOMPARE(again.notes, stored.notes);
    }

    void aRefusedEditChangesNothing_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short number") << "phone"
                                      << "12"
                                      << "Phone number: \"12\" is too short";
        QTest::newRow("words for a number") << "phone"
                                            << "call me"
                                            << "Phone number: \"call me\"";
        QTest::newRow("e-mail") << "email"
                                << "ana at example"
                                << "\"ana at example\" is not an e-mail";
        QTest::newRow("language") << "language"
                                  << "klingon!"
                                  << "Language: \"klingon!\"";
        QTest::newRow("time zone") << "timeZone"
                                   << "Mars/Olympus"
                                   << "Time zone: \"Mars/Olympus\"";
        QTest::newRow("custom field without a name") << "custom"
                                                     << "=5"
                                                     << "Custom field";
        QTest::newRow("nothing to call them by") << "nameless"
                                                 << ""
                                                 << "needs a name";
    }

    void aRefusedEditChangesNothing() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        ContactChanges changes;
        // A valid change alongside the bad one: it must not land either.
        changes.givenName = QStringLiteral("Changed");
        if (field == QLatin1String("phone"))
            changes.phones = QStringList{QStringLiteral("(212) 555-0100"), value};
        else if (field == QLatin1String("email"))
            changes.emails = QStringList{value};
        else if (field == QLatin1String("language"))
            changes.language = value;
        else if (field == QLatin1String("timeZone"))
            changes.timeZone = value;
        else if (field == QLatin1String("custom"))
            changes.customFields = {{QString(), QStringLiteral("5")}};
        else {
            changes.givenName = QString();
            changes.familyName = QString();
            changes.phones = QStringList();
            changes.emails = QStringList();
        }
        const QString before = snapshot(m_profile->database());
        auto edited = m_actions->edit(m_ana, changes, PhoneNumbers(QStringLiteral("US")));
        QVERIFY(!edited);
        QCOMPARE(edited.error().code, Error::Code::InvalidInput);
        QVERIFY2(edited.errorMessage().contains(expected), qPrintable(edited.errorMessage()));
        QCOMPARE(snapshot(m_profile->database()), before);
    }

    void anInvalidNumberIsKeptWhenAsked() {
        ContactChanges changes;
        changes.phones = QStringList{QStringLiteral("12")};
        changes.keepInvalidPhones = true;
        auto edited = m_actions->edit(m_ana, changes, PhoneNumbers(QStringLiteral("US")));
        QVERIFY2(edited, qPrintable(edited.errorMessage()));
        QCOMPARE(edited.value().phones.size(), 1);
        QCOMPARE(edited.value().phones.first().raw, QStringLiteral("12"));
        QVERIFY(!edited.value().phones.first().valid);
    }

    void anEditOfAnUnknownContactIsRefused() {
        ContactChanges changes;
        changes.notes = QStringLiteral("x");
        const QString before = snapshot(m_profile->database());
        auto edited =
            m_actions->edit(QStringLiteral("no-such-id"), changes, PhoneNumbers(QStringLiteral("US")));
        QVERIFY(!edited);
        QCOMPARE(edited.error().code, Error::Code::NotFound);
        QVERIFY(edited.errorMessage().contains(QStringLiteral("no-such-id")));
        QCOMPARE(snapshot(m_profile->database()), before);
    }

    void anEditThatFailsInTheStoreChangesNothing() {
        // The numbers are written last: a store that refuses them fails the edit after the contact's
        // row was already updated.
        QVERIFY(m_profile->database().execScript(
            QStringLiteral("CREATE TEMP TRIGGER refuse_numbers BEFORE INSERT ON contact_phones BEGIN "
                           "SELECT RAISE(ABORT, 'refused by the test'); END;")));
        ContactChanges changes;
        changes.familyName = QStringLiteral("Changed");
        changes.phones = QStringList{QStringLiteral("(212) 555-0100")};
        const QString before = snapshot(m_profile->database());
        auto edited = m_actions->edit(m_ana, changes, PhoneNumbers(QStringLiteral("US")));
        QVERIFY(!edited);
        QVERIFY2(edited.errorMessage().contains(QStringLiteral("refused by the test")),
                 qPrintable(edited.errorMessage()));
        QCOMPARE(snapshot(m_profile->database()), before);
        QCOMPARE(m_actions->get(m_ana).value().familyName, QStringLiteral("Lopez"));
    }

    void deletesAllOrNoneAndRestores() {
        const QString bob = test::addContact(m_profile->database(), QStringLiteral("Bob"), QString());
        test::addToGroup(m_profile->database(), QStringLiteral("VIP"), bob, ConsentState::OptedIn);
        const QString before = snapshot(m_profile->database());
        // One unknown id refuses the whole selection.
        auto refused = m_actions->remove({bob, QStringLiteral("no-such-id")});
        QVERIFY(!refused);
        QCOMPARE(snapshot(m_profile->database()), before);

        auto deleted = m_actions->remove({bob, m_ana});
        QVERIFY2(deleted, qPrintable(deleted.errorMessage()));
        QCOMPARE(deleted.value().size(), 2);
        QCOMPARE(m_actions->count().value(), 0);
        QCOMPARE(deleted.value().first().memberships.size(), 1);

        QVERIFY(m_actions->restore(deleted.value()));
        QCOMPARE(m_actions->count().value(), 2);
        QCOMPARE(m_actions->get(m_ana).value().phones.size(), 1);
        auto groups = m_actions->memberships(bob);
        QCOMPARE(groups.value().size(), 1);
        QCOMPARE(groups.value().first().consent, ConsentState::OptedIn);
    }

    void addsToAGroupAndTakesOutAgain() {
        const QString bob = test::addContact(m_profile->database(), QStringLiteral("Bob"), QString());
        auto group = m_actions->findOrAddGroup(QStringLiteral("Newsletter"));
        QVERIFY2(group, qPrintable(group.errorMessage()));
        QCOMPARE(m_actions->findOrAddGroup(QStringLiteral("newsletter")).value().id, group.value().id);
        test::addToGroup(m_profile->database(), QStringLiteral("Newsletter"), bob, ConsentState::OptedOut);

        auto added = m_actions->addToGroup({m_ana, bob}, group.value().id, ConsentState::OptedIn,
                                           QStringLiteral("asked at the till"));
        QVERIFY2(added, qPrintable(added.errorMessage()));
        // Bob was a member: he keeps his opt-out.
        QCOMPARE(added.value(), QStringList{m_ana});
        QCOMPARE(m_actions->memberships(bob).value().first().consent, ConsentState::OptedOut);

        auto removed = m_actions->removeFromGroup({m_ana, bob}, group.value().id);
        QVERIFY2(removed, qPrintable(removed.errorMessage()));
        QCOMPARE(removed.value().size(), 2);
        QCOMPARE(removed.value().value(bob), ConsentState::OptedOut);
        QVERIFY(m_actions->memberships(bob).value().isEmpty());
        QVERIFY(m_actions->rejoinGroup(group.value().id, removed.value(), QStringLiteral("undone")));
        QCOMPARE(m_actions->memberships(bob).value().first().consent, ConsentState::OptedOut);
        QVERIFY(m_actions->leaveGroup(group.value().id, {m_ana}));
        QVERIFY(m_actions->memberships(m_ana).value().isEmpty());
    }

    void findsAndMergesDuplicates() {
        const QString again = test::addContact(m_profile->database(), QString(), QStringLiteral("Lopez"),
                                               {QStringLiteral("+1 415 555 0123")}, {});
        auto pairs = m_actions->duplicates();
        QVERIFY2(pairs, qPrintable(pairs.errorMessage()));
        QCOMPARE(pairs.value().size(), 1);
        QCOMPARE(pairs.value().first().sharedNumbers, QStringList{QStringLiteral("+14155550123")});

        auto merged = m_actions->merge(again, m_ana);
        QVERIFY2(merged, qPrintable(merged.errorMessage()));
        // The kept contact had no given name: the other's fills it.
        QCOMPARE(merged.value().contact.givenName, QStringLiteral("Ana"));
        QCOMPARE(merged.value().contact.emails.size(), 1);
        QVERIFY(!m_actions->get(m_ana));
        QVERIFY(m_actions->duplicates().value().isEmpty());
    }

    void aFailedMergeChangesNothing() {
        const QString again = test::addContact(m_profile->database(), QString(), QStringLiteral("Lopez"),
                                               {QStringLiteral("+1 415 555 0123")}, {});
        test::addToGroup(m_profile->database(), QStringLiteral("VIP"), m_ana, ConsentState::OptedIn);
        QVERIFY(ConsentActions(*m_profile, QStringLiteral("tester"))
                    .optOut({m_ana}, QStringLiteral("STOP reply")));
        const QString before = snapshot(m_profile->database());
        QVERIFY(!m_actions->merge(again, again));
        QVERIFY(!m_actions->merge(again, QStringLiteral("no-such-id")));
        QCOMPARE(snapshot(m_profile->database()), before);

        // Deleting the other contact is the merge's last step: failing there, after the kept contact,
        // its groups and its consent were written, must leave all of it as it was.
        QVERIFY(m_profile->database().execScript(QStringLiteral(
            "CREATE TEMP TRIGGER refuse_deletion BEFORE UPDATE OF deleted ON contacts WHEN NEW.deleted = 1 "
            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;")));
        auto merged = m_actions->merge(again, m_ana);
        QVERIFY(!merged);
        QVERIFY2(merged.errorMessage().contains(QStringLiteral("refused by the test")),
                 qPrintable(merged.errorMessage()));
        QCOMPARE(snapshot(m_profile->database()), before);
    }

    void exportsWhatIsSelected() {
        test::addContact(m_profile->database(), QStringLiteral("Bob"), QStringLiteral("Lee"));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        ExportSelection selection;
        selection.ids = {m_ana};
        auto written = m_actions->exportTo(&buffer, selection, {});
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(written.value(), 1);
        QVERIFY(buffer.data().contains("Lopez"));
        QVERIFY(!buffer.data().contains("Lee"));
    }

private:
    test::TestClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<ContactActions> m_actions;
    QString m_ana;
};

QTEST_GUILESS_MAIN(TestContactActions)
#include "tst_contactactions.moc"
