// Every network fault the TCP proxy can make, at every step of a sync (sign-in, token refresh, push,
// pull) and at a campaign send, against the real iqmsgd: a fault may make a step fail, but once the
// network is healthy again two devices of the account end with the same records at the same versions as
// the server, every local edit kept and none applied twice, and a campaign reaches each recipient once.
#include "ServerProcess.h"
#include "SignedInSync.h"
#include "TcpProxy.h"

#include "core/account/AccountService.h"
#include "core/actions/CampaignActions.h"
#include "core/profile/Profile.h"
#include "core/store/CampaignRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/GroupRepository.h"
#include "core/store/Outbox.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/TokenStore.h"

#include <QElapsedTimer>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace iq;
using iq::test::ServerProcess;
using iq::test::TcpProxy;

namespace {

enum class Step { SignIn, Refresh, Push, Pull };

const QString kPassword = QStringLiteral("matrix-password-1");
constexpr int kTimeoutMs = 1500;
// Sign-in hashes a password on the server, which takes a while on a busy machine.
constexpr int kSignInTimeoutMs = 5000;

// The request line each step starts with; the space after "sessions" keeps sign-in apart from refresh.
QByteArray prefixOf(Step step) {
    switch (step) {
    case Step::SignIn:
        return QByteArrayLiteral("POST /api/v1/sessions ");
    case Step::Refresh:
        return QByteArrayLiteral("POST /api/v1/sessions/refresh");
    case Step::Push:
        return QByteArrayLiteral("POST /api/v1/sync/push");
    case Step::Pull:
        return QByteArrayLiteral("GET /api/v1/sync/pull");
    }
    return {};
}

// What a row compares: a record's version and the fields the scenario changes.
struct Record {
    qint64 version = 0;
    QString name;
    QString notes;
    bool operator==(const Record& other) const {
        return version == other.version && name == other.name && notes == other.notes;
    }
};

// One device of the account: its own profile; signs in and syncs through the URL it is given.
class Device final {
public:
    explicit Device(const QUrl& url)
        : m_profile(std::move(Profile::open(m_dir.path()).value()))
        , m_sync(url, kTimeoutMs)
        , m_accounts(url, kSignInTimeoutMs) {}
    Q_DISABLE_COPY_MOVE(Device)

    bool signUp(const QString& email) {
        SyncApi api(m_accounts, {}, m_policy);
        api.sleep = [](int ms) {
            QTest::qWait(ms);
        };
        const bool ok =
            api.signUp(email, QStringLiteral("Owner"), kPassword, deviceId(), QStringLiteral("Test")).ok();
        m_tokens = api.tokens();
        return ok;
    }
    bool signIn(const QString& email) {
        SyncApi api(m_accounts, {}, m_policy);
        api.sleep = [](int ms) {
            QTest::qWait(ms);
        };
        const bool ok = api.signIn(email, kPassword, deviceId(), QStringLiteral("Test")).ok();
        m_tokens = api.tokens();
        return ok;
    }
    Result<SyncReport> sync() {
        SyncApi api(m_sync, m_tokens, m_policy);
        api.sleep = [](int ms) {
            QTest::qWait(ms);
        }; // the proxy on this thread keeps serving meanwhile
        SyncEngine engine(db(), api, options);
        auto report = engine.run();
        m_tokens = api.tokens();
        return report;
    }

    Database& db() { return m_profile->database(); }
    ContactRepository contacts() { return ContactRepository(db()); }
    int outbox() { return Outbox::pendingCount(db()).value(); }
    QString deviceId() const { return m_deviceId; }

    // Live contacts by id.
    QMap<QString, Record> records() {
        QMap<QString, Record> out;
        auto query = db().exec(
            QStringLiteral("SELECT id, server_version, given_name, notes FROM contacts WHERE deleted = 0"));
        while (query && query.value().next())
            out.insert(query.value().value(0).toString(),
                       {query.value().value(1).toLongLong(), query.value().value(2).toString(),
                        query.value().value(3).toString()});
        return out;
    }

