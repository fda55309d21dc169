// A full disk or a failing device during import, export, sync and deletion: the operation fails with an
// error that says so, nothing is half-written, and the profile works again once there is space.
//
// The database is filled with SQLite's max_page_count (per connection, so it works anywhere); export is
// tested with a device that fails after some bytes and, where the machine lets this process mount one
// (root), with a real small tmpfs.
#include "ContactFixtures.h"
#include "ServerProcess.h"
#include "SyncDevice.h"
#include "TestSupport.h"

#include "core/import/ContactExporter.h"
#include "core/import/ImportEngine.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;
using iq::test::ServerProcess;
using iq::test::SyncDevice;

namespace {

// A device that takes limit bytes and then fails as a full disk does.
class FullDevice final : public QIODevice {
public:
    explicit FullDevice(qint64 limit)
        : m_limit(limit) {}
    qint64 written() const { return m_written; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 size) override {
        if (m_written + size > m_limit) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_written += size;
        return size;
    }

private:
    qint64 m_limit;
    qint64 m_written = 0;
};

qint64 scalar(Database& db, const QString& sql) {
    auto query = db.exec(sql);
    return query && query.value().next() ? query.value().value(0).toLongLong() : -1;
}

QString integrity(Database& db) {
    auto query = db.exec(QStringLiteral("PRAGMA integrity_check"));
    return query && query.value().next() ? query.value().value(0).toString() : QStringLiteral("unreadable");
}

// Leaves the database room for about extraPages more pages.
void limitPages(Database& db, qint64 extraPages) {
    const qint64 pages = scalar(db, QStringLiteral("PRAGMA page_count"));
    QVERIFY(pages > 0);
    QVERIFY(db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + extraPages)));
}

void unlimitPages(Database& db) {
    QVERIFY(db.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
}

bool saysDiskFull(const QString& message) {
    return message.contains(QLatin1String("disk is full")) ||
           message.contains(QLatin1String("No space left"));
}

QByteArray peopleCsv(int rows) {
    QByteArray csv = "First Name,Last Name,Phone,Email,Notes\n";
    for (int i = 0; i < rows; ++i) {
        csv += "Person" + QByteArray::number(i) + ",Family" + QByteArray::number(i * 7) + ",+1 415 555 " +
               QByteArray::number(1000 + i % 9000).rightJustified(4, '0') + ",person" +
               QByteArray::number(i) + "@example.com,likes the new models and asks about repairs " +
               QByteArray::number(i) + "\n";
    }
    return csv;
}

ImportOptions importOptions() {
    ImportOptions options;
    options.region = QStringLiteral("US");
    options.targetGroups = {QStringLiteral("Imported")};
    options.consent = ConsentState::OptedIn;
    options.consentSource = QStringLiteral("paper sign-up sheet");
    return options;
}

QString writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// A small tmpfs mounted for the test, where this process may mount one; unmounted when it goes.
class SmallTmpfs final {
public:
    SmallTmpfs(const QString& path, const QString& size)
        : m_path(path) {
        QDir().mkpath(path);
        m_mounted = QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                       QStringLiteral("size=") + size, QStringLiteral("tmpfs"), path}) == 0;
    }
    ~SmallTmpfs() {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_path});
    }
    Q_DISABLE_COPY_MOVE(SmallTmpfs)
    bool mounted() const { return m_mounted; }

private:
    QString m_path;
    bool m_mounted = false;
};

} // namespace

