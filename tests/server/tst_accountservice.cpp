// iqmsgd's account service in process, on a real SQLite file and a clock the test moves: sign-up and
// sign-in in their two halves around the password hash, replies that do not tell which addresses have
// an account, the per-address lockout, access tokens that expire, refresh with its grace and the
// revocation of a session whose rotated-away token comes back, unusual sign-ins and signing out.
#include "TestClock.h"

#include "server/auth/AccountService.h"
#include "server/auth/Secrets.h"
#include "server/store/ServerDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace iq;
using namespace iq::server;

namespace {

const QString kPassword = QStringLiteral("a long enough password");

QJsonObject device(const QString& id) {
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("Test laptop")}};
}

QJsonObject signUpBody(const QString& email, const QString& password, const QString& deviceId) {
    return QJsonObject{{QStringLiteral("email"), email},
                       {QStringLiteral("name"), QStringLiteral("Corner Shop")},
                       {QStringLiteral("password"), password},
                       {QStringLiteral("device"), device(deviceId)}};
}

QJsonObject signInBody(const QString& email, const QString& password, const QString& deviceId) {
    return QJsonObject{{QStringLiteral("email"), email},
                       {QStringLiteral("password"), password},
                       {QStringLiteral("device"), device(deviceId)}};
}

QByteArray bearer(const QJsonObject& session) {
    return QByteArrayLiteral("Bearer ") + session.value(QStringLiteral("accessToken")).toString().toLatin1();
}

QJsonObject refreshBody(const QJsonObject& session) {
    return QJsonObject{{QStringLiteral("refreshToken"), session.value(QStringLiteral("refreshToken"))}};
}

} // namespace

