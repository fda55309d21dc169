#include "shared/phone/PhoneNumbers.h"

#include <QCoreApplication>
#include <QLocale>
#include <QtConcurrent/QtConcurrentMap>

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumberutil.h>

#include <numeric>
#include <vector>

namespace iq {
namespace {
using i18n::phonenumbers::AsYouTypeFormatter;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

QString typeName(PhoneNumberUtil::PhoneNumberType type) {
    switch (type) {
    case PhoneNumberUtil::FIXED_LINE:
        return QStringLiteral("fixed_line");
    case PhoneNumberUtil::MOBILE:
        return QStringLiteral("mobile");
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return QStringLiteral("fixed_line_or_mobile");
    case PhoneNumberUtil::TOLL_FREE:
        return QStringLiteral("toll_free");
    case PhoneNumberUtil::PREMIUM_RATE:
        return QStringLiteral("premium_rate");
    case PhoneNumberUtil::SHARED_COST:
        return QStringLiteral("shared_cost");
    case PhoneNumberUtil::VOIP:
        return QStringLiteral("voip");
    case PhoneNumberUtil::PERSONAL_NUMBER:
        return QStringLiteral("personal_number");
    case PhoneNumberUtil::PAGER:
        return QStringLiteral("pager");
    case PhoneNumberUtil::UAN:
        return QStringLiteral("uan");
    case PhoneNumberUtil::VOICEMAIL:
        return QStringLiteral("voicemail");
    case PhoneNumberUtil::UNKNOWN:
        break;
    }
    return QStringLiteral("unknown");
}

PhoneProblem fromParseError(PhoneNumberUtil::ErrorType error) {
    switch (error) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return PhoneProblem::InvalidCountryCode;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return PhoneProblem::TooShort;
    case PhoneNumberUtil::TOO_LONG_NSN:
        return PhoneProblem::TooLong;
    case PhoneNumberUtil::NOT_A_NUMBER:
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    }
    return PhoneProblem::NotANumber;
}

PhoneProblem fromPossibility(PhoneNumberUtil::ValidationResult result) {
    switch (result) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return PhoneProblem::InvalidCountryCode;
    case PhoneNumberUtil::TOO_SHORT:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return PhoneProblem::TooShort;
    case PhoneNumberUtil::TOO_LONG:
        return PhoneProblem::TooLong;
    case PhoneNumberUtil::INVALID_LENGTH:
        return PhoneProblem::InvalidLength;
    case PhoneNumberUtil::IS_POSSIBLE:
        break;
    }
    return PhoneProblem::NotInUse;
}

QString fromStd(const std::string& text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

QString PhoneNumberInfo::problemText() const {
    switch (problem) {
    case PhoneProblem::None:
        return {};
    case PhoneProblem::Empty:
        return QCoreApplication::translate("iq::PhoneNumbers", "The number is empty.");
    case PhoneProblem::NotANumber:
        return QCoreApplication::translate("iq::PhoneNumbers", "\"%1\" is not a phone number.").arg(raw);
    case PhoneProblem::InvalidCountryCode:
        return QCoreApplication::translate("iq::PhoneNumbers", "\"%1\" has no valid country code.").arg(raw);
    case PhoneProblem::TooShort:
        return QCoreApplication::translate("iq::PhoneNumbers", "\"%1\" is too short to be a phone number.")
            .arg(raw);
    case PhoneProblem::TooLong:
        return QCoreApplication::translate("iq::PhoneNumbers", "\"%1\" is too long to be a phone number.")
            .arg(raw);
    case PhoneProblem::InvalidLength:
        return QCoreApplication::translate("iq::PhoneNumbers", "\"%1\" has the wrong number of digits.")
            .arg(raw);
    case PhoneProblem::NotInUse:
        return QCoreApplication::translate("iq::PhoneNumbers", "\"%1\" is not a number in use in %2.")
            .arg(raw, region.isEmpty() ? QStringLiteral("?") : region);
    }
    return {};
}

ContactPhone PhoneNumberInfo::toContactPhone(const QString& label) const {
    ContactPhone phone;
    phone.raw = raw;
    phone.e164 = e164;
    phone.type = type.isEmpty() ? QStringLiteral("unknown") : type;
    phone.label = label;
    phone.valid = valid;
    return phone;
}

PhoneNumbers::PhoneNumbers(QString defaultRegion)
    : m_defaultRegion(defaultRegion.trimmed().isEmpty() ? systemRegion() : defaultRegion.trimmed().toUpper())
    , m_quick(m_defaultRegion) {}

QString PhoneNumbers::systemRegion() {
    const QLocale locale = QLocale::system();
    if (locale.territory() == QLocale::AnyTerritory || locale.language() == QLocale::C)
        return QStringLiteral("US");
    return QLocale::territoryToCode(locale.territory());
}

QString PhoneNumbers::digitsOf(const QString& text) {
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
    }
    return digits;
}

