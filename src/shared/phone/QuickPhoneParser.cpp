#include "shared/phone/QuickPhoneParser.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <unordered_map>
#include <vector>

// libphonenumber's compiled-in metadata (cpp/src/phonenumbers/metadata.h, not installed): a
// serialized PhoneMetadataCollection. Reading it ourselves keeps us on exactly the data
// PhoneNumberUtil uses, whatever version of the library is installed.
namespace i18n {
namespace phonenumbers {
int metadata_size();
const void* metadata_get();
} // namespace phonenumbers
} // namespace i18n

namespace iq {
namespace {

using i18n::phonenumbers::PhoneNumberUtil;

static_assert(int(QuickPhoneParser::Type::FixedLine) == PhoneNumberUtil::FIXED_LINE);
static_assert(int(QuickPhoneParser::Type::Mobile) == PhoneNumberUtil::MOBILE);
static_assert(int(QuickPhoneParser::Type::FixedLineOrMobile) == PhoneNumberUtil::FIXED_LINE_OR_MOBILE);
static_assert(int(QuickPhoneParser::Type::TollFree) == PhoneNumberUtil::TOLL_FREE);
static_assert(int(QuickPhoneParser::Type::PremiumRate) == PhoneNumberUtil::PREMIUM_RATE);
static_assert(int(QuickPhoneParser::Type::SharedCost) == PhoneNumberUtil::SHARED_COST);
static_assert(int(QuickPhoneParser::Type::Voip) == PhoneNumberUtil::VOIP);
static_assert(int(QuickPhoneParser::Type::PersonalNumber) == PhoneNumberUtil::PERSONAL_NUMBER);
static_assert(int(QuickPhoneParser::Type::Pager) == PhoneNumberUtil::PAGER);
static_assert(int(QuickPhoneParser::Type::Uan) == PhoneNumberUtil::UAN);
static_assert(int(QuickPhoneParser::Type::Voicemail) == PhoneNumberUtil::VOICEMAIL);
static_assert(int(QuickPhoneParser::Type::Unknown) == PhoneNumberUtil::UNKNOWN);

using Type = QuickPhoneParser::Type;
using Result = QuickPhoneParser::Result;

// PhoneNumberUtil's limits (kMinLengthForNsn, kMaxLengthForNsn, kMaxLengthCountryCode).
constexpr std::size_t kMinLengthForNsn = 2;
constexpr std::size_t kMaxLengthForNsn = 17;
constexpr std::size_t kMaxLengthCountryCode = 3;
// Longer keys cannot be valid numbers and are rare enough to leave to libphonenumber.
constexpr std::size_t kMaxKeyLength = 40;

// Thrown through the parsing steps when a case is outside what we reproduce with certainty.
struct NotHandled {};

// --- Protobuf wire format: just enough to read PhoneMetadataCollection --------------------------

class WireReader {
public:
    WireReader(const unsigned char* data, std::size_t size)
        : m_at(data)
        , m_end(data + size) {}

    bool atEnd() const { return m_at >= m_end; }
    bool failed() const { return m_failed; }

    bool varint(std::uint64_t* value) {
        std::uint64_t result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_at >= m_end)
                return fail();
            const unsigned char byte = *m_at++;
            result |= std::uint64_t(byte & 0x7f) << shift;
            if (!(byte & 0x80)) {
                *value = result;
                return true;
            }
        }
        return fail();
    }
    bool bytes(std::string_view* out) {
        std::uint64_t length = 0;
        if (!varint(&length) || length > std::uint64_t(m_end - m_at))
            return fail();
        *out = std::string_view(reinterpret_cast<const char*>(m_at), std::size_t(length));
        m_at += length;
        return true;
    }
    bool skip(int wireType) {
        std::uint64_t ignored = 0;
        std::string_view ignoredBytes;
        switch (wireType) {
        case 0:
            return varint(&ignored);
        case 1:
            return advance(8);
        case 2:
            return bytes(&ignoredBytes);
        case 5:
            return advance(4);
        default:
            return fail();
        }
    }

private:
    bool advance(std::size_t n) {
        if (std::size_t(m_end - m_at) < n)
            return fail();
        m_at += n;
        return true;
    }
    bool fail() {
        m_failed = true;
        m_at = m_end;
        return false;
    }

    const unsigned char* m_at;
    const unsigned char* m_end;
    bool m_failed = false;
};

