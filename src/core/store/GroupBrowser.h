#pragma once

#include "shared/domain/Consent.h"
#include "shared/domain/Contact.h"
#include "shared/util/Result.h"

#include <QList>
#include <QString>

namespace iq {

class Database;

// One line of a groups list: the group with how many members it has and how many of them may be messaged.
struct GroupSummary {
    QString id;
    QString name;
    QString description;
    int members = 0;
    int optedIn = 0;
};

// One line of a group's member list.
struct GroupMemberRow {
    QString contactId;
    QString name;
    QString phone; // the number lists show (E.164 when valid)
    ConsentState consent = ConsentState::Unknown;
};

// Read-only views of the groups for lists: the GUI's models and iqm's listings read the same rows.
class GroupBrowser final {
public:
    explicit GroupBrowser(Database& database)
        : m_database(database) {}

    // Live groups by name, without counting their members.
    Result<QList<Group>> groups();
    // Live groups by name with their counts.
    Result<QList<GroupSummary>> summaries();
    // The live members of a group by name.
    Result<QList<GroupMemberRow>> members(const QString& groupId);

private:
    Database& m_database;
};

} // namespace iq
