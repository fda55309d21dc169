// Runs every case of the Mustache spec's core modules against the template engine.
#include "TestSupport.h"
#include "shared/template/Template.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace iq::tmpl;

class TestMustacheSpec final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void spec_data() {
        QTest::addColumn<QJsonObject>("testCase");
        const QString folder = iq::test::conformancePath(QStringLiteral("mustache"));
        if (folder.isEmpty())
            return;
        const QStringList modules{QStringLiteral("comments"),      QStringLiteral("delimiters"),
                                  QStringLiteral("interpolation"), QStringLiteral("inverted"),
                                  QStringLiteral("partials"),      QStringLiteral("sections")};
        for (const QString& module : modules) {
            const QByteArray bytes =
                iq::test::fileBytes(QDir(folder).filePath(module + QStringLiteral(".json")));
            QVERIFY2(!bytes.isEmpty(), qPrintable(module));
            const QJsonArray tests =
                QJsonDocument::fromJson(bytes).object().value(QStringLiteral("tests")).toArray();
            QVERIFY(!tests.isEmpty());
            for (const QJsonValue& test : tests) {
                const QString name =
                    module + QStringLiteral(": ") + test.toObject().value(QStringLiteral("name")).toString();
                QTest::newRow(qPrintable(name)) << test.toObject();
            }
        }
    }

    void spec() {
        if (iq::test::conformancePath(QStringLiteral("mustache")).isEmpty())
            QSKIP("The Mustache spec is not here (../shared/conformance/mustache); skipping its cases.");
        QFETCH(QJsonObject, testCase);
        Partials partials;
        const QJsonObject partialSources = testCase.value(QStringLiteral("partials")).toObject();
        for (auto it = partialSources.begin(); it != partialSources.end(); ++it)
            partials.insert(it.key(), it.value().toString());
        const Template parsed = Template::parse(testCase.value(QStringLiteral("template")).toString());
        QVERIFY2(parsed.isValid(), qPrintable(parsed.isValid() ? QString() : parsed.error()->toString()));
        const RenderOutput output =
            parsed.render(Value::fromJson(testCase.value(QStringLiteral("data"))), Escaping::Html, &partials);
        QVERIFY2(output.problems.isEmpty(), qPrintable(output.problems.join(QLatin1Char('\n'))));
        QCOMPARE(output.text, testCase.value(QStringLiteral("expected")).toString());
    }
};

QTEST_GUILESS_MAIN(TestMustacheSpec)
#include "tst_mustachespec.moc"
