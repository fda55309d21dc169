// Import throughput on a messy generated contacts file, against references measured in the same run:
// a parse-only loop over the same file (our CSV reader), `sqlite3 .import` into a bare table (the
// floor: no validation at all), and a short Python script with csv + phonenumbers + sqlite3 (what a
// power user would write). Also export. Prints medians and ratios; never asserts on time.
//
// Usage: import_bench [ROWS (default 1000000)] [RUNS (default 3)] [--no-python]
#include "MessyPhoneNumbers.h"
#include "core/csv/CsvReader.h"
#include "core/import/ContactExporter.h"
#include "core/import/ImportEngine.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace iq;

namespace {

// Rows with accents, CJK, quoted commas and line breaks, and MessyPhoneNumbers' phone column.
void generate(const QString& path, int rows) {
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QRandomGenerator random(42);
    const char* firsts[] = {"Ann",   "José", "Zoë",   "Björn",  "李",   "Søren",
                            "Renée", "Mark", "Käthe", "Ólafur", "美咲", "Ngọc"};
    const char* lasts[] = {"Lee",        "Núñez",  "Quinn",   "Ödegaard", "小龍",
                           "Østergaard", "Dubois", "O'Brien", "Groß",     "Tanaka"};
    bench::MessyPhoneNumbers phones;
    QByteArray out = "First Name,Last Name,Phone,Email,Notes,Groups\r\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray phone = phones.next(random, i);
        const QByteArray first = firsts[random.bounded(12)];
        const QByteArray last = lasts[random.bounded(10)];
        out += first + ',' + last + ",\"" + phone + "\",";
        if (random.bounded(3))
            out += "p" + QByteArray::number(i) + "@example.com";
        out += ',';
        const quint32 n = random.bounded(10);
        if (n == 0)
            out += "\"Likes coffee, not tea\"";
        else if (n == 1)
            out += "\"Two\nlines\"";
        else if (n == 2)
            out += "\"Said \"\"hi\"\"\"";
        out += ',';
        out += (i % 5 == 0) ? "VIP ::: Mac Users" : (i % 7 == 0 ? "Newsletter" : "");
        out += "\r\n";
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Runs work in a child process so its peak resident memory is its own; returns seconds and peak MB.
template <typename Work> std::pair<double, double> measured(Work work) {
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return {-1, -1};
    const pid_t child = fork();
    if (child == 0) {
        close(pipeFds[0]);
        QElapsedTimer timer;
        timer.start();
        const bool ok = work();
        double seconds = ok ? timer.nsecsElapsed() / 1e9 : -1;
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        double result[2] = {seconds, usage.ru_maxrss / 1024.0};
        std::fprintf(stderr, "  (child: %.2f s wall, %.2f s user, %.2f s system)\n", seconds,
                     usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6,
                     usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6);
        (void)!write(pipeFds[1], result, sizeof result);
        _exit(0);
    }
    close(pipeFds[1]);
    double result[2] = {-1, -1};
    (void)!read(pipeFds[0], result, sizeof result);
    close(pipeFds[0]);
    waitpid(child, nullptr, 0);
    return {result[0], result[1]};
}

std::pair<double, double> externalProcess(const QString& program, const QStringList& arguments) {
    QElapsedTimer timer;
    timer.start();
    const int status = QProcess::execute(program, arguments);
    const double seconds = status == 0 ? timer.nsecsElapsed() / 1e9 : -1;
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage); // the largest child so far
    return {seconds, usage.ru_maxrss / 1024.0};
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool python = !args.removeAll(QStringLiteral("--no-python"));
    const int rows = args.value(0, QStringLiteral("1000000")).toInt();
    const int runs = args.value(1, QStringLiteral("3")).toInt();
    QTemporaryDir dir;
    dir.setAutoRemove(!qEnvironmentVariableIsSet("IQ_BENCH_KEEP")); // to look at the files afterwards
    const QString csv = dir.filePath(QStringLiteral("contacts.csv"));
    QElapsedTimer timer;
    timer.start();
    generate(csv, rows);
    QTextStream out(stdout);
    out << "rows " << rows << ", file " << QFile(csv).size() / (1024 * 1024) << " MB, generated in "
        << timer.elapsed() / 1000.0 << " s, " << runs << " runs each (medians)\n";

    std::vector<double> parse, floor, ours, oursMemory, exportTimes;
    ImportReport lastReport;
    for (int run = 0; run < runs; ++run) {
        parse.push_back(measured([&] {
                            CsvReader reader;
                            if (!reader.openFile(csv))
                                return false;
                            CsvRecord record;
                            qint64 n = 0;
                            while (reader.next(record))
                                n += record.fields.size();
                            return n > 0;
                        }).first);
        const QString sqliteDb = dir.filePath(QStringLiteral("floor%1.sqlite").arg(run));
        floor.push_back(externalProcess(QStringLiteral("sqlite3"),
                                        {sqliteDb, QStringLiteral(".mode csv"),
                                         QStringLiteral(".import ") + csv + QStringLiteral(" contacts")})
                            .first);
        const QString profileDb = dir.filePath(QStringLiteral("profile%1.sqlite").arg(run));
        auto [seconds, memory] = measured([&] {
            auto db = Database::open(profileDb);
            if (!db)
                return false;
            ImportOptions options;
            options.region = QStringLiteral("US");
            auto report = ImportEngine(*db.value()).commit(csv, options);
            if (!report) {
                std::fprintf(stderr, "%s\n", qPrintable(report.errorMessage()));
                return false;
            }
            const ImportReport& r = report.value();
            std::fprintf(
                stderr, "import: %lld created, %lld invalid, %lld duplicate; profile %.0f MB + WAL %.0f MB\n",
                r.count(RowOutcome::Create), r.count(RowOutcome::Invalid), r.count(RowOutcome::Duplicate),
                QFileInfo(profileDb).size() / 1048576.0,
                QFileInfo(profileDb + QStringLiteral("-wal")).size() / 1048576.0);
            return true;
        });
        ours.push_back(seconds);
        oursMemory.push_back(memory);
        exportTimes.push_back(measured([&] {
                                  auto db = Database::open(profileDb);
                                  if (!db)
                                      return false;
                                  return bool(
                                      ContactExporter(*db.value())
                                          .exportToFile(dir.filePath(QStringLiteral("export.csv")), {}, {}));
                              }).first);
        if (dir.autoRemove()) {
            QFile::remove(profileDb);
            QFile::remove(sqliteDb);
        }
    }
    double pythonSeconds = -1;
    if (python) {
        const QString script = QStringLiteral(IQ_BENCH_SOURCE_DIR "/import_reference.py");
        pythonSeconds = externalProcess(QStringLiteral("/usr/bin/python3"),
                                        {script, csv, dir.filePath(QStringLiteral("python.sqlite")),
                                         QStringLiteral("US")})
                            .first;
    }
    const double a = median(ours), b = median(floor), p = median(parse);
    out << "parse only (CsvReader):        " << p << " s, " << rows / p << " rows/s\n";
    out << "(b) sqlite3 .import (floor):   " << b << " s, " << rows / b << " rows/s\n";
    out << "(a) iq import, empty profile:  " << a << " s, " << rows / a << " rows/s, peak RSS "
        << median(oursMemory) << " MB, " << a / b << "x the floor\n";
    if (pythonSeconds > 0)
        out << "(c) python csv+phonenumbers:   " << pythonSeconds << " s (1 run), iq is " << pythonSeconds / a
            << "x faster\n";
    out << "export of the imported contacts: " << median(exportTimes) << " s\n";
    return 0;
}