    SyncEngine::Options options;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    HttpClient m_sync;
    HttpClient m_accounts;
    SessionTokens m_tokens;
    QString m_deviceId = QStringLiteral("dev-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    RetryPolicy m_policy{4, 10, 40, 1};
};

// A device that sends campaigns as the Campaigns page and iqm do: signed in through AccountService (its
// tokens in memory), syncing the queued sends first and then the records.
class CampaignDevice final {
public:
    CampaignDevice()
        : m_profile(std::move(Profile::open(m_dir.path()).value())) {}
    Q_DISABLE_COPY_MOVE(CampaignDevice)

    bool signUp(const QUrl& server, const QString& email) {
        return AccountService(*m_profile, m_tokens)
            .signUp(server.toString(), email, QStringLiteral("Owner"), kPassword, kSignInTimeoutMs)
            .ok();
    }
    bool signIn(const QUrl& server, const QString& email) {
        return AccountService(*m_profile, m_tokens)
            .signIn(server.toString(), email, kPassword, kSignInTimeoutMs)
            .ok();
    }
    Result<SyncReport> sync() {
        return test::syncSendingFirst(*m_profile, m_tokens, kTimeoutMs, RetryPolicy{4, 10, 40, 1});
    }
    // Presses Send, trying the server as hard as the matrix's sync does.
    Result<CampaignSendResult> send(const QString& campaignId) {
        CampaignActions actions(*m_profile, &m_tokens);
        actions.retry = RetryPolicy{2, 10, 40, 1};
        actions.timeoutMs = kTimeoutMs;
        return actions.send(campaignId);
    }
    Result<CampaignStatus> status(const QString& campaignId) {
        return CampaignActions(*m_profile, &m_tokens).status(campaignId);
    }

    Profile& profile() { return *m_profile; }
    Database& db() { return m_profile->database(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    MemoryTokenStore m_tokens;
};

Contact person(const QString& given) {
    Contact contact;
    contact.givenName = given;
    contact.familyName = QStringLiteral("Matrix");
    return contact;
}

QString describe(const QMap<QString, Record>& records) {
    QStringList lines;
    for (auto it = records.begin(); it != records.end(); ++it)
        lines << QStringLiteral("%1 v%2 %3 '%4'")
                     .arg(it.key().left(8))
                     .arg(it->version)
                     .arg(it->name, it->notes);
    return lines.join(QStringLiteral("; "));
}

} // namespace

class TestFaultMatrix final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;     // tokens that last
    ServerProcess m_shortLived; // access tokens expire after a second, so every sync refreshes first
    std::unique_ptr<TcpProxy> m_proxy;
    std::unique_ptr<TcpProxy> m_shortLivedProxy;

    static QUrl urlOf(const TcpProxy& proxy) {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
    }

private Q_SLOTS:
    void initTestCase() {
        // Campaign messages go to the simulator at once and always arrive, so a send settles quickly.
        const QStringList common{QStringLiteral("--auth-rate"),
                                 QStringLiteral("100000"),
                                 QStringLiteral("--api-rate"),
                                 QStringLiteral("100000"),
                                 QStringLiteral("--simulator-delay-ms"),
                                 QStringLiteral("0"),
                                 QStringLiteral("--simulator-failure-rate"),
                                 QStringLiteral("0"),
                                 QStringLiteral("--delivery-interval-ms"),
                                 QStringLiteral("20")};
        QVERIFY2(m_server.start(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite")),
                                common),
                 qPrintable(m_server.output()));
        QVERIFY2(m_shortLived.start(
                     QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("short.sqlite")),
                     common + QStringList{QStringLiteral("--access-token-ttl"), QStringLiteral("1")}),
                 qPrintable(m_shortLived.output()));
        m_proxy = std::make_unique<TcpProxy>(quint16(m_server.url().port()));
        m_shortLivedProxy = std::make_unique<TcpProxy>(quint16(m_shortLived.url().port()));
        QVERIFY(m_proxy->start() > 0);
        QVERIFY(m_shortLivedProxy->start() > 0);
    }

    void faultAtStep_data() {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("step");
        const TcpProxy::Fault faults[] = {
            TcpProxy::Fault::DropRequest,   TcpProxy::Fault::CutRequest, TcpProxy::Fault::CutReply,
            TcpProxy::Fault::TruncateReply, TcpProxy::Fault::ResetReply, TcpProxy::Fault::StallReply,
            TcpProxy::Fault::TrickleReply,
        };
        const std::pair<Step, const char*> steps[] = {{Step::SignIn, "sign-in"},
                                                      {Step::Refresh, "token refresh"},
                                                      {Step::Push, "push"},
                                                      {Step::Pull, "pull"}};
        for (const auto& [step, stepName] : steps)
            for (TcpProxy::Fault fault : faults)
                QTest::addRow("%s, %s", stepName, TcpProxy::name(fault)) << int(fault) << int(step);
    }

