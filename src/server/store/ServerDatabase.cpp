#include "server/store/ServerDatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QThread>

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

constexpr int kReconnectAttempts = 3;
constexpr int kReconnectPauseMs = 200;     // between attempts of one reconnection
constexpr int kReconnectIntervalMs = 1000; // after a failed reconnection, requests fail at once until then

// The server's data is its accounts' contacts and tokens: the folders iqmsgd makes for the file and
// the file itself are its owner's only. SQLite gives its -wal and -shm files the mode of the database.
Status createPrivately(const QString& path) {
    const QFileInfo file(path);
    if (path == QLatin1String(":memory:") || path.startsWith(QLatin1String("file:")) || file.exists())
        return Status::success();
    QStringList missing;
    for (QDir dir = file.absoluteDir(); !dir.exists(); dir.setPath(QFileInfo(dir.absolutePath()).path()))
        missing.prepend(dir.absolutePath());
    for (const QString& folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            return Error::make(Error::Code::Io, tr("Cannot create the folder %1.").arg(folder));
    }
    QFile created(path);
    if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
        return Error::make(Error::Code::Io,
                           tr("Cannot create the database %1: %2").arg(path, created.errorString()));
    return Status::success();
}

bool isRead(const QString& sql) {
    return sql.trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive) &&
           !sql.contains(QLatin1String("FOR UPDATE"), Qt::CaseInsensitive);
}

} // namespace

ServerDatabase::ServerDatabase(Dialect dialect, QString connectionName, const DatabaseSettings& settings)
    : m_dialect(dialect)
    , m_connectionName(std::move(connectionName))
    , m_lockTimeoutMs(settings.lockTimeoutMs)
    , m_statementTimeoutMs(settings.statementTimeoutMs) {}

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
    DatabaseSettings settings;
    settings.url = url;
    return open(settings);
}

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::open(const DatabaseSettings& settings) {
    const QString& url = settings.url;
    const QString name = nextConnectionName();
    std::unique_ptr<ServerDatabase> database;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        const QString path = url.mid(7);
        if (path.isEmpty())
            return Error::make(Error::Code::InvalidInput, tr("--database sqlite: needs a file path."));
        if (Status created = createPrivately(path); !created)
            return created.error();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        database.reset(new ServerDatabase(Dialect::Sqlite, name, settings));
    } else if (PostgresUrl::isPostgres(url)) {
        auto parsed = PostgresUrl::parse(url);
        if (!parsed)
            return parsed.error();
        if (!settings.sslMode.isEmpty() && !PostgresUrl::isSslMode(settings.sslMode))
            return Error::make(Error::Code::InvalidInput,
                               tr("--database-sslmode \"%1\" is not one of disable, allow, prefer, require, "
                                  "verify-ca, verify-full.")
                                   .arg(settings.sslMode));
        QStringList options{QStringLiteral("connect_timeout=10")};
        for (const auto& [key, value] : std::as_const(parsed->options)) {
            if (key != QLatin1String("sslmode") || settings.sslMode.isEmpty())
                options.append(key + QLatin1Char('=') + value);
        }
        if (!settings.sslMode.isEmpty())
            options.append(QStringLiteral("sslmode=") + settings.sslMode);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(parsed->host);
        db.setPort(parsed->port);
        db.setDatabaseName(parsed->database);
        db.setUserName(parsed->user);
        // Without a password here libpq takes one from PGPASSWORD or ~/.pgpass.
        db.setPassword(settings.password.isEmpty() ? parsed->password : settings.password);
        db.setConnectOptions(options.join(QLatin1Char(';')));
        database.reset(new ServerDatabase(Dialect::Postgres, name, settings));
    } else {
        return Error::make(Error::Code::InvalidInput,
                           tr("--database must start with sqlite: or postgres:// (got \"%1\").")
                               .arg(PostgresUrl::redacted(url)));
    }
    {
        QSqlDatabase db = database->connection();
        if (!db.open())
            return database->withoutPassword(
                Error::make(Error::Code::Io, tr("Cannot open the database: %1").arg(db.lastError().text())));
    }
    if (Status configured = database->configure(); !configured)
        return configured.error();
    if (Status migrated = database->migrate(); !migrated)
        return migrated.error();
    return database;
}

