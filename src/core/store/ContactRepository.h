#pragma once

#include "shared/domain/Contact.h"
#include "shared/util/Result.h"

#include <QList>
#include <QString>

namespace iq {

class Database;
class ChangeNotifier;
class Clock;

// Reads and writes contacts with their numbers and e-mails. Each write is one transaction that also
// appends the change to the outbox, and is announced on the notifier after it commits.
class ContactRepository final {
public:
    ContactRepository(Database& database, ChangeNotifier* notifier = nullptr, const Clock* clock = nullptr);

    // Gives the contact a new UUID when it has none; returns it as stored.
    Result<Contact> add(Contact contact);
    Result<Contact> update(Contact contact);
    // Leaves a tombstone for sync; personal fields, numbers, e-mails and memberships go at once.
    Status remove(const QString& id);
    // Removes, as remove() does, every live contact whose rowid lies in [first, last] (the contacts an
    // import created), with one statement per table instead of five per contact. Returns how many.
    Result<qint64> removeRowidRange(qint64 first, qint64 last);
    // Brings a deleted contact back with the given fields (undoing a deletion); same id.
    Result<Contact> restore(Contact contact);

    Result<Contact> get(const QString& id);
    // The live contacts among `ids`, in no particular order: the children of all of them in one query
    // per table rather than several per contact.
    Result<QList<Contact>> getMany(const QStringList& ids);
    // Ordered by the shown name; offset/limit pages through live contacts.
    Result<QList<Contact>> list(int offset, int limit);
    Result<int> count();
    // The ids among these that name no live contact, in the order given.
    Result<QStringList> missing(const QStringList& ids);
    Result<QList<GroupMembership>> memberships(const QString& contactId);

private:
    Status writeChildren(const Contact& contact);
    Result<QList<Contact>> load(const QString& where, const QVariantList& values);
    Status appendToOutbox(const Contact& contact, qint64 baseVersion);

    Database& m_database;
    ChangeNotifier* m_notifier;
    const Clock& m_clock;
};

} // namespace iq