WireReader readerFor(std::string_view bytes) {
    return WireReader(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

// --- Metadata -------------------------------------------------------------------------------------

// The PhoneNumberDesc slots GetNumberTypeHelper looks at, in one array.
enum Slot {
    General,
    FixedLine,
    Mobile,
    TollFree,
    PremiumRate,
    SharedCost,
    PersonalNumber,
    Voip,
    Pager,
    Uan,
    Voicemail,
    kSlotCount
};

int slotForField(std::uint64_t field) {
    switch (field) {
    case 1:
        return General;
    case 2:
        return FixedLine;
    case 3:
        return Mobile;
    case 4:
        return TollFree;
    case 5:
        return PremiumRate;
    case 6:
        return SharedCost;
    case 7:
        return PersonalNumber;
    case 8:
        return Voip;
    case 21:
        return Pager;
    case 25:
        return Uan;
    case 28:
        return Voicemail;
    default:
        return -1;
    }
}

struct Desc {
    std::string pattern; // national_number_pattern; empty matches nothing (RegexBasedMatcher)
    std::vector<int> lengths;
    std::vector<int> localOnlyLengths;
};

// A compiled pattern; null when the pattern is empty (matches nothing) or did not compile.
struct Pattern {
    pcre2_code* code = nullptr;
    bool invalid = false; // a non-empty pattern PCRE2 rejected: the region cannot be reproduced
};

struct Compiled {
    std::array<Pattern, kSlotCount> full; // anchored at both ends: ICU matches()
    Pattern nationalPrefixForParsing;     // anchored at the start: ICU lookingAt()
    Pattern internationalPrefix;
    Pattern leadingDigits;
    bool usable = false;
};

struct Region {
    std::string id;
    int countryCode = 0;
    std::string countryCodeText;
    std::string internationalPrefix;
    bool hasInternationalPrefix = false;
    std::string nationalPrefixForParsing;
    std::string nationalPrefixTransformRule;
    std::string leadingDigits;
    bool hasLeadingDigits = false;
    bool sameMobileAndFixedLinePattern = false;
    std::array<Desc, kSlotCount> descs;

    mutable std::once_flag compileOnce;
    mutable Compiled compiled;
};

bool readLengths(WireReader& reader, int wireType, std::vector<int>* out) {
    std::uint64_t value = 0;
    if (wireType == 0) {
        if (!reader.varint(&value))
            return false;
        out->push_back(static_cast<std::int32_t>(static_cast<std::uint32_t>(value)));
        return true;
    }
    if (wireType != 2)
        return reader.skip(wireType);
    std::string_view packed;
    if (!reader.bytes(&packed))
        return false;
    WireReader inner = readerFor(packed);
    while (!inner.atEnd()) {
        if (!inner.varint(&value))
            return false;
        out->push_back(static_cast<std::int32_t>(static_cast<std::uint32_t>(value)));
    }
    return true;
}

bool readDesc(std::string_view bytes, Desc* desc) {
    WireReader reader = readerFor(bytes);
    while (!reader.atEnd()) {
        std::uint64_t tag = 0;
        if (!reader.varint(&tag))
            return false;
        const std::uint64_t field = tag >> 3;
        const int wireType = int(tag & 7);
        std::string_view text;
        if (field == 2 && wireType == 2) {
            if (!reader.bytes(&text))
                return false;
            desc->pattern.assign(text);
        } else if (field == 9) {
            if (!readLengths(reader, wireType, &desc->lengths))
                return false;
        } else if (field == 10) {
            if (!readLengths(reader, wireType, &desc->localOnlyLengths))
                return false;
        } else if (!reader.skip(wireType)) {
            return false;
        }
    }
    return !reader.failed();
}

bool readRegion(std::string_view bytes, Region* region) {
    WireReader reader = readerFor(bytes);
    while (!reader.atEnd()) {
        std::uint64_t tag = 0;
        if (!reader.varint(&tag))
            return false;
        const std::uint64_t field = tag >> 3;
        const int wireType = int(tag & 7);
        const int slot = slotForField(field);
        std::string_view text;
        std::uint64_t value = 0;
        if (slot >= 0 && wireType == 2) {
            if (!reader.bytes(&text) || !readDesc(text, &region->descs[std::size_t(slot)]))
                return false;
        } else if (wireType == 2 &&
                   (field == 9 || field == 11 || field == 15 || field == 16 || field == 23)) {
            if (!reader.bytes(&text))
                return false;
            if (field == 9) {
                region->id.assign(text);
            } else if (field == 11) {
                region->internationalPrefix.assign(text);
                region->hasInternationalPrefix = true;
            } else if (field == 15) {
                region->nationalPrefixForParsing.assign(text);
            } else if (field == 16) {
                region->nationalPrefixTransformRule.assign(text);
            } else {
                region->leadingDigits.assign(text);
                region->hasLeadingDigits = true;
            }
        } else if (wireType == 0 && (field == 10 || field == 18)) {
            if (!reader.varint(&value))
                return false;
            if (field == 10)
                region->countryCode = int(value);
            else
                region->sameMobileAndFixedLinePattern = value != 0;
        } else if (!reader.skip(wireType)) {
            return false;
        }
    }
    region->countryCodeText = std::to_string(region->countryCode);
    return !reader.failed();
}

Pattern compile(const std::string& pattern, bool full) {
    Pattern result;
    if (pattern.empty() && full)
        return result; // RegexBasedMatcher: an empty national number pattern matches nothing
    // ICU's matches() needs the whole text, lookingAt() only its start; \z with PCRE2_ANCHORED says
    // the same without match-time options, which would keep the JIT from being used.
    const std::string source = full ? "(?:" + pattern + ")\\z" : pattern;
    int error = 0;
    PCRE2_SIZE offset = 0;
    result.code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(source.data()), source.size(), PCRE2_ANCHORED,
                                &error, &offset, nullptr);
    if (!result.code) {
        result.invalid = true;
        return result;
    }
    pcre2_jit_compile(result.code, PCRE2_JIT_COMPLETE); // without the JIT it is slower, not wrong
    return result;
}

struct MatchData {
    MatchData()
        : data(pcre2_match_data_create(1, nullptr)) {}
    ~MatchData() { pcre2_match_data_free(data); }
    MatchData(const MatchData&) = delete;
    MatchData& operator=(const MatchData&) = delete;
    pcre2_match_data* data;
};

// The length of the match at the start of text, or -1. Only the whole match is asked for: a return
// of 0 ("ovector too small" for patterns with groups) is still a match.
long matchAtStart(const Pattern& pattern, std::string_view text) {
    if (!pattern.code)
        return -1; // an empty national number pattern: never a match
    thread_local MatchData match;
    if (!match.data)
        throw NotHandled{};
    const int rc = pcre2_match(pattern.code, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), 0, 0,
                               match.data, nullptr);
    if (rc == PCRE2_ERROR_NOMATCH)
        return -1;
    if (rc < 0)
        throw NotHandled{}; // a match or JIT stack limit: ICU might still have answered
    return long(pcre2_get_ovector_pointer(match.data)[1]);
}

