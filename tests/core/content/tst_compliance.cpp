// Compliance warnings while editing.
#include "core/content/Compliance.h"
#include "core/template/AudienceSummary.h"

#include <QTest>

using namespace iq;

namespace {

QList<ComplianceWarning::Kind> kinds(const ComplianceInput& input) {
    QList<ComplianceWarning::Kind> result;
    for (const ComplianceWarning& warning : Compliance::check(input))
        result << warning.kind;
    return result;
}

ComplianceInput smsInput(const QString& source, const QString& rendered) {
    ComplianceInput input;
    input.source = source;
    input.rendered = rendered;
    input.businessName = QStringLiteral("Mac Corner");
    return input;
}

} // namespace

class TestCompliance final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanMessageHasNoWarnings() {
        QVERIFY(kinds(smsInput(QStringLiteral("{{business_name}}: new Macs! {{opt_out}}"),
                               QStringLiteral("Mac Corner: new Macs! Reply STOP to opt out")))
                    .isEmpty());
    }

    void optOutAndBusinessName() {
        const auto found = kinds(smsInput(QStringLiteral("New Macs!"), QStringLiteral("New Macs!")));
        QVERIFY(found.contains(ComplianceWarning::Kind::NoOptOut));
        QVERIFY(found.contains(ComplianceWarning::Kind::NoBusinessName));
        // Typed out by hand counts too.
        QVERIFY(kinds(smsInput(QStringLiteral("Mac Corner: new Macs! Text STOP to end"),
                               QStringLiteral("Mac Corner: new Macs! Text STOP to end")))
                    .isEmpty());
        // Not marketing (an appointment reminder): no opt-out needed.
        ComplianceInput reminder = smsInput(QStringLiteral("Mac Corner: your repair is ready"),
                                            QStringLiteral("Mac Corner: your repair is ready"));
        reminder.marketing = false;
        QVERIFY(kinds(reminder).isEmpty());
        // Only SMS is checked for these.
        ComplianceInput email = smsInput(QStringLiteral("x"), QStringLiteral("x"));
        email.channel = tmpl::RenderChannel::EmailHtml;
        QVERIFY(kinds(email).isEmpty());
        ComplianceInput unnamed = smsInput(QStringLiteral("x STOP"), QStringLiteral("x STOP"));
        unnamed.businessName.clear();
        QVERIFY(Compliance::check(unnamed).first().message.contains(QStringLiteral("business name")));
    }

    void lengthAndSegments() {
        ComplianceInput input =
            smsInput(QStringLiteral("{{business_name}} {{opt_out}}"), QStringLiteral("Mac Corner STOP"));
        input.segments = 4;
        QCOMPARE(kinds(input), QList<ComplianceWarning::Kind>{ComplianceWarning::Kind::TooManySegments});
        input.segments = 3;
        input.rendered = QStringLiteral("Mac Corner STOP ") + QString(1600, QLatin1Char('a'));
        QCOMPARE(kinds(input), QList<ComplianceWarning::Kind>{ComplianceWarning::Kind::TooLong});
        AudienceSummary audience;
        audience.maxSegments = 5;
        input.rendered = QStringLiteral("Mac Corner STOP");
        input.audience = &audience;
        QCOMPARE(kinds(input), QList<ComplianceWarning::Kind>{ComplianceWarning::Kind::TooManySegments});
    }

    void linkShorteners_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("offset");
        QTest::newRow("bit.ly") << "Mac Corner: see https://bit.ly/abc STOP" << 16;
        QTest::newRow("no scheme") << "Mac Corner: tinyurl.com/x STOP" << 12;
        QTest::newRow("own domain") << "Mac Corner: https://maccorner.example/x STOP" << -1;
        QTest::newRow("lookalike") << "Mac Corner: https://notbit.ly/x STOP" << -1;
    }

    void linkShorteners() {
        QFETCH(QString, text);
        QFETCH(int, offset);
        const auto warnings = Compliance::check(smsInput(text, text));
        if (offset < 0) {
            QVERIFY(warnings.isEmpty());
            return;
        }
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().kind, ComplianceWarning::Kind::LinkShortener);
        QCOMPARE(warnings.first().offset, offset);
    }

    void emptyForSome() {
        AudienceSummary audience;
        audience.emptyRecipients = 2;
        audience.emptyExamples = {QStringLiteral("Ann"), QStringLiteral("Bob")};
        ComplianceInput input = smsInput(QStringLiteral("{{business_name}} {{opt_out}} {{x}}"),
                                         QStringLiteral("Mac Corner STOP"));
        input.audience = &audience;
        const auto warnings = Compliance::check(input);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().kind, ComplianceWarning::Kind::EmptyForSome);
        QVERIFY(warnings.first().message.contains(QStringLiteral("Ann, Bob")));
        ComplianceInput one = smsInput(QStringLiteral("{{x}}"), QStringLiteral("  "));
        one.marketing = false;
        QVERIFY(kinds(one).contains(ComplianceWarning::Kind::EmptyForSome));
    }
};

QTEST_GUILESS_MAIN(TestCompliance)
#include "tst_compliance.moc"
