#include "core/store/Database.h"

#include "core/profile/Profile.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

// Upgrades a stored database of every earlier schema version to the current one and compares it with
// a database created fresh: same tables, indexes and triggers, and no row lost on the way.
class TestMigrations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void upgradesEveryStoredVersion_data() {
        QTest::addColumn<QString>("fixture");
        const QDir dir(test::dataPath(QStringLiteral("migrations")));
        const QStringList fixtures =
            dir.entryList({QStringLiteral("schema-*.sqlite")}, QDir::Files, QDir::Name);
        QVERIFY2(!fixtures.isEmpty(), "no fixtures in tests/data/migrations");
        for (const QString& name : fixtures)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
        // Every version before the current one has a fixture.
        for (int version = 1; version < Database::kSchemaVersion; ++version) {
            QVERIFY2(
                fixtures.contains(QStringLiteral("schema-%1.sqlite").arg(version)),
                qPrintable(QStringLiteral("missing fixture for schema %1 (scripts/make-schema-fixture.sh %1)")
                               .arg(version)));
        }
    }

    void upgradesEveryStoredVersion() {
        QFETCH(QString, fixture);
        QTemporaryDir dir;
        const QString upgradedPath = dir.filePath(QStringLiteral("upgraded.sqlite"));
        QVERIFY(QFile::copy(fixture, upgradedPath));
        QFile::setPermissions(upgradedPath, QFile::ReadOwner | QFile::WriteOwner);

        const QMap<QString, int> rowsBefore = rowCounts(upgradedPath);
        auto upgraded = Database::open(upgradedPath);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.errorMessage()));
        QCOMPARE(upgraded.value()->schemaVersion(), Database::kSchemaVersion);
        auto fresh = Database::open(dir.filePath(QStringLiteral("fresh.sqlite")));
        QVERIFY(fresh.ok());

        QCOMPARE(schemaOf(*upgraded.value()), schemaOf(*fresh.value()));
        auto violations = upgraded.value()->exec(QStringLiteral("PRAGMA foreign_key_check"));
        QVERIFY(violations.ok());
        QVERIFY2(!violations.value().next(), "foreign key violations after the upgrade");
        upgraded = Error{};

        const QMap<QString, int> rowsAfter = rowCounts(upgradedPath);
        for (auto it = rowsBefore.cbegin(); it != rowsBefore.cend(); ++it)
            QVERIFY2(rowsAfter.value(it.key()) >= it.value(),
                     qPrintable(QStringLiteral("rows lost in ") + it.key()));
    }

    // Before an older profile is upgraded, a whole copy of it is written next to it, private to its owner.
    void backsUpBeforeUpgrading() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
        QVERIFY(QFile::copy(test::dataPath(QStringLiteral("migrations/schema-6.sqlite")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QMap<QString, int> rowsBefore = rowCounts(path);

        auto upgraded = Database::open(path);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.errorMessage()));
        upgraded = Error{};

        const QString backup = Database::backupPath(path, 6);
        QCOMPARE(backup, dir.filePath(QStringLiteral("profile.sqlite.v6.bak")));
        QVERIFY(QFile::exists(backup));
        QVERIFY(!QFile::exists(backup + QStringLiteral(".part")));
        QCOMPARE(QFile::permissions(backup) & kOthersOrGroup, QFileDevice::Permissions());
        int version = -1;
        QVERIFY(Database::inspect(backup, &version));
        QCOMPARE(version, 6);
        QCOMPARE(rowCounts(backup), rowsBefore);

        // Opening the upgraded profile again makes no new copy.
        QVERIFY(QFile::remove(backup));
        QVERIFY(Database::open(path).ok());
        QVERIFY(!QFile::exists(backup));
    }

    void keepsTheLastTwoCopies() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
        QVERIFY(QFile::copy(test::dataPath(QStringLiteral("migrations/schema-6.sqlite")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        for (int version : {3, 4, 5}) {
            QFile old(Database::backupPath(path, version));
            QVERIFY(old.open(QIODevice::WriteOnly));
        }
        QVERIFY(Database::open(path).ok());
        QVERIFY(QFile::exists(Database::backupPath(path, 6)));
        QVERIFY(QFile::exists(Database::backupPath(path, 5)));
        QVERIFY(!QFile::exists(Database::backupPath(path, 4)));
        QVERIFY(!QFile::exists(Database::backupPath(path, 3)));
    }

    // A step that fails undoes the steps before it too, and the error says where the copy is.
    void failedUpgradeLeavesTheProfileAsItWas() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
        QVERIFY(QFile::copy(test::dataPath(QStringLiteral("migrations/schema-5.sqlite")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            // Something migration 7 creates is already there: step 6 runs, step 7 fails.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inject"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE sync_set_aside (x)")));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inject"));
        const QMap<QString, int> rowsBefore = rowCounts(path);
        const QStringList schemaBefore = schemaAt(path);

        auto upgraded = Database::open(path);
        QVERIFY(!upgraded.ok());
        const QString backup = Database::backupPath(path, 5);
        QVERIFY2(upgraded.errorMessage().contains(backup), qPrintable(upgraded.errorMessage()));
        QVERIFY2(upgraded.errorMessage().contains(QLatin1String("schema 7")),
                 qPrintable(upgraded.errorMessage()));

        int version = -1;
        QVERIFY(Database::inspect(path, &version));
        QCOMPARE(version, 5);
        QCOMPARE(schemaAt(path), schemaBefore);
        QCOMPARE(rowCounts(path), rowsBefore);
        QVERIFY(Database::inspect(backup, &version));
        QCOMPARE(version, 5);
        QCOMPARE(rowCounts(backup), rowsBefore);
    }

    // A new profile is private: its folder to its owner, its database and the database's WAL too.
    void newProfileFilesArePrivate() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("profiles/shop"));
        auto profile = Profile::open(folder);
        QVERIFY2(profile.ok(), qPrintable(profile.errorMessage()));
        QVERIFY(profile.value()->setSetting(QStringLiteral("default_region"), QStringLiteral("US")));
        const QString database = profile.value()->databasePath();
        QCOMPARE(QFile::permissions(folder) & kOthersOrGroup, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(folder) & QFileDevice::ExeOwner);
        const QStringList files = {database, database + QStringLiteral("-wal"),
                                   database + QStringLiteral("-shm")};
        for (const QString& file : files) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            QCOMPARE(QFile::permissions(file) & kOthersOrGroup, QFileDevice::Permissions());
        }
    }

private:
    static constexpr QFileDevice::Permissions kOthersOrGroup =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
        QFileDevice::WriteOther | QFileDevice::ExeOther;

    static QStringList schemaAt(const QString& file) {
        auto db = Database::open(file, Database::Mode::ReadOnly);
        return db.ok() ? schemaOf(*db.value()) : QStringList();
    }

    static QStringList schemaOf(Database& db) {
        QStringList objects;
        auto query = db.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                                            "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
        while (query.ok() && query.value().next()) {
            objects << QStringList{query.value().value(0).toString(), query.value().value(1).toString(),
                                   query.value().value(2).toString(), query.value().value(3).toString()}
                           .join(QLatin1Char('|'));
        }
        return objects;
    }

    static QMap<QString, int> rowCounts(const QString& file) {
        QMap<QString, int> counts;
        auto db = Database::open(file, Database::Mode::ReadOnly);
        if (!db.ok())
            return counts;
        QStringList tables;
        auto query = db.value()->exec(
            QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                           "AND sql NOT LIKE 'CREATE VIRTUAL%'"));
        while (query.ok() && query.value().next())
            tables << query.value().value(0).toString();
        for (const QString& table : tables) {
            auto count = db.value()->exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
            if (count.ok() && count.value().next())
                counts.insert(table, count.value().value(0).toInt());
        }
        return counts;
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
