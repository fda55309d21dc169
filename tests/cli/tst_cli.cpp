#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

// Drives the real iqm executable the way a user or a script does.
class TestCli final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { m_profile = m_dir.filePath(QStringLiteral("p%1").arg(++m_counter)); }

    void versionAndHelp() {
        auto version = iqm({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("iqm "));
        auto help = iqm({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("contacts add"));
        auto commandHelp = iqm({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--help")});
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY(commandHelp.out.contains("--first-name"));
    }

    void addThenListRoundTripsThroughTheProfile() {
        auto added = iqm({QStringLiteral("--profile"), m_profile, QStringLiteral("contacts"),
                          QStringLiteral("add"), QStringLiteral("--first-name"), QStringLiteral("José"),
                          QStringLiteral("--last-name"), QStringLiteral("Núñez"), QStringLiteral("--phone"),
                          QStringLiteral("(415) 555-0132"), QStringLiteral("--phone"), QStringLiteral("12"),
                          QStringLiteral("--email"), QStringLiteral("jose@example.com"),
                          QStringLiteral("--group"), QStringLiteral("Mac Users"), QStringLiteral("--json")});
        QCOMPARE(added.exitCode, 0);
        const QJsonObject contact = QJsonDocument::fromJson(added.out).object();
        const QString id = contact.value(QStringLiteral("id")).toString();
        QCOMPARE(id.size(), 36);
        QCOMPARE(contact.value(QStringLiteral("name")).toString(), QStringLiteral("José Núñez"));
        const QJsonArray phones = contact.value(QStringLiteral("phones")).toArray();
        QCOMPARE(phones.size(), 2);
        QCOMPARE(phones.at(0).toObject().value(QStringLiteral("e164")).toString(),
                 QStringLiteral("+14155550132"));
        QCOMPARE(phones.at(0).toObject().value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(phones.at(1).toObject().value(QStringLiteral("raw")).toString(), QStringLiteral("12"));
        QCOMPARE(phones.at(1).toObject().value(QStringLiteral("valid")).toBool(), false);

        auto listed = iqm({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json"),
                           QStringLiteral("--profile"), m_profile});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0).toObject().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(all.at(0)
                     .toObject()
                     .value(QStringLiteral("groups"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("Mac Users")));
        // UTF-8 on the wire, not escapes.
        QVERIFY(listed.out.contains("Núñez"));

        auto shown = iqm(
            {QStringLiteral("--profile"), m_profile, QStringLiteral("contacts"), QStringLiteral("show"), id});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("familyName")).toString(),
                 QStringLiteral("Núñez"));

        auto deleted = iqm({QStringLiteral("--profile"), m_profile, QStringLiteral("contacts"),
                            QStringLiteral("delete"), id});
        QCOMPARE(deleted.exitCode, 0);
        auto empty = iqm({QStringLiteral("--profile"), m_profile, QStringLiteral("contacts"),
                          QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(empty.out).array().size(), 0);
    }

    void environmentChoosesTheProfile() {
        auto added = test::runProgram(QStringLiteral("iqm"),
                                      {QStringLiteral("contacts"), QStringLiteral("add"),
                                       QStringLiteral("--first-name"), QStringLiteral("Env")},
                                      {}, {QStringLiteral("IQM_PROFILE=") + m_profile});
        QCOMPARE(added.exitCode, 0);
        auto listed =
            iqm({QStringLiteral("--profile"), m_profile, QStringLiteral("contacts"), QStringLiteral("list")});
        QVERIFY(listed.out.contains("Env"));
    }

    void exitStatuses_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("stderrContains");
        QTest::newRow("no command") << QStringList{} << 2 << QByteArray("Usage");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << 2 << QByteArray("frobnicate");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--bogus")} << 2
            << QByteArray("bogus");
        QTest::newRow("missing id") << QStringList{QStringLiteral("contacts"), QStringLiteral("show")} << 2
                                    << QByteArray("missing");
        QTest::newRow("unknown id") << QStringList{QStringLiteral("contacts"), QStringLiteral("show"),
                                                   QStringLiteral("nope")}
                                    << 1 << QByteArray("nope");
        QTest::newRow("bad consent") << QStringList{QStringLiteral("contacts"),     QStringLiteral("add"),
                                                    QStringLiteral("--first-name"), QStringLiteral("A"),
                                                    QStringLiteral("--consent"),    QStringLiteral("maybe")}
                                     << 2 << QByteArray("maybe");
        QTest::newRow("nameless contact") << QStringList{QStringLiteral("contacts"), QStringLiteral("add")}
                                          << 1 << QByteArray("needs a name");
        QTest::newRow("bad e-mail") << QStringList{QStringLiteral("contacts"), QStringLiteral("add"),
                                                   QStringLiteral("--email"), QStringLiteral("nobody")}
                                    << 1 << QByteArray("nobody");
    }

    void exitStatuses() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, stderrContains);
        auto result = iqm(QStringList{QStringLiteral("--profile"), m_profile} + arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(stderrContains) || result.out.contains(stderrContains),
                 result.err.constData());
    }

    void damagedProfileIsReportedAndKept() {
        QVERIFY(QDir().mkpath(m_profile));
        const QByteArray garbage = QByteArray("this is not a database\n").repeated(100);
        QFile file(m_profile + QStringLiteral("/profile.sqlite"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
        file.close();
        auto result =
            iqm({QStringLiteral("--profile"), m_profile, QStringLiteral("contacts"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("not an IQ Messaging database"), result.err.constData());
        QCOMPARE(test::fileBytes(file.fileName()), garbage);
    }

    void profileInfo() {
        QCOMPARE(
            iqm({QStringLiteral("--profile"), m_profile, QStringLiteral("profile"), QStringLiteral("init")})
                .exitCode,
            0);
        auto info = iqm({QStringLiteral("--profile"), m_profile, QStringLiteral("profile"),
                         QStringLiteral("info"), QStringLiteral("--json")});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(info.out).object();
        QCOMPARE(object.value(QStringLiteral("contacts")).toInt(), 0);
        QVERIFY(object.value(QStringLiteral("schemaVersion")).toInt() >= 2);
    }

private:
    test::ProcessResult iqm(const QStringList& arguments) {
        return test::runProgram(QStringLiteral("iqm"), arguments);
    }

    QTemporaryDir m_dir;
    QString m_profile;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
