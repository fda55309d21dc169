#include "core/template/ContactFields.h"

#include "core/store/AccountRecords.h"
#include "core/store/Database.h"
#include "core/store/Settings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cstring>
#include <memory>

#include <sqlite3.h>

namespace iq {

// The translation context of this file's messages: lupdate files ContactFieldsText::tr() calls under it, and
// the same context is asked for at run time.
class ContactFieldsText final {
    Q_DECLARE_TR_FUNCTIONS(iq::ContactFields)
};

namespace {

constexpr const char* kNames[ContactFields::FieldCount] = {
    "first_name", "middle_name", "last_name", "full_name",     "name",   "organization",
    "phone",      "email",       "group",     "business_name", "opt_out"};

QString fullName(const QString& given, const QString& middle, const QString& family) {
    QString result;
    for (const QString* part : {&given, &middle, &family}) {
        const QString trimmed = part->trimmed();
        if (trimmed.isEmpty())
            continue;
        if (!result.isEmpty())
            result += QLatin1Char(' ');
        result += trimmed;
    }
    return result;
}

// Sets target to the UTF-8 text, reusing target's buffer when it is not shared: most names are
// ASCII, widened here without QString::fromUtf8's allocation.
void assignUtf8(QString& target, QByteArrayView utf8) {
    const qsizetype n = utf8.size();
    const char* in = utf8.data();
    for (qsizetype i = 0; i < n; ++i) {
        if (static_cast<unsigned char>(in[i]) >= 0x80) {
            target = QString::fromUtf8(utf8);
            return;
        }
    }
    target.resize(n);
    char16_t* out = reinterpret_cast<char16_t*>(target.data());
    for (qsizetype i = 0; i < n; ++i)
        out[i] = static_cast<unsigned char>(in[i]);
}

// QString::trimmed() in place: the same characters removed, no allocation when there are none.
void trimInPlace(QString& text) {
    if (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))
        text = text.trimmed();
}

} // namespace

QString SenderFields::defaultOptOutText() {
    return ContactFieldsText::tr("Reply STOP to opt out");
}

SenderFields SenderFields::load(Database& database) {
    SenderFields sender;
    Settings settings(database);
    auto setting = [&](const QString& key) {
        return settings.value(key, QString());
    };
    sender.businessName = setting(QStringLiteral("business_name")).trimmed();
    if (sender.businessName.isEmpty())
        sender.businessName = AccountRecords(database).latestBusinessName();
    sender.optOutText = setting(QStringLiteral("opt_out_text")).trimmed();
    if (sender.optOutText.isEmpty())
        sender.optOutText = defaultOptOutText();
    return sender;
}

QStringList ContactFields::builtInNames() {
    QStringList names;
    for (const char* name : kNames)
        names << QLatin1String(name);
    return names;
}

QString ContactFields::builtInName(Field field) {
    return QLatin1String(kNames[field]);
}

// translate() with a literal context: lupdate files ContactFieldsText::tr() calls made in this member
// function under the helper class's own name, not the context it declares.
QString ContactFields::label(Field field) {
    switch (field) {
    case FirstName:
        return QCoreApplication::translate("iq::ContactFields", "First name");
    case MiddleName:
        return QCoreApplication::translate("iq::ContactFields", "Middle name");
    case LastName:
        return QCoreApplication::translate("iq::ContactFields", "Last name");
    case FullName:
        return QCoreApplication::translate("iq::ContactFields", "Full name");
    case Name:
        return QCoreApplication::translate("iq::ContactFields", "Name as shown in lists");
    case Organization:
        return QCoreApplication::translate("iq::ContactFields", "Organization");
    case Phone:
        return QCoreApplication::translate("iq::ContactFields", "Phone number");
    case Email:
        return QCoreApplication::translate("iq::ContactFields", "E-mail address");
    case Group:
        return QCoreApplication::translate("iq::ContactFields", "Group being messaged");
    case BusinessName:
        return QCoreApplication::translate("iq::ContactFields", "Your business name");
    case OptOut:
        return QCoreApplication::translate("iq::ContactFields", "Opt-out wording");
    case FieldCount:
        break;
    }
    return {};
}

