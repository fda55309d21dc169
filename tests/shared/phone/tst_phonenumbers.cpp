#include "shared/phone/PhoneNumbers.h"

#include <QtTest>

using namespace iq;

Q_DECLARE_METATYPE(iq::PhoneProblem)

class TestPhoneNumbers final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void invalid_data();
    void invalid();
    void keepsRawText();
    void extension();
    void batchMatchesSingle();
    void asYouType_data();
    void asYouType();
    void asYouTypeOtherDigits();
    void digitsOf();
};

void TestPhoneNumbers::parse_data() {
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("national");
    QTest::addColumn<QString>("international");
    QTest::addColumn<QString>("type");

    QTest::newRow("us national") << "US"
                                 << "(201) 555-0123"
                                 << "+12015550123"
                                 << "(201) 555-0123"
                                 << "+1 201-555-0123"
                                 << "fixed_line_or_mobile";
    QTest::newRow("us with country code") << "GB"
                                          << "+1 201 555 0123"
                                          << "+12015550123"
                                          << "(201) 555-0123"
                                          << "+1 201-555-0123"
                                          << "fixed_line_or_mobile";
    QTest::newRow("uk mobile") << "GB"
                               << "07400 123456"
                               << "+447400123456"
                               << "07400 123456"
                               << "+44 7400 123456"
                               << "mobile";
    QTest::newRow("uk fixed line") << "GB"
                                   << "020 7946 0018"
                                   << "+442079460018"
                                   << "020 7946 0018"
                                   << "+44 20 7946 0018"
                                   << "fixed_line";
    QTest::newRow("us toll free") << "US"
                                  << "1-800-234-5678"
                                  << "+18002345678"
                                  << "(800) 234-5678"
                                  << "+1 800-234-5678"
                                  << "toll_free";
    QTest::newRow("german mobile, other region") << "US"
                                                 << "+49 1512 3456789"
                                                 << "+4915123456789"
                                                 << "01512 3456789"
                                                 << "+49 1512 3456789"
                                                 << "mobile";
    QTest::newRow("lowercase region") << "gb"
                                      << "07400 123456"
                                      << "+447400123456"
                                      << "07400 123456"
                                      << "+44 7400 123456"
                                      << "mobile";
}

void TestPhoneNumbers::parse() {
    QFETCH(QString, region);
    QFETCH(QString, raw);
    const PhoneNumberInfo info = PhoneNumbers(region).parse(raw);
    QVERIFY2(info.valid, qPrintable(info.problemText()));
    QCOMPARE(info.problem, PhoneProblem::None);
    QVERIFY(info.problemText().isEmpty());
    QTEST(info.e164, "e164");
    QTEST(info.national, "national");
    QTEST(info.international, "international");
    QTEST(info.type, "type");
    QCOMPARE(info.raw, raw);
}

void TestPhoneNumbers::invalid_data() {
    QTest::addColumn<QString>("raw");
    QTest::addColumn<iq::PhoneProblem>("problem");
    QTest::addColumn<bool>("hasE164");

    QTest::newRow("empty") << "   " << PhoneProblem::Empty << false;
    QTest::newRow("words") << "call me maybe" << PhoneProblem::NotANumber << false;
    QTest::newRow("bad country code") << "+999 1234 5678" << PhoneProblem::InvalidCountryCode << false;
    QTest::newRow("too short") << "12" << PhoneProblem::TooShort << true;
    QTest::newRow("too short, parses") << "555 01" << PhoneProblem::TooShort << true;
    QTest::newRow("too long") << "+1 415 555 0123 4567 89" << PhoneProblem::TooLong << true;
    QTest::newRow("not in use") << "+1 555 555 5555" << PhoneProblem::NotInUse << true;
}

void TestPhoneNumbers::invalid() {
    QFETCH(QString, raw);
    QFETCH(iq::PhoneProblem, problem);
    QFETCH(bool, hasE164);
    const PhoneNumberInfo info = PhoneNumbers(QStringLiteral("US")).parse(raw);
    QVERIFY(!info.valid);
    QCOMPARE(info.problem, problem);
    QCOMPARE(!info.e164.isEmpty(), hasE164);
    QCOMPARE(info.raw, raw);
    QVERIFY(!info.problemText().isEmpty());
    if (problem != PhoneProblem::Empty)
        QVERIFY2(info.problemText().contains(raw), qPrintable(info.problemText()));
}

