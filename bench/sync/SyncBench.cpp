// Sync figures against a local iqmsgd: the initial sync of a large account, a sync with nothing to do,
// and pushing offline edits. Prints medians and the ratio to a reference measured in the same run (the
// same pages pulled over HTTP and parsed, but not stored), so a slow shared machine shows as such.
//
// With --import N it also pushes what an import of an N-row file queued, from a profile that holds
// nothing else, and reports the client's peak memory during that push.
//
//   sync_bench [--iqmsgd PATH] [--contacts 100000] [--groups 500] [--messages 100000] [--edits 1000] [--runs
//   3] [--compare] [--import 0]
#include "core/import/ImportEngine.h"
#include "core/profile/Profile.h"
#include "core/store/ContactRepository.h"
#include "core/sync/SyncEngine.h"
#include "shared/json/ContactJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <QFile>

#include <algorithm>
#include <ctime>
#include <unistd.h>

using namespace iq;

namespace {

QTextStream out(stdout);

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QString uuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool pushAll(SyncApi& api, const QList<wire::Change>& changes) {
    for (qsizetype i = 0; i < changes.size(); i += 500) {
        auto results = api.push(changes.mid(i, 500));
        if (!results) {
            out << "seeding failed: " << results.errorMessage() << Qt::endl;
            return false;
        }
    }
    return true;
}

struct Device {
    QTemporaryDir dir;
    std::unique_ptr<Profile> profile;
    HttpClient http;
    SessionTokens tokens;
    explicit Device(const QUrl& url)
        : http(url, 120000) {
        profile = std::move(Profile::open(dir.path()).value());
    }
    double cpuMs = 0; // of this process (the client) during the last sync, all threads
    double sync(SyncReport* report = nullptr, bool pipeline = true,
                const std::function<void(const SyncProgress&)>& onProgress = {}) {
        SyncApi api(http, tokens);
        SyncEngine::Options options;
        options.pipelinePull = pipeline;
        SyncEngine engine(profile->database(), api, options);
        engine.onProgress = onProgress;
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        auto result = engine.run();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
        if (!result)
            out << "sync failed: " << result.errorMessage() << Qt::endl;
        else if (report)
            *report = result.value();
        tokens = api.tokens();
        return ms;
    }
};

// CPU time (user + system, all threads) of another process so far, from /proc; 0 where there is none.
double processCpuMs(qint64 pid) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) * 1000.0 / sysconf(_SC_CLK_TCK);
}