class TestAccountService final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestClock m_clock;
    std::unique_ptr<ServerDatabase> m_db;
    std::unique_ptr<AccountService> m_accounts;
    int m_emails = 0;

    QString newEmail() { return QStringLiteral("owner%1@example.com").arg(++m_emails); }

    // Both halves of a sign-up, the hash made in between as the HTTP layer's worker does.
    Outcome<QJsonObject> signUp(const QString& email, const QString& password,
                                const QString& deviceId = QStringLiteral("device-1")) {
        auto attempt = m_accounts->prepareSignUp(signUpBody(email, password, deviceId));
        if (!attempt.ok())
            return attempt.error();
        auto hash = Secrets::hashPassword(password);
        return m_accounts->finishSignUp(attempt.value(), hash ? hash.value() : QString());
    }
    Outcome<QJsonObject> signIn(const QString& email, const QString& password,
                                const QString& deviceId = QStringLiteral("device-1")) {
        auto attempt =
            m_accounts->prepareSignIn(signInBody(email, password, deviceId), QStringLiteral("192.0.2.7"));
        if (!attempt.ok())
            return attempt.error();
        return m_accounts->finishSignIn(attempt.value(),
                                        Secrets::verifyPassword(password, attempt.value().hash));
    }
    QJsonObject signedIn(const QString& email, const QString& deviceId = QStringLiteral("device-1")) {
        auto session = signIn(email, kPassword, deviceId);
        if (!session.ok())
            qFatal("sign-in failed: %s", qPrintable(session.error().message));
        return session.value();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(Secrets::initialize());
        auto db =
            ServerDatabase::open(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db.value());
        m_accounts = std::make_unique<AccountService>(*m_db, m_clock, TokenLifetimes{60, 3600, 30},
                                                      ThrottlePolicy{3, 600, 900});
    }

    void signUpThenSignIn() {
        const QString email = newEmail();
        auto up = signUp(email, kPassword);
        QVERIFY2(up.ok(), qPrintable(up.error().message));
        QCOMPARE(up.value().value(QStringLiteral("next")).toString(), QStringLiteral("sign_in"));

        const QJsonObject session = signedIn(email);
        QCOMPARE(session.value(QStringLiteral("email")).toString(), email);
        QCOMPARE(session.value(QStringLiteral("expiresIn")).toInt(), 60);
        // The device of the sign-up is known: signing in on it is not unusual.
        QCOMPARE(session.value(QStringLiteral("unusualSignIn")).toBool(), false);
        auto context = m_accounts->authenticate(bearer(session));
        QVERIFY(context.ok());
        QCOMPARE(context.value().accountId, session.value(QStringLiteral("accountId")).toString());
        auto account = m_accounts->account(context.value());
        QVERIFY(account.ok());
        QCOMPARE(account.value().value(QStringLiteral("email")).toString(), email);
    }

    void badSignUpNamesTheField() {
        auto shortPassword =
            m_accounts->prepareSignUp(signUpBody(newEmail(), QStringLiteral("short"), QStringLiteral("d")));
        QVERIFY(!shortPassword.ok());
        QCOMPARE(shortPassword.error().status, 400);
        QCOMPARE(shortPassword.error().field, QStringLiteral("password"));
        auto noAddress = m_accounts->prepareSignUp(
            signUpBody(QStringLiteral("not an address"), kPassword, QStringLiteral("d")));
        QVERIFY(!noAddress.ok());
        QCOMPARE(noAddress.error().field, QStringLiteral("email"));
    }

    // Neither the sign-up reply nor the sign-in failure tells whether an address has an account, and a
    // sign-up of a taken address changes nothing.
    void repliesDoNotTellWhichAddressesExist() {
        const QString email = newEmail();
        auto first = signUp(email, kPassword);
        auto second = signUp(email, QStringLiteral("another long password"));
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(second.value(), first.value());
        QVERIFY(signIn(email, kPassword).ok());
        QVERIFY(!signIn(email, QStringLiteral("another long password")).ok());

        auto unknown = m_accounts->prepareSignIn(
            signInBody(newEmail(), kPassword, QStringLiteral("device-1")), QStringLiteral("192.0.2.7"));
        QVERIFY(unknown.ok());
        QVERIFY(unknown.value().accountId.isEmpty());
        QCOMPARE(unknown.value().hash, Secrets::decoyHash()); // checked at the cost of a real password
        auto noAccount = m_accounts->finishSignIn(unknown.value(), false);
        auto wrongPassword = signIn(email, QStringLiteral("not the password"));
        QVERIFY(!noAccount.ok() && !wrongPassword.ok());
        QCOMPARE(noAccount.error().status, wrongPassword.error().status);
        QCOMPARE(noAccount.error().code, wrongPassword.error().code);
        QCOMPARE(noAccount.error().message, wrongPassword.error().message);
    }

    // Three failures lock the address out, the right password included, until the lockout ends;
    // addresses without an account are locked out alike.
    void failuresLockTheAddressOut() {
        for (const bool exists : {true, false}) {
            const QString email = newEmail();
            if (exists)
                QVERIFY(signUp(email, kPassword).ok());
            for (int i = 0; i < 3; ++i)
                QVERIFY(!signIn(email, QStringLiteral("wrong password %1").arg(i)).ok());
            auto locked = signIn(email, kPassword);
            QVERIFY(!locked.ok());
            QCOMPARE(locked.error().status, 429);
            QVERIFY(locked.error().retryAfter > 0);
            m_clock.advance(901);
            QCOMPARE(signIn(email, kPassword).ok(), exists);
        }
    }

    void accessTokensExpireAndRefreshRotates() {
        const QString email = newEmail();
        QVERIFY(signUp(email, kPassword).ok());
        const QJsonObject session = signedIn(email);
        m_clock.advance(61);
        auto expired = m_accounts->authenticate(bearer(session));
        QVERIFY(!expired.ok());
        QCOMPARE(expired.error().code, ApiError::tokenExpired().code);

        auto refreshed = m_accounts->refresh(refreshBody(session));
        QVERIFY2(refreshed.ok(), qPrintable(refreshed.error().message));
        QVERIFY(refreshed.value().value(QStringLiteral("accessToken")) !=
                session.value(QStringLiteral("accessToken")));
        QVERIFY(m_accounts->authenticate(bearer(refreshed.value())).ok());
        QVERIFY(!m_accounts->authenticate(bearer(session)).ok());
    }

    // Within the grace, the rotated-away refresh token answers the pair it was rotated to (two programs
    // refreshing at once); after it, that token is a copy and the session ends.
    void aRotatedTokenPastItsGraceEndsTheSession() {
        const QString email = newEmail();
        QVERIFY(signUp(email, kPassword).ok());
        const QJsonObject session = signedIn(email);
        auto rotated = m_accounts->refresh(refreshBody(session));
        QVERIFY(rotated.ok());
        m_clock.advance(10);
        auto again = m_accounts->refresh(refreshBody(session));
        QVERIFY(again.ok());
        QCOMPARE(again.value().value(QStringLiteral("accessToken")),
                 rotated.value().value(QStringLiteral("accessToken")));
        QCOMPARE(again.value().value(QStringLiteral("refreshToken")),
                 rotated.value().value(QStringLiteral("refreshToken")));

        m_clock.advance(31);
        auto reused = m_accounts->refresh(refreshBody(session));
        QVERIFY(!reused.ok());
        QCOMPARE(reused.error().status, 401);
        QVERIFY(!m_accounts->authenticate(bearer(rotated.value())).ok());
        QVERIFY(!m_accounts->refresh(refreshBody(rotated.value())).ok());
        QVERIFY(signIn(email, kPassword).ok()); // signing in again still works
    }

    void aNewDeviceIsAnUnusualSignIn() {
        const QString email = newEmail();
        QVERIFY(signUp(email, kPassword, QStringLiteral("laptop")).ok());
        QCOMPARE(signedIn(email, QStringLiteral("laptop")).value(QStringLiteral("unusualSignIn")).toBool(),
                 false);
        QCOMPARE(signedIn(email, QStringLiteral("phone")).value(QStringLiteral("unusualSignIn")).toBool(),
                 true);
        QCOMPARE(signedIn(email, QStringLiteral("phone")).value(QStringLiteral("unusualSignIn")).toBool(),
                 false);
    }

    void signingOut() {
        const QString email = newEmail();
        QVERIFY(signUp(email, kPassword).ok());
        // One session per device: signing in again on a device replaces its session.
        const QJsonObject laptop = signedIn(email, QStringLiteral("laptop")),
                          phone = signedIn(email, QStringLiteral("phone")),
                          tablet = signedIn(email, QStringLiteral("tablet"));
        auto context = m_accounts->authenticate(bearer(laptop));
        QVERIFY(context.ok());
        QVERIFY(m_accounts->signOut(context.value()).ok());
        QVERIFY(!m_accounts->authenticate(bearer(laptop)).ok());
        QVERIFY(!m_accounts->refresh(refreshBody(laptop)).ok());
        QVERIFY(m_accounts->authenticate(bearer(phone)).ok());

        auto fromPhone = m_accounts->authenticate(bearer(phone));
        QVERIFY(m_accounts->signOutEverywhere(fromPhone.value()).ok());
        QVERIFY(!m_accounts->authenticate(bearer(phone)).ok());
        QVERIFY(!m_accounts->authenticate(bearer(tablet)).ok());
        QVERIFY(!m_accounts->refresh(refreshBody(tablet)).ok());
    }
};

QTEST_GUILESS_MAIN(TestAccountService)
#include "tst_accountservice.moc"