void ContactFields::setSender(const SenderFields& sender) {
    m_values[BusinessName] = sender.businessName;
    m_values[OptOut] = sender.optOutText;
}

void ContactFields::setContact(const Contact& contact, const QString& groupName) {
    m_values[FirstName] = contact.givenName.trimmed();
    m_values[MiddleName] = contact.middleName.trimmed();
    m_values[LastName] = contact.familyName.trimmed();
    m_values[FullName] = fullName(contact.givenName, contact.middleName, contact.familyName);
    m_values[Name] = contact.shownName();
    m_values[Organization] = contact.organization.trimmed();
    m_values[Phone] = contact.phones.isEmpty()                ? QString()
                      : contact.phones.first().e164.isEmpty() ? contact.phones.first().raw
                                                              : contact.phones.first().e164;
    m_values[Email] = contact.emails.isEmpty() ? QString() : contact.emails.first().address;
    m_values[Group] = groupName;
    m_custom = QJsonObject::fromVariantMap(contact.customFields);
    m_customJson.clear();
    m_customParsed = true;
}

void ContactFields::setRow(const AudienceRow& row, unsigned columns, const QString& groupName) {
    using C = AudienceColumns;
    auto take = [&](Field field, C::Index column) {
        if (columns & (1u << column))
            assignUtf8(m_values[field], row.text[column]);
        else
            m_values[field].clear();
    };
    take(FirstName, C::GivenName);
    take(MiddleName, C::MiddleName);
    take(LastName, C::FamilyName);
    trimInPlace(m_values[FirstName]);
    trimInPlace(m_values[MiddleName]);
    trimInPlace(m_values[LastName]);
    if (columns & C::FullNameFlag)
        m_values[FullName] = fullName(m_values[FirstName], m_values[MiddleName], m_values[LastName]);
    else
        m_values[FullName].clear();
    take(Name, C::ListName);
    take(Organization, C::Organization);
    take(Phone, C::Phone);
    take(Email, C::Email);
    m_values[Group] = groupName;
    if (columns & C::CustomFieldsFlag)
        setCustomFieldsUtf8(row.text[C::CustomFields]);
    else
        setCustomFieldsUtf8({});
}

void ContactFields::clear() {
    for (int i = 0; i < BusinessName; ++i)
        m_values[i].clear();
    m_custom = QJsonObject();
    m_customJson.clear();
    m_customParsed = true;
}

void ContactFields::setCustomFieldsJson(const QString& json) {
    setCustomFieldsUtf8(json.toUtf8());
}

void ContactFields::setCustomFieldsUtf8(QByteArrayView json) {
    m_customJson.resize(json.size());
    if (!json.isEmpty())
        std::memcpy(m_customJson.data(), json.data(), static_cast<size_t>(json.size()));
    // "{}" is what nearly every contact has: nothing to parse.
    m_customParsed = m_customJson.size() <= 2;
    if (m_customParsed)
        m_custom = QJsonObject();
}

QJsonObject ContactFields::customFields() const {
    if (!m_customParsed) {
        m_custom = QJsonDocument::fromJson(m_customJson).object();
        m_customParsed = true;
    }
    return m_custom;
}

QStringList ContactFields::availableNames() const {
    QStringList names = builtInNames();
    const QStringList custom = customFields().keys();
    for (const QString& key : custom) {
        if (!names.contains(key))
            names << key;
    }
    names << QStringLiteral("custom");
    return names;
}

namespace {

// Looked up once per tag and recipient: the names with their lengths, made once.
int builtInIndex(QStringView name) {
    static const std::array<QLatin1String, ContactFields::FieldCount> names = [] {
        std::array<QLatin1String, ContactFields::FieldCount> result;
        for (int i = 0; i < ContactFields::FieldCount; ++i)
            result[i] = QLatin1String(kNames[i]);
        return result;
    }();
    for (int i = 0; i < ContactFields::FieldCount; ++i) {
        if (name == names[i])
            return i;
    }
    return -1;
}

} // namespace

