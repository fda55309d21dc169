#pragma once

#include "shared/util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

struct sqlite3;

namespace iq {

// Owns one SQLite connection to a profile's database: opening with the project's pragmas, refusing
// corrupt or newer files untouched, running migrations, and transactions. A connection belongs to the
// thread that opened it; a worker thread opens its own Database on the same file.
class Database final {
public:
    // The schema this build writes. Each step up is one migration file in migrations/.
    static constexpr int kSchemaVersion = 10;
    // Copies written before upgrading an older profile (backupPath) that are kept, newest first.
    static constexpr int kBackupsKept = 2;

    enum class Mode { ReadWrite, ReadOnly };

    static Result<std::unique_ptr<Database>> open(const QString& filePath, Mode mode = Mode::ReadWrite);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QString filePath() const { return m_filePath; }
    QSqlDatabase connection() const;
    // SQLite's own handle of the connection, for bulk work where Qt's per-value QVariant costs too
    // much (imports, reading a whole audience). Same thread rules as the connection.
    sqlite3* handle() const;
    int schemaVersion();

    // Runs work inside BEGIN IMMEDIATE ... COMMIT; rolls back when work fails. Nested calls join the
    // outer transaction so that a repository method can be composed into a larger unit.
    Status transaction(const std::function<Status()>& work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Prepares the statement on every call (Qt's SQLite driver keeps no cache of them) and runs it with
    // bound values only; hot loops use handle() and statements of their own.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {});
    // Executes a script of several statements (migrations, test fixtures). Never used with user input.
    Status execScript(const QString& script);

    // Changes whenever another connection commits: cheap polling for changes made by other processes.
    qint64 dataVersion();

    // Reads the header and schema of an existing file without writing anything.
    static Status inspect(const QString& filePath, int* userVersion = nullptr);
    // Where the copy of a profile of schema version is written before it is upgraded:
    // "profile.sqlite.v6.bak" next to "profile.sqlite".
    static QString backupPath(const QString& filePath, int version);

private:
    Database(QString filePath, QString connectionName);
    Status configure(Mode mode);
    Status migrate(const QString& backup);
    // Copies the database (VACUUM INTO) to backupPath(version); answers that path.
    Result<QString> backUp(int version);
    void pruneBackups();
    // Creates an empty file only its owner can read (and its folder, only its owner can open).
    static Status createPrivateFile(const QString& filePath);

    QString m_filePath;
    QString m_connectionName;
    int m_transactionDepth = 0;
};

// The error of a failed statement, as Qt's driver or SQLite's handle reports it. A full disk and an I/O
// error say so in words (SQLite's own "database or disk is full" leaves the user guessing which).
Error sqlError(const QSqlQuery& query, const QString& what);
Error sqliteError(sqlite3* handle, const QString& what);
Error storageError(int sqliteCode, const QString& what, const QString& detail);

} // namespace iq
