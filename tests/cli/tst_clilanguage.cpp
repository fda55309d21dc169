// The real iqm speaks the language chosen the way the desktop application chooses it: --language CODE,
// else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), with the catalogues the application ships.
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace iq;

namespace {

const QStringList kBogusOption{QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--bogus")};

// A session whose language is only in the environment, as a desktop session sets it.
QStringList systemLanguage(const QString& locale) {
    return {QStringLiteral("LANGUAGE="), QStringLiteral("LC_MESSAGES="), QStringLiteral("LC_ALL=") + locale,
            QStringLiteral("LANG=") + locale};
}

} // namespace

class TestCliLanguage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void languageOptionTranslatesUsageErrors_data() {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("hint");
        QTest::newRow("--language de") << QStringList{QStringLiteral("--language"), QStringLiteral("de")}
                                       << QStringLiteral("'iqm --help' zeigt die Verwendung.");
        QTest::newRow("--language=fr") << QStringList{QStringLiteral("--language=fr")}
                                       << QStringLiteral("Lancez 'iqm --help' pour l'utilisation.");
        QTest::newRow("after --profile") << QStringList{QStringLiteral("--profile"), QStringLiteral("unused"),
                                                        QStringLiteral("--language"), QStringLiteral("es")}
                                         << QStringLiteral("Ejecute 'iqm --help' para ver el uso.");
        QTest::newRow("no option, C locale")
            << QStringList() << QStringLiteral("Run 'iqm --help' for usage.");
    }
    void languageOptionTranslatesUsageErrors() {
        QFETCH(QStringList, options);
        QFETCH(QString, hint);
        const auto result = test::runProgram(QStringLiteral("iqm"), options + kBogusOption, {},
                                             systemLanguage(QStringLiteral("C.UTF-8")));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(QString::fromUtf8(result.err).contains(hint), result.err.constData());
    }

    void systemLocaleChoosesTheLanguage() {
        const auto result = test::runProgram(QStringLiteral("iqm"), kBogusOption, {},
                                             systemLanguage(QStringLiteral("de_DE.UTF-8")));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(QString::fromUtf8(result.err).contains(QStringLiteral("'iqm --help' zeigt die Verwendung.")),
                 result.err.constData());
        // The option wins over the system's language.
        const auto english =
            test::runProgram(QStringLiteral("iqm"),
                             QStringList{QStringLiteral("--language"), QStringLiteral("en")} + kBogusOption,
                             {}, systemLanguage(QStringLiteral("de_DE.UTF-8")));
        QVERIFY2(english.err.contains("Run 'iqm --help' for usage."), english.err.constData());
    }

    // Messages of the core, not only iqm's own: import outcomes and a profile that cannot be made.
    void coreMessagesComeTranslated() {
        QTemporaryDir dir;
        const auto planned = test::runProgram(
            QStringLiteral("iqm"),
            {QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--profile"),
             dir.filePath(QStringLiteral("profile")), QStringLiteral("contacts"), QStringLiteral("import"),
             test::dataPath(QStringLiteral("import/google.csv")), QStringLiteral("--dry-run")});
        QVERIFY2(planned.exitCode == 0, planned.err.constData());
        const QString out = QString::fromUtf8(planned.out);
        QVERIFY2(out.contains(QStringLiteral("Zeilen: ")), planned.out.constData());
        QVERIFY2(out.contains(QStringLiteral("Neu ")), planned.out.constData());
        QVERIFY2(out.contains(QStringLiteral("Probelauf: Nichts wurde geändert.")), planned.out.constData());

        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto refused = test::runProgram(
            QStringLiteral("iqm"), {QStringLiteral("--language"), QStringLiteral("de"),
                                    QStringLiteral("--profile"), dir.filePath(QStringLiteral("file/profile")),
                                    QStringLiteral("contacts"), QStringLiteral("list")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(QString::fromUtf8(refused.err).contains(QStringLiteral("Der Profilordner")),
                 refused.err.constData());
    }

    void languageWithoutACodeIsAUsageError_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("last") << QStringList{QStringLiteral("--language")};
        QTest::newRow("before an option")
            << QStringList{QStringLiteral("--language"), QStringLiteral("--profile"), QStringLiteral("p")};
        QTest::newRow("empty") << QStringList{QStringLiteral("--language="), QStringLiteral("contacts")};
    }
    void languageWithoutACodeIsAUsageError() {
        QFETCH(QStringList, arguments);
        const auto result = test::runProgram(QStringLiteral("iqm"), arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("--language needs a language code"), result.err.constData());
    }

    // After the command, --language is the command's to refuse: global options come first.
    void languageAfterTheCommandIsNotTaken() {
        const auto result =
            test::runProgram(QStringLiteral("iqm"), {QStringLiteral("contacts"), QStringLiteral("list"),
                                                     QStringLiteral("--language"), QStringLiteral("de")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("language"), result.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
