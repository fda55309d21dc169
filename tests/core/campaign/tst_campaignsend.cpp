// Sending campaigns against the real iqmsgd: the messages reach every recipient once, a retried send
// with the same key sends nothing more, and a send made while the server is down goes out when it is back.
#include "ServerProcess.h"
#include "SignedInSync.h"
#include "SyncDevice.h"
#include "core/account/AccountService.h"
#include "core/actions/CampaignActions.h"
#include "core/profile/Profile.h"
#include "core/store/CampaignRepository.h"
#include "core/store/ConsentLedger.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/GroupRepository.h"
#include "core/sync/CampaignApi.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/TokenStore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;
using iq::test::ServerProcess;

class TestCampaignSend final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<Profile> m_profile;
    MemoryTokenStore m_tokens;
    QString m_email;
    QStringList m_recipients; // contact ids that get the message

    static QStringList serverArguments() {
        return {QStringLiteral("--auth-rate"),
                QStringLiteral("100000"),
                QStringLiteral("--api-rate"),
                QStringLiteral("100000"),
                QStringLiteral("--simulator-delay-ms"),
                QStringLiteral("0"),
                QStringLiteral("--simulator-failure-rate"),
                QStringLiteral("0"),
                QStringLiteral("--delivery-interval-ms"),
                QStringLiteral("20")};
    }

    Database& db() { return m_profile->database(); }

    QString addContact(const QString& given, const QString& e164) {
        Contact contact;
        contact.givenName = given;
        contact.phones = {ContactPhone{e164, e164, QStringLiteral("mobile"), QString(), true}};
        auto added = ContactRepository(db(), &m_profile->notifier()).add(contact);
        return added ? added.value().id : QString();
    }

    // What iqm sync does: the queued sends first, then the records.
    Result<SyncReport> sync() { return syncProfile(*m_profile, m_tokens); }
    static Result<SyncReport> syncProfile(Profile& profile, TokenStore& tokenStore) {
        return test::syncSendingFirst(profile, tokenStore, 5000, RetryPolicy{2, 50, 200, 5});
    }

    Campaign draft(CampaignActions& actions, const QString& name) {
        CampaignInput input;
        input.name = name;
        input.channel = Channel::Sms;
        input.kind = campaign::CampaignKind::Transactional; // never held, whatever the hour
        input.text = QStringLiteral("Hi {{first_name}}, your order is ready.");
        input.groups = {QStringLiteral("Customers")};
        auto created = actions.createDraft(input);
        if (!created)
            qFatal("%s", qPrintable(created.errorMessage()));
        return created.value();
    }

    // Waits until the server has a message for every recipient and none is still queued.
    CampaignStatus settled(CampaignActions& actions, const QString& id) {
        QElapsedTimer timer;
        timer.start();
        CampaignStatus status;
        while (timer.elapsed() < 20000) {
            auto current = actions.status(id);
            if (current) {
                status = current.value();
                if (status.fromServer && status.messages.size() >= m_recipients.size() &&
                    status.byStatus.value(QStringLiteral("queued")) == 0)
                    return status;
            }
            QTest::qWait(100);
        }
        return status;
    }

    void expectOneMessageEach(const CampaignStatus& status) {
        QVERIFY(status.fromServer);
        QStringList contacts;
        for (const CampaignMessage& message : status.messages)
            contacts << message.contactId;
        contacts.sort();
        QStringList expected = m_recipients;
        expected.sort();
        QCOMPARE(contacts, expected);
        for (const CampaignMessage& message : status.messages)
            QVERIFY2(message.status == QLatin1String("delivered") || message.status == QLatin1String("sent"),
                     qPrintable(message.status));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite")),
                                serverArguments()),
                 qPrintable(m_server.output()));
        auto profile = Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        m_profile = std::move(profile).value();
        m_email = test::uniqueEmail("campaigns");
        auto signedUp = AccountService(*m_profile, m_tokens)
                            .signUp(m_server.url().toString(), m_email, QStringLiteral("Corner Shop"),
                                    QStringLiteral("a long enough password"));
        QVERIFY2(signedUp, qPrintable(signedUp.errorMessage()));

        const QString ana = addContact(QStringLiteral("Ana"), QStringLiteral("+14155550101"));
        const QString bob = addContact(QStringLiteral("Bob"), QStringLiteral("+14155550102"));
        const QString cy = addContact(QStringLiteral("Cy"), QStringLiteral("+14155550103"));
        GroupRepository groups(db(), &m_profile->notifier());
        auto group = groups.add(Group{QString(), QStringLiteral("Customers"), QString(), {}});
        QVERIFY(group);
        for (const QString& id : {ana, bob, cy}) {
            QVERIFY(groups.addMember(group.value().id, id,
                                     id == bob ? ConsentState::OptedOut : ConsentState::OptedIn,
                                     ConsentMethod::Paper, QStringLiteral("form")));
        }
        m_recipients = {ana, cy};
        auto synced = sync();
        QVERIFY2(synced, qPrintable(synced.errorMessage()));
    }

    void sendReachesEveryRecipientOnce() {
        CampaignActions actions(*m_profile, &m_tokens);
        const Campaign campaign = draft(actions, QStringLiteral("Orders"));
        auto preflight = actions.preflight(campaign.id);
        QVERIFY(preflight);
        QCOMPARE(preflight.value().recipients, 2);

        auto sent = actions.send(campaign.id);
        QVERIFY2(sent, qPrintable(sent.errorMessage()));
        QVERIFY2(!sent.value().queued, qPrintable(sent.value().reason));
        QVERIFY(!sent.value().campaign.isDraft());
        QVERIFY(!sent.value().campaign.idempotencyKey.isEmpty());
        QCOMPARE(sent.value()
                     .answer.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("recipients"))
                     .toInt(),
                 2);

        const CampaignStatus status = settled(actions, campaign.id);
        expectOneMessageEach(status);

        // A second press sends nothing more.
        auto again = actions.send(campaign.id);
        QVERIFY(again);
        QCOMPARE(again.value().campaign.idempotencyKey, sent.value().campaign.idempotencyKey);
        expectOneMessageEach(settled(actions, campaign.id));

        // The pulled records show the same messages offline.
        QVERIFY(sync());
        auto pulled = CampaignRepository(db()).messages(campaign.id);
        QVERIFY(pulled);
        QCOMPARE(pulled.value().size(), 2);
    }

    // The request reached the server but its answer was lost: the next send repeats the same key and
    // body and gets the first answer, not a second campaign.
    void retriedSendWithTheSameKeySendsOnce() {
        CampaignActions actions(*m_profile, &m_tokens);
        const Campaign campaign = draft(actions, QStringLiteral("Lost answer"));
        CampaignRepository repository(db());
        const QString key = QStringLiteral("campaign-retry-0123456789abcdef");
        const QByteArray body = CampaignApi::submitBody(campaign);
        QVERIFY(repository.queueSend({campaign.id, key, body, QDateTime::currentDateTimeUtc(), 0, {}}));
        {
            AccountService accounts(*m_profile, m_tokens);
            HttpClient http(m_server.url());
            SyncApi api(http, accounts.storedTokens().value());
            auto first = CampaignApi(api).submit(key, body); // the answer this device never saw
            QVERIFY2(first, qPrintable(first.errorMessage()));
        }
        QVERIFY(repository.get(campaign.id).value().waitingToSend);

        auto sent = actions.send(campaign.id);
        QVERIFY2(sent, qPrintable(sent.errorMessage()));
        QVERIFY(!sent.value().queued);
        QCOMPARE(sent.value().campaign.idempotencyKey, key);
        expectOneMessageEach(settled(actions, campaign.id));
    }

    void sendWhileTheServerIsDownGoesOutWhenItIsBack() {
        CampaignActions actions(*m_profile, &m_tokens);
        const Campaign campaign = draft(actions, QStringLiteral("Offline"));
        m_server.stop();
        auto sent = actions.send(campaign.id);
        QVERIFY2(sent, qPrintable(sent.errorMessage()));
        QVERIFY(sent.value().queued);
        QVERIFY(sent.value().campaign.waitingToSend);
        QVERIFY(sent.value().campaign.isDraft());
        QVERIFY(!sent.value().reason.isEmpty());
        auto paused = actions.pause(campaign.id);
        QVERIFY(!paused);
        QCOMPARE(paused.error().code, Error::Code::Network);

        QVERIFY2(m_server.restart(), qPrintable(m_server.output()));
        auto synced = sync(); // a sync sends what waits first
        QVERIFY2(synced, qPrintable(synced.errorMessage()));
        const Campaign after = CampaignRepository(db()).get(campaign.id).value();
        QVERIFY(!after.waitingToSend);
        QVERIFY(!after.isDraft());
        CampaignActions fresh(*m_profile, &m_tokens);
        expectOneMessageEach(settled(fresh, campaign.id));
    }

    // A device that signs in after the campaigns went out pulls each message before its campaign, whose
    // status changes came later; it keeps the message's link to the campaign. The message to a customer
    // who was deleted since is kept too (linked to the tombstone, or without the link).
    void aNewDeviceHoldsEveryMessageWithItsCampaign() {
        CampaignActions actions(*m_profile, &m_tokens);
        const Campaign campaign = draft(actions, QStringLiteral("Before the new device"));
        auto sent = actions.send(campaign.id);
        QVERIFY2(sent && !sent.value().queued,
                 sent ? qPrintable(sent.value().reason) : qPrintable(sent.errorMessage()));
        expectOneMessageEach(settled(actions, campaign.id));
        QVERIFY(sync());
        auto here = CampaignRepository(db()).messages(campaign.id);
        QVERIFY(here);
        QCOMPARE(here.value().size(), m_recipients.size());

        // Cy leaves: deleted here and on the server before the new device signs in.
        const QString cy = m_recipients.last();
        QVERIFY(ContactRepository(db(), &m_profile->notifier()).remove(cy));
        QVERIFY(sync());

        QTemporaryDir otherDir;
        auto other = Profile::open(otherDir.path());
        QVERIFY2(other, qPrintable(other.errorMessage()));
        MemoryTokenStore otherTokens;
        auto signedIn =
            AccountService(*other.value(), otherTokens)
                .signIn(m_server.url().toString(), m_email, QStringLiteral("a long enough password"));
        QVERIFY2(signedIn, qPrintable(signedIn.errorMessage()));
        auto pulled = syncProfile(*other.value(), otherTokens);
        QVERIFY2(pulled, qPrintable(pulled.errorMessage()));
        QCOMPARE(pulled.value().waiting, 0); // Cy's membership of the group went with him

        auto campaigns = CampaignRepository(db()).list();
        QVERIFY(campaigns);
        for (const Campaign& each : std::as_const(campaigns.value())) {
            auto mine = CampaignRepository(db()).messages(each.id);
            auto theirs = CampaignRepository(other.value()->database()).messages(each.id);
            QVERIFY(mine && theirs);
            QVERIFY2(theirs.value().size() == mine.value().size(),
                     qPrintable(QStringLiteral("%1: %2 messages on the new device, %3 here")
                                    .arg(each.name)
                                    .arg(theirs.value().size())
                                    .arg(mine.value().size())));
            for (const CampaignMessage& message : theirs.value())
                QVERIFY2(message.contactId.isEmpty() || m_recipients.contains(message.contactId),
                         qPrintable(message.contactId));
        }
        m_recipients.removeOne(cy);
    }

    void cancelAfterSending() {
        CampaignActions actions(*m_profile, &m_tokens);
        CampaignInput input;
        input.name = QStringLiteral("Later");
        input.text = QStringLiteral("Hi");
        input.kind = campaign::CampaignKind::Transactional;
        input.groups = {QStringLiteral("Customers")};
        input.scheduledAt = QDateTime::currentDateTimeUtc().addDays(2);
        auto created = actions.createDraft(input);
        QVERIFY(created);
        auto sent = actions.send(created.value().id);
        QVERIFY2(sent && !sent.value().queued,
                 sent ? qPrintable(sent.value().reason) : qPrintable(sent.errorMessage()));
        QCOMPARE(sent.value().campaign.status, QStringLiteral("scheduled"));
        auto cancelled = actions.cancel(created.value().id);
        QVERIFY2(cancelled, qPrintable(cancelled.errorMessage()));
        QCOMPARE(cancelled.value().status, QStringLiteral("cancelled"));
        auto resumed = actions.resume(created.value().id);
        QVERIFY(!resumed);
        QCOMPARE(resumed.error().code, Error::Code::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestCampaignSend)
#include "tst_campaignsend.moc"
