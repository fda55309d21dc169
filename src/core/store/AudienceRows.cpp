#include "core/store/AudienceRows.h"

#include "core/store/Database.h"

#include <QCoreApplication>

#include <memory>

#include <sqlite3.h>

namespace iq {
namespace {

// SQL names of the AudienceColumns, in their order. The number and e-mail are the ones the contacts list
// shows (the first mobile number, else the first number), kept on the contact row: no lookup per contact.
constexpr const char* kColumnSql[AudienceColumns::Count] = {
    "c.id",           "c.given_name",    "c.middle_name",   "c.family_name",  "c.list_name",
    "c.organization", "c.custom_fields", "c.primary_phone", "c.primary_email"};

} // namespace

Result<QString> AudienceRows::groupName(const QString& groupId) {
    auto group =
        m_database.exec(QStringLiteral("SELECT name FROM groups WHERE id = ? AND deleted = 0"), {groupId});
    if (!group)
        return group.error();
    if (!group.value().next())
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("iq::ContactFields", "There is no group with the id \"%1\".")
                         .arg(groupId)};
    QString name = group.value().value(0).toString();
    group.value().finish();
    return name;
}

Status AudienceRows::forEach(const QString& groupId, unsigned columns,
                             const std::function<bool(const AudienceRow& row)>& visit) {
    sqlite3* handle = m_database.handle();
    auto failed = [&]() -> Status {
        return Error::make(
            Error::Code::Generic,
            QStringLiteral("%1: %2").arg(
                QCoreApplication::translate("iq::ContactFields", "reading the audience"),
                handle ? QString::fromUtf8(sqlite3_errmsg(handle))
                       : QCoreApplication::translate("iq::ContactFields", "the database is not open")));
    };
    if (!handle)
        return failed();

    std::array<int, AudienceColumns::Count> resultColumn;
    resultColumn.fill(-1);
    QByteArray sql = "SELECT ";
    int selected = 0;
    for (int i = 0; i < AudienceColumns::Count; ++i) {
        if (!(columns & (1u << i)))
            continue;
        if (selected > 0)
            sql += ", ";
        sql += kColumnSql[i];
        resultColumn[i] = selected++;
    }
    if (selected == 0)
        sql += "1";
    sql += " FROM contacts c";
    if (!groupId.isEmpty())
        sql += " JOIN group_members m ON m.contact_id = c.id AND m.group_id = ?1";
    sql += " WHERE c.deleted = 0";

    sqlite3_stmt* prepared = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), static_cast<int>(sql.size()), &prepared, nullptr) !=
        SQLITE_OK) {
        sqlite3_finalize(prepared);
        return failed();
    }
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(prepared, sqlite3_finalize);
    if (!groupId.isEmpty() &&
        sqlite3_bind_text16(prepared, 1, groupId.utf16(), static_cast<int>(groupId.size() * 2),
                            SQLITE_TRANSIENT) != SQLITE_OK)
        return failed();

    AudienceRow row;
    int result = SQLITE_ROW;
    while ((result = sqlite3_step(prepared)) == SQLITE_ROW) {
        for (int i = 0; i < AudienceColumns::Count; ++i) {
            const int column = resultColumn[i];
            if (column < 0)
                continue;
            // Text first, then its size in bytes, as SQLite documents.
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(prepared, column));
            row.text[i] = QByteArrayView(text, text ? sqlite3_column_bytes(prepared, column) : 0);
        }
        if (!visit(row))
            return {};
    }
    if (result != SQLITE_DONE)
        return failed();
    return {};
}

Result<int> AudienceRows::count(const QString& groupId) {
    auto query =
        groupId.isEmpty()
            ? m_database.exec(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0"))
            : m_database.exec(QStringLiteral("SELECT count(*) FROM group_members m JOIN contacts c ON "
                                             "c.id = m.contact_id AND c.deleted = 0 WHERE m.group_id = ?"),
                              {groupId});
    if (!query)
        return query.error();
    const int count = query.value().next() ? query.value().value(0).toInt() : 0;
    query.value().finish();
    return count;
}

Result<QList<QPair<QString, QString>>> AudienceRows::page(const QString& groupId, int offset, int limit) {
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