const QString* ContactFields::text(QStringView name) const {
    const int index = builtInIndex(name);
    return index < 0 ? nullptr : &m_values[index];
}

bool ContactFields::field(QStringView name, tmpl::Value* out) const {
    if (const int index = builtInIndex(name); index >= 0) {
        *out = tmpl::Value::fromString(m_values[index]);
        return true;
    }
    if (name == QLatin1String("custom")) {
        *out = tmpl::Value::fromObject(customFields());
        return true;
    }
    const QJsonObject custom = customFields();
    const auto it = custom.constFind(name);
    if (it == custom.constEnd())
        return false;
    *out = tmpl::Value::fromJson(it.value());
    return true;
}

unsigned AudienceReader::columnsFor(const tmpl::Template& parsed) {
    using C = AudienceColumns;
    unsigned columns = C::ListNameFlag;
    for (const tmpl::FieldUse& use : parsed.fields()) {
        if (use.kind == tmpl::FieldUse::Kind::Partial)
            return C::All & ~C::IdFlag;
        // Only the first part of a dotted name is looked up among the fields.
        const qsizetype dot = use.name.indexOf(QLatin1Char('.'));
        const QStringView name = dot < 0 ? QStringView(use.name) : QStringView(use.name).left(dot);
        if (name == QLatin1String(kNames[ContactFields::FirstName]))
            columns |= C::GivenNameFlag;
        else if (name == QLatin1String(kNames[ContactFields::MiddleName]))
            columns |= C::MiddleNameFlag;
        else if (name == QLatin1String(kNames[ContactFields::LastName]))
            columns |= C::FamilyNameFlag;
        else if (name == QLatin1String(kNames[ContactFields::FullName]))
            columns |= C::GivenNameFlag | C::MiddleNameFlag | C::FamilyNameFlag | C::FullNameFlag;
        else if (name == QLatin1String(kNames[ContactFields::Name]))
            columns |= C::ListNameFlag;
        else if (name == QLatin1String(kNames[ContactFields::Organization]))
            columns |= C::OrganizationFlag;
        else if (name == QLatin1String(kNames[ContactFields::Phone]))
            columns |= C::PhoneFlag;
        else if (name == QLatin1String(kNames[ContactFields::Email]))
            columns |= C::EmailFlag;
        else if (name != QLatin1String(kNames[ContactFields::Group]) &&
                 name != QLatin1String(kNames[ContactFields::BusinessName]) &&
                 name != QLatin1String(kNames[ContactFields::OptOut]))
            columns |= C::CustomFieldsFlag; // a custom field, {{custom}}, or "." inside a section
    }
    return columns;
}

Status AudienceReader::forEach(const QString& groupId, const SenderFields& sender,
                               const std::function<bool(const QString&, const ContactFields&)>& visit,
                               unsigned columns) {
    ContactFields fields;
    fields.setSender(sender);
    QString groupName;
    QString id;
    return forEachRow(
        groupId, columns,
        [&](const AudienceRow& row) {
            fields.setRow(row, columns, groupName);
            if (columns & AudienceColumns::IdFlag)
                assignUtf8(id, row.text[AudienceColumns::Id]);
            return visit(id, fields);
        },
        &groupName);
}

Status AudienceReader::forEachRow(const QString& groupId, unsigned columns,
                                  const std::function<bool(const AudienceRow&)>& visit, QString* groupName) {
    AudienceRows rows(m_database);
    if (!groupId.isEmpty()) {
        auto name = rows.groupName(groupId);
        if (!name)
            return name.error();
        if (groupName)
            *groupName = name.value();
    }
    return rows.forEach(groupId, columns, visit);
}

Result<int> AudienceReader::count(const QString& groupId) {
    return AudienceRows(m_database).count(groupId);
}

Result<QList<QPair<QString, QString>>> AudienceReader::page(const QString& groupId, int offset, int limit) {
    return AudienceRows(m_database).page(groupId, offset, limit);
}

} // namespace iq
