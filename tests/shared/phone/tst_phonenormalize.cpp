// PhoneNumbers::normalize takes shortcuts (it parses the separator-free key and asks only for the
// type); it must still say exactly what the full parse says about every number.
#include "shared/phone/PhoneNumbers.h"

#include <QtTest>

using namespace iq;
using namespace Qt::StringLiterals;

class TestPhoneNormalize final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsingKey_data() {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("key");
        QTest::newRow("punctuation") << u"(415) 555-0123"_s << u"4155550123"_s;
        QTest::newRow("dots") << u"+1.415.555.0123"_s << u"+14155550123"_s;
        QTest::newRow("slash") << u"415/555-0123"_s << u"4155550123"_s;
        QTest::newRow("blanks around") << u"  +44 20 7946 0958 "_s << u"+442079460958"_s;
        QTest::newRow("label dropped") << u"tel: 415-555-0123"_s << u"4155550123"_s;
        QTest::newRow("label before plus") << u"Mobile:+1 415 555 0123"_s << u"+14155550123"_s;
        QTest::newRow("label only stays") << u"call me"_s << u"call me"_s;
        QTest::newRow("letters after digits stay") << u"415-555-0123 home"_s << u"415-555-0123 home"_s;
        QTest::newRow("extension stays") << u"415 555 0123 ext. 12"_s << u"415 555 0123 ext. 12"_s;
        QTest::newRow("late plus stays") << u"1+415"_s << u"1+415"_s;
        QTest::newRow("wide digits stay") << u"４１５５５５０１２３"_s << u"４１５５５５０１２３"_s;
        QTest::newRow("nothing left") << u"( - )"_s << QString();
    }
    void parsingKey() {
        QFETCH(QString, raw);
        QFETCH(QString, key);
        QCOMPARE(PhoneNumbers::parsingKey(raw), key);
    }

    void normalizeAgreesWithParse_data() {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QStringList>("raws");
        const QStringList us = {u"+1 212-555-0123"_s,
                                u"(212) 555-0123"_s,
                                u"212.555.0123"_s,
                                u"212-555-0123"_s,
                                u"+1 (212) 555 0123"_s,
                                u"1-212-555-0123"_s,
                                u"212 555 0123"_s,
                                u"+12125550123"_s,
                                u"001 212 555 0123"_s,
                                u"212/555-0123"_s,
                                u"+1.212.555.0123"_s,
                                u"tel: 212-555-0123"_s,
                                u"800 555 0199"_s,
                                u"900 555 0100"_s,
                                u"12345"_s,
                                u"012345"_s,
                                u"555-0123"_s,
                                u"+999 12 34"_s,
                                u"()"_s,
                                u"  "_s,
                                u"call me"_s,
                                u"415 555 0123 x12"_s,
                                u"+44 20 7946 0958"_s,
                                u"+81 3-1234-5678"_s,
                                u"1+415"_s,
                                u"+1 684 733 1234"_s,
                                u"+1 876 555 0123"_s,
                                u"+1 416 555 0123"_s,
                                u"+800 1234 5678"_s,
                                u"4.15555E+09"_s};
        QTest::newRow("US") << u"US"_s << us;
        QTest::newRow("GB") << u"GB"_s
                            << (us + QStringList{u"020 7946 0958"_s, u"07700 900123"_s, u"7700900123"_s,
                                                 u"(0) 20 7946 0958"_s, u"+44 (0) 7700 900123"_s,
                                                 u"00 44 20 7946 0958"_s});
        QTest::newRow("DE") << u"DE"_s
                            << (us + QStringList{u"030 123456"_s, u"0151 12345678"_s, u"+49 (0)30 123456"_s,
                                                 u"0049 30 123456"_s, u"30/123456"_s});
        QTest::newRow("FR") << u"FR"_s
                            << (us + QStringList{u"01 23 45 67 89"_s, u"06.12.34.56.78"_s,
                                                 u"+33 6 12 34 56 78"_s, u"612345678"_s});
        QTest::newRow("JP") << u"JP"_s << (us + QStringList{u"03-1234-5678"_s, u"090-1234-5678"_s});
    }
    void normalizeAgreesWithParse() {
        QFETCH(QString, region);
        QFETCH(QStringList, raws);
        const PhoneNumbers numbers(region);
        for (const QString& raw : raws) {
            const PhoneNumberInfo full = numbers.parse(raw);
            const ContactPhone quick = numbers.normalize(raw, u"work"_s);
            const ContactPhone expected = full.toContactPhone(u"work"_s);
            QVERIFY2(quick.raw == expected.raw && quick.e164 == expected.e164 &&
                         quick.type == expected.type && quick.valid == expected.valid &&
                         quick.label == expected.label,
                     qPrintable(u"%1 in %2: %3 %4 %5 against %6 %7 %8"_s.arg(
                         raw, region, quick.e164, quick.type, quick.valid ? u"valid"_s : u"invalid"_s,
                         expected.e164, expected.type, expected.valid ? u"valid"_s : u"invalid"_s)));
        }
    }
};

QTEST_GUILESS_MAIN(TestPhoneNormalize)
#include "tst_phonenormalize.moc"
