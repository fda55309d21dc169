#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace iq;

// iqm content: the content library from a terminal, end to end with the real binary.
class TestCliContent final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        ++m_profile; // a profile of its own for each test
    }

    void addListShowEditDelete() {
        auto added = iqm({QStringLiteral("content"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("New Macs"), QStringLiteral("--body"),
                          QStringLiteral("Hi {{first_name|there}}!"), QStringLiteral("--tag"),
                          QStringLiteral("promo"), QStringLiteral("--json")});
        QCOMPARE(added.exitCode, 0);
        const QJsonObject item = QJsonDocument::fromJson(added.out).object();
        const QString id = item.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(item.value(QStringLiteral("kind")).toString(), QStringLiteral("sms"));
        QCOMPARE(item.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("promo")});
        QVERIFY(item.value(QStringLiteral("mediaHash")).isNull());

        QFile html(m_dir.filePath(QStringLiteral("news.html")));
        QVERIFY(html.open(QIODevice::WriteOnly));
        html.write("<p>Hola, {{first_name}} — ¡nuevo!</p>");
        html.close();
        QCOMPARE(iqm({QStringLiteral("content"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("News"), QStringLiteral("--kind"), QStringLiteral("email"),
                      QStringLiteral("--subject"), QStringLiteral("This week"), QStringLiteral("--html-file"),
                      html.fileName()})
                     .exitCode,
                 0);

        auto list = iqm({QStringLiteral("content"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 2);
        auto emails = iqm({QStringLiteral("content"), QStringLiteral("list"), QStringLiteral("--kind"),
                           QStringLiteral("email"), QStringLiteral("--json")});
        const QJsonArray onlyEmail = QJsonDocument::fromJson(emails.out).array();
        QCOMPARE(onlyEmail.size(), 1);
        QCOMPARE(onlyEmail.first().toObject().value(QStringLiteral("bodyHtml")).toString(),
                 QStringLiteral("<p>Hola, {{first_name}} — ¡nuevo!</p>"));
        QCOMPARE(onlyEmail.first().toObject().value(QStringLiteral("subject")).toString(),
                 QStringLiteral("This week"));

        auto shown = iqm({QStringLiteral("content"), QStringLiteral("show"), id});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.out.contains("Hi {{first_name|there}}!"));
        QVERIFY(shown.out.contains("New Macs"));

        auto edited =
            runProgram({QStringLiteral("content"), QStringLiteral("edit"), id, QStringLiteral("--body-file"),
                        QStringLiteral("-"), QStringLiteral("--no-tags"), QStringLiteral("--json")},
                       "Back in stock, {{first_name}}.\n");
        QCOMPARE(edited.exitCode, 0);
        const QJsonObject after = QJsonDocument::fromJson(edited.out).object();
        QCOMPARE(after.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(after.value(QStringLiteral("name")).toString(), QStringLiteral("New Macs"));
        QCOMPARE(after.value(QStringLiteral("body")).toString(),
                 QStringLiteral("Back in stock, {{first_name}}.\n"));
        QCOMPARE(after.value(QStringLiteral("tags")).toArray().size(), 0);

        auto copy =
            iqm({QStringLiteral("content"), QStringLiteral("duplicate"), id, QStringLiteral("--json")});
        QCOMPARE(copy.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(copy.out).object().value(QStringLiteral("name")).toString(),
                 QStringLiteral("New Macs (copy)"));

        QCOMPARE(iqm({QStringLiteral("content"), QStringLiteral("delete"), id}).exitCode, 0);
        auto gone = iqm({QStringLiteral("content"), QStringLiteral("show"), id});
        QCOMPARE(gone.exitCode, 1);
        QVERIFY2(gone.err.contains(id.toUtf8()), gone.err.constData());
        QCOMPARE(iqm({QStringLiteral("content"), QStringLiteral("delete"), id}).exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(
                     iqm({QStringLiteral("content"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                     .array()
                     .size(),
                 2);
    }

    void mistakesAreNamed() {
        auto badKind = iqm({QStringLiteral("content"), QStringLiteral("add"), QStringLiteral("--name"),
                            QStringLiteral("x"), QStringLiteral("--kind"), QStringLiteral("fax")});
        QCOMPARE(badKind.exitCode, 2);
        QVERIFY2(badKind.err.contains("\"fax\""), badKind.err.constData());
        auto noName = iqm({QStringLiteral("content"), QStringLiteral("add"), QStringLiteral("--body"),
                           QStringLiteral("x")});
        QCOMPARE(noName.exitCode, 2);
        QVERIFY2(noName.err.contains("--name"), noName.err.constData());
        auto both = iqm({QStringLiteral("content"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("x"), QStringLiteral("--body"), QStringLiteral("a"),
                         QStringLiteral("--body-file"), QStringLiteral("b")});
        QCOMPARE(both.exitCode, 2);
        auto missingFile = iqm({QStringLiteral("content"), QStringLiteral("add"), QStringLiteral("--name"),
                                QStringLiteral("x"), QStringLiteral("--body-file"),
                                m_dir.filePath(QStringLiteral("nowhere.txt"))});
        QCOMPARE(missingFile.exitCode, 1);
        QVERIFY2(missingFile.err.contains("nowhere.txt"), missingFile.err.constData());
        auto broken = iqm({QStringLiteral("content"), QStringLiteral("add"), QStringLiteral("--name"),
                           QStringLiteral("footer"), QStringLiteral("--kind"), QStringLiteral("snippet"),
                           QStringLiteral("--body"), QStringLiteral("{{#x}}")});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains("footer"), broken.err.constData());
        auto blank = iqm({QStringLiteral("content"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("  ")});
        QCOMPARE(blank.exitCode, 1);

        const QString id = QJsonDocument::fromJson(iqm({QStringLiteral("content"), QStringLiteral("add"),
                                                        QStringLiteral("--name"), QStringLiteral("Keep"),
                                                        QStringLiteral("--json")})
                                                       .out)
                               .object()
                               .value(QStringLiteral("id"))
                               .toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(iqm({QStringLiteral("content"), QStringLiteral("edit"), id}).exitCode,
                 2); // nothing to change
        auto renamedBlank =
            iqm({QStringLiteral("content"), QStringLiteral("edit"), id, QStringLiteral("--name"), QString()});
        QCOMPARE(renamedBlank.exitCode, 1);
        auto kept = iqm({QStringLiteral("content"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(kept.out).object().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Keep"));
        QCOMPARE(iqm({QStringLiteral("content"), QStringLiteral("show")}).exitCode, 2);
    }

private:
    test::ProcessResult runProgram(QStringList arguments, const QByteArray& input = {}) {
        arguments.prepend(m_dir.filePath(QStringLiteral("profile%1").arg(m_profile)));
        arguments.prepend(QStringLiteral("--profile"));
        return test::runProgram(QStringLiteral("iqm"), arguments, input);
    }
    test::ProcessResult iqm(const QStringList& arguments) { return runProgram(arguments); }

    QTemporaryDir m_dir;
    int m_profile = 0;
};

QTEST_GUILESS_MAIN(TestCliContent)
#include "tst_cli_content.moc"
