#include "TestSupport.h"

#include "core/profile/Profile.h"
#include "shared/util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace iq;

// iqm sync conflicts and sync resolve, end to end with the real binary on a profile that holds conflicts
// as a sync keeps them.
class TestCliConflicts final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listAndResolve() {
        QVERIFY(m_dir.isValid());
        auto add = iqm({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--first-name"),
                        QStringLiteral("Ada"), QStringLiteral("--last-name"), QStringLiteral("Lovelace"),
                        QStringLiteral("--json")});
        QCOMPARE(add.exitCode, 0);
        const QString ada = QJsonDocument::fromJson(add.out).object().value(QStringLiteral("id")).toString();
        QVERIFY(!ada.isEmpty());
        QCOMPARE(iqm({QStringLiteral("sync"), QStringLiteral("conflicts"), QStringLiteral("--json")})
                     .out.trimmed(),
                 QByteArray("[\n]"));
        const qint64 notes = keepConflict(ada, QStringLiteral("notes"), QStringLiteral("\"call after 5\""),
                                          QStringLiteral("\"prefers e-mail\""));
        const qint64 org = keepConflict(ada, QStringLiteral("organization"), QStringLiteral("\"Navy\""),
                                        QStringLiteral("\"Analytical Engines\""));
        QVERIFY(notes > 0 && org > notes);

        auto listed = iqm({QStringLiteral("sync"), QStringLiteral("conflicts"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray conflicts = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(conflicts.size(), 2);
        const QJsonObject first = conflicts.first().toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toInteger(), notes);
        QCOMPARE(first.value(QStringLiteral("record")).toString(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(first.value(QStringLiteral("field")).toString(), QStringLiteral("notes"));
        QCOMPARE(first.value(QStringLiteral("local")).toString(), QStringLiteral("call after 5"));
        QCOMPARE(first.value(QStringLiteral("server")).toString(), QStringLiteral("prefers e-mail"));
        auto text = iqm({QStringLiteral("sync"), QStringLiteral("conflicts")});
        QVERIFY2(text.out.contains("Ada Lovelace") && text.out.contains("\"call after 5\""),
                 text.out.constData());

        // Wrong usage names what was wrong and changes nothing.
        auto noSide = iqm({QStringLiteral("sync"), QStringLiteral("resolve"), QString::number(notes)});
        QCOMPARE(noSide.exitCode, 2);
        QVERIFY2(noSide.err.contains("--keep"), noSide.err.constData());
        auto badSide = iqm({QStringLiteral("sync"), QStringLiteral("resolve"), QString::number(notes),
                            QStringLiteral("--keep"), QStringLiteral("mine")});
        QCOMPARE(badSide.exitCode, 2);
        QVERIFY2(badSide.err.contains("\"mine\""), badSide.err.constData());
        QCOMPARE(iqm({QStringLiteral("sync"), QStringLiteral("resolve"), QStringLiteral("first"),
                      QStringLiteral("--keep"), QStringLiteral("local")})
                     .exitCode,
                 2);
        auto unknown = iqm({QStringLiteral("sync"), QStringLiteral("resolve"), QStringLiteral("999"),
                            QStringLiteral("--keep"), QStringLiteral("server")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("999"), unknown.err.constData());

        QCOMPARE(iqm({QStringLiteral("sync"), QStringLiteral("resolve"), QString::number(notes),
                      QStringLiteral("--keep"), QStringLiteral("local")})
                     .exitCode,
                 0);
        QCOMPARE(iqm({QStringLiteral("sync"), QStringLiteral("resolve"), QString::number(org),
                      QStringLiteral("--keep"), QStringLiteral("server")})
                     .exitCode,
                 0);
        QCOMPARE(QJsonDocument::fromJson(
                     iqm({QStringLiteral("sync"), QStringLiteral("conflicts"), QStringLiteral("--json")}).out)
                     .array()
                     .size(),
                 0);
        const QJsonObject contact =
            QJsonDocument::fromJson(iqm({QStringLiteral("contacts"), QStringLiteral("show"), ada}).out)
                .object();
        QCOMPARE(contact.value(QStringLiteral("notes")).toString(), QStringLiteral("call after 5"));
        QCOMPARE(contact.value(QStringLiteral("organization")).toString(), QString());
        // A closed conflict is not open any more.
        QCOMPARE(iqm({QStringLiteral("sync"), QStringLiteral("resolve"), QString::number(notes),
                      QStringLiteral("--keep"), QStringLiteral("server")})
                     .exitCode,
                 1);
    }

private:
    test::ProcessResult iqm(QStringList arguments) {
        arguments.prepend(m_dir.path());
        arguments.prepend(QStringLiteral("--profile"));
        return test::runProgram(QStringLiteral("iqm"), arguments);
    }

    // A field conflict as a sync keeps it, written while no iqm runs.
    qint64 keepConflict(const QString& contactId, const QString& field, const QString& local,
                        const QString& server) {
        auto profile = Profile::open(m_dir.path());
        if (!profile)
            return -1;
        auto inserted = profile.value()->database().exec(
            QStringLiteral(
                "INSERT INTO sync_conflicts (entity, record_id, kind, field, local_value, server_value, "
                "server_version, detected_at) VALUES ('contact', ?, 'field', ?, ?, ?, 0, ?) RETURNING seq"),
            {contactId, field, local, server, toStoredTime(Clock::system().now())});
        if (!inserted || !inserted.value().next())
            return -1;
        const qint64 seq = inserted.value().value(0).toLongLong();
        inserted.value().finish();
        return seq;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliConflicts)
#include "tst_cli_conflicts.moc"
