// Phone number normalization per number, on one thread, on the numbers of import_bench's phone column
// (bench/generator/MessyPhoneNumbers.h: US numbers in twelve formats, ~8% too short, ~3% repeated;
// the same kinds of numbers, drawn without the rest of the rows): libphonenumber's
// Parse + Format(E164) + GetNumberType against QuickPhoneParser alone and against
// PhoneNumbers::normalize with and without its quick path, all in the same run. Prints medians;
// never asserts on time.
//
// Usage: phone_bench [NUMBERS (default 200000)] [RUNS (default 5)]
#include "MessyPhoneNumbers.h"
#include "shared/phone/PhoneNumbers.h"
#include "shared/phone/QuickPhoneParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

using namespace iq;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Median microseconds per number over runs.
double timed(int runs, qsizetype count, const std::function<void()>& work) {
    std::vector<double> perNumber;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        perNumber.push_back(double(timer.nsecsElapsed()) / 1000.0 / double(count));
    }
    return median(perNumber);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const int count = args.value(0, QStringLiteral("200000")).toInt();
    const int runs = std::max(1, args.value(1, QStringLiteral("5")).toInt());
    const QString region = QStringLiteral("US");

    const QStringList raws = bench::messyPhoneNumbers(count);
    std::vector<std::string> keys;
    keys.reserve(size_t(raws.size()));
    for (const QString& raw : raws)
        keys.push_back(PhoneNumbers::parsingKey(raw).toStdString());

    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    const QuickPhoneParser parser(region);
    PhoneNumbers quick(region);
    PhoneNumbers slow(region);
    slow.setQuickPathEnabled(false);

    qsizetype handled = 0;
    for (const std::string& key : keys)
        handled += parser.parse(std::string_view(key)) ? 1 : 0;
    // Warm both paths (metadata, compiled patterns, libphonenumber's regex cache) outside the timing.
    for (int i = 0; i < std::min<int>(count, 1000); ++i) {
        quick.normalize(raws.at(i));
        slow.normalize(raws.at(i));
    }

    volatile int sink = 0;
    const double library = timed(runs, raws.size(), [&] {
        const std::string defaultRegion = region.toStdString();
        for (const std::string& key : keys) {
            PhoneNumber number;
            if (util->Parse(key, defaultRegion, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
                continue;
            std::string e164;
            util->Format(number, PhoneNumberUtil::E164, &e164);
            sink = sink + int(util->GetNumberType(number)) + int(e164.size());
        }
    });
    const double quickOnly = timed(runs, raws.size(), [&] {
        for (const std::string& key : keys) {
            if (const auto result = parser.parse(std::string_view(key)))
                sink = sink + int(result->type) + int(result->e164.size());
        }
    });
    const double normalizeQuick = timed(runs, raws.size(), [&] {
        for (const QString& raw : raws)
            sink = sink + int(quick.normalize(raw).e164.size());
    });
    const double normalizeSlow = timed(runs, raws.size(), [&] {
        for (const QString& raw : raws)
            sink = sink + int(slow.normalize(raw).e164.size());
    });

    QTextStream out(stdout);
    out << "numbers " << raws.size() << ", region " << region << ", " << runs
        << " runs each, one thread (medians, us per number)\n";
    out << QStringLiteral("  quick path handles %1 of %2 keys (%3%)\n")
               .arg(handled)
               .arg(keys.size())
               .arg(100.0 * double(handled) / double(keys.size()), 0, 'f', 1);
    out << QStringLiteral("  libphonenumber Parse+Format+GetNumberType  %1 us\n").arg(library, 0, 'f', 3);
    out << QStringLiteral("  QuickPhoneParser::parse (handled keys)      %1 us  (%2x faster)\n")
               .arg(quickOnly, 0, 'f', 3)
               .arg(library / quickOnly, 0, 'f', 1);
    out << QStringLiteral("  PhoneNumbers::normalize, quick path        %1 us  (%2x faster)\n")
               .arg(normalizeQuick, 0, 'f', 3)
               .arg(normalizeSlow / normalizeQuick, 0, 'f', 1);
    out << QStringLiteral("  PhoneNumbers::normalize, libphonenumber    %1 us\n")
               .arg(normalizeSlow, 0, 'f', 3);
    return 0;
}
