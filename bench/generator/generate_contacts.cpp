// iq-generate-contacts: fills a profile with realistic contacts for benchmarks and screenshots.
#include "ContactGenerator.h"
#include "core/profile/Profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fills a profile with generated contacts."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("profile"), QStringLiteral("Profile folder (created)."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("count"), QStringLiteral("How many contacts."), QStringLiteral("n"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("n"),
                      QStringLiteral("20260101")});
    parser.process(app);
    QTextStream err(stderr);
    if (!parser.isSet(QStringLiteral("profile"))) {
        err << "--profile is required\n";
        return 2;
    }
    const QString dir = parser.value(QStringLiteral("profile"));
    QDir().mkpath(dir);
    iq::bench::GeneratorOptions options;
    options.count = parser.value(QStringLiteral("count")).toInt();
    options.seed = parser.value(QStringLiteral("seed")).toUInt();
    auto report = iq::bench::generateContacts(QDir(dir).filePath(iq::Profile::databaseFileName()), options);
    if (!report) {
        err << report.errorMessage() << "\n";
        return 1;
    }
    QTextStream(stdout) << "contacts " << report.value().contacts << ", numbers " << report.value().phones
                        << ", e-mails " << report.value().emails << ", memberships "
                        << report.value().memberships << " in " << report.value().milliseconds << " ms\n";
    return 0;
}
