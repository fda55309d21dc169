// bench_contacts: how the contacts page behaves with a large profile.
//   bench_contacts --profile DIR [--generate N] [--runs 5]
// Prints medians of several runs for our page (ContactsModel) and, in the same run, a plain
// QSqlTableModel over the same table, plus phone normalization throughput.
#include "ContactGenerator.h"
#include "core/profile/Profile.h"
#include "models/ContactsModel.h"
#include "shared/phone/PhoneNumbers.h"
#include "views/contacts/ContactsPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlTableModel>
#include <QTableView>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

QTextStream out(stdout);

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

double timeMs(const std::function<void()>& work) {
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
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

void report(const QString& what, double ours, double reference = -1) {
    out << what.leftJustified(44) << QString::number(ours, 'f', 1).rightJustified(10) << " ms";
    if (reference >= 0)
        out << "   reference " << QString::number(reference, 'f', 1).rightJustified(9) << " ms   ratio "
            << QString::number(reference / std::max(ours, 0.001), 'f', 1) << "x";
    out << "\n";
    out.flush();
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("profile"), QStringLiteral("Profile folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("generate"), QStringLiteral("Fill the profile with N contacts first."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure."), QStringLiteral("n"),
                      QStringLiteral("5")});
    parser.addOption(
        {QStringLiteral("skip-reference"), QStringLiteral("Skip the QSqlTableModel reference.")});
    parser.addOption(
        {QStringLiteral("keystrokes"), QStringLiteral("Print the time of every search keystroke.")});
    parser.process(app);
    const QString dir = parser.value(QStringLiteral("profile"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    if (dir.isEmpty()) {
        QTextStream(stderr) << "--profile is required\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("generate"))) {
        QDir().mkpath(dir);
        iq::bench::GeneratorOptions options;
        options.count = parser.value(QStringLiteral("generate")).toInt();
        auto generated =
            iq::bench::generateContacts(QDir(dir).filePath(iq::Profile::databaseFileName()), options);
        if (!generated) {
            QTextStream(stderr) << generated.errorMessage() << "\n";
            return 1;
        }
        out << "generated " << generated.value().contacts << " contacts in " << generated.value().milliseconds
            << " ms\n";
    }

    auto profile = iq::Profile::open(dir);
    if (!profile) {
        QTextStream(stderr) << profile.errorMessage() << "\n";
        return 1;
    }
    iq::Database& database = profile.value()->database();
    out << "resident at start: " << QString::number(residentMb(), 'f', 0) << " MB\n";

    // Our page: first paint, with the true count.
    std::vector<double> firstPaint;
    int count = 0;
    for (int run = 0; run < runs; ++run) {
        firstPaint.push_back(timeMs([&] {
            iq::ContactsModel model(database, profile.value()->notifier());
            QTableView view;
            view.setModel(&model);
            view.resize(1100, 700);
            view.show();
            paint(&view);
            count = model.rowCount();
        }));
    }

    iq::ContactsModel model(database, profile.value()->notifier());
    QUndoStack undo;
    iq::ContactsPage page(*profile.value(), model, undo);
    page.resize(1280, 800);
    page.show();
    QElapsedTimer sincePageOpened;
    sincePageOpened.start();
    QTableView* view = page.table();
    paint(view);
    QScrollBar* bar = view->verticalScrollBar();

    // Right after opening, the list's positions are still being read in the background: a drag then
    // walks from the nearer end. Then wait for them, as any user reaching for the scroll bar would.
    const double middleBeforePositions = timeMs([&] {
        bar->setValue(bar->maximum() / 2 - 4099);
        paint(view);
    });
    if (!model.hasPositions()) {
        QEventLoop waiting;
        QObject::connect(&model, &iq::ContactsModel::positionsReady, &waiting, &QEventLoop::quit);
        QTimer::singleShot(60000, &waiting, &QEventLoop::quit);
        waiting.exec();
    }
    const double positionsAfterMs = double(sincePageOpened.elapsed());
    const bool positionsWereRead = model.hasPositions();

    std::vector<double> toEnd, toMiddle, toTop;
    for (int run = 0; run < runs; ++run) {
        toEnd.push_back(timeMs([&] {
            view->scrollToBottom();
            paint(view);
        }));
        toMiddle.push_back(timeMs([&] {
            bar->setValue(bar->maximum() / 2 + run * 997);
            paint(view);
        }));
        toTop.push_back(timeMs([&] {
            bar->setValue(run * 37);
            paint(view);
        }));
    }

    // Search as you type through the page's search field.
    QLineEdit* search = page.searchField();
    const QStringList typed = {QStringLiteral("jose"),    QStringLiteral("smith"), QStringLiteral("m.garcia"),
                               QStringLiteral("415 555"), QStringLiteral("+1212"), QStringLiteral("(646")};
    std::vector<double> keystrokes;
    for (int run = 0; run < std::max(1, runs / 2); ++run) {
        for (const QString& word : typed) {
            for (int i = 1; i <= word.size(); ++i) {
                double filtering = 0;
                keystrokes.push_back(timeMs([&] {
                    filtering = timeMs([&] {
                        search->setText(word.left(i));
                        page.applySearchNow();
                    });
                    paint(view);
                }));
                if (parser.isSet(QStringLiteral("keystrokes")))
                    out << "  \"" << word.left(i) << "\": " << QString::number(keystrokes.back(), 'f', 1)
                        << " ms (filter and count " << QString::number(filtering, 'f', 1) << " ms), "
                        << model.rowCount() << " rows\n";
            }
            search->clear();
            page.applySearchNow();
        }
    }

    // Sorting on every column, both ways.
    std::vector<std::vector<double>> sorts(iq::ContactsModel::ColumnCount);
    for (int run = 0; run < runs; ++run) {
        for (int column = 0; column < iq::ContactsModel::ColumnCount; ++column) {
            sorts[column].push_back(timeMs([&] {
                view->sortByColumn(column, run % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
                paint(view);
            }));
        }
    }
    const double ourResident = residentMb();

    out << "\n== Contacts page (ContactsModel), " << count << " contacts, medians of " << runs
        << " runs ==\n";
    report(QStringLiteral("first paint, true row count known"), median(firstPaint));
    report(QStringLiteral("jump to the last row (End)"), median(toEnd));
    report(QStringLiteral("scroll bar dragged to the middle"), median(toMiddle));
    report(QStringLiteral("  the same before the list's positions were read"), middleBeforePositions);
    out << QStringLiteral("  positions read in the background %1 ms after the page opened (%2)\n")
               .arg(positionsAfterMs, 0, 'f', 0)
               .arg(positionsWereRead ? QStringLiteral("ready") : QStringLiteral("not ready"));
    report(QStringLiteral("scroll bar dragged near the top"), median(toTop));
    std::sort(keystrokes.begin(), keystrokes.end());
    report(QStringLiteral("search keystroke (median of %1)").arg(keystrokes.size()), median(keystrokes));
    report(QStringLiteral("search keystroke (90th percentile)"), keystrokes[keystrokes.size() * 9 / 10]);
    for (int column = 0; column < iq::ContactsModel::ColumnCount; ++column)
        report(QStringLiteral("sort by %1").arg(model.headerData(column, Qt::Horizontal).toString()),
               median(sorts[column]));
    out << "resident with the page open: " << QString::number(ourResident, 'f', 0) << " MB\n";
    page.hide();

    if (!parser.isSet(QStringLiteral("skip-reference"))) {
        // The reference: a plain QSqlTableModel over the same table, in this process, after ours.
        QSqlDatabase ref = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reference"));
        ref.setDatabaseName(QDir(dir).filePath(iq::Profile::databaseFileName()));
        ref.open();
        std::vector<double> refFirst;
        for (int run = 0; run < runs; ++run) {
            refFirst.push_back(timeMs([&] {
                QSqlTableModel table(nullptr, ref);
                table.setTable(QStringLiteral("contacts"));
                table.select();
                QTableView tableView;
                tableView.setModel(&table);
                tableView.resize(1100, 700);
                tableView.show();
                paint(&tableView);
            }));
        }
        QSqlTableModel table(nullptr, ref);
        table.setTable(QStringLiteral("contacts"));
        table.select();
        QTableView tableView;
        tableView.setModel(&table);
        tableView.resize(1100, 700);
        tableView.show();
        paint(&tableView);
        // Its scroll bar reaches the end only after every row was fetched.
        const double refToEnd = timeMs([&] {
            while (table.canFetchMore())
                table.fetchMore();
            tableView.scrollToBottom();
            paint(&tableView);
        });
        const int refRows = table.rowCount();
        std::vector<double> refSort;
        for (int run = 0; run < std::min(runs, 3); ++run) {
            refSort.push_back(timeMs([&] {
                table.sort(table.fieldIndex(QStringLiteral("family_name")),
                           run % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
                paint(&tableView);
            }));
        }
        const double refResident = residentMb();
        out << "\n== Reference: QSqlTableModel on the same table (" << refRows << " rows fetched) ==\n";
        report(QStringLiteral("first paint"), median(firstPaint), median(refFirst));
        report(QStringLiteral("reach the last row (fetch everything)"), median(toEnd), refToEnd);
        report(QStringLiteral("sort (reference: unindexed family_name)"),
               median(sorts[iq::ContactsModel::Name]), median(refSort));
        out << "resident after the reference fetched every row: " << QString::number(refResident, 'f', 0)
            << " MB (ours before it: " << QString::number(ourResident, 'f', 0) << " MB)\n";
    }

    // Phone normalization: the batch API against a plain single-threaded libphonenumber loop.
    QStringList raws;
    {
        auto query = database.exec(QStringLiteral("SELECT raw FROM contact_phones LIMIT 200000"));
        while (query && query.value().next())
            raws << query.value().value(0).toString();
    }
    const iq::PhoneNumbers numbers(QStringLiteral("US"));
    std::vector<double> plain, single, batch;
    for (int run = 0; run < 3; ++run) {
        plain.push_back(timeMs([&] {
            using i18n::phonenumbers::PhoneNumber;
            using i18n::phonenumbers::PhoneNumberUtil;
            const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
            int valid = 0;
            for (const QString& raw : raws) {
                PhoneNumber number;
                if (util->Parse(raw.toStdString(), "US", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
                    continue;
                std::string e164;
                util->Format(number, PhoneNumberUtil::E164, &e164);
                if (util->IsValidNumber(number) && util->GetNumberType(number) != PhoneNumberUtil::UNKNOWN)
                    ++valid;
            }
            Q_UNUSED(valid)
        }));
        single.push_back(timeMs([&] {
            for (const QString& raw : raws)
                (void)numbers.parse(raw);
        }));
        batch.push_back(timeMs([&] { (void)numbers.parseAll(raws); }));
    }
    const auto perSecond = [&](double ms) {
        return QString::number(raws.size() / (ms / 1000.0), 'f', 0);
    };
    out << "\n== Phone normalization, " << raws.size() << " numbers, medians of 3 runs, "
        << QThread::idealThreadCount() << " threads ==\n"
        << "plain libphonenumber loop (E.164, valid, type): " << perSecond(median(plain)) << " numbers/s\n"
        << "PhoneNumbers::parse loop (all forms):           " << perSecond(median(single)) << " numbers/s\n"
        << "PhoneNumbers::parseAll batch (all forms):       " << perSecond(median(batch)) << " numbers/s ("
        << QString::number(median(single) / median(batch), 'f', 2) << "x the parse loop, "
        << QString::number(median(plain) / median(batch), 'f', 2) << "x the plain loop)\n";
    return 0;
}
