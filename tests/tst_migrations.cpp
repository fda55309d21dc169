#include "store/Database.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
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

private:
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
