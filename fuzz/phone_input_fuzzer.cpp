// Feeds arbitrary text to phone number input as contacts, imports and the editor see it, for a few
// default regions: the full parse, the stored normalization with and without QuickPhoneParser's fast
// path (which must agree with libphonenumber exactly: it is only a faster way to the same answer), the
// parsing key, and the as-you-type formatter.
#include "shared/phone/PhoneNumbers.h"
#include "shared/phone/QuickPhoneParser.h"

#include <QString>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <vector>

namespace {

struct Region {
    std::unique_ptr<iq::PhoneNumbers> quick;
    std::unique_ptr<iq::PhoneNumbers> slow;
    iq::QuickPhoneParser parser;
    QString name;
};

std::vector<Region>& regions() {
    static std::vector<Region> all = [] {
        std::vector<Region> made;
        // North America, a national-prefix country, one with variable lengths, one with a 9 prefix, and
        // an unknown region (only numbers with '+' parse).
        for (const char* code : {"US", "DE", "GB", "BR", "ZZ"}) {
            const QString name = QString::fromLatin1(code);
            Region region{std::make_unique<iq::PhoneNumbers>(name), std::make_unique<iq::PhoneNumbers>(name),
                          iq::QuickPhoneParser(name), name};
            region.slow->setQuickPathEnabled(false);
            made.push_back(std::move(region));
        }
        return made;
    }();
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 256)
        return 0; // phone fields are short; libphonenumber itself refuses more than 250 characters
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));

    const QString key = iq::PhoneNumbers::parsingKey(text);
    if (iq::PhoneNumbers::parsingKey(key) != key)
        abort(); // a key is its own key
    for (const QChar c : iq::PhoneNumbers::digitsOf(text)) {
        if (!c.isDigit())
            abort();
    }

    for (Region& region : regions()) {
        const iq::PhoneNumberInfo info = region.quick->parse(text);
        if (info.raw != text)
            abort(); // the raw text is always kept
        if (info.valid != (info.problem == iq::PhoneProblem::None) ||
            (!info.valid && info.problemText().isEmpty()))
            abort();
        if (info.valid && !info.e164.startsWith(QLatin1Char('+')))
            abort();

        const iq::ContactPhone fast = region.quick->normalize(text, QStringLiteral("shop"));
        const iq::ContactPhone slow = region.slow->normalize(text, QStringLiteral("shop"));
        if (!(fast == slow)) {
            fprintf(stderr, "region %s: quick path %s/%s/%d, libphonenumber %s/%s/%d\n",
                    qPrintable(region.name), qPrintable(fast.e164), qPrintable(fast.type), fast.valid,
                    qPrintable(slow.e164), qPrintable(slow.type), slow.valid);
            abort();
        }
        if (fast.raw != text || fast.label != QLatin1String("shop"))
            abort();

        if (const auto quick = region.parser.parse(QStringView(key)); quick && quick->parsed) {
            if (quick->e164.empty() || quick->e164.front() != '+')
                abort();
        }

        iq::PhoneAsYouTypeFormatter formatter(region.name);
        (void)formatter.format(text);
    }
    return 0;
}
