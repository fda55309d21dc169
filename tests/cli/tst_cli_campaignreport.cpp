// iqm campaign report against the real iqmsgd with its simulator failing half the messages: the
// report's counts, failures by code and deliveries over time add up to what iqm history lists, and a
// STOP and a HELP sent after the campaign count as an opt-out and two replies.
#include "ServerProcess.h"
#include "SyncDevice.h"
#include "TestSupport.h"

#include "core/sync/KeychainTokenStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

namespace {
const QString kService = QStringLiteral("IQ Messaging campaign report tests");
const QString kPassword = QStringLiteral("a long enough password");
const QStringList kFinal = {QStringLiteral("delivered"), QStringLiteral("failed"),
                            QStringLiteral("undeliverable")};
constexpr int kPeople = 12;

QString phone(int n) {
    return QStringLiteral("+1415555%1").arg(210 + n, 4, 10, QLatin1Char('0'));
}
} // namespace

class TestCliCampaignReport final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    QString m_email;
    QString m_campaignId;

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
        const QJsonDocument document = QJsonDocument::fromJson(result.out);
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }

    QJsonArray history() {
        return json({QStringLiteral("history"), QStringLiteral("--campaign"), m_campaignId,
                     QStringLiteral("--json")})
            .toArray();
    }

    QJsonObject report() {
        return json({QStringLiteral("campaign"), QStringLiteral("report"), m_campaignId,
                     QStringLiteral("--json")})
            .toObject();
    }

    // Syncs until `done` holds, for at most 30 s.
    bool syncUntil(const std::function<bool()>& done) {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000) {
            auto synced = iqm({QStringLiteral("sync")});
            if (synced.exitCode != 0)
                qWarning("sync: %s", synced.err.constData());
            if (done())
                return true;
            QTest::qWait(200);
        }
        return false;
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
                                 QStringLiteral("--simulator-failure-rate"), QStringLiteral("0.5"),
                                 QStringLiteral("--delivery-interval-ms"), QStringLiteral("20")}),
                 qPrintable(m_server.output()));
        m_email = test::uniqueEmail("report");
        auto signup =
            iqm({QStringLiteral("account"), QStringLiteral("signup"), QStringLiteral("--server"),
                 m_server.url().toString(), QStringLiteral("--email"), m_email, QStringLiteral("--name"),
                 QStringLiteral("Corner Shop"), QStringLiteral("--password-stdin")},
                kPassword.toUtf8() + '\n');
        QVERIFY2(signup.exitCode == 0, signup.err.constData());
        QCOMPARE(iqm({QStringLiteral("groups"), QStringLiteral("add"), QStringLiteral("Customers")}).exitCode,
                 0);
        for (int n = 0; n < kPeople; ++n) {
            const QString id = json({QStringLiteral("contacts"), QStringLiteral("add"),
                                     QStringLiteral("--first-name"), QStringLiteral("Person %1").arg(n),
                                     QStringLiteral("--phone"), phone(n), QStringLiteral("--json")})
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
            QVERIFY(!id.isEmpty());
            QCOMPARE(
                iqm({QStringLiteral("groups"), QStringLiteral("add-member"), QStringLiteral("Customers"), id})
                    .exitCode,
                0);
        }
        QCOMPARE(iqm({QStringLiteral("sync")}).exitCode, 0);
        m_campaignId =
            json({QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"),
                  QStringLiteral("Spring sale"), QStringLiteral("--group"), QStringLiteral("Customers"),
                  QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--kind"),
                  QStringLiteral("transactional"), QStringLiteral("--text"),
                  QStringLiteral("Hi {{first_name}}, 20% off today."), QStringLiteral("--json")})
                .toObject()
                .value(QStringLiteral("id"))
                .toString();
        QVERIFY(!m_campaignId.isEmpty());
        QCOMPARE(iqm({QStringLiteral("campaign"), QStringLiteral("send"), m_campaignId}).exitCode, 0);
        QVERIFY2(syncUntil([this] {
                     const QJsonArray messages = history();
                     bool settled = messages.size() == kPeople;
                     for (const QJsonValue& m : messages)
                         settled = settled && kFinal.contains(m[QStringLiteral("status")].toString());
                     return settled;
                 }),
                 "the campaign did not settle");
    }

    void theReportAddsUpToTheHistory() {
        const QJsonArray messages = history();
        QCOMPARE(messages.size(), kPeople);
        QMap<QString, int> byStatus, byCode;
        QHash<QString, QString> meanings;
        for (const QJsonValue& value : messages) {
            const QJsonObject m = value.toObject();
            const QString status = m[QStringLiteral("status")].toString();
            byStatus[status] += 1;
            if (status == QLatin1String("delivered"))
                continue;
            const QString code = m[QStringLiteral("error")][QStringLiteral("code")].toString();
            byCode[code] += 1;
            meanings.insert(code, m[QStringLiteral("error")][QStringLiteral("meaning")].toString());
        }
        QVERIFY2(byStatus.value(QStringLiteral("delivered")) > 0 &&
                     byStatus.value(QStringLiteral("delivered")) < kPeople,
                 "the simulator's failure rate gave no mix");

        const QJsonObject r = report();
        QCOMPARE(r[QStringLiteral("id")].toString(), m_campaignId);
        QCOMPARE(r[QStringLiteral("name")].toString(), QStringLiteral("Spring sale"));
        QVERIFY(!r[QStringLiteral("sentAt")].toString().isEmpty());
        const QJsonObject counts = r[QStringLiteral("counts")].toObject();
        QCOMPARE(counts[QStringLiteral("messages")].toInt(), kPeople);
        for (const char* status : {"delivered", "failed", "undeliverable"})
            QCOMPARE(counts[QLatin1String(status)].toInt(), byStatus.value(QLatin1String(status)));
        QCOMPARE(counts[QStringLiteral("pending")].toInt(), 0);
        QCOMPARE(counts[QStringLiteral("optedOut")].toInt(), 0);
        QCOMPARE(counts[QStringLiteral("replies")].toInt(), 0);
        QCOMPARE(r[QStringLiteral("rates")][QStringLiteral("delivered")].toDouble(),
                 100.0 * byStatus.value(QStringLiteral("delivered")) / kPeople);
        const QJsonObject statuses = r[QStringLiteral("byStatus")].toObject();
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
            QCOMPARE(statuses[it.key()].toInt(), it.value());

        QMap<QString, int> reportedCodes;
        for (const QJsonValue& value : r[QStringLiteral("failures")].toArray()) {
            const QString code = value[QStringLiteral("code")].toString();
            reportedCodes.insert(code, value[QStringLiteral("count")].toInt());
            QVERIFY(!value[QStringLiteral("meaning")].toString().isEmpty());
            QCOMPARE(value[QStringLiteral("meaning")].toString(), meanings.value(code));
        }
        QCOMPARE(reportedCodes, byCode);
        // The History page's click on a reason lists what iqm history --error lists.
        for (auto it = reportedCodes.cbegin(); it != reportedCodes.cend(); ++it) {
            if (it.key().isEmpty())
                continue;
            const QJsonArray withCode =
                json({QStringLiteral("history"), QStringLiteral("--campaign"), m_campaignId,
                      QStringLiteral("--error"), it.key(), QStringLiteral("--json")})
                    .toArray();
            QCOMPARE(withCode.size(), it.value());
        }

        int delivered = 0, failed = 0;
        const QJsonArray deliveries = r[QStringLiteral("deliveries")].toArray();
        QVERIFY(!deliveries.isEmpty());
        QVERIFY(deliveries.size() <= 48);
        QVERIFY(r[QStringLiteral("bucketSeconds")].toInt() >= 60);
        for (const QJsonValue& b : deliveries) {
            delivered += b[QStringLiteral("delivered")].toInt();
            failed += b[QStringLiteral("failed")].toInt();
        }
        QCOMPARE(delivered, byStatus.value(QStringLiteral("delivered")));
        QCOMPARE(failed, kPeople - delivered);

        auto text = iqm({QStringLiteral("campaign"), QStringLiteral("report"), m_campaignId});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith("Spring sale"));
        QVERIFY(text.out.contains(QStringLiteral("Delivered: %1 (").arg(delivered).toUtf8()));
    }

    void repliesAfterTheSendCount() {
        // Another device of the account plays the recipients' phones through the simulator.
        test::SyncDevice phoneSide(m_server.url());
        QVERIFY(phoneSide.signIn(m_email, kPassword));
        test::ApiClient client(m_server.url());
        for (const auto& [n, text] : {std::pair{0, "STOP"}, std::pair{1, "HELP"}}) {
            const test::HttpReply reply =
                client.post(QStringLiteral("/api/v1/simulator/replies"),
                            QJsonObject{{QStringLiteral("from"), phone(n)},
                                        {QStringLiteral("text"), QLatin1String(text)}},
                            phoneSide.tokens().accessToken);
            QCOMPARE(reply.status, 200);
        }
        QVERIFY2(syncUntil([this] {
                     const QJsonObject counts = report()[QStringLiteral("counts")].toObject();
                     return counts[QStringLiteral("replies")].toInt() == 2;
                 }),
                 "the replies did not arrive");
        const QJsonObject r = report();
        QCOMPARE(r[QStringLiteral("counts")][QStringLiteral("optedOut")].toInt(), 1);
        QCOMPARE(r[QStringLiteral("counts")][QStringLiteral("replies")].toInt(), 2);
        QCOMPARE(r[QStringLiteral("rates")][QStringLiteral("optedOut")].toDouble(),
                 100.0 / r[QStringLiteral("counts")][QStringLiteral("delivered")].toInt());
        // The answers to the replies are messages of their own, not the campaign's.
        QCOMPARE(history().size(), kPeople);
        QCOMPARE(r[QStringLiteral("counts")][QStringLiteral("messages")].toInt(), kPeople);
    }

    void mistakes() {
        QCOMPARE(iqm({QStringLiteral("campaign"), QStringLiteral("report"), QStringLiteral("no-such-id")})
                     .exitCode,
                 1);
        QCOMPARE(iqm({QStringLiteral("campaign"), QStringLiteral("report")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCampaignReport)
#include "tst_cli_campaignreport.moc"
