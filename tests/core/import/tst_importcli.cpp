#include "TestSupport.h"

#include "core/store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace iq;
using namespace Qt::StringLiterals;

// iqm contacts import / import-rollback / imports / export, driven as a script would, and an import
// killed with SIGKILL half way.
class TestImportCli final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { m_profile = m_dir.filePath(u"p%1"_s.arg(++m_counter)); }

    void dryRunThenCommitThenRollback() {
        const QString file = test::dataPath(u"import/google.csv"_s);
        auto dry =
            iqm({u"contacts"_s, u"import"_s, file, u"--region"_s, u"US"_s, u"--dry-run"_s, u"--json"_s});
        QCOMPARE(dry.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(dry.out).object();
        QCOMPARE(plan.value(u"committed"_s).toBool(), false);
        QCOMPARE(plan.value(u"format"_s).toString(), u"google"_s);
        QCOMPARE(plan.value(u"plan"_s).toArray().size(), 3);
        QCOMPARE(plan.value(u"plan"_s).toArray().at(0).toObject().value(u"outcome"_s).toString(),
                 u"create"_s);
        QCOMPARE(listed().size(), 0);

        auto done = iqm({u"contacts"_s, u"import"_s, file, u"--region"_s, u"US"_s, u"--group"_s,
                         u"Imported"_s, u"--consent"_s, u"opted-in"_s, u"--consent-source"_s,
                         u"paper sign-up sheet, March 2026"_s, u"--json"_s});
        QCOMPARE(done.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(done.out).object();
        QCOMPARE(report.value(u"counts"_s).toObject().value(u"create"_s).toInt(), 3);
        const QString importId = report.value(u"importId"_s).toString();
        QCOMPARE(importId.size(), 36);
        QCOMPARE(listed().size(), 3);

        auto history = iqm({u"contacts"_s, u"imports"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(history.out).array().at(0).toObject().value(u"id"_s).toString(),
                 importId);

        auto again = iqm({u"contacts"_s, u"import"_s, file, u"--region"_s, u"US"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("Unchanged"));

        auto rolledBack = iqm({u"contacts"_s, u"import-rollback"_s, importId});
        QCOMPARE(rolledBack.exitCode, 0);
        QVERIFY(rolledBack.out.contains("3 contacts removed"));
        QCOMPARE(listed().size(), 0);
        QCOMPARE(iqm({u"contacts"_s, u"import-rollback"_s, importId}).exitCode, 1);
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("policy") << QStringList{u"--on-duplicate"_s, u"merge"_s};
        QTest::newRow("consent") << QStringList{u"--consent"_s, u"maybe"_s};
        QTest::newRow("opted-in without source") << QStringList{u"--consent"_s, u"opted-in"_s};
        QTest::newRow("delimiter") << QStringList{u"--delimiter"_s, u"x"_s};
    }
    void usageErrors() {
        QFETCH(QStringList, arguments);
        auto result =
            iqm(QStringList{u"contacts"_s, u"import"_s, test::dataPath(u"import/plain.csv"_s)} + arguments);
        QCOMPARE(result.exitCode, 2);
    }

    void rejectedRowsAndMappingFiles() {
        const QString rejected = m_dir.filePath(u"rejected.csv"_s);
        const QString mapping = m_dir.filePath(u"mapping.json"_s);
        auto result = iqm({u"contacts"_s, u"import"_s, test::dataPath(u"import/excel-1252.csv"_s),
                           u"--region"_s, u"GB"_s, u"--rejected"_s, rejected, u"--save-mapping"_s, mapping});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("Rejected rows written"));
        QVERIFY(test::fileBytes(rejected).contains("Import problem"));
        auto reused = iqm({u"contacts"_s, u"import"_s, test::dataPath(u"import/excel-1252.csv"_s),
                           u"--region"_s, u"GB"_s, u"--mapping"_s, mapping, u"--dry-run"_s});
        QCOMPARE(reused.exitCode, 0);
        QVERIFY(reused.out.contains("Unchanged"));
    }

    void exportFormats() {
        QCOMPARE(iqm({u"contacts"_s, u"import"_s, test::dataPath(u"import/iphone-3.0.vcf"_s), u"--region"_s,
                      u"US"_s})
                     .exitCode,
                 0);
        const QString csv = m_dir.filePath(u"out.csv"_s);
        auto exported = iqm({u"contacts"_s, u"export"_s, csv, u"--group"_s, u"Mac Users"_s});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(exported.out.contains("Exported 1 contacts"));
        auto vcard = iqm({u"contacts"_s, u"export"_s, u"-"_s, u"--format"_s, u"vcard"_s});
        QCOMPARE(vcard.exitCode, 0);
        QCOMPARE(vcard.out.count("BEGIN:VCARD"), 2);
        QVERIFY(vcard.out.contains("VERSION:4.0"));
        QCOMPARE(iqm({u"contacts"_s, u"export"_s, csv, u"--format"_s, u"xls"_s}).exitCode, 2);
    }

    void sigkillDuringImportLeavesProfileAsBefore() {
        QCOMPARE(
            iqm({u"contacts"_s, u"add"_s, u"--first-name"_s, u"Before"_s, u"--phone"_s, u"+14155550100"_s})
                .exitCode,
            0);
        const QString big = m_dir.filePath(u"big.csv"_s);
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Name,Phone,Email,Groups\n");
            // Large enough that the import is still writing when the kill arrives, well after its first
            // progress line, even on a fast machine.
            for (int i = 0; i < 150000; ++i)
                file.write("Person " + QByteArray::number(i) + ",+1 415 " + QByteArray::number(2000000 + i) +
                           ",p" + QByteArray::number(i) + "@example.com,Big\n");
        }
        const QByteArray before = iqm({u"contacts"_s, u"list"_s, u"--json"_s}).out;
        QProcess process;
        process.start(test::binaryPath(u"iqm"_s), {u"--profile"_s, m_profile, u"contacts"_s, u"import"_s, big,
                                                   u"--region"_s, u"US"_s, u"--progress"_s});
        QVERIFY(process.waitForStarted());
        // Wait until rows are being written inside the transaction, then kill without warning.
        int progressLines = 0;
        QElapsedTimer timer;
        timer.start();
        while (progressLines < 1 && timer.elapsed() < 240000) {
            process.waitForReadyRead(1000);
            progressLines += process.readAllStandardError().count("progress ");
        }
        QVERIFY2(progressLines >= 1, "the import never reported progress");
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        QCOMPARE(iqm({u"contacts"_s, u"list"_s, u"--json"_s}).out, before);
        auto imports = iqm({u"contacts"_s, u"imports"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(imports.out).array().size(), 0);
    }

private:
    test::ProcessResult iqm(QStringList arguments) {
        arguments.prepend(m_profile);
        arguments.prepend(u"--profile"_s);
        return test::runProgram(test::binaryPath(u"iqm"_s), arguments);
    }
    QJsonArray listed() {
        return QJsonDocument::fromJson(iqm({u"contacts"_s, u"list"_s, u"--json"_s}).out).array();
    }

    QTemporaryDir m_dir;
    QString m_profile;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
