// A short run of the crash harness in the test suite: iqm killed with SIGKILL ten times in the middle of
// imports, syncs, exports, deletions, rollbacks and campaign sends, each kill checked.
// scripts/crash-harness.sh runs hundreds or thousands (CI runs a bounded number).
#include "CrashHarness.h"

#include <QDateTime>
#include <QTest>

using iq::test::CrashHarness;

class TestCrashConsistency final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedOperationsLeaveConsistentProfiles() {
        CrashHarness::Options options;
        options.runs = qEnvironmentVariableIntValue("IQ_CRASH_TEST_RUNS") > 0
                           ? qEnvironmentVariableIntValue("IQ_CRASH_TEST_RUNS")
                           : 10;
        options.seed = quint32(QDateTime::currentMSecsSinceEpoch());
        options.largeImportRows = 2600; // still past 256 KiB, a little quicker
        options.log = [](const QString& line) {
            qInfo("%s", qPrintable(line));
        };
        CrashHarness harness(options);
        QVERIFY2(harness.start(), qPrintable(harness.failure()));
        QVERIFY2(harness.run(), qPrintable(harness.failure()));
        qInfo("%d rounds, %d killed while running", harness.figures().runs, harness.figures().killed);
    }
};

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "tst_crashconsistency.moc"
