#include "core/store/PreparedStatements.h"

#include "core/store/Database.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace iq {

PreparedStatements::PreparedStatements(Database& database)
    : m_handle(database.handle()) {}

PreparedStatements::~PreparedStatements() {
    for (sqlite3_stmt* statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
}

sqlite3_stmt* PreparedStatements::get(const QString& sql) {
    if (!m_handle)
        return nullptr;
    auto found = m_statements.constFind(sql);
    if (found != m_statements.constEnd()) {
        sqlite3_reset(*found);
        sqlite3_clear_bindings(*found);
        return *found;
    }
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare16_v3(m_handle, sql.utf16(), int(sql.size() * 2), SQLITE_PREPARE_PERSISTENT,
                             &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    m_statements.insert(sql, statement);
    return statement;
}

Error PreparedStatements::error(const QString& what) const {
    return sqliteError(m_handle,
                       QCoreApplication::translate("iq::PreparedStatements", "%1 failed").arg(what));
}

Status PreparedStatements::run(sqlite3_stmt* statement, const QString& what) {
    if (!statement)
        return error(what);
    const int result = sqlite3_step(statement);
    if (result != SQLITE_DONE && result != SQLITE_ROW) {
        Error failed = error(what);
        sqlite3_reset(statement);
        return failed;
    }
    sqlite3_reset(statement);
    return {};
}

Result<qint64> PreparedStatements::integer(sqlite3_stmt* statement, const QString& what) {
    if (!statement)
        return error(what);
    const int result = sqlite3_step(statement);
    if (result != SQLITE_DONE && result != SQLITE_ROW) {
        Error failed = error(what);
        sqlite3_reset(statement);
        return failed;
    }
    const qint64 value = result == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : 0;
    sqlite3_reset(statement);
    return value;
}

void PreparedStatements::bindText(sqlite3_stmt* statement, int index, const QString& text) {
    if (text.isEmpty())
        sqlite3_bind_text(statement, index, "", 0, SQLITE_STATIC);
    else
        sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

void PreparedStatements::bindText(sqlite3_stmt* statement, int index, const QByteArray& utf8) {
    sqlite3_bind_text(statement, index, utf8.isEmpty() ? "" : utf8.constData(), int(utf8.size()),
                      SQLITE_TRANSIENT);
}

void PreparedStatements::bindInteger(sqlite3_stmt* statement, int index, qint64 value) {
    sqlite3_bind_int64(statement, index, value);
}

void PreparedStatements::bindNull(sqlite3_stmt* statement, int index) {
    sqlite3_bind_null(statement, index);
}

} // namespace iq
