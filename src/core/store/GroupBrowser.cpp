#include "core/store/GroupBrowser.h"

#include "core/store/Database.h"
#include "core/store/GroupRepository.h"

namespace iq {

Result<QList<Group>> GroupBrowser::groups() {
    return GroupRepository(m_database).list();
}

Result<QList<GroupSummary>> GroupBrowser::summaries() {
    auto query = m_database.exec(QStringLiteral(
        "SELECT g.id, g.name, g.description, "
        "(SELECT count(*) FROM group_members m WHERE m.group_id = g.id), "
        "(SELECT count(*) FROM group_members m WHERE m.group_id = g.id AND m.consent = 'opted_in') "
        "FROM groups g WHERE g.deleted = 0 ORDER BY g.name COLLATE NOCASE, g.id"));
    if (!query)
        return query.error();
    QList<GroupSummary> groups;
    QSqlQuery& q = query.value();
    while (q.next()) {
        groups.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toInt(), q.value(4).toInt()});
    }
    return groups;
}

Result<QList<GroupMemberRow>> GroupBrowser::members(const QString& groupId) {
    auto query = m_database.exec(
        QStringLiteral("SELECT c.id, c.list_name, c.primary_phone, m.consent FROM group_members m "
                       "JOIN contacts c ON c.id = m.contact_id WHERE m.group_id = ? AND c.deleted = 0 "
                       "ORDER BY c.list_name COLLATE NOCASE, c.id"),
        {groupId});
    if (!query)
        return query.error();
    QList<GroupMemberRow> members;
    QSqlQuery& q = query.value();
    while (q.next()) {
        members.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        consentStateFromStorage(q.value(3).toString()).value_or(ConsentState::Unknown)});
    }
    return members;
}

} // namespace iq
