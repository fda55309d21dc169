// iqm history and iqm calls against the real iqmsgd with its simulator: after a campaign is sent and
// synced, each recipient has one message with the status the simulator gave, failed ones with their
// code and its meaning; a voice campaign's calls come with their outcome, campaign and contact.
#include "ServerProcess.h"
#include "SyncDevice.h"
#include "TestSupport.h"

#include "core/sync/KeychainTokenStore.h"
#include "shared/campaign/DeliveryErrors.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

namespace {
const QString kService = QStringLiteral("IQ Messaging history tests");
const QStringList kFinal = {QStringLiteral("delivered"), QStringLiteral("failed"),
                            QStringLiteral("undeliverable")};
} // namespace

class TestCliHistory final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    QStringList m_customers; // contact ids
    QStringList m_callees;

    test::ProcessResult iqm(QStringList arguments, const QByteArray& input = {}) {
        arguments.prepend(m_dir.filePath(QStringLiteral("profile")));
        arguments.prepend(QStringLiteral("--profile"));
        return test::runProgram(QStringLiteral("iqm"), arguments, input,
                                {QStringLiteral("IQM_KEYCHAIN_SERVICE=") + kService,
                                 QStringLiteral("XDG_DATA_HOME=") + m_dir.filePath(QStringLiteral("home"))});
    }

    QJsonValue json(const QStringList& arguments) {
        auto result = iqm(arguments);
        if (result.exitCode != 0)
            qWarning("%s", result.err.constData());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", result.out.constData());
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }

    QString addContact(int n) {
        auto result = iqm({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--first-name"),
                           QStringLiteral("Person %1").arg(n), QStringLiteral("--phone"),
                           QStringLiteral("+1 415 555 %1").arg(110 + n, 4, 10, QLatin1Char('0')),
                           QStringLiteral("--json")});
        return QJsonDocument::fromJson(result.out).object().value(QStringLiteral("id")).toString();
    }

    QString sendCampaign(const QString& name, const QString& channel, const QString& group) {
        const QJsonObject created =
            json({QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"), name,
                  QStringLiteral("--group"), group, QStringLiteral("--channel"), channel,
                  QStringLiteral("--kind"), QStringLiteral("transactional"), QStringLiteral("--text"),
                  QStringLiteral("Hi {{first_name}}, your order is ready."), QStringLiteral("--json")})
                .toObject();
        const QString id = created.value(QStringLiteral("id")).toString();
        auto sent = iqm({QStringLiteral("campaign"), QStringLiteral("send"), id, QStringLiteral("--json")});
        if (sent.exitCode != 0 ||
            QJsonDocument::fromJson(sent.out).object().value(QStringLiteral("queued")).toBool())
            qWarning("not sent: %s %s", sent.out.constData(), sent.err.constData());
        return id;
    }

    // Syncs until the history holds `count` messages of the campaign, each in a final status.
    QJsonArray settledHistory(const QString& campaignId, int count) {
        QElapsedTimer timer;
        timer.start();
        QJsonArray messages;
        while (timer.elapsed() < 30000) {
            auto synced = iqm({QStringLiteral("sync")});
            if (synced.exitCode != 0)
                qWarning("sync: %s", synced.err.constData());
            messages = json({QStringLiteral("history"), QStringLiteral("--campaign"), campaignId,
                             QStringLiteral("--json")})
                           .toArray();
            bool settled = messages.size() == count;
            for (const QJsonValue& m : std::as_const(messages))
                settled = settled && kFinal.contains(m.toObject().value(QStringLiteral("status")).toString());
            if (settled)
                return messages;
            QTest::qWait(200);
        }
        return messages;
    }

