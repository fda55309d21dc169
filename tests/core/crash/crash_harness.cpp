// iq-crash-harness [RUNS] [--seed N]: kills iqm with SIGKILL at random moments of imports, syncs,
// exports, contact deletions, import rollbacks and campaign sends against a real iqmsgd, and checks the
// profiles and the server after every kill. Exit status 0 when every check passed, 1 with the failed
// check (and the seed that replays the run) otherwise.
#include "CrashHarness.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    // iqm and iqmsgd are built next to this program.
    if (qEnvironmentVariableIsEmpty("IQ_BIN_DIR"))
        qputenv("IQ_BIN_DIR", QCoreApplication::applicationDirPath().toUtf8());
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Kills iqm (import, sync pushing and pulling, export, contact deletion, import rollback, campaign "
        "send) with SIGKILL at random moments against a real iqmsgd and checks after every kill: the "
        "profile passes integrity_check, an import or rollback happened whole or not at all, a campaign "
        "whose send was killed and pressed again reached each recipient once, and after the next syncs a "
        "second device holds every committed change once, at the version it should have. Run it inside "
        "scripts/with-keyring.sh."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("runs"), QStringLiteral("Rounds to run (default 100)."));
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("Random seed (default: the clock)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("verbose"), QStringLiteral("Print every round.")});
    parser.process(app);

    iq::test::CrashHarness::Options options;
    options.runs = parser.positionalArguments().value(0, QStringLiteral("100")).toInt();
    options.seed = parser.isSet(QStringLiteral("seed")) ? parser.value(QStringLiteral("seed")).toUInt()
                                                        : quint32(QDateTime::currentMSecsSinceEpoch());
    if (parser.isSet(QStringLiteral("verbose")))
        options.log = [](const QString& line) {
            std::printf("%s\n", qPrintable(line));
            std::fflush(stdout);
        };
    if (options.runs <= 0) {
        std::fprintf(stderr, "RUNS must be a positive number\n");
        return 2;
    }
    std::printf("crash harness: %d rounds, seed %u\n", options.runs, options.seed);
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    iq::test::CrashHarness harness(options);
    const bool ok = harness.start() && harness.run();
    const auto& figures = harness.figures();
    std::printf("%d rounds, %d killed while running, in %lld s\n", figures.runs, figures.killed,
                timer.elapsed() / 1000);
    for (auto it = figures.killedBy.begin(); it != figures.killedBy.end(); ++it)
        std::printf("  %-18s %d kills\n", qPrintable(it.key()), it.value());
    if (!ok) {
        std::fprintf(stderr, "FAILED %s\n", qPrintable(harness.failure()));
        return 1;
    }
    std::printf("every check passed\n");
    return 0;
}
