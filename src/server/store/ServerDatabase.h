#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

namespace iq::server {

// One connection to the server's database, SQLite or PostgreSQL, through QtSql. The SQL of the server
// is written once for both; the few places where the two disagree ask dialect(). The schema is
// versioned by the migrations in store/migrations, applied in order, each in one transaction.
class ServerDatabase final {
public:
    enum class Dialect { Sqlite, Postgres };
    static constexpr int kSchemaVersion = 4;

    // url: "sqlite:PATH" or "postgres://USER[:PASSWORD]@HOST[:PORT]/DB". Opens and migrates.
    static Result<std::unique_ptr<ServerDatabase>> open(const QString& url);
    ~ServerDatabase();
    Q_DISABLE_COPY_MOVE(ServerDatabase)

    Dialect dialect() const { return m_dialect; }
    QSqlDatabase connection() const;
    int schemaVersion();

    // Runs work in one transaction (SQLite: BEGIN IMMEDIATE, so writers queue up front). Rolls back
    // when work fails. Nested calls join the outer transaction.
    Status transaction(const std::function<Status()>& work);

    // Prepares and runs one statement with bound values only.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {});
    // A statement prepared once to be run many times with run(): for loops over many records, where
    // preparing each time (QtSql keeps no cache; PostgreSQL pays a round trip) costs like the writing.
    Result<QSqlQuery> prepare(const QString& sql);
    // Runs a statement from prepare() with these values bound in order.
    Status run(QSqlQuery& query, const QVariantList& values);

    // Locks the account's row until the end of the transaction, so writes to one account happen one
    // after the other across all server processes (SQLite's BEGIN IMMEDIATE already did that).
    Status lockAccount(const QString& accountId);
    // " FOR UPDATE" on PostgreSQL, nothing on SQLite (BEGIN IMMEDIATE already holds the only write
    // lock): appended to a SELECT inside transaction() to lock the rows it reads.
    QString forUpdate() const;

    // True when the last failure looked like a lost or busy database (503) rather than a bug (500).
    static bool isUnavailable(const Error& error);

private:
    ServerDatabase(Dialect dialect, QString connectionName);
    Status configure();
    Status migrate();

    Dialect m_dialect;
    QString m_connectionName;
    int m_transactionDepth = 0;
};

} // namespace iq::server
