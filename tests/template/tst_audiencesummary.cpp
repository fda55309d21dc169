// The cost of a template over an audience: segments per recipient, fallbacks, empties, totals.
#include "store/ContactRepository.h"
#include "store/Database.h"
#include "template/AudienceSummary.h"

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
};

QTEST_GUILESS_MAIN(TestAudienceSummary)
#include "tst_audiencesummary.moc"
