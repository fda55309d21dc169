#include "shared/json/ContactJson.h"

#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace iq {
namespace {

void putMeta(QJsonObject& object, const SyncMeta& meta) {
    object.insert(QStringLiteral("serverVersion"), meta.serverVersion);
    object.insert(QStringLiteral("createdAt"), toStoredTime(meta.createdAt));
    object.insert(QStringLiteral("updatedAt"), toStoredTime(meta.updatedAt));
    if (meta.deleted)
        object.insert(QStringLiteral("deleted"), true);
}

Error fieldError(const QString& field, const QString& expected) {
    return Error::make(
        Error::Code::InvalidInput,
        QCoreApplication::translate("iq::ContactJson", "Field \"%1\" must be %2.").arg(field, expected));
}

// Reads an optional string field; a present field of another type is an error, not a blank.
bool readString(const QJsonObject& object, const QString& key, QString& out, std::optional<Error>& error) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString()) {
        error = fieldError(key, QCoreApplication::translate("iq::ContactJson", "a string"));
        return false;
    }
    out = value.toString();
    return true;
}

bool readMeta(const QJsonObject& object, SyncMeta& meta, std::optional<Error>& error) {
    const QJsonValue version = object.value(QStringLiteral("serverVersion"));
    if (!version.isUndefined()) {
        if (!version.isDouble() || version.toDouble() < 0) {
            error = fieldError(QStringLiteral("serverVersion"),
                               QCoreApplication::translate("iq::ContactJson", "a non-negative number"));
            return false;
        }
        meta.serverVersion = version.toInteger();
    }
    QString created, updated;
    if (!readString(object, QStringLiteral("createdAt"), created, error) ||
        !readString(object, QStringLiteral("updatedAt"), updated, error))
        return false;
    meta.createdAt = fromStoredTime(created);
    meta.updatedAt = fromStoredTime(updated);
    meta.deleted = object.value(QStringLiteral("deleted")).toBool(false);
    return true;
}

} // namespace

QJsonObject ContactJson::toJson(const Contact& contact) {
    QJsonObject object;
    object.insert(QStringLiteral("id"), contact.id);
    object.insert(QStringLiteral("name"), contact.shownName());
    object.insert(QStringLiteral("givenName"), contact.givenName);
    object.insert(QStringLiteral("middleName"), contact.middleName);
    object.insert(QStringLiteral("familyName"), contact.familyName);
    object.insert(QStringLiteral("displayName"), contact.displayName);
    object.insert(QStringLiteral("organization"), contact.organization);
    object.insert(QStringLiteral("notes"), contact.notes);
    object.insert(QStringLiteral("language"), contact.language);
    object.insert(QStringLiteral("timeZone"), contact.timeZone);
    QJsonArray phones;
    for (const ContactPhone& phone : contact.phones) {
        phones.append(QJsonObject{{QStringLiteral("raw"), phone.raw},
                                  {QStringLiteral("e164"), phone.e164},
                                  {QStringLiteral("type"), phone.type},
                                  {QStringLiteral("label"), phone.label},
                                  {QStringLiteral("valid"), phone.valid}});
    }
    object.insert(QStringLiteral("phones"), phones);
    QJsonArray emails;
    for (const ContactEmail& email : contact.emails) {
        emails.append(
            QJsonObject{{QStringLiteral("address"), email.address}, {QStringLiteral("label"), email.label}});
    }
    object.insert(QStringLiteral("emails"), emails);
    object.insert(QStringLiteral("customFields"), QJsonObject::fromVariantMap(contact.customFields));
    putMeta(object, contact.meta);
    return object;
}

QJsonObject ContactJson::toJson(const Contact& contact, const QList<GroupMembership>& groups) {
    QJsonObject object = toJson(contact);
    QJsonArray array;
    for (const GroupMembership& membership : groups) {
        array.append(QJsonObject{{QStringLiteral("id"), membership.groupId},
                                 {QStringLiteral("name"), membership.groupName},
                                 {QStringLiteral("consent"), toStorage(membership.consent)}});
    }
    object.insert(QStringLiteral("groups"), array);
    return object;
}

