#include "server/campaign/RecipientFields.h"

namespace iq::server {
namespace {

// The client's ContactFields names, in its order.
constexpr const char* kNames[RecipientFields::FieldCount] = {
    "first_name", "middle_name", "last_name", "full_name",     "name",   "organization",
    "phone",      "email",       "group",     "business_name", "opt_out"};

int indexOf(QStringView name) {
    for (int i = 0; i < RecipientFields::FieldCount; ++i) {
        if (name == QLatin1String(kNames[i]))
            return i;
    }
    return -1;
}

} // namespace

QString RecipientFields::defaultOptOutText() {
    return QStringLiteral("Reply STOP to opt out");
}

void RecipientFields::setSender(const QString& businessName, const QString& optOutText) {
    m_values[BusinessName] = businessName.trimmed();
    m_values[OptOut] = optOutText.trimmed().isEmpty() ? defaultOptOutText() : optOutText.trimmed();
}

void RecipientFields::setContact(const Contact& contact, const QString& groupName) {
    m_values[FirstName] = contact.givenName.trimmed();
    m_values[MiddleName] = contact.middleName.trimmed();
    m_values[LastName] = contact.familyName.trimmed();
    QString full;
    for (const QString* part : {&m_values[FirstName], &m_values[MiddleName], &m_values[LastName]}) {
        if (part->isEmpty())
            continue;
        if (!full.isEmpty())
            full += QLatin1Char(' ');
        full += *part;
    }
    m_values[FullName] = full;
    m_values[Name] = contact.shownName();
    m_values[Organization] = contact.organization.trimmed();
    m_values[Phone] = contact.phones.isEmpty()                ? QString()
                      : contact.phones.first().e164.isEmpty() ? contact.phones.first().raw
                                                              : contact.phones.first().e164;
    m_values[Email] = contact.emails.isEmpty() ? QString() : contact.emails.first().address;
    m_values[Group] = groupName;
    m_custom = QJsonObject::fromVariantMap(contact.customFields);
}

const QString* RecipientFields::text(QStringView name) const {
    const int index = indexOf(name);
    return index < 0 ? nullptr : &m_values[index];
}

bool RecipientFields::field(QStringView name, tmpl::Value* out) const {
    if (const int index = indexOf(name); index >= 0) {
        *out = tmpl::Value::fromString(m_values[index]);
        return true;
    }
    if (name == QLatin1String("custom")) {
        *out = tmpl::Value::fromObject(m_custom);
        return true;
    }
    const auto it = m_custom.constFind(name);
    if (it == m_custom.constEnd())
        return false;
    *out = tmpl::Value::fromJson(it.value());
    return true;
}

} // namespace iq::server
