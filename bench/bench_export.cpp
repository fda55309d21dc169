// Export of an existing profile, without importing one first: ContactExporter to CSV (and vCard when
// asked) against references measured in the same run on the same file: a bare sqlite3_step loop over
// the rows the export reads (contacts, numbers, addresses, memberships), and `sqlite3 -csv` of the
// contacts table. The profile is opened read-only and never changed. Prints medians; never asserts.
//
// Usage: bench_export --profile DIR|FILE [--runs N (default 3)] [--vcard] [--out DIR] [--export-only]
#include "core/import/ContactExporter.h"
#include "core/store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace iq;

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? -1 : values[values.size() / 2];
}

double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec +
           usage.ru_stime.tv_usec / 1e6;
}

// Steps every row of the queries an export of everyone needs and touches each value's bytes.
double bareStepLoop(const QString& path, qint64* rows) {
    QElapsedTimer timer;
    timer.start();
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return -1;
    }
    const char* queries[] = {
        "SELECT id, given_name, middle_name, family_name, display_name, organization, notes, language, "
        "time_zone, custom_fields FROM contacts WHERE deleted = 0",
        "SELECT contact_id, raw, e164, label, valid FROM contact_phones",
        "SELECT contact_id, address, label FROM contact_emails",
        "SELECT contact_id, group_id FROM group_members",
    };
    qint64 n = 0, bytes = 0;
    for (const char* sql : queries) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "%s\n", sqlite3_errmsg(db));
            sqlite3_close(db);
            return -1;
        }
        const int columns = sqlite3_column_count(statement);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            ++n;
            for (int c = 0; c < columns; ++c) {
                sqlite3_column_text(statement, c);
                bytes += sqlite3_column_bytes(statement, c);
            }
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    *rows = n;
    if (bytes == 0)
        std::fprintf(stderr, "the profile holds no text\n");
    return timer.nsecsElapsed() / 1e9;
}

double sqliteCsv(const QString& path, const QString& out) {
    QProcess process;
    process.setStandardOutputFile(out);
    QElapsedTimer timer;
    timer.start();
    process.start(
        QStringLiteral("sqlite3"),
        {QStringLiteral("-readonly"), QStringLiteral("-csv"), path,
         QStringLiteral("SELECT id, given_name, middle_name, family_name, display_name, organization, "
                        "notes, language, time_zone, custom_fields FROM contacts WHERE deleted = 0")});
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return -1;
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("profile"), QStringLiteral("Profile folder or profile.sqlite."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each measurement."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("vcard"), QStringLiteral("Also export to vCard.")});
    parser.addOption({QStringLiteral("export-only"), QStringLiteral("Skip the references (for profiling).")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the exported files (kept)."),
                      QStringLiteral("DIR")});
    parser.process(app);
    QString path = parser.value(QStringLiteral("profile"));
    if (QFileInfo(path).isDir())
        path += QStringLiteral("/profile.sqlite");
    if (!QFileInfo::exists(path)) {
        std::fprintf(stderr, "bench_export: give --profile DIR with a profile.sqlite\n");
        return 2;
    }
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir temporary;
    const QString outDir =
        parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : temporary.path();
    QTextStream out(stdout);

    qint64 rows = 0, contacts = 0;
    std::vector<double> bare, cli, csv, csvCpu, vcard;
    for (int run = 0; run < runs; ++run) {
        if (!parser.isSet(QStringLiteral("export-only"))) {
            bare.push_back(bareStepLoop(path, &rows));
            cli.push_back(sqliteCsv(path, outDir + QStringLiteral("/sqlite3.csv")));
        }
        for (bool asVCard : {false, true}) {
            if (asVCard && !parser.isSet(QStringLiteral("vcard")))
                continue;
            auto db = Database::open(path, Database::Mode::ReadOnly);
            if (!db) {
                std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
                return 1;
            }
            ContactExporter::Options options;
            options.format = asVCard ? ContactExporter::Format::VCard : ContactExporter::Format::Csv;
            const double cpuBefore = cpuSeconds();
            QElapsedTimer timer;
            timer.start();
            auto written = ContactExporter(*db.value())
                               .exportToFile(outDir + (asVCard ? QStringLiteral("/export.vcf")
                                                               : QStringLiteral("/export.csv")),
                                             {}, options);
            const double seconds = timer.nsecsElapsed() / 1e9;
            if (!written) {
                std::fprintf(stderr, "%s\n", qPrintable(written.errorMessage()));
                return 1;
            }
            contacts = written.value();
            (asVCard ? vcard : csv).push_back(seconds);
            if (!asVCard)
                csvCpu.push_back(cpuSeconds() - cpuBefore);
            std::fprintf(stderr, "  run %d %s: %.2f s\n", run + 1, asVCard ? "vcard" : "csv", seconds);
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double b = median(bare), c = median(csv);
    out << "profile " << path << ": " << contacts << " contacts exported, " << rows
        << " rows stepped by the bare loop; " << runs << " runs each (medians)\n";
    out << "bare sqlite3_step loop (reference): " << b << " s\n";
    out << "sqlite3 -csv of contacts:           " << median(cli) << " s, "
        << QFileInfo(outDir + QStringLiteral("/sqlite3.csv")).size() / 1048576 << " MB\n";
    out << "ContactExporter CSV:                " << c << " s (CPU " << median(csvCpu) << " s), "
        << QFileInfo(outDir + QStringLiteral("/export.csv")).size() / 1048576 << " MB, " << c / b
        << "x the bare loop\n";
    if (!vcard.empty())
        out << "ContactExporter vCard:              " << median(vcard) << " s, "
            << QFileInfo(outDir + QStringLiteral("/export.vcf")).size() / 1048576 << " MB\n";
    out << "peak RSS " << usage.ru_maxrss / 1024 << " MB\n";
    return 0;
}
