// iqm account signup/login/logout/list/switch and iqm sync, with tokens in the real keychain.
#include "FakeSyncServer.h"
#include "TestSupport.h"

#include "core/sync/KeychainTokenStore.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace iq;

namespace {
const QString kService = QStringLiteral("IQ Messaging tests");
}

class TestAccountCli final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        if (Status probe = KeychainTokenStore(kService).probe(); !probe)
            QSKIP(qPrintable(QStringLiteral("No Secret Service is reachable (run the tests inside "
                                            "scripts/with-keyring.sh): ") +
                             probe.errorMessage()));
        QVERIFY(m_server.start() > 0);
    }

    void localProfileConnectsUploadsAndAccountsLiveSideBySide() {
        // Work done offline, before any account.
        for (const char* name : {"Ada", "Grace", "Alan"})
            QCOMPARE(iqm({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--first-name"),
                          QString::fromLatin1(name)})
                         .exitCode,
                     0);
        auto signup =
            iqm({QStringLiteral("account"), QStringLiteral("signup"), QStringLiteral("--server"), url(),
                 QStringLiteral("--email"), QStringLiteral("shop@example.com"), QStringLiteral("--name"),
                 QStringLiteral("The Shop"), QStringLiteral("--password-stdin")},
                kPassword + "\n");
        QVERIFY2(signup.exitCode == 0, signup.err.constData());
        QVERIFY(signup.out.contains("3 local change"));

        auto synced = iqm({QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(synced.out).object();
        QCOMPARE(report.value(QStringLiteral("pushed")).toInt(), 3);
        QCOMPARE(report.value(QStringLiteral("pendingChanges")).toInt(), 0);

        // A second account gets a profile of its own; the first one's stays as it is.
        auto second =
            iqm({QStringLiteral("account"), QStringLiteral("signup"), QStringLiteral("--server"), url(),
                 QStringLiteral("--email"), QStringLiteral("other@example.com"), QStringLiteral("--name"),
                 QStringLiteral("Other"), QStringLiteral("--password-stdin")},
                kPassword);
        QVERIFY2(second.exitCode == 0, second.err.constData());
        auto listed = iqm({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray accounts = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(accounts.size(), 2);
        QString currentEmail;
        for (const QJsonValue& account : accounts) {
            QVERIFY(account.toObject().value(QStringLiteral("signedIn")).toBool());
            if (account.toObject().value(QStringLiteral("current")).toBool())
                currentEmail = account.toObject().value(QStringLiteral("email")).toString();
        }
        QCOMPARE(currentEmail, QStringLiteral("other@example.com"));
        auto contacts = iqm({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(contacts.out).array().size(), 0);

        QCOMPARE(
            iqm({QStringLiteral("account"), QStringLiteral("switch"), QStringLiteral("shop@example.com")})
                .exitCode,
            0);
        contacts = iqm({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(contacts.out).array().size(), 3);
        QCOMPARE(
            iqm({QStringLiteral("account"), QStringLiteral("switch"), QStringLiteral("nobody@example.com")})
                .exitCode,
            1);
    }

    void noPasswordOrTokenInAnyFile() {
        KeychainTokenStore store(kService);
        QStringList secrets{QString::fromUtf8(kPassword)};
        int found = 0;
        // The tokens the keychain holds for every account in the index.
        const QJsonArray accounts =
            QJsonDocument::fromJson(
                iqm({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                .array();
        for (const QJsonValue& value : accounts) {
            const QJsonObject account = value.toObject();
            auto secret = store.read(account.value(QStringLiteral("accountId")).toString() +
                                     QLatin1Char('@') + account.value(QStringLiteral("server")).toString());
            QVERIFY2(secret.ok(), qPrintable(secret.errorMessage()));
            const QJsonObject tokens = QJsonDocument::fromJson(secret.value().toUtf8()).object();
            secrets << tokens.value(QStringLiteral("accessToken")).toString()
                    << tokens.value(QStringLiteral("refreshToken")).toString();
            ++found;
        }
        QCOMPARE(found, 2);
        QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            const QByteArray bytes = test::fileBytes(files.next());
            ++checked;
            for (const QString& secret : std::as_const(secrets)) {
                QVERIFY(!secret.isEmpty());
                QVERIFY2(!bytes.contains(secret.toUtf8()),
                         qPrintable(files.filePath() + QStringLiteral(" holds a secret")));
            }
        }
        QVERIFY(checked >= 3);
        for (const QByteArray& log : std::as_const(m_output)) {
            for (const QString& secret : std::as_const(secrets))
                QVERIFY2(!log.contains(secret.toUtf8()), "iqm printed a secret");
        }
    }

    void logoutForgetsTokensKeepsData() {
        auto out = iqm({QStringLiteral("account"), QStringLiteral("logout")});
        QVERIFY2(out.exitCode == 0, out.err.constData());
        auto sync = iqm({QStringLiteral("sync")});
        QCOMPARE(sync.exitCode, 1);
        QVERIFY(sync.err.contains("signed out"));
        auto contacts = iqm({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(contacts.out).array().size(), 3);
        // Signing in again picks up where it was.
        auto login = iqm({QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--server"),
                          url(), QStringLiteral("--email"), QStringLiteral("shop@example.com"),
                          QStringLiteral("--password-stdin")},
                         kPassword);
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QCOMPARE(iqm({QStringLiteral("sync")}).exitCode, 0);
        auto wrong = iqm({QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--server"),
                          url(), QStringLiteral("--email"), QStringLiteral("shop@example.com"),
                          QStringLiteral("--password-stdin")},
                         "not the password");
        QCOMPARE(wrong.exitCode, 1);
        QCOMPARE(iqm({QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--server"), url(),
                      QStringLiteral("--email"), QStringLiteral("x@example.com")})
                     .exitCode,
                 2);
    }

private:
    QString url() const { return m_server.url().toString(); }

    // Runs iqm while this process keeps serving the fake server's requests.
    test::ProcessResult iqm(const QStringList& arguments, const QByteArray& input = {}) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("IQM_PROFILE"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        environment.insert(QStringLiteral("IQM_KEYCHAIN_SERVICE"), kService);
        process.setProcessEnvironment(environment);
        QEventLoop loop;
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        process.start(test::binaryPath(QStringLiteral("iqm")), arguments);
        process.write(input);
        process.closeWriteChannel();
        loop.exec();
        test::ProcessResult result;
        result.exitCode = process.state() == QProcess::NotRunning ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        m_output << result.out << result.err;
        return result;
    }

    const QByteArray kPassword = "correct horse battery staple";
    QTemporaryDir m_home;
    test::FakeSyncServer m_server;
    QList<QByteArray> m_output;
};

QTEST_GUILESS_MAIN(TestAccountCli)
#include "tst_accountcli.moc"
