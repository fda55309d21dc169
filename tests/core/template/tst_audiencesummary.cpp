// The cost of a template over an audience: segments per recipient, fallbacks, empties, totals.
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/template/AudienceSummary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace iq;

class TestAudienceSummary final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countsPerRecipient() {
        const tmpl::Template parsed =
            tmpl::Template::parse(QStringLiteral("Hi {{first_name|there}}! {{note}}"));
        AudienceSummarizer summarizer(parsed, tmpl::RenderChannel::Sms);
        ContactFields fields;
        fields.set(ContactFields::FirstName, QStringLiteral("Ann"));
        QCOMPARE(summarizer.add(fields, QStringLiteral("Ann")), QStringLiteral("Hi Ann! "));
        fields.set(ContactFields::FirstName, QString());
        fields.setCustomFieldsJson(QStringLiteral(R"({"note":"%1"})").arg(QString(200, QLatin1Char('x'))));
        summarizer.add(fields, QStringLiteral("Nameless"));
        fields.set(ContactFields::FirstName, QStringLiteral("Zoë 😀"));
        fields.setCustomFieldsJson(QStringLiteral("{}"));
        summarizer.add(fields, QStringLiteral("Zoë"));
        const AudienceSummary& summary = summarizer.summary();
        QCOMPARE(summary.recipients, 3);
        QCOMPARE(summary.recipientsBySegments.value(1), 2);
        QCOMPARE(summary.recipientsBySegments.value(2), 1);
        QCOMPARE(summary.totalSegments, 4);
        QCOMPARE(summary.fallbackRecipients, 1);
        QCOMPARE(summary.fallbackExamples, QStringList{QStringLiteral("Nameless")});
        QCOMPARE(summary.ucs2Recipients, 1);
        QCOMPARE(summary.maxSegments, 2);
        QCOMPARE(summary.longestExamples, QStringList{QStringLiteral("Nameless")});
        QCOMPARE(summary.emptyRecipients, 0);
    }

    void emptyRenderings() {
        AudienceSummarizer summarizer(tmpl::Template::parse(QStringLiteral("{{organization}}")),
                                      tmpl::RenderChannel::Sms);
        ContactFields fields;
        summarizer.add(fields, QStringLiteral("A"));
        fields.set(ContactFields::Organization, QStringLiteral("Org"));
        summarizer.add(fields, QStringLiteral("B"));
        QCOMPARE(summarizer.summary().emptyRecipients, 1);
        QCOMPARE(summarizer.summary().emptyExamples, QStringList{QStringLiteral("A")});
    }

    void fromStore() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("p.sqlite")));
        QVERIFY(db.ok());
        ContactRepository contacts(*db.value());
        for (const char* name : {"Ann", "", "Bob"}) {
            Contact contact;
            contact.givenName = QLatin1String(name);
            contact.organization = QStringLiteral("Org");
            QVERIFY(contacts.add(contact).ok());
        }
        const tmpl::Template parsed = tmpl::Template::parse(QStringLiteral("Hi {{first_name|there}}"));
        auto summary =
            AudienceSummarizer::summarize(*db.value(), {}, parsed, tmpl::RenderChannel::Sms, nullptr, {});
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary.value().recipients, 3);
        QCOMPARE(summary.value().fallbackRecipients, 1);
        QCOMPARE(summary.value().totalSegments, 3);
        std::atomic_bool cancel{true};
        // Cancellation is checked every few thousand recipients: a small audience finishes.
        QVERIFY(AudienceSummarizer::summarize(*db.value(), {}, parsed, tmpl::RenderChannel::Sms, nullptr, {},
                                              &cancel)
                    .ok());
    }

    // A large audience is read on this thread and rendered on another, in batches of a few thousand
    // rows, reading only the columns the template uses: the summary is the one of rendering every
    // recipient in turn from every column, example names and their order included.
    void largeAudienceSameAsOneByOne_data() {
        QTest::addColumn<QString>("source");
        QTest::newRow("first name") << QStringLiteral(
            "Hi {{first_name|there}}, the new MacBook is in at {{business_name}}! {{opt_out}}");
        QTest::newRow("custom and full name")
            << QStringLiteral("{{full_name|Friend}}: {{#custom}}{{note}}{{/custom}} {{tier|}} {{phone}}");
        QTest::newRow("empty for some") << QStringLiteral("{{tier}}");
    }

    void largeAudienceSameAsOneByOne() {
        QFETCH(QString, source);
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("p.sqlite")));
        QVERIFY(opened.ok());
        Database& db = *opened.value();
        // 10,007 contacts: two full batches and a partial one. Every 13th has no first name, every
        // 7th a name GSM-7 cannot carry, every 5th a long custom note, every 11th a tier.
        QVERIFY2(db
                     .execScript(QStringLiteral(
                         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10007) "
                         "INSERT INTO contacts (id, given_name, middle_name, family_name, list_name, "
                         "custom_fields, primary_phone, created_at, updated_at) "
                         "SELECT printf('c%05d', i), "
                         "CASE WHEN i % 13 = 0 THEN '' WHEN i % 7 = 0 THEN 'Łucja' ELSE 'Ann' || i END, "
                         "CASE WHEN i % 3 = 0 THEN 'Q' ELSE '' END, 'Lee', 'Lee ' || i, "
                         "CASE WHEN i % 5 = 0 THEN json_object('note', printf('%.*c', i % 300, 'x')) "
                         "WHEN i % 11 = 0 THEN json_object('tier', 'gold') ELSE '{}' END, "
                         "'+1555010' || i, '2026-11-29T00:00:00.000Z', '2026-11-29T00:00:00.000Z' "
                         "FROM n"))
                     .ok(),
                 "could not add the contacts");
        const SenderFields sender{QStringLiteral("Mac Corner"), SenderFields::defaultOptOutText()};
        const tmpl::Template parsed = tmpl::Template::parse(source);

        AudienceSummarizer oneByOne(parsed, tmpl::RenderChannel::Sms);
        QVERIFY(AudienceReader(db)
                    .forEach({}, sender,
                             [&](const QString&, const ContactFields& fields) {
                                 oneByOne.add(fields, fields.value(ContactFields::Name));
                                 return true;
                             })
                    .ok());
        const AudienceSummary expected = oneByOne.summary();
        QCOMPARE(expected.recipients, 10007);

        int lastProgress = 0;
        auto summary = AudienceSummarizer::summarize(db, {}, parsed, tmpl::RenderChannel::Sms, nullptr,
                                                     sender, nullptr, [&](int done) { lastProgress = done; });
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        const AudienceSummary& got = summary.value();
        QCOMPARE(got.recipients, expected.recipients);
        QCOMPARE(got.recipientsBySegments, expected.recipientsBySegments);
        QCOMPARE(got.totalSegments, expected.totalSegments);
        QCOMPARE(got.ucs2Recipients, expected.ucs2Recipients);
        QCOMPARE(got.fallbackRecipients, expected.fallbackRecipients);
        QCOMPARE(got.emptyRecipients, expected.emptyRecipients);
        QCOMPARE(got.maxSegments, expected.maxSegments);
        QCOMPARE(got.maxLength, expected.maxLength);
        QCOMPARE(got.fallbackExamples, expected.fallbackExamples);
        QCOMPARE(got.emptyExamples, expected.emptyExamples);
        QCOMPARE(got.longestExamples, expected.longestExamples);
        QVERIFY(lastProgress <= 10007);

        std::atomic_bool cancel{true};
        auto cancelled =
            AudienceSummarizer::summarize(db, {}, parsed, tmpl::RenderChannel::Sms, nullptr, sender, &cancel);
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.error().code == Error::Code::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestAudienceSummary)
#include "tst_audiencesummary.moc"
