#include "core/store/ContactListColumns.h"

#include "shared/domain/Contact.h"

#include <QStringList>

namespace iq {
namespace {

bool isMobile(const QString& type) {
    return type == QLatin1String("mobile") || type == QLatin1String("fixed_line_or_mobile");
}

} // namespace

ContactListColumns ContactListColumns::of(const Contact& contact) {
    const ContactPhone* primary = nullptr;
    QStringList numbers;
    for (const ContactPhone& phone : contact.phones) {
        if (!primary || (isMobile(phone.type) && !isMobile(primary->type)))
            primary = &phone;
        QString digits = phone.raw;
        digits.remove(QLatin1Char(' '))
            .remove(QLatin1Char('-'))
            .remove(QLatin1Char('('))
            .remove(QLatin1Char(')'))
            .remove(QLatin1Char('.'))
            .remove(QLatin1Char('+'))
            .remove(QLatin1Char('/'));
        qsizetype plus = 0;
        while (plus < phone.e164.size() && phone.e164.at(plus) == QLatin1Char('+'))
            ++plus;
        numbers << phone.e164.mid(plus) + QLatin1Char(' ') + digits;
    }
    QStringList addresses;
    for (const ContactEmail& email : contact.emails)
        addresses << email.address;
    ContactListColumns columns;
    if (primary)
        columns.primaryPhone = primary->e164.isEmpty() ? primary->raw : primary->e164;
    columns.searchNumbers = numbers.join(QLatin1Char(' '));
    columns.primaryEmail = addresses.value(0);
    columns.searchEmails = addresses.join(QLatin1Char(' '));
    return columns;
}

} // namespace iq
