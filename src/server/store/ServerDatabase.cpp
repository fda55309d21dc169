#include "store/ServerDatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QUrl>

namespace iq::server {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("iq::server::ServerDatabase", text);
}

Error queryError(const QSqlQuery& query, const QString& sql) {
    return Error::make(
        Error::Code::Io,
        tr("Database statement failed (%1): %2").arg(sql.simplified().left(80), query.lastError().text()));
}

QString nextConnectionName() {
    static QAtomicInteger<int> counter;
    return QStringLiteral("iqserver-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Splits a migration script into statements; scripts keep one statement per ';' at the end of a line.
QStringList statements(const QString& script) {
    QStringList result;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            result.append(current.trimmed().chopped(1));
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result.append(current.trimmed());
    return result;
}

} // namespace

ServerDatabase::ServerDatabase(Dialect dialect, QString connectionName)
    : m_dialect(dialect)
    , m_connectionName(std::move(connectionName)) {}

ServerDatabase::~ServerDatabase() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase ServerDatabase::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::open(const QString& url) {
    const QString name = nextConnectionName();
    std::unique_ptr<ServerDatabase> database;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        const QString path = url.mid(7);
        if (path.isEmpty())
            return Error::make(Error::Code::InvalidInput, tr("--database sqlite: needs a file path."));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        database.reset(new ServerDatabase(Dialect::Sqlite, name));
    } else if (url.startsWith(QLatin1String("postgres://")) ||
               url.startsWith(QLatin1String("postgresql://"))) {
        const QUrl parsed(url);
        const QString dbName = parsed.path().mid(1);
        if (!parsed.isValid() || parsed.host().isEmpty() || dbName.isEmpty())
            return Error::make(Error::Code::InvalidInput,
                               tr("--database \"%1\" is not of the form postgres://USER@HOST[:PORT]/DB.")
                                   .arg(parsed.toDisplayString(QUrl::RemovePassword)));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(parsed.host());
        db.setPort(parsed.port(5432));
        db.setDatabaseName(dbName);
        db.setUserName(parsed.userName());
        db.setPassword(parsed.password());
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        database.reset(new ServerDatabase(Dialect::Postgres, name));
    } else {
        return Error::make(Error::Code::InvalidInput,
                           tr("--database must start with sqlite: or postgres:// (got \"%1\").").arg(url));
    }
    {
        QSqlDatabase db = database->connection();
        if (!db.open())
            return Error::make(Error::Code::Io,
                               tr("Cannot open the database: %1").arg(db.lastError().text()));
    }
    if (Status configured = database->configure(); !configured)
        return configured.error();
    if (Status migrated = database->migrate(); !migrated)
        return migrated.error();
    return database;
}

Status ServerDatabase::configure() {
    if (m_dialect == Dialect::Sqlite) {
        for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                                   "PRAGMA foreign_keys=ON", "PRAGMA secure_delete=ON"}) {
            QSqlQuery query(connection());
            if (!query.exec(QString::fromLatin1(pragma)))
                return queryError(query, QString::fromLatin1(pragma));
        }
    } else {
        QSqlQuery query(connection());
        if (!query.exec(QStringLiteral("SET client_min_messages TO WARNING")))
            return queryError(query, QStringLiteral("SET client_min_messages"));
    }
    return Status::success();
}

Result<QSqlQuery> ServerDatabase::exec(const QString& sql, const QVariantList& values) {
    auto query = prepare(sql);
    if (!query)
        return query;
    if (Status ran = run(query.value(), values); !ran)
        return ran.error();
    return query;
}

Result<QSqlQuery> ServerDatabase::prepare(const QString& sql) {
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        return queryError(query, sql);
    return query;
}

Status ServerDatabase::run(QSqlQuery& query, const QVariantList& values) {
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return queryError(query, query.lastQuery());
    return Status::success();
}

Status ServerDatabase::transaction(const std::function<Status()>& work) {
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status status = work();
        --m_transactionDepth;
        return status;
    }
    QSqlQuery begin(connection());
    const QString beginSql =
        m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (!begin.exec(beginSql))
        return queryError(begin, beginSql);
    ++m_transactionDepth;
    Status status = work();
    --m_transactionDepth;
    QSqlQuery end(connection());
    if (!status) {
        end.exec(QStringLiteral("ROLLBACK"));
        return status;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        Error error = queryError(end, QStringLiteral("COMMIT"));
        QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return Status::success();
}

Status ServerDatabase::lockAccount(const QString& accountId) {
    if (m_dialect == Dialect::Sqlite)
        return Status::success();
    auto locked = exec(QStringLiteral("SELECT id FROM accounts WHERE id = ? FOR UPDATE"), {accountId});
    if (!locked)
        return locked.error();
    return Status::success();
}

QString ServerDatabase::forUpdate() const {
    return m_dialect == Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
}

bool ServerDatabase::isUnavailable(const Error& error) {
    static const QRegularExpression pattern(
        QStringLiteral("database is locked|busy|connection|server closed|could not connect|terminating"),
        QRegularExpression::CaseInsensitiveOption);
    return error.code == Error::Code::Io && pattern.match(error.message).hasMatch();
}

int ServerDatabase::schemaVersion() {
    auto query = exec(QStringLiteral("SELECT version FROM server_schema"));
    if (!query || !query.value().next())
        return 0;
    return query->value(0).toInt();
}

Status ServerDatabase::migrate() {
    {
        QSqlQuery create(connection());
        if (!create.exec(
                QStringLiteral("CREATE TABLE IF NOT EXISTS server_schema (version INTEGER NOT NULL)")))
            return queryError(create, QStringLiteral("CREATE TABLE server_schema"));
    }
    for (int version = 1; version <= kSchemaVersion; ++version) {
        Status status = transaction([&]() -> Status {
            // Several processes may start at once on one PostgreSQL: one migrates, the others wait.
            if (m_dialect == Dialect::Postgres) {
                auto lock = exec(QStringLiteral("SELECT pg_advisory_xact_lock(7244101)"));
                if (!lock)
                    return lock.error();
            }
            auto current = exec(QStringLiteral("SELECT version FROM server_schema"));
            if (!current)
                return current.error();
            int have = 0;
            bool hasRow = false;
            if (current.value().next()) {
                have = current->value(0).toInt();
                hasRow = true;
            }
            current.value().finish();
            if (have > kSchemaVersion)
                return Error::make(Error::Code::TooNew,
                                   tr("The database has schema version %1; this iqmsgd knows up to %2. "
                                      "Use a newer iqmsgd.")
                                       .arg(have)
                                       .arg(kSchemaVersion));
            if (have >= version)
                return Status::success();
            QFile file(QStringLiteral(":/iq/server/migrations/%1.sql").arg(version, 4, 10, QLatin1Char('0')));
            if (!file.open(QIODevice::ReadOnly))
                return Error::make(Error::Code::Corrupt,
                                   tr("Migration %1 is missing from the build.").arg(version));
            const QString script = QString::fromUtf8(file.readAll());
            for (const QString& statement : statements(script)) {
                QSqlQuery query(connection());
                if (!query.exec(statement))
                    return queryError(query, statement);
            }
            auto stamped =
                hasRow ? exec(QStringLiteral("UPDATE server_schema SET version = ?"), {version})
                       : exec(QStringLiteral("INSERT INTO server_schema (version) VALUES (?)"), {version});
            if (!stamped)
                return stamped.error();
            return Status::success();
        });
        if (!status)
            return status;
    }
    return Status::success();
}

} // namespace iq::server
