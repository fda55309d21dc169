#pragma once

#include "shared/domain/Contact.h"
#include "shared/template/TemplateValue.h"

#include <QJsonObject>
#include <QString>

#include <array>

namespace iq::server {

// The fields a campaign's template can use for one recipient, as the server renders them: the same
// names as the client's composer offers ({{first_name}}, {{full_name}}, {{name}}, {{organization}},
// {{phone}}, {{email}}, {{group}}, {{business_name}}, {{opt_out}}) and the contact's custom fields
// ({{shoe_size}} or {{custom.shoe_size}}), so what the client previews is what goes out.
class RecipientFields final : public tmpl::FieldSource {
public:
    enum Field {
        FirstName,
        MiddleName,
        LastName,
        FullName,
        Name,
        Organization,
        Phone,
        Email,
        Group,
        BusinessName,
        OptOut,
        FieldCount
    };

    static QString defaultOptOutText();

    void setSender(const QString& businessName, const QString& optOutText);
    void setContact(const Contact& contact, const QString& groupName);

    bool field(QStringView name, tmpl::Value* out) const override;
    const QString* text(QStringView name) const override;

private:
    std::array<QString, FieldCount> m_values;
    QJsonObject m_custom;
};

} // namespace iq::server
