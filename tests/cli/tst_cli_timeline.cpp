// iqm contacts timeline against the real iqmsgd with its simulator: a customer who received two
// messages, replied STOP and was added again by an import sees those events newest first; the STOP
// comes in by the simulator's reply route, as a provider's inbound SMS would.
#include "ServerProcess.h"
#include "SyncDevice.h"
#include "TestSupport.h"

#include "core/sync/KeychainTokenStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

namespace {
const QString kService = QStringLiteral("IQ Messaging timeline tests");
const QString kPassword = QStringLiteral("a long enough password");
} // namespace

class TestCliTimeline final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    QString m_email;
    QString m_ana;
    QString m_bob;

    test::ProcessResult iqm(QStringList arguments, const QByteArray& input = {}) {
        arguments.prepend(m_dir.filePath(QStringLiteral("profile")));
        arguments.prepend(QStringLiteral("--profile"));
        return test::runProgram(QStringLiteral("iqm"), arguments, input,
                                {QStringLiteral("IQM_KEYCHAIN_SERVICE=") + kService,
                                 QStringLiteral("XDG_DATA_HOME=") + m_dir.filePath(QStringLiteral("home"))});
    }

    QJsonDocument json(const QStringList& arguments) {
        auto result = iqm(arguments);
        if (result.exitCode != 0)
            qWarning("%s", result.err.constData());
        return QJsonDocument::fromJson(result.out);
    }

    QString addContact(const QString& name, const QString& phone) {
        return json({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--first-name"), name,
                     QStringLiteral("--phone"), phone, QStringLiteral("--group"), QStringLiteral("Customers"),
                     QStringLiteral("--json")})
            .object()
            .value(QStringLiteral("id"))
            .toString();
    }

    // Sends a campaign to Customers and syncs until Ana's message of it is delivered.
    QString sendAndSettle(const QString& name) {
        const QString id =
            json({QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"), name,
                  QStringLiteral("--group"), QStringLiteral("Customers"), QStringLiteral("--channel"),
                  QStringLiteral("sms"), QStringLiteral("--kind"), QStringLiteral("transactional"),
                  QStringLiteral("--text"), QStringLiteral("Hi {{first_name}}, ") + name,
                  QStringLiteral("--json")})
                .object()
                .value(QStringLiteral("id"))
                .toString();
        auto sent = iqm({QStringLiteral("campaign"), QStringLiteral("send"), id, QStringLiteral("--json")});
        if (sent.exitCode != 0)
            qWarning("not sent: %s", sent.err.constData());
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000) {
            iqm({QStringLiteral("sync")});
            const QJsonArray messages = json({QStringLiteral("history"), QStringLiteral("--campaign"), id,
                                              QStringLiteral("--contact"), m_ana, QStringLiteral("--json")})
                                            .array();
            if (messages.size() == 1 &&
                messages.first()[QStringLiteral("status")].toString() == QLatin1String("delivered"))
                break;
            QTest::qWait(200);
        }
        return id;
    }

    QJsonArray timeline(const QString& contactId) {
        return json({QStringLiteral("contacts"), QStringLiteral("timeline"), contactId,
                     QStringLiteral("--json")})
            .array();
    }

