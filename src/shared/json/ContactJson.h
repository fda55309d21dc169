#pragma once

#include "shared/domain/Contact.h"
#include "shared/util/Result.h"

#include <QJsonObject>

namespace iq {

// The one JSON form of a contact: the CLI prints it, the outbox stores it, the server accepts it.
// Keys are stable and documented in docs/cli.md.
class ContactJson final {
public:
    static QJsonObject toJson(const Contact& contact);
    static QJsonObject toJson(const Contact& contact, const QList<GroupMembership>& groups);
    // Rejects a reply or payload that does not describe a contact, naming the offending field.
    static Result<Contact> fromJson(const QJsonObject& object);
    // The custom fields as the contacts table keeps them: compact JSON text, "{}" when there are none.
    static QString customFieldsText(const Contact& contact);
};

QJsonObject toJson(const Group& group);
Result<Group> groupFromJson(const QJsonObject& object);

} // namespace iq
