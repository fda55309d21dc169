#include "shared/domain/Contact.h"

#include <QStringList>

namespace iq {

bool ContactPhone::operator==(const ContactPhone& other) const {
    return raw == other.raw && e164 == other.e164 && type == other.type && label == other.label &&
           valid == other.valid;
}

bool ContactEmail::operator==(const ContactEmail& other) const {
    return address == other.address && label == other.label;
}

QString Contact::shownName() const {
    if (!displayName.trimmed().isEmpty())
        return displayName.trimmed();
    QStringList parts;
    for (const QString& part : {givenName, middleName, familyName}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    if (!parts.isEmpty())
        return parts.join(QLatin1Char(' '));
    if (!organization.trimmed().isEmpty())
        return organization.trimmed();
    if (!phones.isEmpty())
        return phones.first().raw;
    if (!emails.isEmpty())
        return emails.first().address;
    return {};
}

} // namespace iq
