// campaign_report_bench: how long the History page's campaign report takes to read and draw.
//   campaign_report_bench [--messages 100000] [--runs 5] [--profile DIR]
// Makes a profile with one sent campaign of N messages (tests/support/ReportFixtures: outcomes over
// three hours, five error codes, opt-outs after the send), then prints medians of several runs for
// the report's figures alone (CampaignReportActions), the report panel read and drawn with its three
// charts (CampaignReportModel + CampaignReportPanel, grabbed offscreen), and in the same run a plain
// QSqlQuery of the campaign's counts per status (one GROUP BY: the floor of any report).
#include "ReportFixtures.h"

#include "core/actions/CampaignReportActions.h"
#include "core/profile/Profile.h"
#include "core/store/Database.h"
#include "models/CampaignReportModel.h"
#include "views/history/CampaignReportPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

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

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("messages"), QStringLiteral("Messages of the campaign."),
                      QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each measure."), QStringLiteral("n"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("profile"),
                      QStringLiteral("Profile folder (a temporary one by default)."), QStringLiteral("dir")});
    parser.process(app);
    const int messages = parser.value(QStringLiteral("messages")).toInt();
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir temporary;
    const QString folder = parser.isSet(QStringLiteral("profile"))
                               ? parser.value(QStringLiteral("profile"))
                               : temporary.filePath(QStringLiteral("profile"));
    auto opened = iq::Profile::open(folder);
    if (!opened) {
        out << "cannot open the profile: " << opened.errorMessage() << Qt::endl;
        return 1;
    }
    std::unique_ptr<iq::Profile> profile = std::move(opened).value();
    const double made = timeMs([&] { iq::test::pullReportCampaign(profile->database(), messages); });
    out << "generated " << messages << " messages in " << made / 1000 << " s" << Qt::endl;
    const QString campaign = iq::test::reportCampaignId();

    // The floor: the campaign's counts per status on a connection of its own.
    QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reference"));
    plain.setDatabaseName(profile->database().filePath());
    plain.open();
    std::vector<double> reference, figures, drawn;
    iq::CampaignReportModel model(*profile);
    iq::CampaignReportPanel panel(&model);
    panel.resize(1280, 800);
    panel.show();
    int delivered = 0;
    double first = 0;
    for (int run = 0; run < runs; ++run) {
        reference.push_back(timeMs([&] {
            QSqlQuery query(plain);
            query.prepare(
                QStringLiteral("SELECT status, count(*) FROM messages WHERE campaign_id = ? AND deleted = 0 "
                               "GROUP BY status"));
            query.addBindValue(campaign);
            query.exec();
            while (query.next()) {
            }
        }));
        figures.push_back(timeMs([&] {
            delivered = iq::CampaignReportActions(profile->database()).report(campaign).value().delivered;
        }));
        model.setCampaign({});
        const double ms = timeMs([&] {
            model.setCampaign(campaign);
            panel.grab();
        });
        if (run == 0)
            first = ms;
        drawn.push_back(ms);
    }
    out << "delivered " << delivered << " of " << messages << Qt::endl;
    out << "reference: counts per status alone (plain QSqlQuery, one GROUP BY): median " << median(reference)
        << " ms" << Qt::endl;
    out << "report figures (CampaignReportActions), " << messages << " messages: median " << median(figures)
        << " ms, ratio to the reference " << median(figures) / std::max(0.001, median(reference)) << Qt::endl;
    out << "report with its charts drawn, " << messages << " messages: median " << median(drawn)
        << " ms (first " << first << " ms)" << Qt::endl;
    out << "resident with the report open: " << residentMb() << " MB" << Qt::endl;
    return 0;
}