class TestDiskFull final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void importFailsWholeAndWorksOnceThereIsSpace() {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("profile.sqlite")));
        QVERIFY(opened);
        Database& db = *opened.value();
        for (int i = 0; i < 3; ++i)
            test::addContact(db, QStringLiteral("Kept%1").arg(i), QStringLiteral("Before"));
        const QString csv = writeFile(dir.filePath(QStringLiteral("people.csv")), peopleCsv(4000));
        QVERIFY(!csv.isEmpty());

        const qint64 outboxBefore = scalar(db, QStringLiteral("SELECT count(*) FROM outbox"));
        limitPages(db, 40);
        auto imported = ImportEngine(db).commit(csv, importOptions());
        QVERIFY(!imported);
        QVERIFY2(saysDiskFull(imported.errorMessage()), qPrintable(imported.errorMessage()));
        QCOMPARE(integrity(db), QStringLiteral("ok"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contacts")), 3);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM imports")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore);

        unlimitPages(db);
        auto again = ImportEngine(db).commit(csv, importOptions());
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QVERIFY(again.value().count(RowOutcome::Create) > 3000);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contacts")),
                 3 + again.value().count(RowOutcome::Create));
        QCOMPARE(integrity(db), QStringLiteral("ok"));
    }

    void exportToAFailingDeviceSaysWhy() {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("profile.sqlite")));
        QVERIFY(opened);
        Database& db = *opened.value();
        QVERIFY(ImportEngine(db).commit(writeFile(dir.filePath(QStringLiteral("p.csv")), peopleCsv(3000)),
                                        importOptions()));
        for (const auto format : {ContactExporter::Format::Csv, ContactExporter::Format::VCard}) {
            FullDevice device(64 * 1024);
            QVERIFY(device.open(QIODevice::WriteOnly));
            ContactExporter::Options options;
            options.format = format;
            auto exported = ContactExporter(db).exportTo(&device, {}, options);
            QVERIFY(!exported);
            QVERIFY2(saysDiskFull(exported.errorMessage()), qPrintable(exported.errorMessage()));
            QVERIFY(device.written() <= 64 * 1024);
        }
        QCOMPARE(integrity(db), QStringLiteral("ok"));
    }

    // A real full file system: the export fails, the file it would have replaced is as it was, no
    // partial file is left, and the same export works where there is room.
    void exportToAFullFileSystemLeavesNoHalfFile() {
        QTemporaryDir dir;
        SmallTmpfs tmpfs(dir.filePath(QStringLiteral("small")), QStringLiteral("128k"));
        if (!tmpfs.mounted())
            QSKIP("This machine does not let the test mount a small tmpfs (needs root); the failing device "
                  "test covers the error path.");
        auto opened = Database::open(dir.filePath(QStringLiteral("profile.sqlite")));
        QVERIFY(opened);
        Database& db = *opened.value();
        QVERIFY(ImportEngine(db).commit(writeFile(dir.filePath(QStringLiteral("p.csv")), peopleCsv(3000)),
                                        importOptions()));

        const QString target = dir.filePath(QStringLiteral("small/contacts.csv"));
        QVERIFY(!writeFile(target, "the previous export\n").isEmpty());
        auto exported = ContactExporter(db).exportToFile(target, {}, {});
        QVERIFY(!exported);
        QVERIFY2(saysDiskFull(exported.errorMessage()), qPrintable(exported.errorMessage()));
        QCOMPARE(test::fileBytes(target), QByteArray("the previous export\n"));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("small"))).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("contacts.csv")});

        const QString roomy = dir.filePath(QStringLiteral("contacts.csv"));
        auto again = ContactExporter(db).exportToFile(roomy, {}, {});
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again.value(),
                 scalar(db, QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0")));
    }

    // Deleting frees the person's numbers and names but queues the deletion and records it in the
    // search index, so deleting one after the other on a full database ends with one that does not fit:
    // that one fails whole, with the reason, and goes once there is room.
    void deletionOnAFullDatabaseChangesNothing() {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("profile.sqlite")));
        QVERIFY(opened);
        Database& db = *opened.value();
        QStringList ids;
        QVERIFY(db.transaction([&]() -> Status {
            for (int i = 0; i < 400; ++i)
                ids << test::addContact(db, QStringLiteral("Erase%1").arg(i), QStringLiteral("Me"));
            return {};
        }));

        // Fill every page: large values first, then ever smaller ones, until not even a small row fits.
        limitPages(db, 4);
        for (const int size : {4000, 1000, 200, 40, 8}) {
            for (int i = 0;; ++i) {
                const QString key = QStringLiteral("filler-%1-%2").arg(size).arg(i);
                if (!db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                             {key, QString(size, QLatin1Char('x'))}))
                    break;
            }
        }

        int deleted = 0;
        Status removed;
        for (const QString& id : std::as_const(ids)) {
            removed = ContactRepository(db).remove(id);
            if (!removed)
                break;
            ++deleted;
        }
        QVERIFY2(deleted < ids.size(), "every deletion fitted in a full database");
        QVERIFY2(saysDiskFull(removed.errorMessage()), qPrintable(removed.errorMessage()));
        const QString failedId = ids.at(deleted);
        QCOMPARE(integrity(db), QStringLiteral("ok"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0")),
                 ids.size() - deleted);
        auto kept =
            db.exec(QStringLiteral("SELECT given_name, deleted FROM contacts WHERE id = ?"), {failedId});
        QVERIFY(kept && kept.value().next());
        QCOMPARE(kept.value().value(0).toString(), QStringLiteral("Erase%1").arg(deleted));
        QCOMPARE(kept.value().value(1).toInt(), 0);
        auto queued = db.exec(
            QStringLiteral("SELECT count(*) FROM outbox WHERE record_id = ? AND operation = 'delete'"),
            {failedId});
        QVERIFY(queued && queued.value().next());
        QCOMPARE(queued.value().value(0).toInt(), 0);

        QVERIFY(db.exec(QStringLiteral("DELETE FROM settings WHERE key LIKE 'filler-%'")));
        const Status again = ContactRepository(db).remove(failedId);
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0")),
                 ids.size() - deleted - 1);
        QCOMPARE(integrity(db), QStringLiteral("ok"));
    }

    // A pull that runs out of room stops with the reason; what it applied before is whole, with its
    // cursor, and the next sync once there is room brings the rest.
    void syncPullOnAFullDatabaseResumesLater() {
        QTemporaryDir dir;
        ServerProcess server;
        QVERIFY2(server.start(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.sqlite")),
                              {QStringLiteral("--auth-rate"), QStringLiteral("100000")}),
                 qPrintable(server.output()));
        const QString email = test::uniqueEmail("diskfull");
        constexpr int kRecords = 3000;
        {
            SyncDevice source(server.url());
            QVERIFY(source.signUp(email));
            const QString csv = writeFile(dir.filePath(QStringLiteral("p.csv")), peopleCsv(kRecords));
            QVERIFY(ImportEngine(source.db()).commit(csv, importOptions()));
            auto pushed = source.sync();
            QVERIFY2(pushed, qPrintable(pushed.errorMessage()));
        }

        SyncDevice device(server.url(), {}, 30000);
        QVERIFY(device.signIn(email));
        test::addContact(device.db(), QStringLiteral("Local"), QStringLiteral("Only"));
        limitPages(device.db(), 60);
        auto full = device.sync();
        QVERIFY(!full);
        QVERIFY2(saysDiskFull(full.errorMessage()), qPrintable(full.errorMessage()));
        QCOMPARE(integrity(device.db()), QStringLiteral("ok"));
        const qint64 contactsThen = scalar(device.db(), QStringLiteral("SELECT count(*) FROM contacts"));
        QVERIFY(contactsThen >= 1 && contactsThen < kRecords + 1);
        // Every contact that arrived came whole, with its phone and e-mail.
        QCOMPARE(
            scalar(device.db(), QStringLiteral("SELECT count(*) FROM contacts c WHERE NOT EXISTS "
                                               "(SELECT 1 FROM contact_emails e WHERE e.contact_id = c.id)")),
            1);

        unlimitPages(device.db());
        auto synced = device.sync();
        QVERIFY2(synced, qPrintable(synced.errorMessage()));
        QCOMPARE(scalar(device.db(), QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0")),
                 kRecords + 1);
        QCOMPARE(device.outbox(), 0);
        QCOMPARE(integrity(device.db()), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
