#pragma once

#include "shared/util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace iq {

class Database;

// Two live contacts that share a normalized number or an e-mail address: likely the same person.
struct DuplicatePair {
    QString firstId;
    QString secondId;
    QString firstName;
    QString secondName;
    QStringList sharedNumbers; // E.164
    QStringList sharedEmails;  // lower case
};

// Finds likely duplicates with the indexes on contact_phones.e164 and contact_emails.address, so a
// profile of a million contacts is searched without loading it.
class DuplicateFinder final {
public:
    explicit DuplicateFinder(Database& database);

    // Every pair in the profile, the most recently updated first, at most `limit` pairs.
    Result<QList<DuplicatePair>> all(int limit = 5000);
    // The pairs that include this contact.
    Result<QList<DuplicatePair>> forContact(const QString& contactId);

private:
    Result<QList<DuplicatePair>> find(const QString& contactFilter, const QVariantList& values, int limit);

    Database& m_database;
};

} // namespace iq