Result<Contact> ContactJson::fromJson(const QJsonObject& object) {
    Contact contact;
    std::optional<Error> error;
    const std::pair<const char*, QString*> fields[] = {
        {"id", &contact.id},
        {"givenName", &contact.givenName},
        {"middleName", &contact.middleName},
        {"familyName", &contact.familyName},
        {"displayName", &contact.displayName},
        {"organization", &contact.organization},
        {"notes", &contact.notes},
        {"language", &contact.language},
        {"timeZone", &contact.timeZone},
    };
    for (const auto& [key, target] : fields) {
        if (!readString(object, QString::fromLatin1(key), *target, error))
            return *error;
    }
    if (contact.id.isEmpty())
        return fieldError(QStringLiteral("id"), QCoreApplication::translate("iq::ContactJson", "present"));

    const QJsonValue phones = object.value(QStringLiteral("phones"));
    if (!phones.isUndefined() && !phones.isArray())
        return fieldError(QStringLiteral("phones"),
                          QCoreApplication::translate("iq::ContactJson", "an array"));
    int index = 0;
    for (const QJsonValue& value : phones.toArray()) {
        const QString where = QStringLiteral("phones[%1]").arg(index++);
        if (!value.isObject())
            return fieldError(where, QCoreApplication::translate("iq::ContactJson", "an object"));
        const QJsonObject item = value.toObject();
        ContactPhone phone;
        if (!readString(item, QStringLiteral("raw"), phone.raw, error) ||
            !readString(item, QStringLiteral("e164"), phone.e164, error) ||
            !readString(item, QStringLiteral("type"), phone.type, error) ||
            !readString(item, QStringLiteral("label"), phone.label, error))
            return Error::make(Error::Code::InvalidInput, where + QStringLiteral(": ") + error->message);
        phone.valid = item.value(QStringLiteral("valid")).toBool(false);
        contact.phones.append(phone);
    }
    const QJsonValue emails = object.value(QStringLiteral("emails"));
    if (!emails.isUndefined() && !emails.isArray())
        return fieldError(QStringLiteral("emails"),
                          QCoreApplication::translate("iq::ContactJson", "an array"));
    index = 0;
    for (const QJsonValue& value : emails.toArray()) {
        const QString where = QStringLiteral("emails[%1]").arg(index++);
        if (!value.isObject())
            return fieldError(where, QCoreApplication::translate("iq::ContactJson", "an object"));
        ContactEmail email;
        if (!readString(value.toObject(), QStringLiteral("address"), email.address, error) ||
            !readString(value.toObject(), QStringLiteral("label"), email.label, error))
            return Error::make(Error::Code::InvalidInput, where + QStringLiteral(": ") + error->message);
        contact.emails.append(email);
    }
    const QJsonValue custom = object.value(QStringLiteral("customFields"));
    if (!custom.isUndefined() && !custom.isObject())
        return fieldError(QStringLiteral("customFields"),
                          QCoreApplication::translate("iq::ContactJson", "an object"));
    contact.customFields = custom.toObject().toVariantMap();
    if (!readMeta(object, contact.meta, error))
        return *error;
    return contact;
}

QJsonObject toJson(const Group& group) {
    QJsonObject object{{QStringLiteral("id"), group.id},
                       {QStringLiteral("name"), group.name},
                       {QStringLiteral("description"), group.description}};
    putMeta(object, group.meta);
    return object;
}

Result<Group> groupFromJson(const QJsonObject& object) {
    Group group;
    std::optional<Error> error;
    if (!readString(object, QStringLiteral("id"), group.id, error) ||
        !readString(object, QStringLiteral("name"), group.name, error) ||
        !readString(object, QStringLiteral("description"), group.description, error) ||
        !readMeta(object, group.meta, error))
        return *error;
    if (group.id.isEmpty())
        return fieldError(QStringLiteral("id"), QCoreApplication::translate("iq::ContactJson", "present"));
    return group;
}

QString ContactJson::customFieldsText(const Contact& contact) {
    if (contact.customFields.isEmpty())
        return QStringLiteral("{}");
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(contact.customFields)).toJson(QJsonDocument::Compact));
}

} // namespace iq
