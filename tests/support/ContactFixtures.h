#pragma once

#include "shared/domain/Contact.h"

#include <QString>
#include <QStringList>

namespace iq {
class Database;
class ChangeNotifier;
} // namespace iq

namespace iq::test {

// Adds a contact with the given names, numbers (raw, normalized for the US) and e-mails; returns its id.
QString addContact(Database& database, const QString& given, const QString& family,
                   const QStringList& phones = {}, const QStringList& emails = {},
                   ChangeNotifier* notifier = nullptr);
// Adds a group (or finds it by name) and puts the contact in it with a consent state.
QString addToGroup(Database& database, const QString& groupName, const QString& contactId,
                   ConsentState consent, ChangeNotifier* notifier = nullptr);

} // namespace iq::test
