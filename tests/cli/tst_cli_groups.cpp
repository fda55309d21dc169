#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace iq;

// iqm contacts list filters, contacts opt-out and the groups commands, end to end.
class TestCliGroups final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void groupsAndFilters() {
        QTemporaryDir dir;
        auto iqm = [&](QStringList arguments) {
            arguments.prepend(dir.path());
            arguments.prepend(QStringLiteral("--profile"));
            return test::runProgram(QStringLiteral("iqm"), arguments);
        };
        auto add = [&](const QString& first, const QString& last, const QString& phone) {
            auto result = iqm({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--first-name"), first,
                               QStringLiteral("--last-name"), last, QStringLiteral("--phone"), phone,
                               QStringLiteral("--json")});
            return QJsonDocument::fromJson(result.out).object().value(QStringLiteral("id")).toString();
        };
        const QString jose = add(QStringLiteral("José"), QStringLiteral("Núñez"), QStringLiteral("(415) 555-0123"));
        const QString anna = add(QStringLiteral("Anna"), QStringLiteral("Smith"), QStringLiteral("+1 212 555 0199"));
        QVERIFY(!jose.isEmpty() && !anna.isEmpty());

        QCOMPARE(iqm({QStringLiteral("groups"), QStringLiteral("add"), QStringLiteral("Mac Users")}).exitCode, 0);
        QCOMPARE(iqm({QStringLiteral("groups"), QStringLiteral("add"), QStringLiteral("mac users")}).exitCode, 1);
        QCOMPARE(iqm({QStringLiteral("groups"), QStringLiteral("add-member"), QStringLiteral("Mac Users"), jose,
                      QStringLiteral("--consent"), QStringLiteral("opted-in")})
                     .exitCode,
                 2); // opting in needs a source
        QCOMPARE(iqm({QStringLiteral("groups"), QStringLiteral("add-member"), QStringLiteral("Mac Users"), jose,
                      QStringLiteral("--consent"), QStringLiteral("opted-in"), QStringLiteral("--source"),
                      QStringLiteral("paper form")})
                     .exitCode,
                 0);
        QCOMPARE(iqm({QStringLiteral("groups"), QStringLiteral("add-member"), QStringLiteral("Mac Users"), anna}).exitCode, 0);

        auto list = iqm({QStringLiteral("groups"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonObject group = QJsonDocument::fromJson(list.out).array().first().toObject();
        QCOMPARE(group.value(QStringLiteral("members")).toInt(), 2);
        QCOMPARE(group.value(QStringLiteral("optedIn")).toInt(), 1);

        auto search = iqm({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--search"),
                           QStringLiteral("jose"), QStringLiteral("--json")});
        QCOMPARE(search.exitCode, 0);
        QJsonArray found = QJsonDocument::fromJson(search.out).array();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().toObject().value(QStringLiteral("consent")).toString(), QStringLiteral("opted_in"));
        QCOMPARE(found.first().toObject().value(QStringLiteral("phones")).toArray().first().toObject().value(
                     QStringLiteral("e164")),
                 QJsonValue(QStringLiteral("+14155550123")));
        auto byNumber = iqm({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--search"),
                             QStringLiteral("(212"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(byNumber.out).array().size(), 1);

        QCOMPARE(iqm({QStringLiteral("contacts"), QStringLiteral("opt-out"), jose}).exitCode, 2); // --source required
        QCOMPARE(iqm({QStringLiteral("contacts"), QStringLiteral("opt-out"), jose, QStringLiteral("--source"),
                      QStringLiteral("STOP reply")})
                     .exitCode,
                 0);
        auto optedOut = iqm({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--consent"),
                             QStringLiteral("opted-out"), QStringLiteral("--json")});
        found = QJsonDocument::fromJson(optedOut.out).array();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().toObject().value(QStringLiteral("id")).toString(), jose);
        auto inGroup = iqm({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--group"),
                            QStringLiteral("mac users"), QStringLiteral("--consent"), QStringLiteral("unknown"),
                            QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(inGroup.out).array().size(), 1);

        auto members = iqm({QStringLiteral("groups"), QStringLiteral("members"), QStringLiteral("Mac Users"),
                            QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(members.out).array().size(), 2);
        QCOMPARE(iqm({QStringLiteral("groups"), QStringLiteral("remove-member"), QStringLiteral("Mac Users"), anna}).exitCode,
                 0);
        QCOMPARE(iqm({QStringLiteral("groups"), QStringLiteral("rename"), QStringLiteral("Mac Users"),
                      QStringLiteral("Apple fans")})
                     .exitCode,
                 0);
        members = iqm({QStringLiteral("groups"), QStringLiteral("members"), QStringLiteral("Apple fans"),
                       QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(members.out).array().size(), 1);
        QCOMPARE(iqm({QStringLiteral("groups"), QStringLiteral("delete"), QStringLiteral("Apple fans")}).exitCode, 0);
        QCOMPARE(iqm({QStringLiteral("groups"), QStringLiteral("members"), QStringLiteral("Apple fans")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliGroups)
#include "tst_cli_groups.moc"