private Q_SLOTS:
    void initTestCase() {
        if (Status probe = KeychainTokenStore(kService).probe(); !probe)
            QSKIP(qPrintable(QStringLiteral("No Secret Service is reachable (run the tests inside "
                                            "scripts/with-keyring.sh): ") +
                             probe.errorMessage()));
        // Half the messages fail, so a dozen recipients all but surely see both outcomes.
        QVERIFY2(m_server.start(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite")),
                                {QStringLiteral("--auth-rate"), QStringLiteral("100000"),
                                 QStringLiteral("--api-rate"), QStringLiteral("100000"),
                                 QStringLiteral("--simulator-delay-ms"), QStringLiteral("0"),
                                 QStringLiteral("--simulator-failure-rate"), QStringLiteral("0.5"),
                                 QStringLiteral("--delivery-interval-ms"), QStringLiteral("20")}),
                 qPrintable(m_server.output()));
        auto signup =
            iqm({QStringLiteral("account"), QStringLiteral("signup"), QStringLiteral("--server"),
                 m_server.url().toString(), QStringLiteral("--email"), test::uniqueEmail("history"),
                 QStringLiteral("--name"), QStringLiteral("Corner Shop"), QStringLiteral("--password-stdin")},
                "a long enough password\n");
        QVERIFY2(signup.exitCode == 0, signup.err.constData());
        for (const char* group : {"Customers", "Callback"})
            QCOMPARE(iqm({QStringLiteral("groups"), QStringLiteral("add"), QLatin1String(group)}).exitCode,
                     0);
        for (int n = 0; n < 12; ++n) {
            const QString id = addContact(n);
            QVERIFY(!id.isEmpty());
            m_customers << id;
            QCOMPARE(
                iqm({QStringLiteral("groups"), QStringLiteral("add-member"), QStringLiteral("Customers"), id})
                    .exitCode,
                0);
            if (n < 3) {
                m_callees << id;
                QCOMPARE(iqm({QStringLiteral("groups"), QStringLiteral("add-member"),
                              QStringLiteral("Callback"), id})
                             .exitCode,
                         0);
            }
        }
        // The server expands a campaign from its own records: they go up first.
        auto synced = iqm({QStringLiteral("sync")});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
    }

    void historyListsOneMessagePerRecipientWithTheSimulatorsStatus() {
        const QString campaignId =
            sendCampaign(QStringLiteral("Order ready"), QStringLiteral("sms"), QStringLiteral("Customers"));
        QVERIFY(!campaignId.isEmpty());
        const QJsonArray messages = settledHistory(campaignId, int(m_customers.size()));
        QCOMPARE(messages.size(), m_customers.size());

        // The server's own account of each message.
        const QJsonObject status =
            json({QStringLiteral("campaign"), QStringLiteral("status"), campaignId, QStringLiteral("--json")})
                .toObject();
        QCOMPARE(status.value(QStringLiteral("source")).toString(), QStringLiteral("server"));
        QHash<QString, QString> serverStatus;
        for (const QJsonValue& m : status.value(QStringLiteral("messages")).toArray())
            serverStatus.insert(m.toObject().value(QStringLiteral("contactId")).toString(),
                                m.toObject().value(QStringLiteral("status")).toString());

        QSet<QString> recipients;
        int failed = 0;
        for (const QJsonValue& value : messages) {
            const QJsonObject m = value.toObject();
            const QString contact = m.value(QStringLiteral("contactId")).toString();
            QVERIFY2(!recipients.contains(contact), "two messages for one recipient");
            recipients.insert(contact);
            QCOMPARE(m.value(QStringLiteral("status")).toString(), serverStatus.value(contact));
            QVERIFY(m.value(QStringLiteral("to")).toString().startsWith(QStringLiteral("+1415555")));
            QCOMPARE(m.value(QStringLiteral("campaign")).toString(), QStringLiteral("Order ready"));
            const QJsonArray history = m.value(QStringLiteral("statusHistory")).toArray();
            QVERIFY(history.size() >= 2);
            QCOMPARE(history.last().toObject().value(QStringLiteral("status")).toString(),
                     m.value(QStringLiteral("status")).toString());
            if (m.value(QStringLiteral("status")).toString() == QLatin1String("delivered")) {
                QVERIFY(m.value(QStringLiteral("error")).isNull());
                continue;
            }
            ++failed;
            const QJsonObject error = m.value(QStringLiteral("error")).toObject();
            const QString code = error.value(QStringLiteral("code")).toString();
            QVERIFY2(!code.isEmpty(), "a failed message without its code");
            QVERIFY(!campaign::errorMeaning(code).isEmpty());
            QCOMPARE(error.value(QStringLiteral("meaning")).toString(), campaign::errorMeaning(code));
        }
        QCOMPARE(recipients, QSet<QString>(m_customers.cbegin(), m_customers.cend()));
        QVERIFY2(failed > 0 && failed < messages.size(), "the simulator's failure rate gave no mix");

        // The filters narrow the same list; CSV has a row per message.
        const QJsonArray failures = json({QStringLiteral("history"), QStringLiteral("--campaign"), campaignId,
                                          QStringLiteral("--status"), QStringLiteral("failed,undeliverable"),
                                          QStringLiteral("--json")})
                                        .toArray();
        QCOMPARE(failures.size(), failed);
        const QJsonArray one =
            json({QStringLiteral("history"), QStringLiteral("--contact"), m_customers.first(),
                  QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--json")})
                .toArray();
        QCOMPARE(one.size(), 1);
        QCOMPARE(json({QStringLiteral("history"), QStringLiteral("--until"), QStringLiteral("2000-01-01"),
                       QStringLiteral("--json")})
                     .toArray()
                     .size(),
                 0);
        auto csv = iqm(
            {QStringLiteral("history"), QStringLiteral("--campaign"), campaignId, QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.size(), m_customers.size() + 1);
        QVERIFY(lines.first().contains("time,recipient,to,channel,campaign,status,errorCode,error"));
        auto text = iqm({QStringLiteral("history")});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count('\n'), m_customers.size());
    }

    void callsListTheVoiceCampaignsCalls() {
        const QString campaignId = sendCampaign(QStringLiteral("Reminder call"), QStringLiteral("voice"),
                                                QStringLiteral("Callback"));
        const QJsonArray messages = settledHistory(campaignId, int(m_callees.size()));
        QCOMPARE(messages.size(), m_callees.size());
        QJsonArray calls;
        QElapsedTimer timer;
        timer.start();
        while (calls.size() < m_callees.size() && timer.elapsed() < 20000) {
            iqm({QStringLiteral("sync")});
            calls = json({QStringLiteral("calls"), QStringLiteral("--campaign"), campaignId,
                          QStringLiteral("--json")})
                        .toArray();
        }
        QCOMPARE(calls.size(), m_callees.size());
        QSet<QString> contacts;
        for (const QJsonValue& value : std::as_const(calls)) {
            const QJsonObject call = value.toObject();
            contacts.insert(call.value(QStringLiteral("contactId")).toString());
            QCOMPARE(call.value(QStringLiteral("type")).toString(), QStringLiteral("campaign"));
            QCOMPARE(call.value(QStringLiteral("campaign")).toString(), QStringLiteral("Reminder call"));
            QVERIFY(QStringList({QStringLiteral("answered"), QStringLiteral("voicemail"),
                                 QStringLiteral("busy"), QStringLiteral("no_answer")})
                        .contains(call.value(QStringLiteral("outcome")).toString()));
        }
        QCOMPARE(contacts, QSet<QString>(m_callees.cbegin(), m_callees.cend()));
        QCOMPARE(json({QStringLiteral("calls"), QStringLiteral("--channel"), QStringLiteral("sms"),
                       QStringLiteral("--json")})
                     .toArray()
                     .size(),
                 0);
        auto csv = iqm({QStringLiteral("calls"), QStringLiteral("--csv")});
        QCOMPARE(csv.out.trimmed().split('\n').size(), m_callees.size() + 1);
    }

    void mistakesAreUsageErrors() {
        QCOMPARE(
            iqm({QStringLiteral("history"), QStringLiteral("--since"), QStringLiteral("tomorrow")}).exitCode,
            2);
        QCOMPARE(
            iqm({QStringLiteral("history"), QStringLiteral("--channel"), QStringLiteral("fax")}).exitCode, 2);
        QCOMPARE(iqm({QStringLiteral("calls"), QStringLiteral("--json"), QStringLiteral("--csv")}).exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_cli_history.moc"
