#include "core/store/Database.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <algorithm>
#include <functional>

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

Error storageError(int sqliteCode, const QString& what, const QString& detail) {
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        return Error::make(
            Error::Code::Io,
            QObject::tr("%1: the disk is full (no space left for the profile's database). Free "
                        "some space and try again.")
                .arg(what));
    case SQLITE_IOERR:
        return Error::make(Error::Code::Io,
                           QObject::tr("%1: the disk could not be written or read (%2). Check the disk and "
                                       "try again.")
                               .arg(what, detail));
    default:
        return Error::make(Error::Code::Generic, QStringLiteral("%1: %2").arg(what, detail));
    }
}

Error sqlError(const QSqlQuery& query, const QString& what) {
    const QSqlError error = query.lastError();
    // Qt's SQLite driver reports SQLite's primary result code as the native code.
    return storageError(error.nativeErrorCode().toInt(), what, error.text());
}

Error sqliteError(sqlite3* handle, const QString& what) {
    if (!handle)
        return Error::make(Error::Code::Generic,
                           QObject::tr("%1: the SQLite driver gave no native handle.").arg(what));
    return storageError(sqlite3_extended_errcode(handle), what, QString::fromUtf8(sqlite3_errmsg(handle)));
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

    // A read-only look at a WAL-mode file still makes its -wal and -shm companions. A damaged file is
    // left exactly as it was found, so the ones this inspection made go again. A readable file's stay:
    // another program may have opened it meanwhile and be writing through them (removing them would
    // lose its commits), and the last connection to close removes them anyway.
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
    if (!status.ok() && status.error().code == Error::Code::Corrupt) {
        for (const QString& companion : companions) {
            if (!companionsBefore.contains(companion))
                QFile::remove(companion);
        }
    }
    return status;
}

Result<std::unique_ptr<Database>> Database::open(const QString& filePath, Mode mode) {
    const QFileInfo info(filePath);
    int versionBefore = 0;
    if (info.exists()) {
        if (Status inspected = inspect(filePath, &versionBefore); !inspected)
            return inspected.error();
    } else if (mode == Mode::ReadOnly) {
        return Error::make(Error::Code::NotFound, QObject::tr("There is no database at %1.").arg(filePath));
    } else {
        if (Status created = createPrivateFile(filePath); !created)
            return created.error();
    }

    std::unique_ptr<Database> database(new Database(filePath, nextConnectionName()));
    if (Status configured = database->configure(mode); !configured)
        return configured.error();
    if (mode == Mode::ReadWrite) {
        QString backup;
        if (versionBefore > 0 && versionBefore < kSchemaVersion) {
            auto written = database->backUp(versionBefore);
            if (!written)
                return written.error();
            backup = written.value();
        }
        if (Status migrated = database->migrate(backup); !migrated)
            return migrated.error();
    }
    return database;
}

QString Database::backupPath(const QString& filePath, int version) {
    return filePath + QStringLiteral(".v%1.bak").arg(version);
}

Status Database::createPrivateFile(const QString& filePath) {
    const QFileInfo info(filePath);
    const QString folder = info.absolutePath();
    if (!QDir(folder).exists()) {
        if (!QDir().mkpath(folder))
            return Error::make(Error::Code::Io, QObject::tr("Cannot create the folder %1.").arg(folder));
        // Only the owner may list a profile: file names and sizes say something about its contents.
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    // SQLite creates a file with the process's default mode (often readable by everyone) and gives its
    // -wal and -shm files the mode of the database; an empty file made here first starts them all private.
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error::make(Error::Code::Io,
                           QObject::tr("Cannot create %1: %2").arg(filePath, file.errorString()));
    file.close();
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::make(Error::Code::Io,
                           QObject::tr("Cannot make %1 private: %2").arg(filePath, file.errorString()));
    return {};
}

Result<QString> Database::backUp(int version) {
    // A whole, consistent copy written by SQLite itself; it goes to a temporary name first so that a copy
    // cut short (a full disk) is never taken for a backup.
    const QString target = backupPath(m_filePath, version);
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    // VACUUM INTO writes into an existing empty file and keeps its mode: the copy is private from the start.
    if (Status created = createPrivateFile(partial); !created)
        return created.error();
    auto vacuumed = exec(QStringLiteral("VACUUM INTO ?"), {partial});
    if (!vacuumed) {
        QFile::remove(partial);
        return Error::make(vacuumed.error().code,
                           QObject::tr("%1 was not upgraded: a copy of it could not be written first (%2). "
                                       "The file was left as it is.")
                               .arg(m_filePath, vacuumed.errorMessage()));
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error::make(Error::Code::Io,
                           QObject::tr("%1 was not upgraded: its copy could not be named %2. "
                                       "The file was left as it is.")
                               .arg(m_filePath, target));
    }
    pruneBackups();
    return target;
}

void Database::pruneBackups() {
    // The copies before the last two upgrades are kept; older ones only take space (each is a whole
    // profile).
    const QFileInfo info(m_filePath);
    QDir folder = info.absoluteDir();
    const QString prefix = info.fileName() + QStringLiteral(".v");
    QList<int> versions;
    const QStringList names = folder.entryList({prefix + QStringLiteral("*.bak")}, QDir::Files);
    for (const QString& name : names) {
        bool ok = false;
        const int version = name.mid(prefix.size(), name.size() - prefix.size() - 4).toInt(&ok);
        if (ok)
            versions << version;
    }
    std::sort(versions.begin(), versions.end(), std::greater<int>());
    for (qsizetype i = kBackupsKept; i < versions.size(); ++i)
        QFile::remove(backupPath(m_filePath, versions.at(i)));
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

Status Database::migrate(const QString& backup) {
    const int current = schemaVersion();
    if (current >= kSchemaVersion)
        return {};
    // All steps in one transaction: an upgrade that fails anywhere leaves the file at the version it had,
    // never half-way between two.
    return transaction([&]() -> Status {
        for (int version = current + 1; version <= kSchemaVersion; ++version) {
            QFile file(migrationResource(version));
            if (!file.open(QIODevice::ReadOnly))
                return Error::make(Error::Code::Generic,
                                   QObject::tr("Migration %1 is missing from this build.").arg(version));
            const QString script = QString::fromUtf8(file.readAll());
            Status ran = execScript(script);
            if (ran)
                // PRAGMA takes no bound values; version is an integer from this build, not input.
                ran = execScript(QStringLiteral("PRAGMA user_version = %1").arg(version));
            if (!ran) {
                QString message = QObject::tr("Upgrading %1 to schema %2 failed: %3. The profile was left as "
                                              "it was.")
                                      .arg(m_filePath)
                                      .arg(version)
                                      .arg(ran.errorMessage());
                if (!backup.isEmpty())
                    message += QLatin1Char(' ') +
                               QObject::tr("A copy from before the upgrade is in %1.").arg(backup);
                return Error::make(ran.error().code, message);
            }
        }
        return {};
    });
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
    if (const int code = sqlite3_exec(handle, utf8.constData(), nullptr, nullptr, &message);
        code != SQLITE_OK) {
        const QString text = QString::fromUtf8(message);
        sqlite3_free(message);
        if ((code & 0xff) == SQLITE_FULL || (code & 0xff) == SQLITE_IOERR)
            return storageError(code, QObject::tr("Writing the profile"), text);
        return Error::make(Error::Code::Generic, text);
    }
    return {};
}

qint64 Database::dataVersion() {
    auto query = exec(QStringLiteral("PRAGMA data_version"));
    return query.ok() && query.value().next() ? query.value().value(0).toLongLong() : -1;
}

} // namespace iq