private Q_SLOTS:
    void initTestCase() {
        if (Status probe = KeychainTokenStore(kService).probe(); !probe)
            QSKIP(qPrintable(QStringLiteral("No Secret Service is reachable (run the tests inside "
                                            "scripts/with-keyring.sh): ") +
                             probe.errorMessage()));
        QVERIFY2(m_server.start(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite")),
                                {QStringLiteral("--auth-rate"), QStringLiteral("100000"),
                                 QStringLiteral("--api-rate"), QStringLiteral("100000"),
                                 QStringLiteral("--simulator-delay-ms"), QStringLiteral("0"),
                                 QStringLiteral("--simulator-failure-rate"), QStringLiteral("0"),
                                 QStringLiteral("--delivery-interval-ms"), QStringLiteral("20")}),
                 qPrintable(m_server.output()));
        m_email = test::uniqueEmail("timeline");
        auto signup =
            iqm({QStringLiteral("account"), QStringLiteral("signup"), QStringLiteral("--server"),
                 m_server.url().toString(), QStringLiteral("--email"), m_email, QStringLiteral("--name"),
                 QStringLiteral("Corner Shop"), QStringLiteral("--password-stdin")},
                kPassword.toUtf8() + '\n');
        QVERIFY2(signup.exitCode == 0, signup.err.constData());
        for (const char* group : {"Customers", "Returning"})
            QCOMPARE(iqm({QStringLiteral("groups"), QStringLiteral("add"), QLatin1String(group)}).exitCode,
                     0);
        m_ana = addContact(QStringLiteral("Ana"), QStringLiteral("+1 415 555 0101"));
        m_bob = addContact(QStringLiteral("Bob"), QStringLiteral("+1 415 555 0102"));
        QVERIFY(!m_ana.isEmpty() && !m_bob.isEmpty());
        auto synced = iqm({QStringLiteral("sync")});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
    }

    void twoMessagesAStopAndAnImportInOrder() {
        const QString first = sendAndSettle(QStringLiteral("Order ready"));
        const QString second = sendAndSettle(QStringLiteral("Order shipped"));

        // Ana answers STOP from her phone: the server hears it on the simulator's reply route.
        test::ApiClient client(m_server.url());
        const test::HttpReply session =
            client.post(QStringLiteral("/api/v1/sessions"),
                        QJsonObject{{QStringLiteral("email"), m_email},
                                    {QStringLiteral("password"), kPassword},
                                    {QStringLiteral("device"),
                                     QJsonObject{{QStringLiteral("id"), QStringLiteral("phone")},
                                                 {QStringLiteral("name"), QStringLiteral("Phone")}}}});
        const QString token = session.json.value(QStringLiteral("accessToken")).toString();
        QVERIFY2(!token.isEmpty(), session.body.constData());
        const test::HttpReply stop =
            client.post(QStringLiteral("/api/v1/simulator/replies"),
                        QJsonObject{{QStringLiteral("from"), QStringLiteral("+14155550101")},
                                    {QStringLiteral("text"), QStringLiteral("STOP")}},
                        token);
        QCOMPARE(stop.status, 200);
        QCOMPARE(stop.json.value(QStringLiteral("handled")).toString(), QStringLiteral("opt_out"));
        QJsonArray events;
        QElapsedTimer timer;
        timer.start();
        const auto hasReply = [&] {
            return std::any_of(events.cbegin(), events.cend(), [](const QJsonValue& e) {
                return e[QStringLiteral("kind")].toString() == QLatin1String("reply");
            });
        };
        while (!hasReply() && timer.elapsed() < 20000) {
            iqm({QStringLiteral("sync")});
            events = timeline(m_ana);
        }
        QVERIFY2(hasReply(), QJsonDocument(events).toJson().constData());

        // A spreadsheet of returning customers adds her again, with her e-mail.
        const QString path = m_dir.filePath(QStringLiteral("returning.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("First Name,Phone,E-mail\nAna,+1 415 555 0101,ana@example.com\n");
        file.close();
        auto imported =
            iqm({QStringLiteral("contacts"), QStringLiteral("import"), path, QStringLiteral("--group"),
                 QStringLiteral("Returning"), QStringLiteral("--on-duplicate"), QStringLiteral("update")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());

        events = timeline(m_ana);
        // The events of the story, in the order listed (newest first); the confirmation the server
        // sent for the STOP is a message of its own among them.
        QStringList story;
        for (const QJsonValue& value : std::as_const(events)) {
            const QJsonObject event = value.toObject();
            const QString kind = event.value(QStringLiteral("kind")).toString();
            const QJsonObject details = event.value(QStringLiteral("details")).toObject();
            if (kind == QLatin1String("message") &&
                details.value(QStringLiteral("campaignId")).toString().isEmpty())
                continue; // the STOP's confirmation
            QString line = kind;
            if (kind == QLatin1String("message"))
                line += QLatin1Char(' ') + details.value(QStringLiteral("campaign")).toString() +
                        QLatin1Char(' ') + details.value(QStringLiteral("status")).toString();
            else if (kind == QLatin1String("reply"))
                line += QLatin1Char(' ') + details.value(QStringLiteral("consent")).toString();
            else if (kind == QLatin1String("consent"))
                line += QLatin1Char(' ') + details.value(QStringLiteral("group")).toString() +
                        QLatin1Char(' ') + details.value(QStringLiteral("consent")).toString();
            else if (kind == QLatin1String("import"))
                line += QLatin1Char(' ') + details.value(QStringLiteral("fileName")).toString();
            story << line;
        }
        // Her joining Customers when she was added, the two messages, her STOP, and the import that
        // added her to Returning: opted out there too, since she asked to hear nothing more.
        QVERIFY2(story.size() == 6, qPrintable(story.join(QStringLiteral(" | "))));
        QCOMPARE(story,
                 QStringList({QStringLiteral("consent Returning opted_out"),
                              QStringLiteral("import returning.csv"), QStringLiteral("reply opted_out"),
                              QStringLiteral("message Order shipped delivered"),
                              QStringLiteral("message Order ready delivered"),
                              QStringLiteral("consent Customers unknown")}));
        for (int i = 1; i < events.size(); ++i)
            QVERIFY(events.at(i - 1)[QStringLiteral("time")].toString() >=
                    events.at(i)[QStringLiteral("time")].toString());
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const QJsonValue& e) {
            return e[QStringLiteral("summary")].toString() ==
                   QStringLiteral("Replied \u201cSTOP\u201d: Opted out for all SMS");
        }));
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const QJsonValue& e) {
            return e[QStringLiteral("summary")].toString().startsWith(
                QStringLiteral("SMS answer to their keyword reply"));
        }));
        // Bob received the same two messages and replied nothing.
        QStringList bob;
        for (const QJsonValue& value : timeline(m_bob)) {
            if (value[QStringLiteral("kind")].toString() != QLatin1String("consent"))
                bob << value[QStringLiteral("kind")].toString() + QLatin1Char(' ') +
                           value[QStringLiteral("details")][QStringLiteral("campaignId")].toString();
        }
        QCOMPARE(bob, QStringList({QStringLiteral("message ") + second, QStringLiteral("message ") + first}));

        auto text = iqm({QStringLiteral("contacts"), QStringLiteral("timeline"), m_ana});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("reply"));
        QCOMPARE(
            iqm({QStringLiteral("contacts"), QStringLiteral("timeline"), QStringLiteral("nobody")}).exitCode,
            1);
    }
};

QTEST_GUILESS_MAIN(TestCliTimeline)
#include "tst_cli_timeline.moc"
