// bench_history: the History page and `iqm history --csv` on a profile of a million messages.
//   bench_history --profile DIR [--generate-messages 1000000 --calls 200000 --contacts 50000]
//                 [--runs 5] [--iqm PATH] [--csv-runs 3] [--explain]
// Prints medians of several runs for our model (HistoryModel in a table view: the count and the first
// page) and, in the same run, a plain QSqlQueryModel over the same query with a count(*), for the first
// rows, each filter and each sort; the resident memory with the page open; and the time iqm takes to
// write the whole history as CSV. --explain prints SQLite's plan of each query measured.
#include "HistoryGenerator.h"

#include "core/profile/Profile.h"
#include "models/HistoryModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>
#include <QTextStream>

#include <algorithm>
#include <ctime>

#include <functional>
#include <sys/resource.h>
#include <vector>

namespace {

QTextStream out(stdout);

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

// The CPU time of this thread: on a shared machine, what a run costs apart from waiting for a core.
double cpuNowMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// The CPU time of the finished child processes (user and system).
double childrenCpuMs() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// Wall time of work; its CPU time is added to *cpu when given.
double timeMs(const std::function<void()>& work, std::vector<double>* cpu = nullptr) {
    QElapsedTimer timer;
    const double cpuBefore = cpuNowMs();
    timer.start();
    work();
    const double wall = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (cpu)
        cpu->push_back(cpuNowMs() - cpuBefore);
    return wall;
}

double residentMb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

void paint(QTableView* view) {
    QCoreApplication::processEvents();
    view->viewport()->repaint();
}

// Wall-clock medians, ours and the reference's, their ratio, then the CPU medians.
void report(const QString& what, double ours, double reference, double oursCpu, double referenceCpu) {
    out << what.leftJustified(44) << QString::number(ours, 'f', 1).rightJustified(10) << " ms   reference "
        << QString::number(reference, 'f', 1).rightJustified(9) << " ms   ratio "
        << QString::number(ours / std::max(reference, 0.001), 'f', 2) << "   cpu "
        << QString::number(oursCpu, 'f', 1) << " ms, reference " << QString::number(referenceCpu, 'f', 1)
        << " ms\n";
    out.flush();
}

// One case measured: how our page is set to it, and the same list as one SQL query for the reference.
struct Case {
    QString name;
    std::function<void(iq::HistoryModel&)> apply;
    QString where; // "" or " WHERE ..." (the reference's condition, as MessageHistory writes it)
    QString orderBy;
};

const QString kSelect = QStringLiteral(
    "SELECT m.id, COALESCE(m.campaign_id, ''), COALESCE(c.name, ''), COALESCE(m.contact_id, ''), "
    "COALESCE(p.list_name, ''), m.channel, m.address, m.body, m.segments, m.status, m.error_code, "
    "m.error_message, m.release_at, m.status_history, m.created_at, m.updated_at");
const QString kFrom = QStringLiteral(" FROM messages m LEFT JOIN campaigns c ON c.id = m.campaign_id "
                                     "LEFT JOIN contacts p ON p.id = m.contact_id AND p.deleted = 0");

// The plain reference: a QSqlQueryModel over the same query (it reads its first 256 rows) and the
// count the page shows, in a table view painted once.
double reference(QSqlDatabase& db, const Case& c, std::vector<double>* cpu) {
    return timeMs(
        [&] {
            QSqlQueryModel model;
            QSqlQuery count(db);
            count.exec(QStringLiteral("SELECT count(*)") + kFrom + QStringLiteral(" WHERE m.deleted = 0") +
                       c.where);
            count.next();
            model.setQuery(kSelect + kFrom + QStringLiteral(" WHERE m.deleted = 0") + c.where + c.orderBy,
                           db);
            QTableView view;
            view.setModel(&model);
            view.resize(1100, 700);
            view.show();
            paint(&view);
        },
        cpu);
}

void explain(QSqlDatabase& db, const Case& c) {
    const QString where = kFrom + QStringLiteral(" WHERE m.deleted = 0") + c.where;
    const QStringList queries = {QStringLiteral("SELECT count(*)") + where,
                                 kSelect + where + c.orderBy + QStringLiteral(" LIMIT 200")};
    for (const QString& sql : queries) {
        QSqlQuery plan(db);
        plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        out << "  plan of " << c.name
            << (sql.startsWith(QLatin1String("SELECT count")) ? " (count)" : " (page)") << ":\n";
        while (plan.next())
            out << "    " << plan.value(3).toString() << "\n";
    }
}

std::vector<Case> cases() {
    const auto filter = [](std::function<void(iq::HistoryFilter&)> set) {
        return [set](iq::HistoryModel& model) {
            iq::HistoryFilter f;
            set(f);
            model.setFilter(f);
        };
    };
    const auto sort = [](int column, Qt::SortOrder order) {
        return [column, order](iq::HistoryModel& model) {
            model.sort(column, order);
        };
    };
    const QString byTime = QStringLiteral(" ORDER BY m.created_at DESC, m.id DESC");
    return {
        {QStringLiteral("filter: status failed"),
         filter([](iq::HistoryFilter& f) { f.statuses = {QStringLiteral("failed")}; }),
         QStringLiteral(" AND m.status IN ('failed')"), byTime},
        {QStringLiteral("filter: one campaign"),
         filter([](iq::HistoryFilter& f) { f.campaignId = QStringLiteral("campaign-0100"); }),
         QStringLiteral(" AND m.campaign_id = 'campaign-0100'"), byTime},
        {QStringLiteral("filter: channel email"),
         filter([](iq::HistoryFilter& f) { f.channel = QStringLiteral("email"); }),
         QStringLiteral(" AND m.channel = 'email'"), byTime},
        {QStringLiteral("filter: ten days"), filter([](iq::HistoryFilter& f) {
             f.since = QDateTime(QDate(2025, 12, 11), QTime(0, 0), Qt::UTC);
             f.until = QDateTime(QDate(2025, 12, 21), QTime(0, 0), Qt::UTC);
         }),
         QStringLiteral(" AND m.created_at >= '2025-12-11T00:00:00.000Z' AND m.created_at < "
                        "'2025-12-21T00:00:00.000Z'"),
         byTime},
        {QStringLiteral("sort: recipient"), sort(iq::HistoryModel::Recipient, Qt::AscendingOrder), QString(),
         QStringLiteral(
             " ORDER BY COALESCE(p.list_name, '') COLLATE NOCASE ASC, m.created_at ASC, m.id ASC")},
        {QStringLiteral("sort: status"), sort(iq::HistoryModel::Status, Qt::AscendingOrder), QString(),
         QStringLiteral(" ORDER BY m.status ASC, m.created_at ASC, m.id ASC")},
        {QStringLiteral("sort: campaign"), sort(iq::HistoryModel::Campaign, Qt::DescendingOrder), QString(),
         QStringLiteral(" ORDER BY COALESCE(c.name, '') COLLATE NOCASE DESC, m.created_at DESC, m.id DESC")},
        {QStringLiteral("sort: time, oldest first"), sort(iq::HistoryModel::Time, Qt::AscendingOrder),
         QString(), QStringLiteral(" ORDER BY m.created_at ASC, m.id ASC")},
    };
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("profile"), QStringLiteral("Profile folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("generate-messages"),
                      QStringLiteral("Fill an empty profile with N messages first."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("calls"), QStringLiteral("Call logs to generate."), QStringLiteral("n"),
                      QStringLiteral("200000")});
    parser.addOption({QStringLiteral("contacts"), QStringLiteral("Contacts to generate."),
                      QStringLiteral("n"), QStringLiteral("50000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure."), QStringLiteral("n"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("iqm"), QStringLiteral("The iqm to time iqm history --csv with."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("csv-runs"), QStringLiteral("Runs of iqm history --csv."),
                      QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("explain"), QStringLiteral("Print the query plans.")});
    parser.addOption({QStringLiteral("generate-only"),
                      QStringLiteral("Generate and stop (measure in a process of its own, whose memory the "
                                     "generator has not touched).")});
    parser.process(app);
    const QString dir = parser.value(QStringLiteral("profile"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    if (dir.isEmpty()) {
        QTextStream(stderr) << "--profile is required\n";
        return 2;
    }
    const QString databasePath = QDir(dir).filePath(iq::Profile::databaseFileName());
    if (parser.isSet(QStringLiteral("generate-messages"))) {
        QDir().mkpath(dir);
        iq::bench::HistoryGeneratorOptions options;
        options.messages = parser.value(QStringLiteral("generate-messages")).toInt();
        options.calls = parser.value(QStringLiteral("calls")).toInt();
        options.contacts = parser.value(QStringLiteral("contacts")).toInt();
        auto generated = iq::bench::generateHistory(databasePath, options);
        if (!generated) {
            QTextStream(stderr) << generated.errorMessage() << "\n";
            return 1;
        }
        out << "generated " << generated.value().messages << " messages, " << generated.value().calls
            << " calls, " << generated.value().contacts << " contacts in " << generated.value().milliseconds
            << " ms\n";
        if (parser.isSet(QStringLiteral("generate-only")))
            return 0;
    }

    auto profile = iq::Profile::open(dir);
    if (!profile) {
        QTextStream(stderr) << profile.errorMessage() << "\n";
        return 1;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reference"));
    db.setDatabaseName(databasePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        QTextStream(stderr) << "cannot open the reference connection\n";
        return 1;
    }
    out << "resident at start: " << QString::number(residentMb(), 'f', 0) << " MB\n";
    const bool explaining = parser.isSet(QStringLiteral("explain"));
    const Case all{QStringLiteral("first rows, true count"),
                   {},
                   QString(),
                   QStringLiteral(" ORDER BY m.created_at DESC, m.id DESC")};
    if (explaining)
        explain(db, all);

    // First rows with the true count: a new model in a table view, painted; the reference alternates.
    std::vector<double> ours, theirs, oursCpu, theirsCpu;
    int total = 0;
    for (int run = 0; run < runs; ++run) {
        ours.push_back(timeMs(
            [&] {
                iq::HistoryModel model(*profile.value());
                QTableView view;
                view.setModel(&model);
                view.resize(1100, 700);
                view.show();
                paint(&view);
                total = model.totalCount();
            },
            &oursCpu));
        theirs.push_back(reference(db, all, &theirsCpu));
    }
    out << "messages: " << total << "\n";
    report(QStringLiteral("first rows, true count"), median(ours), median(theirs), median(oursCpu),
           median(theirsCpu));

    // Each filter and sort, applied to an open page (as a click does), back to the default between runs.
    iq::HistoryModel model(*profile.value());
    QTableView view;
    view.setModel(&model);
    view.resize(1100, 700);
    view.show();
    paint(&view);
    for (const Case& c : cases()) {
        if (explaining)
            explain(db, c);
        std::vector<double> applied, referenced, appliedCpu, referencedCpu;
        int rows = 0;
        for (int run = 0; run < runs; ++run) {
            model.setFilter({});
            model.sort(iq::HistoryModel::Time, Qt::DescendingOrder);
            paint(&view);
            applied.push_back(timeMs(
                [&] {
                    c.apply(model);
                    paint(&view);
                },
                &appliedCpu));
            rows = model.totalCount();
            referenced.push_back(reference(db, c, &referencedCpu));
        }
        report(c.name + QStringLiteral(" (%1 rows)").arg(rows), median(applied), median(referenced),
               median(appliedCpu), median(referencedCpu));
    }
    out << "resident with the page open: " << QString::number(residentMb(), 'f', 0) << " MB\n";
    out.flush();

    // iqm history --csv of everything, to a file.
    const QString iqm = parser.value(QStringLiteral("iqm"));
    if (!iqm.isEmpty()) {
        std::vector<double> csv, csvCpu;
        qint64 lines = 0;
        const QString target = QDir(dir).filePath(QStringLiteral("history.csv"));
        for (int run = 0; run < std::max(1, parser.value(QStringLiteral("csv-runs")).toInt()); ++run) {
            QProcess process;
            process.setStandardOutputFile(target);
            const double childCpuBefore = childrenCpuMs();
            csv.push_back(timeMs([&] {
                process.start(iqm, {QStringLiteral("--profile"), dir, QStringLiteral("history"),
                                    QStringLiteral("--csv")});
                process.waitForFinished(-1);
            }));
            csvCpu.push_back(childrenCpuMs() - childCpuBefore);
            if (process.exitCode() != 0) {
                QTextStream(stderr) << "iqm history --csv failed: " << process.readAllStandardError() << "\n";
                return 1;
            }
            QFile file(target);
            file.open(QIODevice::ReadOnly);
            lines = 0;
            while (!file.atEnd())
                lines += file.readLine().isEmpty() ? 0 : 1;
        }
        out << "iqm history --csv: median " << QString::number(median(csv) / 1000, 'f', 2) << " s for "
            << (lines - 1) << " rows, cpu " << QString::number(median(csvCpu) / 1000, 'f', 2) << " s\n";
        QFile::remove(target);
    }
    return 0;
}
