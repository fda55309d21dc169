// QuickPhoneParser must say exactly what libphonenumber says (Parse + Format(E164) + GetNumberType)
// wherever it answers at all: checked here against libphonenumber itself on every region's example
// numbers in every way they are written, on perturbed copies of them and on random digits.
#include "MessyPhoneNumbers.h"
#include "shared/phone/PhoneNumbers.h"
#include "shared/phone/QuickPhoneParser.h"

#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentMap>
#include <QtTest>

#include <phonenumbers/phonenumberutil.h>

#include <numeric>
#include <set>
#include <string>
#include <vector>

using namespace iq;
using namespace Qt::StringLiterals;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

const QStringList kDefaultRegions = {u"US"_s, u"GB"_s, u"DE"_s, u"FR"_s, u"IT"_s, u"ES"_s, u"NL"_s,
                                     u"BR"_s, u"AR"_s, u"MX"_s, u"IN"_s, u"CN"_s, u"JP"_s, u"AU"_s,
                                     u"RU"_s, u"KZ"_s, u"CA"_s, u"CH"_s, u"SE"_s};

// What libphonenumber makes of a key, in QuickPhoneParser's terms.
QuickPhoneParser::Result reference(const std::string& key, const std::string& region) {
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    QuickPhoneParser::Result result;
    PhoneNumber number;
    if (util->Parse(key, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return result;
    result.parsed = true;
    util->Format(number, PhoneNumberUtil::E164, &result.e164);
    result.type = static_cast<QuickPhoneParser::Type>(util->GetNumberType(number));
    return result;
}

QString describe(const QuickPhoneParser::Result& result) {
    if (!result.parsed)
        return u"(no parse)"_s;
    return QString::fromStdString(result.e164) + u" type "_s + QString::number(int(result.type));
}

std::string digitsOf(const std::string& text) {
    std::string digits;
    for (const char c : text) {
        if (c >= '0' && c <= '9')
            digits += c;
    }
    return digits;
}

// One random change of the kind typing makes: a digit dropped, added or changed, or leading zeros.
std::string perturbed(const std::string& key, QRandomGenerator& random) {
    const bool plus = !key.empty() && key.front() == '+';
    std::string digits = plus ? key.substr(1) : key;
    if (digits.empty())
        return key;
    const auto at = std::size_t(random.bounded(int(digits.size())));
    const char digit = char('0' + random.bounded(10));
    switch (random.bounded(5)) {
    case 0:
        digits.erase(at, 1);
        break;
    case 1:
        digits.insert(at, 1, digit);
        break;
    case 2:
        digits[at] = digit;
        break;
    case 3:
        digits.insert(0, "0");
        break;
    default:
        digits.insert(0, "00");
        break;
    }
    return (plus ? "+" : "") + digits;
}

// Every region's example numbers of every type, written as people write them, as seen from
// defaultRegion; with onlyRegion, only that region's numbers.
std::set<std::string> exampleKeys(const std::string& defaultRegion, const std::string& onlyRegion,
                                  QRandomGenerator& random) {
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    std::set<std::string> regions;
    util->GetSupportedRegions(&regions);
    std::vector<PhoneNumber> examples;
    for (const std::string& region : regions) {
        if (!onlyRegion.empty() && region != onlyRegion)
            continue;
        for (int type = PhoneNumberUtil::FIXED_LINE; type <= PhoneNumberUtil::VOICEMAIL; ++type) {
            PhoneNumber number;
            if (type != PhoneNumberUtil::FIXED_LINE_OR_MOBILE &&
                util->GetExampleNumberForType(region, static_cast<PhoneNumberUtil::PhoneNumberType>(type),
                                              &number))
                examples.push_back(number);
        }
    }
    if (onlyRegion.empty()) {
        std::set<int> codes;
        util->GetSupportedGlobalNetworkCallingCodes(&codes);
        for (const int code : codes) {
            PhoneNumber number;
            if (util->GetExampleNumberForNonGeoEntity(code, &number))
                examples.push_back(number);
        }
    }
    std::set<std::string> keys;
    for (const PhoneNumber& number : examples) {
        std::string nsn;
        util->GetNationalSignificantNumber(number, &nsn);
        const std::string code = std::to_string(number.country_code());
        std::string region;
        util->GetRegionCodeForNumber(number, &region);
        std::string nationalPrefix;
        util->GetNddPrefixForRegion(region, true, &nationalPrefix);
        std::string dialled;
        util->FormatOutOfCountryCallingNumber(number, defaultRegion, &dialled);
        std::vector<std::string> forms = {"+" + code + nsn, code + nsn, nsn, digitsOf(dialled)};
        if (!nationalPrefix.empty())
            forms.push_back(nationalPrefix + nsn);
        for (const std::string& form : forms) {
            keys.insert(form);
            keys.insert(perturbed(form, random));
            keys.insert(perturbed(perturbed(form, random), random));
        }
    }
    return keys;
}

struct Comparison {
    int keys = 0;
    int handled = 0;
    QStringList mismatches;
};

Comparison compare(const std::set<std::string>& keys, const std::string& region) {
    Comparison comparison;
    const QuickPhoneParser parser(QString::fromStdString(region));
    for (const std::string& key : keys) {
        ++comparison.keys;
        const std::optional<QuickPhoneParser::Result> quick = parser.parse(std::string_view(key));
        if (!quick)
            continue;
        ++comparison.handled;
        const QuickPhoneParser::Result expected = reference(key, region);
        if (quick->parsed != expected.parsed || quick->e164 != expected.e164 ||
            quick->type != expected.type) {
            if (comparison.mismatches.size() < 20)
                comparison.mismatches << QString::fromStdString(key + " in " + region + ": ") +
                                             describe(*quick) + u" instead of "_s + describe(expected);
        }
    }
    return comparison;
}

bool samePhone(const ContactPhone& a, const ContactPhone& b) {
    return a.raw == b.raw && a.e164 == b.e164 && a.type == b.type && a.valid == b.valid && a.label == b.label;
}

} // namespace

class TestQuickPhoneParser final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(QuickPhoneParser::metadataLoaded()); }

    // First, so the regions' patterns are compiled here by many threads at once.
    void concurrentFirstUse() {
        QStringList raws = bench::messyPhoneNumbers(4000);
        raws << u"+44 20 7946 0958"_s << u"020 7946 0958"_s << u"+49 30 123456"_s << u"+81 3-1234-5678"_s
             << u"+33 6 12 34 56 78"_s << u"+61 2 1234 5678"_s;
        std::vector<int> indexes(size_t(raws.size() * 4));
        std::iota(indexes.begin(), indexes.end(), 0);
        const QStringList regions = {u"US"_s, u"GB"_s, u"DE"_s, u"AU"_s};
        const QList<ContactPhone> parallel =
            QtConcurrent::blockingMapped<QList<ContactPhone>>(indexes, [&](int index) {
                const PhoneNumbers numbers(regions.at(index % 4)); // many short-lived objects
                return numbers.normalize(raws.at(index / 4));
            });
        for (int index = 0; index < int(indexes.size()); ++index) {
            PhoneNumbers slow(regions.at(index % 4));
            slow.setQuickPathEnabled(false);
            const ContactPhone expected = slow.normalize(raws.at(index / 4));
            QVERIFY2(samePhone(parallel.at(index), expected),
                     qPrintable(raws.at(index / 4) + u" in "_s + regions.at(index % 4) + u": "_s +
                                parallel.at(index).e164 + u" instead of "_s + expected.e164));
        }
    }

    void knownNumbers_data() {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("e164");
        QTest::newRow("US national") << u"US"_s << u"2015550123"_s << u"+12015550123"_s;
        QTest::newRow("US with 1") << u"US"_s << u"12015550123"_s << u"+12015550123"_s;
        QTest::newRow("US IDD") << u"US"_s << u"011442079460958"_s << u"+442079460958"_s;
        QTest::newRow("GB national prefix") << u"GB"_s << u"02079460958"_s << u"+442079460958"_s;
        QTest::newRow("DE plus") << u"DE"_s << u"+4930123456"_s << u"+4930123456"_s;
        QTest::newRow("IT leading zero") << u"IT"_s << u"0236618300"_s << u"+390236618300"_s;
        QTest::newRow("too short") << u"US"_s << u"1"_s << QString();
        QTest::newRow("unknown calling code") << u"US"_s << u"+99912345"_s << QString();
        QTest::newRow("non-geographic") << u"US"_s << u"+80012345678"_s << u"+80012345678"_s;
    }
    void knownNumbers() {
        QFETCH(QString, region);
        QFETCH(QString, key);
        QFETCH(QString, e164);
        const std::optional<QuickPhoneParser::Result> quick =
            QuickPhoneParser(region).parse(QStringView(key));
        QVERIFY(quick);
        QCOMPARE(QString::fromStdString(quick->e164), e164);
        const QuickPhoneParser::Result expected = reference(key.toStdString(), region.toStdString());
        QCOMPARE(quick->parsed, expected.parsed);
        QCOMPARE(quick->e164, expected.e164);
        QCOMPARE(int(quick->type), int(expected.type));
    }

    void notHandled_data() {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("key");
        QTest::newRow("separators") << u"US"_s << u"201-555-0123"_s;
        QTest::newRow("letters") << u"US"_s << u"tel:2015550123"_s;
        QTest::newRow("plus inside") << u"US"_s << u"1+2015550123"_s;
        QTest::newRow("wide digits") << u"US"_s << u"２０１５５５０１２３"_s;
        QTest::newRow("empty") << u"US"_s << QString();
    }
    void notHandled() {
        QFETCH(QString, region);
        QFETCH(QString, key);
        QVERIFY(!QuickPhoneParser(region).parse(QStringView(key)));
    }

    void agreesWithLibphonenumber_data() {
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("ownRegions");
        for (const QString& region : kDefaultRegions)
            QTest::newRow(qPrintable(region)) << region << false;
        // No default region: only numbers with a calling code parse, as in libphonenumber.
        QTest::newRow("unknown region") << u"ZZ"_s << false;
        QTest::newRow("non-geographic as region") << u"001"_s << false;
        QTest::newRow("each region at home") << QString() << true;
    }
    void agreesWithLibphonenumber() {
        QFETCH(QString, region);
        QFETCH(bool, ownRegions);
        QRandomGenerator random(7 + quint32(qHash(region)));
        Comparison total;
        auto add = [&total](const Comparison& part) {
            total.keys += part.keys;
            total.handled += part.handled;
            for (const QString& mismatch : part.mismatches) {
                if (total.mismatches.size() < 20)
                    total.mismatches << mismatch;
            }
        };
        if (ownRegions) {
            std::set<std::string> regions;
            PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
            for (const std::string& home : regions)
                add(compare(exampleKeys(home, home, random), home));
        } else {
            std::set<std::string> keys = exampleKeys(region.toStdString(), {}, random);
            for (int i = 0; i < 3000; ++i) {
                std::string key = random.bounded(3) == 0 ? "+" : "";
                const int length = 1 + random.bounded(18);
                for (int k = 0; k < length; ++k)
                    key += char('0' + random.bounded(10));
                keys.insert(key);
            }
            add(compare(keys, region.toStdString()));
        }
        qInfo("%s: %d keys, %d handled (%.1f%%)", qPrintable(ownRegions ? u"each region"_s : region),
              total.keys, total.handled, 100.0 * total.handled / std::max(1, total.keys));
        QVERIFY2(total.mismatches.isEmpty(), qPrintable(total.mismatches.join(u'\n')));
        QVERIFY(total.keys > 1000);
    }

    void importCorpus() {
        const QStringList raws = bench::messyPhoneNumbers(20000);
        const QuickPhoneParser parser(u"US"_s);
        int handled = 0;
        for (const QString& raw : raws) {
            if (parser.parse(QStringView(PhoneNumbers::parsingKey(raw))))
                ++handled;
        }
        qInfo("import corpus: %d of %lld keys handled (%.1f%%)", handled, qlonglong(raws.size()),
              100.0 * handled / raws.size());
        QVERIFY(handled >= 0.95 * raws.size());

        const PhoneNumbers quick(u"US"_s);
        PhoneNumbers slow(u"US"_s);
        slow.setQuickPathEnabled(false);
        QVERIFY(quick.quickPathEnabled());
        for (const QString& raw : raws) {
            const ContactPhone a = quick.normalize(raw, u"work"_s);
            const ContactPhone b = slow.normalize(raw, u"work"_s);
            QVERIFY2(samePhone(a, b), qPrintable(raw + u": "_s + a.e164 + u" "_s + a.type +
                                                 u" instead of "_s + b.e164 + u" "_s + b.type));
        }
    }
};

QTEST_GUILESS_MAIN(TestQuickPhoneParser)
#include "tst_quickphoneparser.moc"