    void faultAtStep() {
        QFETCH(int, fault);
        QFETCH(int, step);
        const Step at = Step(step);
        const bool refresh = at == Step::Refresh;
        TcpProxy& proxy = refresh ? *m_shortLivedProxy : *m_proxy;
        const ServerProcess& server = refresh ? m_shortLived : m_server;
        const auto armed = [&](Step when) {
            if (when == at)
                proxy.arm(TcpProxy::Fault(fault), prefixOf(at), 2);
        };
        const auto healthy = [&] {
            proxy.arm(TcpProxy::Fault::None, {}, 0);
        };
        const QString email =
            QStringLiteral("matrix-%1@example.com").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));

        const int appliedBefore = proxy.faultsApplied();
        Device a(urlOf(proxy)), b(urlOf(proxy));
        a.options.pushBatch = 2;
        b.options.pullLimit = 2;
        healthy();
        QVERIFY(a.signUp(email));
        armed(Step::SignIn);
        if (!b.signIn(email)) {
            healthy();
            QVERIFY(b.signIn(email));
        }
        healthy();

        // A's first records, pushed in batches of two; B's own, pushed while it pulls A's.
        QStringList fromA, fromB;
        for (int i = 0; i < 5; ++i)
            fromA << a.contacts().add(person(QStringLiteral("A%1").arg(i))).value().id;
        for (int i = 0; i < 2; ++i)
            fromB << b.contacts().add(person(QStringLiteral("B%1").arg(i))).value().id;
        if (refresh)
            QTest::qWait(1100); // the access token has expired: the next request refreshes
        armed(Step::Push);
        armed(Step::Refresh);
        const bool firstOk = a.sync().ok();
        healthy();
        armed(Step::Pull);
        const bool secondOk = b.sync().ok();
        healthy();
        Q_UNUSED(firstOk)
        Q_UNUSED(secondOk)

