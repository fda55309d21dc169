#pragma once

#include "shared/domain/Contact.h"
#include "shared/util/Result.h"

namespace iq {

class Database;

// A contact as a message is rendered for them, with the group {{group}} names when no group was chosen:
// the first they belong to.
struct Recipient {
    Contact contact;
    QString firstGroupName;
};

// Reads one recipient for a preview (the composer) or a rendering (iqm render).
class RecipientLookup final {
public:
    explicit RecipientLookup(Database& database)
        : m_database(database) {}

    Result<Recipient> get(const QString& contactId);

private:
    Database& m_database;
};

} // namespace iq
