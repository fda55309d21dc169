#pragma once

#include "server/store/DatabaseSettings.h"
#include "shared/util/Result.h"

#include <QElapsedTimer>
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
    static constexpr int kSchemaVersion = 5;

    // url: "sqlite:PATH" or "postgres://USER[:PASSWORD]@HOST[:PORT]/DB". Opens and migrates. A SQLite
    // file and the folders iqmsgd makes for it are readable by their owner only.
    static Result<std::unique_ptr<ServerDatabase>> open(const QString& url);
    static Result<std::unique_ptr<ServerDatabase>> open(const DatabaseSettings& settings);
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
    ServerDatabase(Dialect dialect, QString connectionName, const DatabaseSettings& settings);
    Status configure();
    Status migrate();
    Result<QSqlQuery> execOnce(const QString& sql, const QVariantList& values);

    // A PostgreSQL connection can be lost (the server restarted, a network cut): QtSql does not
    // notice, so after a failure outside a transaction a probe asks, and the next statement outside a
    // transaction opens the connection again (a few attempts, at most once a second).
    bool connectionLost();
    Status ensureConnected();
    Status reconnect();
    Error withoutPassword(Error error) const;

    Dialect m_dialect;
    QString m_connectionName;
    int m_transactionDepth = 0;
    int m_lockTimeoutMs;
    int m_statementTimeoutMs;
    bool m_lost = false;
    QElapsedTimer m_lastReconnect; // valid after a failed attempt
};

} // namespace iq::server
