#include "store/Database.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <sqlite3.h>

namespace iq {
namespace {

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("iq-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

sqlite3* nativeHandle(const QSqlDatabase& db) {
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

QString migrationResource(int version) {
    return QStringLiteral(":/iq/migrations/%1.sql").arg(version, 4, 10, QLatin1Char('0'));
}

constexpr QByteArrayView kSqliteMagic("SQLite format 3\0", 16);

} // namespace

Error sqlError(const QSqlQuery& query, const QString& what) {
    return Error::make(Error::Code::Generic, QStringLiteral("%1: %2").arg(what, query.lastError().text()));
}

Database::Database(QString filePath, QString connectionName)
    : m_filePath(std::move(filePath))
    , m_connectionName(std::move(connectionName)) {}

Database::~Database() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3* Database::handle() const {
    return nativeHandle(connection());
}

Status Database::inspect(const QString& filePath, int* userVersion) {
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           QObject::tr("Cannot read %1: %2").arg(filePath, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.isEmpty()) {
        if (userVersion)
            *userVersion = 0;
        return {}; // an empty file is a database SQLite has not written yet
    }
    if (header.size() < 100 || !header.startsWith(kSqliteMagic))
        return Error::make(Error::Code::Corrupt,
                           QObject::tr("%1 is not an IQ Messaging database (its header is not SQLite's); "
                                       "the file was left as it is.")
                               .arg(filePath));

    // A read-only look at a WAL-mode file still makes its -wal and -shm companions; remove the ones this
    // inspection made so that a refused file is left exactly as it was found.
    const QStringList companions = {filePath + QStringLiteral("-wal"), filePath + QStringLiteral("-shm")};
    QStringList companionsBefore;
    for (const QString& companion : companions) {
        if (QFile::exists(companion))
            companionsBefore << companion;
    }
    const QString name = nextConnectionName();
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            status = Error::make(Error::Code::Corrupt,
                                 QObject::tr("Cannot open %1: %2").arg(filePath, db.lastError().text()));
        } else {
            QSqlQuery query(db);
            // Reading user_version and the whole schema touches the header and every schema page,
            // which is where damage shows first, without the cost of a full integrity check.
            if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
                status = Error::make(Error::Code::Corrupt,
                                     QObject::tr("%1 is damaged and cannot be read (%2); the file was left "
                                                 "as it is. Restore it from a backup or choose another "
                                                 "profile.")
                                         .arg(filePath, query.lastError().text()));
            } else {
                const int version = query.value(0).toInt();
                if (userVersion)
                    *userVersion = version;
                if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE sql IS NOT NULL")) ||
                    !query.next()) {
                    status =
                        Error::make(Error::Code::Corrupt,
                                    QObject::tr("%1 is damaged: its schema cannot be read (%2); the file "
                                                "was left as it is.")
                                        .arg(filePath, query.lastError().text()));
                } else if (version > kSchemaVersion) {
                    status = Error::make(Error::Code::TooNew,
                                         QObject::tr("%1 was written by a newer version of IQ Messaging "
                                                     "(schema %2; this version reads up to %3). Update the "
                                                     "application; the file was left as it is.")
                                             .arg(filePath)
                                             .arg(version)
                                             .arg(kSchemaVersion));
                }
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    for (const QString& companion : companions) {
        if (!companionsBefore.contains(companion))
            QFile::remove(companion);
    }
    return status;
}

Result<std::unique_ptr<Database>> Database::open(const QString& filePath, Mode mode) {
    const QFileInfo info(filePath);
    if (info.exists()) {
        if (Status inspected = inspect(filePath); !inspected)
            return inspected.error();
    } else if (mode == Mode::ReadOnly) {
        return Error::make(Error::Code::NotFound, QObject::tr("There is no database at %1.").arg(filePath));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Error::make(Error::Code::Io,
                           QObject::tr("Cannot create the folder %1.").arg(info.absolutePath()));
    }

    std::unique_ptr<Database> database(new Database(filePath, nextConnectionName()));
    if (Status configured = database->configure(mode); !configured)
        return configured.error();
    if (mode == Mode::ReadWrite) {
        if (Status migrated = database->migrate(); !migrated)
            return migrated.error();
    }
    return database;
}

Status Database::configure(Mode mode) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_filePath);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return Error::make(Error::Code::Io,
                           QObject::tr("Cannot open %1: %2").arg(m_filePath, db.lastError().text()));

    QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA secure_delete = ON"),
        QStringLiteral("PRAGMA busy_timeout = 10000"),
    };
    if (mode == Mode::ReadWrite) {
        // User data: every commit reaches the disk before it is reported done.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    }
    QSqlQuery query(db);
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma))
            return sqlError(query, pragma);
    }
    return {};
}

int Database::schemaVersion() {
    auto query = exec(QStringLiteral("PRAGMA user_version"));
    return query.ok() && query.value().next() ? query.value().value(0).toInt() : -1;
}

Status Database::migrate() {
    const int current = schemaVersion();
    for (int version = current + 1; version <= kSchemaVersion; ++version) {
        QFile file(migrationResource(version));
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(Error::Code::Generic,
                               QObject::tr("Migration %1 is missing from this build.").arg(version));
        const QString script = QString::fromUtf8(file.readAll());
        Status step = transaction([&]() -> Status {
            if (Status ran = execScript(script); !ran)
                return Error::make(ran.error().code, QObject::tr("Upgrading %1 to schema %2 failed: %3")
                                                         .arg(m_filePath)
                                                         .arg(version)
                                                         .arg(ran.errorMessage()));
            // PRAGMA takes no bound values; version is an integer from this build, not input.
            return execScript(QStringLiteral("PRAGMA user_version = %1").arg(version));
        });
        if (!step)
            return step;
    }
    return {};
}

Status Database::transaction(const std::function<Status()>& work) {
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status status = work();
        --m_transactionDepth;
        return status;
    }
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(query, QObject::tr("Starting a transaction"));
    m_transactionDepth = 1;
    Status status = work();
    m_transactionDepth = 0;
    if (status) {
        if (query.exec(QStringLiteral("COMMIT")))
            return status;
        status = sqlError(query, QObject::tr("Saving the changes"));
    }
    query.exec(QStringLiteral("ROLLBACK"));
    return status;
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values) {
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query, sql);
    for (const QVariant& value : values) {
        // A null QString means "no text" in C++, but would bind as SQL NULL; only an invalid QVariant
        // stands for NULL.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return sqlError(query, sql);
    return query;
}

Status Database::execScript(const QString& script) {
    sqlite3* handle = nativeHandle(connection());
    if (!handle)
        return Error::make(Error::Code::Generic, QObject::tr("The SQLite driver gave no native handle."));
    char* message = nullptr;
    const QByteArray utf8 = script.toUtf8();
    if (sqlite3_exec(handle, utf8.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message);
        sqlite3_free(message);
        return Error::make(Error::Code::Generic, text);
    }
    return {};
}

qint64 Database::dataVersion() {
    auto query = exec(QStringLiteral("PRAGMA data_version"));
    return query.ok() && query.value().next() ? query.value().value(0).toLongLong() : -1;
}

} // namespace iq