// A memory figure of this process from /proc/self/status in MB: VmHWM (the peak since it started or
// since the last resetPeakMemory()) or VmRSS (now).
double memoryMb(const char* field = "VmHWM:") {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

void resetPeakMemory() {
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// A plain contacts file: distinct valid numbers, every fifth person in two groups, every seventh in one.
void writeImportFile(const QString& path, int rows) {
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QByteArray text = "First Name,Last Name,Phone,Email,Groups\r\n";
    for (int i = 0; i < rows; ++i) {
        static const int areas[] = {212, 312, 415, 503, 617, 646, 702, 808, 919, 971};
        text +=
            "Given" + QByteArray::number(i) + ",Family" + QByteArray::number(i % 5000) + ",+1 " +
            QByteArray::number(areas[i / 7000000 % 10]) + ' ' + QByteArray::number(201 + i / 10000 % 700) +
            ' ' + QByteArray::number(i % 10000).rightJustified(4, '0') + ",p" + QByteArray::number(i) +
            "@example.com," + (i % 5 == 0 ? "VIP ::: Mac Users" : (i % 7 == 0 ? "Newsletter" : "")) + "\r\n";
        if (text.size() > (1 << 20)) {
            file.write(text);
            text.clear();
        }
    }
    file.write(text);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const auto option = [&](const char* name, const char* fallback) {
        parser.addOption({QString::fromLatin1(name), QString::fromLatin1(name), QStringLiteral("value"),
                          QString::fromLatin1(fallback)});
    };
    option("iqmsgd", "");
    option("contacts", "100000");
    option("groups", "500");
    option("messages", "100000");
    option("edits", "1000");
    option("runs", "3");
    option("import", "0");
    parser.addOption({QStringLiteral("compare"),
                      QStringLiteral("Also time each initial sync with the pages fetched between batches "
                                     "(no pipeline), in the same run.")});
    parser.process(app);
    const bool compare = parser.isSet(QStringLiteral("compare"));
    const int contacts = parser.value(QStringLiteral("contacts")).toInt();
    const int groups = parser.value(QStringLiteral("groups")).toInt();
    const int messages = parser.value(QStringLiteral("messages")).toInt();
    const int edits = std::min(parser.value(QStringLiteral("edits")).toInt(), contacts);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int importRows = parser.value(QStringLiteral("import")).toInt();
    QString server = parser.value(QStringLiteral("iqmsgd"));
    if (server.isEmpty())
        server = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("iqmsgd"));

    QTemporaryDir serverDir;
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess iqmsgd;
    iqmsgd.start(server, {QStringLiteral("--port"), QString::number(port), QStringLiteral("--database"),
                          QStringLiteral("sqlite:") + serverDir.filePath(QStringLiteral("server.sqlite")),
                          QStringLiteral("--api-rate"), QStringLiteral("10000000"),
                          QStringLiteral("--auth-rate"), QStringLiteral("100000")});
    if (!iqmsgd.waitForReadyRead(15000)) {
        out << "iqmsgd did not start: " << server << Qt::endl;
        return 1;
    }
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port));

    // Seed the account from a first device: contacts, groups, memberships, delivery records.
    const QString email = uuid().left(8) + QStringLiteral("@bench.example");
    HttpClient seedHttp(url, 120000);
    SyncApi seed(seedHttp, {});
    if (!seed.signUp(email, QStringLiteral("Bench"), QStringLiteral("bench-password"), QStringLiteral("seed"),
                     QStringLiteral("seed")))
        return 1;
    QElapsedTimer timer;
    timer.start();
    QList<wire::Change> changes;
    QStringList contactIds;
    for (int i = 0; i < contacts; ++i) {
        Contact c;
        c.id = uuid();
        c.givenName = QStringLiteral("Given%1").arg(i);
        c.familyName = QStringLiteral("Family%1").arg(i % 5000);
        c.organization = QStringLiteral("Shop %1").arg(i % 300);
        c.phones.append({QStringLiteral("+1 415 555 %1").arg(i % 10000, 4, 10, QLatin1Char('0')),
                         QStringLiteral("+1415555%1").arg(i % 10000, 4, 10, QLatin1Char('0')),
                         QStringLiteral("mobile"),
                         {},
                         true});
        c.emails.append({QStringLiteral("person%1@example.com").arg(i), {}});
        contactIds << c.id;
        changes.append(
            {QStringLiteral("contact"), c.id, QStringLiteral("upsert"), 0, ContactJson::toJson(c)});
    }
    QStringList groupIds;
    for (int g = 0; g < groups; ++g) {
        Group group{
            uuid(), QStringLiteral("Group %1").arg(g), QStringLiteral("Customers of kind %1").arg(g), {}};
        groupIds << group.id;
        changes.append({QStringLiteral("group"), group.id, QStringLiteral("upsert"), 0, toJson(group)});
    }
    for (int i = 0; i < messages; ++i) {
        const QString id = uuid();
        const QString contactId = contactIds.value(i % std::max(1, contacts));
        changes.append({QStringLiteral("message"), id, QStringLiteral("upsert"), 0,
                        QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("contactId"), contactId},
                                    {QStringLiteral("channel"), QStringLiteral("sms")},
                                    {QStringLiteral("address"), QStringLiteral("+14155550100")},
                                    {QStringLiteral("body"),
                                     QStringLiteral("Your MacBook has arrived, come and see it!")},
                                    {QStringLiteral("segments"), 1},
                                    {QStringLiteral("status"), QStringLiteral("delivered")}}});
    }
    if (!pushAll(seed, changes))
        return 1;
    out << QStringLiteral("seeded %1 contacts, %2 groups, %3 delivery records in %4 s")
               .arg(contacts)
               .arg(groups)
               .arg(messages)
               .arg(double(timer.elapsed()) / 1000, 0, 'f', 1)
        << Qt::endl;

    // Reference: the same pages over HTTP, parsed, not stored.
    QList<double> reference, referenceServerCpu;
    for (int run = 0; run < runs; ++run) {
        const double serverBefore = processCpuMs(iqmsgd.processId());
        QElapsedTimer t;
        t.start();
        QString cursor;
        for (;;) {
            auto page = seed.pull(cursor, 1000);
            if (!page)
                return 1;
            cursor = page.value().cursor;
            if (!page.value().hasMore)
                break;
        }
        reference.append(double(t.nsecsElapsed()) / 1e6);
        referenceServerCpu.append(processCpuMs(iqmsgd.processId()) - serverBefore);
    }
    const double referenceMs = median(reference);
    out << QStringLiteral("reference (pull and parse all pages, no storing): median %1 ms, server CPU %2 ms")
               .arg(referenceMs, 0, 'f', 0)
               .arg(median(referenceServerCpu), 0, 'f', 0)
        << Qt::endl;

    QList<double> initial, initialCpu, initialServerCpu, serial, serialCpu;
    std::unique_ptr<Device> device;
    const auto freshDevice = [&](int run, const char* kind) {
        auto made = std::make_unique<Device>(url);
        SyncApi api(made->http, {});
        api.signIn(email, QStringLiteral("bench-password"),
                   QStringLiteral("device-%1-%2").arg(QLatin1String(kind)).arg(run), QStringLiteral("b"));
        made->tokens = api.tokens();
        return made;
    };
    for (int run = 0; run < runs; ++run) {
        if (compare) {
            auto other = freshDevice(run, "serial");
            SyncReport report;
            serial.append(other->sync(&report, false));
            serialCpu.append(other->cpuMs);
            out << QStringLiteral(
                       "  initial sync without pipeline run %1: %2 ms (client CPU %3 ms), %4 records")
                       .arg(run + 1)
                       .arg(serial.last(), 0, 'f', 0)
                       .arg(other->cpuMs, 0, 'f', 0)
                       .arg(report.pulled)
                << Qt::endl;
        }
        device = freshDevice(run, "pipeline");
        SyncReport report;
        const double serverBefore = processCpuMs(iqmsgd.processId());
        initial.append(device->sync(&report));
        initialServerCpu.append(processCpuMs(iqmsgd.processId()) - serverBefore);
        initialCpu.append(device->cpuMs);
        out << QStringLiteral("  initial sync run %1: %2 ms (client CPU %3 ms, server CPU %4 ms), %5 records")
                   .arg(run + 1)
                   .arg(initial.last(), 0, 'f', 0)
                   .arg(device->cpuMs, 0, 'f', 0)
                   .arg(initialServerCpu.last(), 0, 'f', 0)
                   .arg(report.pulled)
            << Qt::endl;
    }
    out << QStringLiteral(
               "initial sync (%1 contacts, %2 groups, %3 delivery records): median %4 s (target < 20 s), "
               "%5x the reference; client CPU median %6 s, server CPU median %7 s, %8 us per record")
               .arg(contacts)
               .arg(groups)
               .arg(messages)
               .arg(median(initial) / 1000, 0, 'f', 2)
               .arg(median(initial) / referenceMs, 0, 'f', 2)
               .arg(median(initialCpu) / 1000, 0, 'f', 2)
               .arg(median(initialServerCpu) / 1000, 0, 'f', 2)
               .arg(median(initial) * 1000 / std::max(1, contacts + groups + messages), 0, 'f', 0)
        << Qt::endl;
    if (compare)
        out << QStringLiteral(
                   "initial sync without pipeline: median %1 s, %2x the reference; client CPU median %3 s")
                   .arg(median(serial) / 1000, 0, 'f', 2)
                   .arg(median(serial) / referenceMs, 0, 'f', 2)
                   .arg(median(serialCpu) / 1000, 0, 'f', 2)
            << Qt::endl;

    QList<double> noop;
    for (int run = 0; run < std::max(5, runs); ++run)
        noop.append(device->sync());
    out << QStringLiteral("no-op sync: median %1 ms (target < 100 ms)").arg(median(noop), 0, 'f', 1)
        << Qt::endl;

    QList<double> pushes;
    ContactRepository repository(device->profile->database());
    for (int run = 0; run < runs; ++run) {
        auto page = repository.list(run * edits, edits);
        for (Contact c : page.value()) {
            c.notes = QStringLiteral("edited offline, round %1").arg(run);
            repository.update(c);
        }
        SyncReport report;
        pushes.append(device->sync(&report));
        out << QStringLiteral("  push run %1: %2 ms, %3 pushed")
                   .arg(run + 1)
                   .arg(pushes.last(), 0, 'f', 0)
                   .arg(report.pushed)
            << Qt::endl;
    }
    out << QStringLiteral("pushing %1 offline edits: median %2 ms (target < 2000 ms)")
               .arg(edits)
               .arg(median(pushes), 0, 'f', 0)
        << Qt::endl;

    if (importRows > 0) {
        // A new account whose only device imports a file, then syncs.
        HttpClient importerHttp(url, 120000);
        SyncApi importerApi(importerHttp, {});
        if (!importerApi.signUp(uuid().left(8) + QStringLiteral("@import.example"),
                                QStringLiteral("Importer"), QStringLiteral("bench-password"),
                                QStringLiteral("importer"), QStringLiteral("i")))
            return 1;
        Device importer(url);
        importer.tokens = importerApi.tokens();
        const QString file = importer.dir.filePath(QStringLiteral("contacts.csv"));
        writeImportFile(file, importRows);
        ImportOptions options;
        options.region = QStringLiteral("US");
        QElapsedTimer t;
        t.start();
        auto imported = ImportEngine(importer.profile->database()).commit(file, options);
        if (!imported) {
            out << "import failed: " << imported.errorMessage() << Qt::endl;
            return 1;
        }
        const double importMs = double(t.nsecsElapsed()) / 1e6;
        out << QStringLiteral("imported %1 rows: %2 contacts created, %3 invalid")
                   .arg(importRows)
                   .arg(imported.value().count(RowOutcome::Create))
                   .arg(imported.value().count(RowOutcome::Invalid))
            << Qt::endl;
        const double memoryBefore = memoryMb();
        resetPeakMemory();
        const double memoryAtStart = memoryMb("VmRSS:");
        SyncReport report;
        // Sampled between push requests: what the push holds, apart from the pull that follows.
        double pushMemory = 0;
        QElapsedTimer pushTimer;
        double pushOnlyMs = 0, pushServerCpuMs = 0;
        const double serverBefore = processCpuMs(iqmsgd.processId());
        pushTimer.start();
        const double pushMs = importer.sync(&report, true, [&](const SyncProgress& progress) {
            if (progress.phase != SyncProgress::Phase::Pushing)
                return;
            pushMemory = std::max(pushMemory, memoryMb("VmRSS:"));
            pushOnlyMs = double(pushTimer.nsecsElapsed()) / 1e6;
            pushServerCpuMs = processCpuMs(iqmsgd.processId()) - serverBefore;
        });
        out << QStringLiteral(
                   "first sync after importing %1 rows (import %2 s, peak memory %3 MB): %4 s, %5 "
                   "records pushed, client CPU %6 s; the push alone %7 s, %8 us per record, server CPU %12 "
                   "s; memory "
                   "%9 MB at the start, %10 MB at most while pushing, %11 MB peak of the whole sync")
                   .arg(importRows)
                   .arg(importMs / 1000, 0, 'f', 1)
                   .arg(memoryBefore, 0, 'f', 0)
                   .arg(pushMs / 1000, 0, 'f', 1)
                   .arg(report.pushed)
                   .arg(importer.cpuMs / 1000, 0, 'f', 1)
                   .arg(pushOnlyMs / 1000, 0, 'f', 1)
                   .arg(pushOnlyMs * 1000 / std::max(1, report.pushed), 0, 'f', 0)
                   .arg(memoryAtStart, 0, 'f', 0)
                   .arg(pushMemory, 0, 'f', 0)
                   .arg(memoryMb(), 0, 'f', 0)
                   .arg(pushServerCpuMs / 1000, 0, 'f', 1)
            << Qt::endl;
    }
    iqmsgd.kill();
    iqmsgd.waitForFinished();
    return 0;
}
