#include "ContactFixtures.h"
#include "core/contacts/ContactMerger.h"
#include "core/store/ConsentLedger.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/DuplicateFinder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace iq;

// Likely duplicates are found by shared number or e-mail, and merging keeps everything of both
// people with the stricter consent.
class TestContactMerger final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        auto db = Database::open(m_dir.filePath(QStringLiteral("m%1.sqlite").arg(++m_counter)));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
    }

    void findsPairsSharingANumberOrAnEmail() {
        const QString ana =
            test::addContact(*m_db, QStringLiteral("Ana"), QStringLiteral("Lopez"),
                             {QStringLiteral("(415) 555-0123")}, {QStringLiteral("ana@example.com")});
        // The same number written differently, so only the normalized forms match.
        const QString anaAgain = test::addContact(*m_db, QStringLiteral("Ana"), QString(),
                                                  {QStringLiteral("+1 415 555 0123")}, {});
        // The same address in other letter case.
        const QString lopez = test::addContact(*m_db, QString(), QStringLiteral("Lopez"), {},
                                               {QStringLiteral("ANA@Example.com")});
        const QString other =
            test::addContact(*m_db, QStringLiteral("Bob"), QStringLiteral("Lee"),
                             {QStringLiteral("(415) 555-0199")}, {QStringLiteral("bob@example.com")});
        QVERIFY(!ana.isEmpty() && !anaAgain.isEmpty() && !lopez.isEmpty() && !other.isEmpty());

        auto pairs = DuplicateFinder(*m_db).all();
        QVERIFY2(pairs, qPrintable(pairs.errorMessage()));
        QCOMPARE(pairs.value().size(), 2);
        QSet<QString> found;
        for (const DuplicatePair& pair : pairs.value()) {
            QVERIFY(pair.firstId < pair.secondId);
            found.insert(pair.firstId + pair.secondId);
            if (pair.firstId == anaAgain || pair.secondId == anaAgain) {
                QCOMPARE(pair.sharedNumbers, QStringList{QStringLiteral("+14155550123")});
                QVERIFY(pair.sharedEmails.isEmpty());
            } else {
                QCOMPARE(pair.sharedEmails, QStringList{QStringLiteral("ana@example.com")});
            }
        }
        QVERIFY(found.contains(qMin(ana, anaAgain) + qMax(ana, anaAgain)));
        QVERIFY(found.contains(qMin(ana, lopez) + qMax(ana, lopez)));
        QCOMPARE(DuplicateFinder(*m_db).forContact(lopez).value().size(), 1);
        QCOMPARE(DuplicateFinder(*m_db).forContact(other).value().size(), 0);

        // A deleted contact is no longer anyone's duplicate.
        QVERIFY(ContactRepository(*m_db).remove(lopez));
        QCOMPARE(DuplicateFinder(*m_db).all().value().size(), 1);
    }

    void mergedContactCombinesNumbersEmailsAndCustomFields() {
        Contact kept;
        kept.givenName = QStringLiteral("Ana");
        kept.phones = {{QStringLiteral("(415) 555-0123"), QStringLiteral("+14155550123"),
                        QStringLiteral("mobile"), QString(), true}};
        kept.emails = {{QStringLiteral("ana@example.com"), QString()}};
        kept.customFields = {{QStringLiteral("shoe_size"), 38}};
        Contact other;
        other.givenName = QStringLiteral("Anita");
        other.familyName = QStringLiteral("Lopez");
        other.phones = {{QStringLiteral("+1 415 555 0123"), QStringLiteral("+14155550123"),
                         QStringLiteral("mobile"), QString(), true},
                        {QStringLiteral("555 12"), QString(), QStringLiteral("unknown"), QString(), false}};
        other.emails = {{QStringLiteral("ANA@example.com"), QString()},
                        {QStringLiteral("ana@work.example"), QString()}};
        other.customFields = {{QStringLiteral("shoe_size"), 39}, {QStringLiteral("vip"), true}};

        const MergeChoices defaults = MergeChoices::preferFilled(kept, other);
        QCOMPARE(defaults.side(MergeField::GivenName), MergeSide::Kept);
        QCOMPARE(defaults.side(MergeField::FamilyName), MergeSide::Other);
        const Contact merged = mergedContact(kept, other, defaults);
        QCOMPARE(merged.givenName, QStringLiteral("Ana"));
        QCOMPARE(merged.familyName, QStringLiteral("Lopez"));
        QCOMPARE(merged.phones.size(), 2); // the same number once, the invalid one kept as typed
        QCOMPARE(merged.phones.at(1).raw, QStringLiteral("555 12"));
        QCOMPARE(merged.emails.size(), 2);
        QCOMPARE(merged.customFields.value(QStringLiteral("shoe_size")).toInt(), 38);
        QCOMPARE(merged.customFields.value(QStringLiteral("vip")).toBool(), true);

        MergeChoices chosen;
        chosen.sides.insert(MergeField::GivenName, MergeSide::Other);
        QCOMPARE(mergedContact(kept, other, chosen).givenName, QStringLiteral("Anita"));
        QCOMPARE(mergedContact(kept, other, chosen).familyName, QString()); // kept's, as chosen by default
    }

    void mergeKeepsTheStricterConsentAndBothHistories() {
        const QString kept =
            test::addContact(*m_db, QStringLiteral("Ana"), QString(), {QStringLiteral("(415) 555-0123")}, {});
        const QString other =
            test::addContact(*m_db, QString(), QStringLiteral("Lopez"),
                             {QStringLiteral("+1 415 555 0123"), QStringLiteral("(212) 555-0100")},
                             {QStringLiteral("ana@example.com")});
        // Both in "Newsletter", where the other opted out; the other alone in "VIP"; the kept alone in
        // "Repairs".
        const QString newsletter =
            test::addToGroup(*m_db, QStringLiteral("Newsletter"), kept, ConsentState::OptedIn);
        test::addToGroup(*m_db, QStringLiteral("Newsletter"), other, ConsentState::OptedOut);
        const QString vip = test::addToGroup(*m_db, QStringLiteral("VIP"), other, ConsentState::Pending);
        const QString repairs =
            test::addToGroup(*m_db, QStringLiteral("Repairs"), kept, ConsentState::OptedIn);
        ConsentLedger ledger(*m_db);
        // The other replied STOP by SMS; the kept opted in to e-mail.
        ConsentChange stop{other,
                           {},
                           Channel::Sms,
                           ConsentState::OptedOut,
                           ConsentMethod::Keyword,
                           QStringLiteral("STOP reply"),
                           {},
                           {}};
        QVERIFY(ledger.record(stop));
        ConsentChange email{kept,
                            {},
                            Channel::Email,
                            ConsentState::OptedIn,
                            ConsentMethod::WebForm,
                            QStringLiteral("web form"),
                            {},
                            {}};
        QVERIFY(ledger.record(email));
        const int keptHistory = static_cast<int>(ledger.history(kept).value().size());
        const int otherHistory = static_cast<int>(ledger.history(other).value().size());

        MergeChoices choices;
        choices.sides.insert(MergeField::FamilyName, MergeSide::Other);
        auto merged = ContactMerger(*m_db).merge(kept, other, choices, QStringLiteral("owner"));
        QVERIFY2(merged, qPrintable(merged.errorMessage()));
        QCOMPARE(merged.value().groupsJoined, 1);    // VIP
        QCOMPARE(merged.value().consentRecorded, 2); // Newsletter opt-out, SMS opt-out
        QCOMPARE(merged.value().ledgerEntriesCopied, otherHistory);

        ContactRepository contacts(*m_db);
        const Contact result = contacts.get(kept).value();
        QCOMPARE(result.givenName, QStringLiteral("Ana"));
        QCOMPARE(result.familyName, QStringLiteral("Lopez"));
        QCOMPARE(result.phones.size(), 2);
        QCOMPARE(result.emails.size(), 1);
        QVERIFY(!contacts.get(other)); // deleted (a tombstone for sync)

        QHash<QString, ConsentState> groups;
        const QList<GroupMembership> memberships = contacts.memberships(kept).value();
        for (const GroupMembership& membership : memberships)
            groups.insert(membership.groupId, membership.consent);
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups.value(newsletter), ConsentState::OptedOut); // the stricter one wins
        QCOMPARE(groups.value(vip), ConsentState::Pending);
        QCOMPARE(groups.value(repairs), ConsentState::OptedIn);
        QCOMPARE(ledger.effective(kept, repairs, Channel::Sms).value(), ConsentState::OptedOut);
        QCOMPARE(ledger.effective(kept, repairs, Channel::Email).value(), ConsentState::OptedIn);

        const auto history = ledger.history(kept).value();
        // Kept's own, the other's copied as recorded, and the merge's own records.
        QCOMPARE(history.size(), keptHistory + otherHistory + 3);
        bool copiedStop = false;
        for (const ConsentChange& change : history)
            copiedStop |=
                change.source == QStringLiteral("STOP reply") && change.method == ConsentMethod::Keyword;
        QVERIFY(copiedStop);
        QCOMPARE(history.last().method, ConsentMethod::Merge);
        QVERIFY(history.last().source.contains(other));
        QCOMPARE(history.last().recordedBy, QStringLiteral("owner"));

        // The deletion and the update are queued for the server.
        auto queued =
            m_db->exec(QStringLiteral("SELECT count(*) FROM outbox WHERE record_id = ? AND operation = "
                                      "'delete'"),
                       {other});
        QVERIFY2(queued, qPrintable(queued.errorMessage()));
        QVERIFY(queued.value().next());
        QCOMPARE(queued.value().value(0).toInt(), 1);
        QVERIFY(DuplicateFinder(*m_db).all().value().isEmpty());
    }

    void aFailedMergeChangesNothing() {
        const QString kept = test::addContact(*m_db, QStringLiteral("Ana"), QString(), {}, {});
        QVERIFY(!ContactMerger(*m_db).merge(kept, kept, {}));
        auto missing = ContactMerger(*m_db).merge(kept, QStringLiteral("no-such-id"), {});
        QVERIFY(!missing);
        QVERIFY(ContactRepository(*m_db).get(kept));
        QCOMPARE(ContactRepository(*m_db).get(kept).value().givenName, QStringLiteral("Ana"));
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestContactMerger)
#include "tst_contactmerger.moc"
