#include "core/store/Database.h"

#include "TestSupport.h"

#include <QFile>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace iq;

class TestDatabase final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void newDatabaseGetsPragmasAndCurrentSchema() {
        auto db = Database::open(path(QStringLiteral("new/profile.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        QCOMPARE(db.value()->schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(pragma(*db.value(), "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(*db.value(), "foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma(*db.value(), "secure_delete"), QStringLiteral("1"));
        QCOMPARE(pragma(*db.value(), "synchronous"), QStringLiteral("2")); // FULL
        QVERIFY(pragma(*db.value(), "busy_timeout").toInt() >= 1000);
    }

    void reopeningKeepsData() {
        const QString file = path(QStringLiteral("profile.sqlite"));
        {
            auto db = Database::open(file);
            QVERIFY(db.ok());
            QVERIFY(db.value()->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                                     {QStringLiteral("k"), QStringLiteral("v")}));
        }
        auto db = Database::open(file);
        QVERIFY(db.ok());
        auto query = db.value()->exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                                      {QStringLiteral("k")});
        QVERIFY(query.ok() && query.value().next());
        QCOMPARE(query.value().value(0).toString(), QStringLiteral("v"));
    }

    // Programs open and close one profile at the same time (the application, iqm, a second iqm). One
    // that opens while the others write must not take away their write-ahead log: every committed
    // row is still there afterwards.
    void concurrentOpensKeepEveryCommit() {
        const QString file = path(QStringLiteral("shared.sqlite"));
        QVERIFY(Database::open(file).ok());
        constexpr int kWriters = 4;
        constexpr int kRounds = 40;
        QAtomicInt failures = 0;
        QString firstFailure;
        QMutex failureLock;
        std::vector<std::unique_ptr<QThread>> writers;
        for (int writer = 0; writer < kWriters; ++writer) {
            writers.emplace_back(QThread::create([&, writer]() {
                for (int round = 0; round < kRounds; ++round) {
                    auto db = Database::open(file);
                    Status written = db ? Status() : Status(db.error());
                    if (written) {
                        auto inserted = db.value()->exec(
                            QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'x')"),
                            {QStringLiteral("w%1-%2").arg(writer).arg(round)});
                        if (!inserted)
                            written = inserted.error();
                    }
                    if (!written) {
                        failures.fetchAndAddRelaxed(1);
                        const QMutexLocker locked(&failureLock);
                        if (firstFailure.isEmpty())
                            firstFailure = written.errorMessage();
                    }
                }
            }));
            writers.back()->start();
        }
        for (auto& writer : writers)
            QVERIFY(writer->wait(120000));
        QVERIFY2(failures.loadRelaxed() == 0, qPrintable(firstFailure));
        auto db = Database::open(file);
        QVERIFY(db.ok());
        auto query = db.value()->exec(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'w%'"));
        QVERIFY(query.ok() && query.value().next());
        QCOMPARE(query.value().value(0).toInt(), kWriters * kRounds);
    }

    void refusesDamagedFilesUntouched_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("expectedCode");

        QTest::newRow("not a database")
            << QByteArray("name,phone\nAna,555-0132\n").repeated(200) << int(Error::Code::Corrupt);
        const QByteArray valid = validDatabaseBytes();
        QByteArray schemaPageDamaged = valid;
        for (int i = 100; i < 4096 && i < schemaPageDamaged.size(); ++i)
            schemaPageDamaged[i] = char(0xA5 ^ (i & 0xFF));
        QTest::newRow("schema page overwritten") << schemaPageDamaged << int(Error::Code::Corrupt);
        QTest::newRow("truncated header") << valid.left(60) << int(Error::Code::Corrupt);
    }

    void refusesDamagedFilesUntouched() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, expectedCode);
        const QString file = writeFile(QStringLiteral("damaged.sqlite"), bytes);
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QCOMPARE(int(db.error().code), expectedCode);
        QVERIFY2(db.errorMessage().contains(file), qPrintable(db.errorMessage()));
        QCOMPARE(test::fileBytes(file), bytes);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(file + QStringLiteral("-shm")));
    }

    void refusesNewerSchemaUntouched() {
        const QString file = path(QStringLiteral("future.sqlite"));
        {
            auto db = Database::open(file);
            QVERIFY(db.ok());
            QVERIFY(db.value()->execScript(
                QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1)));
            QVERIFY(db.value()->execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = test::fileBytes(file);
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::TooNew);
        QVERIFY2(db.errorMessage().contains(QString::number(Database::kSchemaVersion + 1)),
                 qPrintable(db.errorMessage()));
        QCOMPARE(test::fileBytes(file), before);
    }

    void failedTransactionRollsBack() {
        auto db = Database::open(path(QStringLiteral("tx.sqlite")));
        QVERIFY(db.ok());
        Database& database = *db.value();
        const Status status = database.transaction([&]() -> Status {
            auto inserted =
                database.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')"));
            if (!inserted)
                return inserted.error();
            // The nested unit fails: the whole outer transaction must go.
            return database.transaction(
                [&]() -> Status { return Error::make(Error::Code::InvalidInput, QStringLiteral("nope")); });
        });
        QVERIFY(!status.ok());
        QCOMPARE(status.errorMessage(), QStringLiteral("nope"));
        auto count = database.exec(QStringLiteral("SELECT count(*) FROM settings"));
        QVERIFY(count.ok() && count.value().next());
        QCOMPARE(count.value().value(0).toInt(), 0);
        QVERIFY(!database.inTransaction());
    }

    void sqlErrorsNameTheStatement() {
        auto db = Database::open(path(QStringLiteral("err.sqlite")));
        QVERIFY(db.ok());
        auto query = db.value()->exec(QStringLiteral("SELECT nope FROM settings"));
        QVERIFY(!query.ok());
        QVERIFY2(query.errorMessage().contains(QStringLiteral("nope")), qPrintable(query.errorMessage()));
    }

    void readOnlyModeDoesNotCreateFiles() {
        const QString file = path(QStringLiteral("missing.sqlite"));
        auto db = Database::open(file, Database::Mode::ReadOnly);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::NotFound);
        QVERIFY(!QFile::exists(file));
    }

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString writeFile(const QString& name, const QByteArray& bytes) const {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return file.fileName();
    }

    QByteArray validDatabaseBytes() {
        const QString file = path(QStringLiteral("valid-source.sqlite"));
        {
            auto db = Database::open(file);
            if (!db.ok() || !db.value()->execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
                return {};
        }
        return test::fileBytes(file);
    }

    static QString pragma(Database& db, const char* name) {
        auto query = db.exec(QStringLiteral("PRAGMA ") + QLatin1String(name));
        return query.ok() && query.value().next() ? query.value().value(0).toString() : QString();
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