bool fullMatch(const Pattern& pattern, std::string_view text) {
    return matchAtStart(pattern, text) >= 0;
}

const Compiled& compiledFor(const Region& region) {
    std::call_once(region.compileOnce, [&region] {
        Compiled& c = region.compiled;
        bool ok = true;
        for (std::size_t slot = 0; slot < kSlotCount; ++slot) {
            c.full[slot] = compile(region.descs[slot].pattern, true);
            ok = ok && !c.full[slot].invalid;
        }
        if (!region.nationalPrefixForParsing.empty()) {
            c.nationalPrefixForParsing = compile(region.nationalPrefixForParsing, false);
            ok = ok && !c.nationalPrefixForParsing.invalid;
        }
        // A region without an international prefix never has one that matches ("NonMatch" is
        // libphonenumber's stand-in only for a missing region); an empty one would match nothing's
        // start, which we leave to libphonenumber.
        if (region.hasInternationalPrefix && !region.internationalPrefix.empty()) {
            c.internationalPrefix = compile(region.internationalPrefix, false);
            ok = ok && !c.internationalPrefix.invalid;
        }
        if (region.hasLeadingDigits) {
            c.leadingDigits = compile(region.leadingDigits, false);
            ok = ok && !c.leadingDigits.invalid;
        }
        // TestNumberLength reads the first and last general length unchecked.
        ok = ok && !region.descs[General].lengths.empty();
        c.usable = ok;
    });
    return region.compiled;
}

struct Catalog {
    std::vector<std::unique_ptr<Region>> regions;
    std::unordered_map<std::string, const Region*> byId; // geographic regions only, as Parse sees them
    // The regions of each calling code in libphonenumber's own order (main country first); the
    // non-geographic entities ("001") by their calling code.
    std::map<int, std::vector<const Region*>> byCallingCode;
    std::bitset<1000> callingCodes;
    std::array<const Region*, 26 * 26> byLetters{}; // byId by regionIndex()
    bool loaded = false;
};