Error ServerDatabase::withoutPassword(Error error) const {
    // libpq does not quote passwords in its messages today; this keeps it so whatever it says.
    const QString password = connection().password();
    if (!password.isEmpty())
        error.message.replace(password, QStringLiteral("***"));
    return error;
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
        // A write waiting on another's row lock, or any statement running away, fails (503) rather
        // than holding the server's one thread and the client's request.
        const QStringList settings{QStringLiteral("SET client_min_messages TO WARNING"),
                                   QStringLiteral("SET lock_timeout = %1").arg(m_lockTimeoutMs),
                                   QStringLiteral("SET statement_timeout = %1").arg(m_statementTimeoutMs)};
        for (const QString& setting : settings) {
            QSqlQuery query(connection());
            if (!query.exec(setting))
                return queryError(query, setting);
        }
    }
    return Status::success();
}

bool ServerDatabase::connectionLost() {
    if (m_dialect != Dialect::Postgres || m_transactionDepth > 0)
        return m_lost;
    if (!m_lost) {
        QSqlQuery probe(connection());
        m_lost = !probe.exec(QStringLiteral("SELECT 1"));
    }
    return m_lost;
}

Status ServerDatabase::ensureConnected() {
    if (!m_lost || m_transactionDepth > 0)
        return Status::success();
    return reconnect();
}

Status ServerDatabase::reconnect() {
    if (m_lastReconnect.isValid() && m_lastReconnect.elapsed() < kReconnectIntervalMs)
        return Error::make(Error::Code::Io, tr("The connection to the database is lost; trying again."));
    QString lastError;
    for (int attempt = 0; attempt < kReconnectAttempts; ++attempt) {
        if (attempt > 0)
            QThread::msleep(kReconnectPauseMs);
        QSqlDatabase db = connection();
        db.close();
        if (!db.open()) {
            lastError = db.lastError().text();
            continue;
        }
        if (Status configured = configure(); !configured) {
            lastError = configured.errorMessage();
            continue;
        }
        m_lost = false;
        m_lastReconnect.invalidate();
        return Status::success();
    }
    m_lastReconnect.start();
    return withoutPassword(
        Error::make(Error::Code::Io, tr("Cannot restore the connection to the database: %1").arg(lastError)));
}

Result<QSqlQuery> ServerDatabase::exec(const QString& sql, const QVariantList& values) {
    if (Status ready = ensureConnected(); !ready)
        return ready.error();
    Error failed;
    {
        auto query = execOnce(sql, values);
        if (query || m_transactionDepth > 0 || !connectionLost())
            return query;
        // A read outside a transaction can be asked again on a new connection; a write may have been
        // committed before the connection went, so its failure stands (the client retries, idempotently).
        if (!isRead(sql))
            return query;
        failed = query.error();
    } // the failed query goes with the old connection
    if (!reconnect())
        return failed;
    return execOnce(sql, values);
}

Result<QSqlQuery> ServerDatabase::execOnce(const QString& sql, const QVariantList& values) {
    auto query = prepare(sql);
    if (!query)
        return query;
    if (Status ran = run(query.value(), values); !ran)
        return ran.error();
    return query;
}

Result<QSqlQuery> ServerDatabase::prepare(const QString& sql) {
    if (Status ready = ensureConnected(); !ready)
        return ready.error();
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
    if (Status ready = ensureConnected(); !ready)
        return ready;
    const QString beginSql =
        m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    Error beginError;
    {
        QSqlQuery begin(connection());
        if (!begin.exec(beginSql))
            beginError = queryError(begin, beginSql);
    }
    if (!beginError.message.isEmpty()) {
        // Nothing was done yet: on a connection found lost, begin again on a new one.
        if (!connectionLost())
            return beginError;
        if (Status reopened = reconnect(); !reopened)
            return reopened;
        QSqlQuery again(connection());
        if (!again.exec(beginSql))
            return queryError(again, beginSql);
    }
    ++m_transactionDepth;
    Status status = work();
    --m_transactionDepth;
    QSqlQuery end(connection());
    if (!status) {
        // A rollback fails only when the connection is gone.
        if (!end.exec(QStringLiteral("ROLLBACK")))
            m_lost = m_dialect == Dialect::Postgres;
        return status;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        Error error = queryError(end, QStringLiteral("COMMIT"));
        if (!QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK")))
            m_lost = m_dialect == Dialect::Postgres;
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
        QStringLiteral("database is locked|busy|connection|server closed|could not connect|terminating|"
                       "lock timeout|statement timeout|deadlock|could not serialize"),
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