PhoneNumberInfo PhoneNumbers::parse(const QString& raw) const {
    PhoneNumberInfo info;
    info.raw = raw;
    info.type = QStringLiteral("unknown");
    if (raw.trimmed().isEmpty())
        return info;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const PhoneNumberUtil::ErrorType error =
        util->Parse(raw.toStdString(), m_defaultRegion.toStdString(), &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR) {
        info.problem = fromParseError(error);
        return info;
    }
    std::string text;
    util->Format(number, PhoneNumberUtil::E164, &text);
    info.e164 = fromStd(text);
    util->Format(number, PhoneNumberUtil::NATIONAL, &text);
    info.national = fromStd(text);
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &text);
    info.international = fromStd(text);
    util->GetRegionCodeForNumber(number, &text);
    info.region = text == "ZZ" ? QString() : fromStd(text);
    info.extension = fromStd(number.extension());
    info.valid = util->IsValidNumber(number);
    if (info.valid) {
        info.problem = PhoneProblem::None;
        info.type = typeName(util->GetNumberType(number));
    } else {
        info.problem = fromPossibility(util->IsPossibleNumberWithReason(number));
        if (info.region.isEmpty())
            info.region = m_defaultRegion;
    }
    return info;
}

QList<PhoneNumberInfo> PhoneNumbers::parseAll(const QStringList& raws) const {
    QList<PhoneNumberInfo> results(raws.size());
    // Chunks keep the per-task overhead of the thread pool small next to ~20 us per number.
    constexpr qsizetype kChunk = 256;
    std::vector<qsizetype> starts((raws.size() + kChunk - 1) / kChunk);
    std::iota(starts.begin(), starts.end(), 0);
    PhoneNumberInfo* out = results.data();
    QtConcurrent::blockingMap(starts, [&](qsizetype chunk) {
        const qsizetype end = std::min(raws.size(), (chunk + 1) * kChunk);
        for (qsizetype i = chunk * kChunk; i < end; ++i)
            out[i] = parse(raws.at(i));
    });
    return results;
}

QString PhoneNumbers::parsingKey(const QString& raw) {
    QString key;
    key.reserve(raw.size());
    bool label = false;
    for (const QChar c : raw) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            key += c;
        } else if (u == u'+') {
            if (!key.isEmpty())
                return raw; // a plus after digits: leave it to libphonenumber
            key += c;
        } else if (u == u' ' || u == u'-' || u == u'.' || u == u'(' || u == u')' || u == u'/' || u == u'\t') {
            continue;
        } else if (key.isEmpty() && ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u':')) {
            // A label before the number ("tel: ", "Mobile:"): libphonenumber starts reading at the
            // first digit or plus (ExtractPossibleNumber), so it never sees these characters either.
            label = true;
        } else {
            return raw;
        }
    }
    return label && key.isEmpty() ? raw : key;
}

ContactPhone PhoneNumbers::normalize(const QString& raw, const QString& label) const {
    ContactPhone phone;
    phone.raw = raw;
    phone.label = label;
    phone.type = QStringLiteral("unknown");
    phone.valid = false;
    const QString text = parsingKey(raw);
    if (text.trimmed().isEmpty())
        return phone;
    if (m_quickPathEnabled) {
        if (const std::optional<QuickPhoneParser::Result> quick = m_quick.parse(QStringView(text))) {
            if (!quick->parsed)
                return phone;
            phone.e164 = QString::fromLatin1(quick->e164.data(), qsizetype(quick->e164.size()));
            phone.valid = quick->valid();
            if (phone.valid)
                phone.type = typeName(static_cast<PhoneNumberUtil::PhoneNumberType>(quick->type));
            return phone;
        }
    }
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(text.toStdString(), m_defaultRegion.toStdString(), &number) !=
        PhoneNumberUtil::NO_PARSING_ERROR)
        return phone;
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    phone.e164 = fromStd(e164);
    // IsValidNumber is GetNumberType(number) != UNKNOWN for the region the number belongs to; asking
    // for the type alone saves libphonenumber a second pass over the region's patterns.
    const PhoneNumberUtil::PhoneNumberType type = util->GetNumberType(number);
    phone.valid = type != PhoneNumberUtil::UNKNOWN;
    if (phone.valid)
        phone.type = typeName(type);
    return phone;
}

QList<ContactPhone> PhoneNumbers::normalizeAll(const QStringList& raws) const {
    const QList<PhoneNumberInfo> infos = parseAll(raws);
    QList<ContactPhone> phones;
    phones.reserve(infos.size());
    for (const PhoneNumberInfo& info : infos)
        phones.append(info.toContactPhone());
    return phones;
}

struct PhoneAsYouTypeFormatter::Impl {
    std::unique_ptr<AsYouTypeFormatter> formatter;
};

PhoneAsYouTypeFormatter::PhoneAsYouTypeFormatter(const QString& region)
    : m_impl(std::make_unique<Impl>()) {
    m_impl->formatter.reset(PhoneNumberUtil::GetInstance()->GetAsYouTypeFormatter(
        (region.isEmpty() ? PhoneNumbers::systemRegion() : region.toUpper()).toStdString()));
}

PhoneAsYouTypeFormatter::~PhoneAsYouTypeFormatter() = default;

QString PhoneAsYouTypeFormatter::format(const QString& text) {
    for (const QChar c : text) {
        if (c.isLetter())
            return text;
    }
    m_impl->formatter->Clear();
    std::string result;
    bool any = false;
    for (const QChar c : text) {
        if (c.isDigit() || (c == u'+' && !any)) {
            // As ASCII: libphonenumber 8.12's formatter mixes byte and character offsets of other digits
            // ("+３４５...", full-width) and fails an assertion, taking the application with it. It shows
            // ASCII digits in its result anyway.
            const char32_t digit = c.isDigit() ? char32_t(u'0' + c.digitValue()) : char32_t(u'+');
            m_impl->formatter->InputDigit(static_cast<i18n::phonenumbers::char32>(digit), &result);
            any = true;
        }
    }
    return any ? fromStd(result) : text;
}

} // namespace iq
