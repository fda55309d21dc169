#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <string>
#include <string_view>

namespace iq {

// Parses a phone number written as ASCII digits with an optional leading '+' the way
// libphonenumber's Parse + Format(E164) + GetNumberType do, from libphonenumber's own metadata, but
// with JIT-compiled PCRE2 patterns instead of ICU: about ten times faster. It reproduces only what it
// reproduces with certainty; anything else (a national prefix with a transform rule, a region with
// unusual metadata, other characters in the key) is "not handled" and must go to libphonenumber.
//
// Cheap to construct and copy; the metadata is read on the first parse. Thread-safe: the metadata and the
// compiled patterns are shared by the whole process, each region's patterns compiled once on first use.
class QuickPhoneParser final {
public:
    // The same numbering as libphonenumber's PhoneNumberUtil::PhoneNumberType (checked at compile time).
    enum class Type {
        FixedLine,
        Mobile,
        FixedLineOrMobile,
        TollFree,
        PremiumRate,
        SharedCost,
        Voip,
        PersonalNumber,
        Pager,
        Uan,
        Voicemail,
        Unknown,
    };

    struct Result {
        bool parsed = false; // false: libphonenumber's Parse reports an error for this key
        std::string e164;    // "+14155550123" when parsed
        Type type = Type::Unknown;
        bool valid() const { return type != Type::Unknown; }
    };

    // defaultRegion as PhoneNumberUtil::Parse takes it ("US"); an unknown region behaves as it does
    // there (only numbers with '+' can parse).
    explicit QuickPhoneParser(const QString& defaultRegion);

    // The result libphonenumber gives for key, or nothing when the key is not handled.
    std::optional<Result> parse(std::string_view key) const;
    std::optional<Result> parse(QStringView key) const;

    // False when libphonenumber's metadata could not be read: then nothing is handled.
    static bool metadataLoaded();

private:
    // The default region as an index into the catalog's table of two-letter codes, -1 for none:
    // looked up at each parse, so constructing a parser never loads the metadata.
    int m_regionIndex = -1;
};

} // namespace iq
