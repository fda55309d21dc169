#pragma once

#include "shared/domain/Contact.h"
#include "shared/phone/QuickPhoneParser.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace iq {

// Why a number is not valid; None for a valid one.
enum class PhoneProblem {
    None,
    Empty,              // nothing but blanks
    NotANumber,         // no digits worth parsing ("n/a", "call me")
    InvalidCountryCode, // "+999 ...", or no country code and no default region
    TooShort,           // fewer digits than any number of the region
    TooLong,            // more digits than any number of the region
    InvalidLength,      // a length between the allowed ones
    NotInUse,           // the right length, but no such number range is assigned
};

// Everything libphonenumber says about one piece of text. The raw text is always kept: an invalid
// number is flagged with its reason, never dropped or "fixed".
struct PhoneNumberInfo {
    QString raw;
    QString e164;          // "+14155550123"; empty when the text does not parse
    QString national;      // "(415) 555-0123"
    QString international; // "+1 415-555-0123"
    QString region;        // "US"; the region the number belongs to, when known
    QString type;          // stored spelling: mobile, fixed_line, voip, toll_free, ... or unknown
    QString extension;     // "123" from "... ext. 123"
    bool valid = false;
    PhoneProblem problem = PhoneProblem::Empty;

    // A sentence naming what is wrong, translated; empty when the number is valid.
    QString problemText() const;
    ContactPhone toContactPhone(const QString& label = {}) const;
};

// Normalizes phone numbers with libphonenumber. Thread-safe: every method is const and
// libphonenumber's PhoneNumberUtil is thread-safe, so one instance may serve many threads.
class PhoneNumbers final {
public:
    // The region used for numbers written without a country code, e.g. "US". Empty means the
    // system locale's country.
    explicit PhoneNumbers(QString defaultRegion);

    PhoneNumberInfo parse(const QString& raw) const;
    // Many numbers at once, spread over the thread pool; results in the order of the input.
    QList<PhoneNumberInfo> parseAll(const QStringList& raws) const;

    // Keeps the raw text whatever happens; fills E.164, type and validity when the number parses.
    // Cheaper than parse(): it asks libphonenumber only for what a stored number holds, and parses
    // parsingKey(raw) rather than raw.
    ContactPhone normalize(const QString& raw, const QString& label = {}) const;
    QList<ContactPhone> normalizeAll(const QStringList& raws) const;

    QString defaultRegion() const { return m_defaultRegion; }
    // normalize() answers the common case (a key of digits) with QuickPhoneParser, which gives
    // libphonenumber's results ~15 times faster; off, everything goes through libphonenumber, which
    // is how tests and benchmarks compare the two. Set before sharing the object between threads.
    void setQuickPathEnabled(bool enabled) { m_quickPathEnabled = enabled; }
    bool quickPathEnabled() const { return m_quickPathEnabled; }
    // The system locale's country, or "US" when the locale names none.
    static QString systemRegion();
    // The profile setting that holds the default region.
    static QString regionSettingKey() { return QStringLiteral("default_region"); }
    // Only the digits of text: what number search compares.
    static QString digitsOf(const QString& text);
    // The text libphonenumber needs to reach the same result as for raw: a number written with
    // nothing but ASCII digits, blanks and the separators - . ( ) / (and a leading +) loses the
    // separators, which libphonenumber drops anyway, so "(415) 555-0123" and "415.555.0123" are one
    // key and cost one parse. A label of ASCII letters and colons before the first digit or plus
    // ("tel: 415-555-0123") is dropped too, as libphonenumber skips it. Any other text is returned
    // unchanged.
    static QString parsingKey(const QString& raw);

private:
    QString m_defaultRegion;
    QuickPhoneParser m_quick;
    bool m_quickPathEnabled = true;
};

// Formats a number while it is typed ("4155" -> "(415) 5"), as libphonenumber's AsYouTypeFormatter
// does. Not thread-safe: one per editor field.
class PhoneAsYouTypeFormatter final {
public:
    explicit PhoneAsYouTypeFormatter(const QString& region);
    ~PhoneAsYouTypeFormatter();
    Q_DISABLE_COPY_MOVE(PhoneAsYouTypeFormatter)

    // Formats the whole text from scratch. Text with letters or an extension is returned unchanged,
    // so the formatter never destroys what the user wrote.
    QString format(const QString& text);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace iq