        // With the network healthy again, each device finishes what a fault interrupted.
        // A refresh whose reply was lost is sent again with the same refresh token: within the server's
        // grace it answers the same new pair instead of revoking the session.
        auto report = a.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        report = b.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));

        // Later edits on both sides: an update on A, a deletion on B, each of a record the other made.
        Contact edited = a.contacts().get(fromB.at(0)).value();
        edited.notes = QStringLiteral("edited on A");
        QVERIFY(a.contacts().update(edited));
        QVERIFY(b.contacts().remove(fromA.at(4)));
        for (Device* device : {&a, &b, &a}) {
            report = device->sync();
            QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        }

        // What the server holds, as a device that signs in afterwards receives it.
        Device c(server.url());
        QVERIFY(c.signIn(email));
        report = c.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));

        QMap<QString, Record> expected;
        for (int i = 0; i < 4; ++i)
            expected.insert(fromA.at(i), {1, QStringLiteral("A%1").arg(i), {}});
        expected.insert(fromB.at(0), {2, QStringLiteral("B0"), QStringLiteral("edited on A")});
        expected.insert(fromB.at(1), {1, QStringLiteral("B1"), {}});
        for (Device* device : {&a, &b, &c}) {
            const auto records = device->records();
            QVERIFY2(
                records == expected,
                qPrintable(QStringLiteral("has %1\nexpected %2").arg(describe(records), describe(expected))));
            QCOMPARE(device->outbox(), 0);
        }
        QVERIFY(proxy.faultsApplied() > appliedBefore); // the fault did happen
    }

    void faultAtCampaignSend_data() {
        QTest::addColumn<int>("fault");
        for (TcpProxy::Fault fault :
             {TcpProxy::Fault::DropRequest, TcpProxy::Fault::CutRequest, TcpProxy::Fault::CutReply,
              TcpProxy::Fault::TruncateReply, TcpProxy::Fault::ResetReply, TcpProxy::Fault::StallReply,
              TcpProxy::Fault::TrickleReply})
            QTest::addRow("campaign send, %s", TcpProxy::name(fault)) << int(fault);
    }

    // The send's request or its answer is lost, cut or slowed: Send may queue, but after the next sync
    // and a second press, the server holds the campaign once with one message per recipient, and both
    // devices show those messages.
    void faultAtCampaignSend() {
        QFETCH(int, fault);
        const QUrl viaProxy = urlOf(*m_proxy);
        const QString email =
            QStringLiteral("matrix-%1@example.com").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
        CampaignDevice a, b;
        QVERIFY(a.signUp(viaProxy, email));

        QStringList recipients;
        GroupRepository groups(a.db(), &a.profile().notifier());
        auto group = groups.add(Group{QString(), QStringLiteral("Customers"), QString(), {}});
        QVERIFY(group);
        for (int i = 0; i < 3; ++i) {
            Contact contact = person(QStringLiteral("C%1").arg(i));
            const QString number = QStringLiteral("+1415555017%1").arg(i);
            contact.phones = {ContactPhone{number, number, QStringLiteral("mobile"), QString(), true}};
            auto added = ContactRepository(a.db(), &a.profile().notifier()).add(contact);
            QVERIFY(added);
            recipients << added.value().id;
            QVERIFY(groups.addMember(group.value().id, added.value().id, ConsentState::OptedIn,
                                     ConsentMethod::Paper, QStringLiteral("form")));
        }
        auto report = a.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));

        CampaignInput input;
        input.name = QStringLiteral("Matrix");
        input.channel = Channel::Sms;
        input.kind = campaign::CampaignKind::Transactional; // never held, whatever the hour
        input.text = QStringLiteral("Hi {{first_name}}, your order is ready.");
        input.groups = {QStringLiteral("Customers")};
        auto draft = CampaignActions(a.profile(), nullptr).createDraft(input);
        QVERIFY2(draft, qPrintable(draft.errorMessage()));
        const QString id = draft.value().id;

        const int appliedBefore = m_proxy->faultsApplied();
        m_proxy->arm(TcpProxy::Fault(fault), QByteArrayLiteral("POST /api/v1/campaigns "), 2);
        auto sent = a.send(id);
        m_proxy->arm(TcpProxy::Fault::None, {}, 0);
        QVERIFY2(sent, qPrintable(sent.errorMessage())); // a lost answer queues; it is not an error
        QVERIFY(m_proxy->faultsApplied() > appliedBefore);

        // With the network back: the next sync sends what waits, and the owner presses Send again.
        report = a.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        auto again = a.send(id);
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QVERIFY2(!again.value().queued, qPrintable(again.value().reason));
        QVERIFY(!again.value().campaign.isDraft());

        // The server's view: one message per recipient, none still queued.
        CampaignStatus status;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 20000) {
            auto current = a.status(id);
            QVERIFY2(current, qPrintable(current.errorMessage()));
            status = current.value();
            if (status.messages.size() >= recipients.size() &&
                status.byStatus.value(QStringLiteral("queued")) == 0)
                break;
            QTest::qWait(100);
        }
        QVERIFY(status.fromServer);
        QStringList reached;
        for (const CampaignMessage& message : std::as_const(status.messages))
            reached << message.contactId;
        reached.sort();
        recipients.sort();
        QCOMPARE(reached, recipients);

        // Both devices hold those messages once each after syncing.
        QVERIFY(b.signIn(m_server.url(), email));
        for (CampaignDevice* device : {&a, &b}) {
            report = device->sync();
            QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
            auto held = CampaignRepository(device->db()).messages(id);
            QVERIFY2(held, qPrintable(held.errorMessage()));
            QStringList contacts;
            for (const CampaignMessage& message : std::as_const(held.value()))
                contacts << message.contactId;
            contacts.sort();
            QVERIFY2(
                contacts == recipients,
                qPrintable(QStringLiteral("device %1 holds %2 of the campaign's %3 messages after pulling "
                                          "%4 records")
                               .arg(device == &a ? QStringLiteral("A") : QStringLiteral("B"))
                               .arg(contacts.size())
                               .arg(recipients.size())
                               .arg(report.value().pulled)));
            QCOMPARE(CampaignRepository(device->db()).get(id).value().waitingToSend, false);
        }
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
