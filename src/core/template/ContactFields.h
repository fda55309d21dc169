#pragma once

#include "core/store/AudienceRows.h"
#include "shared/domain/Contact.h"
#include "shared/template/Template.h"
#include "shared/template/TemplateValue.h"
#include "shared/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>

namespace iq {

class Database;

// What the sender puts in every message: their business name and the opt-out wording.
struct SenderFields {
    QString businessName;
    QString optOutText;

    static QString defaultOptOutText();
    // From the profile: the setting "business_name", else the signed-in account's business name;
    // the setting "opt_out_text", else the default wording.
    static SenderFields load(Database& database);
};

// The fields a message template can use for one recipient: {{first_name}}, {{phone}}, {{group}},
// {{business_name}}, {{opt_out}}, the contact's own custom fields ({{shoe_size}} or
// {{custom.shoe_size}}) ... Looked up by name while rendering; one object is reused for a whole
// audience by setting the next recipient's values, so a bulk rendering allocates almost nothing.
class ContactFields final : public tmpl::FieldSource {
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

    // The built-in names in the order the "Insert field" menu shows them.
    static QStringList builtInNames();
    static QString builtInName(Field field);
    // Words for the menu: "First name", "Opt-out wording"... (translated).
    static QString label(Field field);

    void setSender(const SenderFields& sender);
    void setContact(const Contact& contact, const QString& groupName = {});
    // The values of a stored row, the columns in `columns` (AudienceColumns flags); the others empty.
    // Reuses this object's buffers: no allocation per recipient for ASCII text that fits them.
    void setRow(const AudienceRow& row, unsigned columns, const QString& groupName);
    void clear(); // keeps the sender fields
    void set(Field field, QString value) { m_values[field] = std::move(value); }
    const QString& value(Field field) const { return m_values[field]; }
    // The stored JSON text of the custom fields; parsed only when a template asks for one.
    void setCustomFieldsJson(const QString& json);
    void setCustomFieldsUtf8(QByteArrayView json);
    QJsonObject customFields() const;

    // Built-in names, then this contact's custom field names.
    QStringList availableNames() const;

    bool field(QStringView name, tmpl::Value* out) const override;
    const QString* text(QStringView name) const override;

private:
    std::array<QString, FieldCount> m_values;
    QByteArray m_customJson;
    mutable QJsonObject m_custom;
    mutable bool m_customParsed = true;
};

// Reads the live contacts of a profile (or of one group) with exactly what rendering needs, in the
// order lists show them, and calls visit for each; stops early when visit returns false.
// The fields object passed to visit is reused: copy what you keep.
class AudienceReader final {
public:
    explicit AudienceReader(Database& database)
        : m_database(database) {}

    // The columns rendering `parsed` reads (AudienceColumns flags). The shown name is always among
    // them: summaries name recipients by it. A template that includes snippets gets every column, as
    // a snippet may use any field.
    static unsigned columnsFor(const tmpl::Template& parsed);

    // groupId empty: every live contact, in no particular order. Sets {{group}} to the group's name.
    // columns: the AudienceColumns to read; the fields of the others are left empty (and the id when
    // IdFlag is not among them).
    Status forEach(const QString& groupId, const SenderFields& sender,
                   const std::function<bool(const QString& contactId, const ContactFields& fields)>& visit,
                   unsigned columns = AudienceColumns::All);
    // The same rows as stored, without making fields of them: for passing rows to another thread.
    // *groupName (when given) gets the group's name.
    Status forEachRow(const QString& groupId, unsigned columns,
                      const std::function<bool(const AudienceRow& row)>& visit, QString* groupName = nullptr);
    Result<int> count(const QString& groupId);
    // A page of the audience in list order: (id, shown name) pairs, for stepping through recipients.
    Result<QList<QPair<QString, QString>>> page(const QString& groupId, int offset, int limit);

private:
    Database& m_database;
};

} // namespace iq