void TestPhoneNumbers::keepsRawText() {
    const ContactPhone phone =
        PhoneNumbers(QStringLiteral("US")).normalize(QStringLiteral("not known"), QStringLiteral("shop"));
    QCOMPARE(phone.raw, QStringLiteral("not known"));
    QCOMPARE(phone.label, QStringLiteral("shop"));
    QVERIFY(!phone.valid);
    QVERIFY(phone.e164.isEmpty());
    QCOMPARE(phone.type, QStringLiteral("unknown"));
}

void TestPhoneNumbers::extension() {
    const PhoneNumberInfo info =
        PhoneNumbers(QStringLiteral("US")).parse(QStringLiteral("(201) 555-0123 ext. 42"));
    QVERIFY(info.valid);
    QCOMPARE(info.e164, QStringLiteral("+12015550123"));
    QCOMPARE(info.extension, QStringLiteral("42"));
}

void TestPhoneNumbers::batchMatchesSingle() {
    const PhoneNumbers numbers(QStringLiteral("US"));
    QStringList raws;
    for (int i = 0; i < 2000; ++i)
        raws << QStringLiteral("(201) 555-%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
    raws << QStringLiteral("junk") << QString() << QStringLiteral("+44 7400 123456");
    const QList<PhoneNumberInfo> batch = numbers.parseAll(raws);
    QCOMPARE(batch.size(), raws.size());
    for (qsizetype i = 0; i < raws.size(); ++i) {
        const PhoneNumberInfo single = numbers.parse(raws.at(i));
        QCOMPARE(batch.at(i).raw, raws.at(i));
        QCOMPARE(batch.at(i).e164, single.e164);
        QCOMPARE(batch.at(i).valid, single.valid);
        QCOMPARE(batch.at(i).problem, single.problem);
    }
    const QList<ContactPhone> phones = numbers.normalizeAll(raws);
    QCOMPARE(phones.size(), raws.size());
    QCOMPARE(phones.last().e164, QStringLiteral("+447400123456"));
    QVERIFY(numbers.parseAll({}).isEmpty());
}

void TestPhoneNumbers::asYouType_data() {
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown");
    QTest::newRow("us partial") << "US"
                                << "4155"
                                << "415-5";
    QTest::newRow("us complete") << "US"
                                 << "2015550123"
                                 << "(201) 555-0123";
    QTest::newRow("us reformat") << "US"
                                 << "(20) 15-550123"
                                 << "(201) 555-0123";
    QTest::newRow("international") << "US"
                                   << "+447400123456"
                                   << "+44 7400 123456";
    QTest::newRow("letters kept") << "US"
                                  << "ask at desk"
                                  << "ask at desk";
    QTest::newRow("empty") << "US"
                           << ""
                           << "";
}

void TestPhoneNumbers::asYouType() {
    QFETCH(QString, region);
    QFETCH(QString, typed);
    PhoneAsYouTypeFormatter formatter(region);
    QTEST(formatter.format(typed), "shown");
}

// Other digits than ASCII ones used to fail an assertion inside libphonenumber's formatter (found by
// fuzz/phone_input_fuzzer.cpp).
void TestPhoneNumbers::asYouTypeOtherDigits() {
    PhoneAsYouTypeFormatter formatter(QStringLiteral("US"));
    QCOMPARE(formatter.format(QStringLiteral("+４４７４００１２３４５６")),
             QStringLiteral("+44 7400 123456"));
    QCOMPARE(formatter.format(QStringLiteral("+\uFF3C\uFFFD\uFF13\uFF14\uFF15\uFFFD4\uFFFD02")),
             formatter.format(QStringLiteral("+345402")));
    QCOMPARE(formatter.format(QStringLiteral("٤١٥٥")), QStringLiteral("415-5")); // Arabic-Indic digits
}

void TestPhoneNumbers::digitsOf() {
    QCOMPARE(PhoneNumbers::digitsOf(QStringLiteral("+1 (415) 555-01")), QStringLiteral("141555501"));
    QCOMPARE(PhoneNumbers::digitsOf(QStringLiteral("abc")), QString());
}

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
