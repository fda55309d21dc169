#pragma once

#include "shared/util/Result.h"

#include <QHash>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace iq {

class Database;

// Statements of one connection, each prepared once and then run again and again with new values:
// for loops that write thousands of rows, where preparing per row (what the Qt driver does on every
// QSqlQuery::prepare) or packing the rows into JSON for json_each costs more than the writing.
// Values are bound as Database::exec binds them. Lives no longer than the Database, on its thread.
class PreparedStatements final {
public:
    explicit PreparedStatements(Database& database);
    ~PreparedStatements();
    Q_DISABLE_COPY_MOVE(PreparedStatements)

    // The statement for sql, prepared on first use, its values cleared; nullptr when it does not
    // prepare (run() then reports why).
    sqlite3_stmt* get(const QString& sql);
    // Runs a statement that returns no rows; `what` names the step in the error.
    Status run(sqlite3_stmt* statement, const QString& what);
    // Runs a statement that returns one integer (0 when it returns no row).
    Result<qint64> integer(sqlite3_stmt* statement, const QString& what);

    // A null QString binds as '' (as Database::exec binds it), never as SQL NULL.
    static void bindText(sqlite3_stmt* statement, int index, const QString& text);
    static void bindText(sqlite3_stmt* statement, int index, const QByteArray& utf8);
    static void bindInteger(sqlite3_stmt* statement, int index, qint64 value);
    static void bindNull(sqlite3_stmt* statement, int index);

private:
    Error error(const QString& what) const;

    sqlite3* m_handle = nullptr;
    QHash<QString, sqlite3_stmt*> m_statements;
};

} // namespace iq