// Region codes are two capital letters; anything else is no region, as for PhoneNumberUtil.
int regionIndex(std::string_view code) {
    if (code.size() != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z')
        return -1;
    return (code[0] - 'A') * 26 + (code[1] - 'A');
}

Catalog* buildCatalog() {
    auto* catalog = new Catalog;
    const int size = i18n::phonenumbers::metadata_size();
    const void* data = i18n::phonenumbers::metadata_get();
    if (!data || size <= 0)
        return catalog;
    WireReader reader(static_cast<const unsigned char*>(data), std::size_t(size));
    std::unordered_map<int, const Region*> nonGeographic;
    while (!reader.atEnd()) {
        std::uint64_t tag = 0;
        if (!reader.varint(&tag))
            return catalog;
        std::string_view bytes;
        if ((tag >> 3) == 1 && (tag & 7) == 2) {
            if (!reader.bytes(&bytes))
                return catalog;
            auto region = std::make_unique<Region>();
            if (!readRegion(bytes, region.get()))
                return catalog;
            if (region->id == "ZZ")
                continue; // skipped by PhoneNumberUtil too
            if (region->id == "001")
                nonGeographic[region->countryCode] = region.get();
            else
                catalog->byId[region->id] = region.get();
            catalog->regions.push_back(std::move(region));
        } else if (!reader.skip(int(tag & 7))) {
            return catalog;
        }
    }
    if (reader.failed())
        return catalog;
    // The calling codes and their region order come from PhoneNumberUtil itself, so
    // GetRegionCodeForNumber's search order cannot drift from ours.
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    std::set<int> codes;
    util->GetSupportedCallingCodes(&codes);
    for (const int code : codes) {
        if (code <= 0 || code >= 1000)
            return catalog;
        std::list<std::string> ids;
        util->GetRegionCodesForCountryCallingCode(code, &ids);
        std::vector<const Region*> list;
        for (const std::string& id : ids) {
            const Region* region = nullptr;
            if (id == "001") {
                const auto it = nonGeographic.find(code);
                region = it == nonGeographic.end() ? nullptr : it->second;
            } else {
                const auto it = catalog->byId.find(id);
                region = it == catalog->byId.end() ? nullptr : it->second;
            }
            if (!region || region->countryCode != code)
                return catalog;
            list.push_back(region);
        }
        if (list.empty())
            return catalog;
        catalog->callingCodes.set(std::size_t(code));
        catalog->byCallingCode[code] = std::move(list);
    }
    for (const auto& [id, region] : catalog->byId) {
        const int index = regionIndex(id);
        if (index < 0)
            return catalog; // a region we could not tell from "no region"
        catalog->byLetters[std::size_t(index)] = region;
    }
    catalog->loaded = true;
    return catalog;
}

const Catalog& catalog() {
    static const Catalog* const instance = buildCatalog(); // never freed: patterns live for the process
    return *instance;
}

// --- The algorithm, step by step as in phonenumberutil.cc -----------------------------------------

enum class Length { Possible, LocalOnly, TooShort, TooLong, InvalidLength };

const Compiled& usable(const Region& region) {
    const Compiled& c = compiledFor(region);
    if (!c.usable)
        throw NotHandled{};
    return c;
}

// TestNumberLength(number, metadata) for type UNKNOWN: the general description's lengths.
Length testNumberLength(std::string_view number, const Region& region) {
    const std::vector<int>& lengths = region.descs[General].lengths;
    const std::vector<int>& local = region.descs[General].localOnlyLengths;
    if (lengths.front() == -1)
        return Length::InvalidLength;
    const int actual = int(number.size());
    if (std::find(local.begin(), local.end(), actual) != local.end())
        return Length::LocalOnly;
    if (lengths.front() == actual)
        return Length::Possible;
    if (lengths.front() > actual)
        return Length::TooShort;
    if (lengths.back() < actual)
        return Length::TooLong;
    return std::find(lengths.begin() + 1, lengths.end(), actual) != lengths.end() ? Length::Possible
                                                                                  : Length::InvalidLength;
}

// IsNumberMatchingDesc: the possible lengths first, then the full pattern.
bool matchesDesc(std::string_view number, const Region& region, const Compiled& c, Slot slot) {
    const std::vector<int>& lengths = region.descs[slot].lengths;
    if (!lengths.empty() && std::find(lengths.begin(), lengths.end(), int(number.size())) == lengths.end())
        return false;
    return fullMatch(c.full[slot], number);
}

Type numberTypeHelper(std::string_view number, const Region& region) {
    const Compiled& c = usable(region);
    if (!matchesDesc(number, region, c, General))
        return Type::Unknown;
    if (matchesDesc(number, region, c, PremiumRate))
        return Type::PremiumRate;
    if (matchesDesc(number, region, c, TollFree))
        return Type::TollFree;
    if (matchesDesc(number, region, c, SharedCost))
        return Type::SharedCost;
    if (matchesDesc(number, region, c, Voip))
        return Type::Voip;
    if (matchesDesc(number, region, c, PersonalNumber))
        return Type::PersonalNumber;
    if (matchesDesc(number, region, c, Pager))
        return Type::Pager;
    if (matchesDesc(number, region, c, Uan))
        return Type::Uan;
    if (matchesDesc(number, region, c, Voicemail))
        return Type::Voicemail;
    if (matchesDesc(number, region, c, FixedLine)) {
        if (region.sameMobileAndFixedLinePattern || matchesDesc(number, region, c, Mobile))
            return Type::FixedLineOrMobile;
        return Type::FixedLine;
    }
    if (!region.sameMobileAndFixedLinePattern && matchesDesc(number, region, c, Mobile))
        return Type::Mobile;
    return Type::Unknown;
}

// MaybeStripNationalPrefixAndCarrierCode without the carrier code, which Parse drops.
void stripNationalPrefix(const Region& region, std::string_view* number) {
    if (number->empty() || region.nationalPrefixForParsing.empty())
        return;
    const Compiled& c = usable(region);
    const long end = matchAtStart(c.nationalPrefixForParsing, *number);
    if (end < 0)
        return;
    if (!region.nationalPrefixTransformRule.empty())
        throw NotHandled{}; // the transform branch (AR, MX, BR, ...) is libphonenumber's
    const std::string_view rest = number->substr(std::size_t(end));
    if (fullMatch(c.full[General], *number) && !fullMatch(c.full[General], rest))
        return;
    *number = rest;
}

// ExtractCountryCode: the first 1-3 digits that are a known calling code.
int extractCountryCode(std::string_view* number) {
    if (number->empty() || number->front() == '0')
        return 0;
    for (std::size_t i = 1; i <= kMaxLengthCountryCode && i <= number->size(); ++i) {
        int code = 0;
        for (std::size_t k = 0; k < i; ++k)
            code = code * 10 + ((*number)[k] - '0');
        if (catalog().callingCodes.test(std::size_t(code))) {
            number->remove_prefix(i);
            return code;
        }
    }
    return 0;
}

enum class Extract { Ok, TooShortAfterIdd, InvalidCountryCode };

// MaybeExtractCountryCode once the '+' is gone (or was never there).
Extract extractWithoutPlus(const Region* defaultRegion, std::string_view* number, int* countryCode) {
    *countryCode = 0;
    if (number->empty())
        return Extract::Ok;
    bool idd = false;
    if (defaultRegion) {
        const Compiled& c = usable(*defaultRegion);
        if (!defaultRegion->hasInternationalPrefix || defaultRegion->internationalPrefix.empty())
            throw NotHandled{};
        const long end = matchAtStart(c.internationalPrefix, *number);
        if (end >= 0) {
            // ParsePrefixAsIdd: not an IDD when a 0 follows, as calling codes never start with 0.
            const std::string_view rest = number->substr(std::size_t(end));
            if (rest.empty() || rest.front() != '0') {
                *number = rest;
                idd = true;
            }
        }
    }
    if (idd) {
        if (number->size() <= kMinLengthForNsn)
            return Extract::TooShortAfterIdd;
        *countryCode = extractCountryCode(number);
        return *countryCode ? Extract::Ok : Extract::InvalidCountryCode;
    }
    if (defaultRegion) {
        const std::string& code = defaultRegion->countryCodeText;
        if (number->size() >= code.size() && number->substr(0, code.size()) == code) {
            std::string_view potential = number->substr(code.size());
            stripNationalPrefix(*defaultRegion, &potential);
            const Compiled& c = usable(*defaultRegion);
            if ((!fullMatch(c.full[General], *number) && fullMatch(c.full[General], potential)) ||
                testNumberLength(*number, *defaultRegion) == Length::TooLong) {
                *number = potential;
                *countryCode = defaultRegion->countryCode;
                return Extract::Ok;
            }
        }
    }
    return Extract::Ok;
}

const Region* regionForNumber(int countryCode, std::string_view nsn) {
    const auto it = catalog().byCallingCode.find(countryCode);
    if (it == catalog().byCallingCode.end())
        return nullptr;
    const std::vector<const Region*>& list = it->second;
    if (list.size() == 1)
        return list.front();
    for (const Region* region : list) {
        if (region->hasLeadingDigits) {
            if (matchAtStart(usable(*region).leadingDigits, nsn) >= 0)
                return region;
        } else if (numberTypeHelper(nsn, *region) != Type::Unknown) {
            return region;
        }
    }
    return nullptr;
}

std::optional<Result> parseKey(int regionIndex, std::string_view key) {
    if (!catalog().loaded || key.empty() || key.size() > kMaxKeyLength)
        return std::nullopt;
    const Region* defaultRegion = regionIndex < 0 ? nullptr : catalog().byLetters[std::size_t(regionIndex)];
    const bool plus = key.front() == '+';
    const std::string_view digits = plus ? key.substr(1) : key;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    const Result failure; // what normalize makes of a Parse error
    // IsViablePhoneNumber: two bare digits, or three digits after any pluses.
    if (digits.size() < (plus ? 3u : kMinLengthForNsn))
        return failure;
    // CheckRegionForParsing
    if (!defaultRegion && !plus)
        return failure;
    try {
        std::string_view number = digits;
        int countryCode = 0;
        if (plus) {
            if (number.size() <= kMinLengthForNsn)
                return failure; // TOO_SHORT_AFTER_IDD
            countryCode = extractCountryCode(&number);
            if (!countryCode) {
                // ParseHelper strips the plus and tries again; only a calling code found then counts.
                number = digits;
                extractWithoutPlus(defaultRegion, &number, &countryCode);
                if (!countryCode)
                    return failure;
            }
        } else if (extractWithoutPlus(defaultRegion, &number, &countryCode) != Extract::Ok) {
            return failure;
        }
        const Region* region = defaultRegion;
        if (countryCode != 0) {
            const auto it = catalog().byCallingCode.find(countryCode);
            if (it == catalog().byCallingCode.end())
                return std::nullopt;
            if (!defaultRegion || it->second.front()->id != defaultRegion->id)
                region = it->second.front();
        } else {
            countryCode = defaultRegion->countryCode;
        }
        if (number.size() < kMinLengthForNsn)
            return failure; // TOO_SHORT_NSN
        std::string_view potential = number;
        stripNationalPrefix(*region, &potential);
        const Length length = testNumberLength(potential, *region);
        if (length != Length::TooShort && length != Length::LocalOnly && length != Length::InvalidLength)
            number = potential;
        if (number.size() < kMinLengthForNsn || number.size() > kMaxLengthForNsn)
            return failure; // TOO_SHORT_NSN, TOO_LONG_NSN
        // Italian leading zeros are kept, so the national significant number is the text as it is.
        Result result;
        result.parsed = true;
        result.e164.reserve(1 + 3 + number.size());
        result.e164 += '+';
        result.e164 += std::to_string(countryCode);
        result.e164 += number;
        const Region* numberRegion = regionForNumber(countryCode, number);
        result.type = numberRegion ? numberTypeHelper(number, *numberRegion) : Type::Unknown;
        return result;
    } catch (const NotHandled&) {
        return std::nullopt;
    }
}

} // namespace

QuickPhoneParser::QuickPhoneParser(const QString& defaultRegion) {
    if (defaultRegion.size() == 2 && defaultRegion.at(0).unicode() < 0x80 &&
        defaultRegion.at(1).unicode() < 0x80) {
        const char code[2] = {char(defaultRegion.at(0).unicode()), char(defaultRegion.at(1).unicode())};
        m_regionIndex = regionIndex(std::string_view(code, 2));
    }
}

bool QuickPhoneParser::metadataLoaded() {
    return catalog().loaded;
}

std::optional<QuickPhoneParser::Result> QuickPhoneParser::parse(std::string_view key) const {
    return parseKey(m_regionIndex, key);
}

std::optional<QuickPhoneParser::Result> QuickPhoneParser::parse(QStringView key) const {
    if (key.size() > qsizetype(kMaxKeyLength))
        return std::nullopt;
    char buffer[kMaxKeyLength];
    std::size_t size = 0;
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return std::nullopt;
        buffer[size++] = char(u);
    }
    return parseKey(m_regionIndex, std::string_view(buffer, size));
}

} // namespace iq
