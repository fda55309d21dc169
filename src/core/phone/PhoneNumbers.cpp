#include "phone/PhoneNumbers.h"

#include <QLocale>

#include <phonenumbers/phonenumberutil.h>

namespace iq {
namespace {
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
} // namespace

PhoneNumbers::PhoneNumbers(QString defaultRegion)
    : m_defaultRegion(defaultRegion.isEmpty() ? systemRegion() : defaultRegion.toUpper()) {}

QString PhoneNumbers::systemRegion() {
    const QLocale locale = QLocale::system();
    if (locale.territory() == QLocale::AnyTerritory || locale.language() == QLocale::C)
        return QStringLiteral("US");
    return QLocale::territoryToCode(locale.territory());
}

ContactPhone PhoneNumbers::normalize(const QString& raw, const QString& label) const {
    ContactPhone phone;
    phone.raw = raw;
    phone.label = label;
    phone.type = QStringLiteral("unknown");
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(raw.toStdString(), m_defaultRegion.toStdString(), &number) !=
        PhoneNumberUtil::NO_PARSING_ERROR)
        return phone;
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    phone.e164 = QString::fromStdString(e164);
    phone.valid = util->IsValidNumber(number);
    if (phone.valid)
        phone.type = typeName(util->GetNumberType(number));
    return phone;
}

} // namespace iq
