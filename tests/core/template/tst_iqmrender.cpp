// iqm render and iqm segments, run as a user would.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iq::test;

class TestIqmRender final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const ProcessResult added =
            iqm({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--first-name"),
                 QStringLiteral("Ann"), QStringLiteral("--phone"), QStringLiteral("+1 202 555 0143"),
                 QStringLiteral("--group"), QStringLiteral("Mac Users"), QStringLiteral("--json")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        m_contactId = QJsonDocument::fromJson(added.out).object().value(QStringLiteral("id")).toString();
        QVERIFY(!m_contactId.isEmpty());
    }

    void renderForContact() {
        const ProcessResult result =
            iqm({QStringLiteral("render"), QStringLiteral("--text"),
                 QStringLiteral("Hi {{first_name|there}} from {{group}}! {{opt_out}}"),
                 QStringLiteral("--contact"), m_contactId});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(QString::fromUtf8(result.out),
                 QStringLiteral("Hi Ann from Mac Users! Reply STOP to opt out\n"));
    }

    void renderDataJson() {
        const ProcessResult result =
            iqm({QStringLiteral("render"), QStringLiteral("--text"),
                 QStringLiteral("<p>{{name|friend}} {{x}}</p>"), QStringLiteral("--data"),
                 QStringLiteral(R"({"x":"a&b"})"), QStringLiteral("--channel"), QStringLiteral("email-html"),
                 QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject object = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(object.value(QStringLiteral("text")).toString(), QStringLiteral("<p>friend a&amp;b</p>"));
        QCOMPARE(object.value(QStringLiteral("fallbacksUsed")).toArray().first().toString(),
                 QStringLiteral("name"));
        QCOMPARE(object.value(QStringLiteral("warnings")).toArray().size(), 1); // "name" is not in the data
        QVERIFY(!object.contains(QStringLiteral("segments")));
    }

    void renderSmsJsonHasSegments() {
        const ProcessResult result =
            iqm({QStringLiteral("render"), QStringLiteral("--text"), QStringLiteral("It’s {{a}}"),
                 QStringLiteral("--data"), QStringLiteral(R"({"a":"ok"})"), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject segments =
            QJsonDocument::fromJson(result.out).object().value(QStringLiteral("segments")).toObject();
        QCOMPARE(segments.value(QStringLiteral("encoding")).toString(), QStringLiteral("UCS-2"));
        QCOMPARE(segments.value(QStringLiteral("segments")).toInt(), 1);
    }

    void renderTemplateFileAndErrors() {
        QFile file(m_dir.filePath(QStringLiteral("t.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Hello\n{{#vip}}VIP");
        file.close();
        const ProcessResult broken = iqm({QStringLiteral("render"), QStringLiteral("--template"),
                                          file.fileName(), QStringLiteral("--data"), QStringLiteral("{}")});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains("Line 2, column 1"), broken.err.constData());
        QCOMPARE(iqm({QStringLiteral("render"), QStringLiteral("--text"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(iqm({QStringLiteral("render"), QStringLiteral("--text"), QStringLiteral("x"),
                      QStringLiteral("--data"), QStringLiteral("{}"), QStringLiteral("--channel"),
                      QStringLiteral("fax")})
                     .exitCode,
                 2);
        const ProcessResult badJson =
            iqm({QStringLiteral("render"), QStringLiteral("--text"), QStringLiteral("x"),
                 QStringLiteral("--data"), QStringLiteral("{oops")});
        QCOMPARE(badJson.exitCode, 1);
        QVERIFY(badJson.err.contains("byte"));
        const ProcessResult unknown =
            iqm({QStringLiteral("render"), QStringLiteral("--text"), QStringLiteral("x"),
                 QStringLiteral("--contact"), QStringLiteral("no-such-id")});
        QCOMPARE(unknown.exitCode, 1);
    }

    void unknownFieldWarning() {
        const ProcessResult result =
            iqm({QStringLiteral("render"), QStringLiteral("--text"), QStringLiteral("Hi {{frist_name}}"),
                 QStringLiteral("--contact"), m_contactId});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains("frist_name") && result.err.contains("column 4"),
                 result.err.constData());
        QCOMPARE(result.out, QByteArray("Hi \n"));
    }

    void segmentsArgument() {
        const ProcessResult result = iqm({QStringLiteral("segments"), QStringLiteral("Hello €")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(
            result.out,
            QByteArray(
                R"({"characters":8,"encoding":"GSM-7","messageSize":56,"segments":1,"totalSize":56,"unicodeScalars":7})"
                "\n"));
    }

    void segmentsConformanceThroughStdin() {
        const QString path = conformancePath(QStringLiteral("sms-segments/cases.json"));
        if (path.isEmpty())
            QSKIP("The SMS segment cases are not here (../shared/conformance/sms-segments); skipping them.");
        const QJsonArray cases = QJsonDocument::fromJson(fileBytes(path)).array();
        QByteArray input;
        for (const QJsonValue& value : cases)
            input += QJsonDocument(QJsonArray{value.toObject().value(QStringLiteral("text"))})
                         .toJson(QJsonDocument::Compact)
                         .mid(1)
                         .chopped(1) +
                     '\n';
        const ProcessResult result = iqm({QStringLiteral("segments")}, input);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QCOMPARE(lines.size(), cases.size());
        for (int i = 0; i < cases.size(); ++i) {
            QJsonObject expected = cases.at(i).toObject();
            expected.remove(QStringLiteral("text"));
            QCOMPARE(QJsonDocument::fromJson(lines.at(i)).object(), expected);
        }
        const ProcessResult bad = iqm({QStringLiteral("segments")}, "\"ok\"\nnot json\n");
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("Line 2"));
    }

private:
    ProcessResult iqm(const QStringList& arguments, const QByteArray& input = {}) {
        return runProgram(QStringLiteral("iqm"),
                          QStringList{QStringLiteral("--profile"), m_dir.path()} + arguments, input);
    }

    QTemporaryDir m_dir;
    QString m_contactId;
};

QTEST_GUILESS_MAIN(TestIqmRender)
#include "tst_iqmrender.moc"
