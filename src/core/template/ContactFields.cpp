#include "template/ContactFields.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace iq {

namespace {

class Text final {
    Q_DECLARE_TR_FUNCTIONS(iq::ContactFields)
};

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

} // namespace

QString SenderFields::defaultOptOutText() {
    return Text::tr("Reply STOP to opt out");
}

SenderFields SenderFields::load(Database& database) {
    SenderFields sender;
    auto setting = [&](const QString& key) -> QString {
        auto query =
            database.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {QVariant(key)});
        if (query && query.value().next())
            return query.value().value(0).toString();
        return {};
    };
    sender.businessName = setting(QStringLiteral("business_name")).trimmed();
    if (sender.businessName.isEmpty()) {
        auto query = database.exec(QStringLiteral("SELECT business_name FROM accounts WHERE deleted = 0 AND "
                                                  "business_name <> '' ORDER BY updated_at DESC LIMIT 1"));
        if (query && query.value().next())
            sender.businessName = query.value().value(0).toString();
    }
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

QString ContactFields::label(Field field) {
    switch (field) {
    case FirstName:
        return Text::tr("First name");
    case MiddleName:
        return Text::tr("Middle name");
    case LastName:
        return Text::tr("Last name");
    case FullName:
        return Text::tr("Full name");
    case Name:
        return Text::tr("Name as shown in lists");
    case Organization:
        return Text::tr("Organization");
    case Phone:
        return Text::tr("Phone number");
    case Email:
        return Text::tr("E-mail address");
    case Group:
        return Text::tr("Group being messaged");
    case BusinessName:
        return Text::tr("Your business name");
    case OptOut:
        return Text::tr("Opt-out wording");
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

void ContactFields::clear() {
    for (int i = 0; i < BusinessName; ++i)
        m_values[i].clear();
    m_custom = QJsonObject();
    m_customJson.clear();
    m_customParsed = true;
}

void ContactFields::setCustomFieldsJson(QString json) {
    m_customJson = std::move(json);
    // "{}" is what nearly every contact has: nothing to parse.
    m_customParsed = m_customJson.size() <= 2;
    if (m_customParsed)
        m_custom = QJsonObject();
}

QJsonObject ContactFields::customFields() const {
    if (!m_customParsed) {
        m_custom = QJsonDocument::fromJson(m_customJson.toUtf8()).object();
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

bool ContactFields::field(QStringView name, tmpl::Value* out) const {
    for (int i = 0; i < FieldCount; ++i) {
        if (name == QLatin1String(kNames[i])) {
            *out = tmpl::Value::fromString(m_values[i]);
            return true;
        }
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

Status AudienceReader::forEach(const QString& groupId, const SenderFields& sender,
                               const std::function<bool(const QString&, const ContactFields&)>& visit) {
    ContactFields fields;
    fields.setSender(sender);
    QString groupName;
    if (!groupId.isEmpty()) {
        auto group = m_database.exec(QStringLiteral("SELECT name FROM groups WHERE id = ? AND deleted = 0"),
                                     {groupId});
        if (!group)
            return group.error();
        if (!group.value().next())
            return Error{Error::Code::NotFound,
                         Text::tr("There is no group with the id \"%1\".").arg(groupId)};
        groupName = group.value().value(0).toString();
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString sql = QStringLiteral(
        // The number and e-mail are the ones the contacts list shows (the first mobile number, else
        // the first number), kept on the contact row, and the rows come in storage order: one pass
        // over the table, with no lookup per contact, however large the audience.
        "SELECT c.id, c.given_name, c.middle_name, c.family_name, c.list_name, c.organization, "
        "c.custom_fields, c.primary_phone, c.primary_email "
        "FROM contacts c %1 WHERE c.deleted = 0");
    if (!query.prepare(sql.arg(groupId.isEmpty()
                                   ? QString()
                                   : QStringLiteral("JOIN group_members m ON m.contact_id = c.id "
                                                    "AND m.group_id = ?"))))
        return sqlError(query, Text::tr("reading the audience"));
    if (!groupId.isEmpty())
        query.addBindValue(groupId);
    if (!query.exec())
        return sqlError(query, Text::tr("reading the audience"));
    while (query.next()) {
        const QString given = query.value(1).toString();
        const QString middle = query.value(2).toString();
        const QString family = query.value(3).toString();
        fields.set(ContactFields::FirstName, given.trimmed());
        fields.set(ContactFields::MiddleName, middle.trimmed());
        fields.set(ContactFields::LastName, family.trimmed());
        fields.set(ContactFields::FullName, fullName(given, middle, family));
        fields.set(ContactFields::Name, query.value(4).toString());
        fields.set(ContactFields::Organization, query.value(5).toString());
        fields.setCustomFieldsJson(query.value(6).toString());
        fields.set(ContactFields::Phone, query.value(7).toString());
        fields.set(ContactFields::Email, query.value(8).toString());
        fields.set(ContactFields::Group, groupName);
        if (!visit(query.value(0).toString(), fields))
            break;
    }
    if (query.lastError().isValid())
        return sqlError(query, Text::tr("reading the audience"));
    return {};
}

Result<int> AudienceReader::count(const QString& groupId) {
    auto query =
        groupId.isEmpty()
            ? m_database.exec(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0"))
            : m_database.exec(QStringLiteral("SELECT count(*) FROM group_members m JOIN contacts c ON "
                                             "c.id = m.contact_id AND c.deleted = 0 WHERE m.group_id = ?"),
                              {groupId});
    if (!query)
        return query.error();
    if (!query.value().next())
        return 0;
    return query.value().value(0).toInt();
}

Result<QList<QPair<QString, QString>>> AudienceReader::page(const QString& groupId, int offset, int limit) {
    auto query =
        groupId.isEmpty()
            ? m_database.exec(QStringLiteral("SELECT id, list_name FROM contacts WHERE deleted = 0 "
                                             "ORDER BY list_name COLLATE NOCASE, id LIMIT ? OFFSET ?"),
                              {limit, offset})
            : m_database.exec(
                  QStringLiteral("SELECT c.id, c.list_name FROM contacts c JOIN group_members m ON "
                                 "m.contact_id = c.id AND m.group_id = ? WHERE c.deleted = 0 "
                                 "ORDER BY c.list_name COLLATE NOCASE, c.id LIMIT ? OFFSET ?"),
                  {groupId, limit, offset});
    if (!query)
        return query.error();
    QList<QPair<QString, QString>> rows;
    while (query.value().next())
        rows.append({query.value().value(0).toString(), query.value().value(1).toString()});
    return rows;
}

} // namespace iq
