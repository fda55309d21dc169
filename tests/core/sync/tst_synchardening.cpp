// Defects of the sync found by review, each reproduced the way two devices of one owner meet it, against
// the real iqmsgd (restarted where a test needs it) and through a TCP proxy that loses replies.
#include "ServerProcess.h"
#include "SyncDevice.h"
#include "TcpProxy.h"

#include "core/store/ConflictStore.h"
#include "core/store/ConsentLedger.h"
#include "core/store/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace iq;
using iq::test::ServerProcess;
using iq::test::SyncDevice;
using iq::test::TcpProxy;

namespace {

ConsentState memberConsent(SyncDevice& device, const QString& groupId, const QString& contactId) {
    const auto members = device.groups().members(groupId);
    if (!members)
        return ConsentState::Unknown;
    for (const GroupMember& member : members.value())
        if (member.contactId == contactId)
            return member.consent;
    return ConsentState::Unknown;
}

int memberCount(SyncDevice& device, const QString& groupId) {
    const auto members = device.groups().members(groupId);
    return members ? int(members.value().size()) : -1;
}

Contact person(const QString& given) {
    Contact contact;
    contact.givenName = given;
    contact.familyName = QStringLiteral("Tester");
    return contact;
}

QString groupName(SyncDevice& device, const QString& id) {
    const auto group = device.groups().get(id);
    return group ? group.value().name : QString();
}

} // namespace

class TestSyncHardening final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<TcpProxy> m_proxy;

    QUrl viaProxy() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port())); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite")),
                                {QStringLiteral("--auth-rate"), QStringLiteral("100000")}),
                 qPrintable(m_server.output()));
        m_proxy = std::make_unique<TcpProxy>(quint16(m_server.url().port()));
        QVERIFY(m_proxy->start() > 0);
    }

    // A member opted out of a group, then the group renamed: the group's latest change comes after the
    // membership's, so a device that signs in afterwards pulls the membership first. It must still end
    // up with the member, opted out, whether the group comes in the same batch or a later one.
    void pulledRecordWaitsForItsGroup_data() {
        QTest::addColumn<int>("applyRecords");
        QTest::newRow("same batch") << 10000;
        QTest::newRow("later batch") << 1;
    }
    void pulledRecordWaitsForItsGroup() {
        QFETCH(int, applyRecords);
        const QString email = test::uniqueEmail("held");
        SyncDevice a(m_server.url()), b(m_server.url());
        QVERIFY(a.signUp(email));
        const Contact ana = a.contacts().add(person(QStringLiteral("Ana"))).value();
        Group mac;
        mac.name = QStringLiteral("Mac Users");
        mac = a.groups().add(mac).value();
        QVERIFY(a.groups().addMember(mac.id, ana.id, ConsentState::OptedIn, ConsentMethod::Paper,
                                     QStringLiteral("sign-up sheet")));
        QVERIFY(a.sync().ok());
        QVERIFY(a.groups().addMember(mac.id, ana.id, ConsentState::OptedOut, ConsentMethod::Keyword,
                                     QStringLiteral("STOP reply")));
        // Her SMS opt-out, then an edit of her: the consent's contact also comes after it.
        ConsentChange stop;
        stop.contactId = ana.id;
        stop.channel = Channel::Sms;
        stop.state = ConsentState::OptedOut;
        stop.method = ConsentMethod::Keyword;
        stop.source = QStringLiteral("STOP reply");
        QVERIFY(ConsentLedger(a.db()).record(stop));
        QVERIFY(a.sync().ok());
        mac.name = QStringLiteral("Mac Owners");
        QVERIFY(a.groups().update(mac));
        Contact edited = a.contacts().get(ana.id).value();
        edited.notes = QStringLiteral("prefers the shop's e-mail");
        QVERIFY(a.contacts().update(edited));
        QVERIFY(a.sync().ok());

        QVERIFY(b.signIn(email));
        b.options.pullLimit = 1;
        b.options.applyRecords = applyRecords;
        b.options.pipelinePull = false;
        auto report = b.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.value().waiting, 0);
        QCOMPARE(report.value().rejected, 0);
        QCOMPARE(groupName(b, mac.id), QStringLiteral("Mac Owners"));
        QCOMPARE(memberCount(b, mac.id), 1);
        QCOMPARE(memberConsent(b, mac.id, ana.id), ConsentState::OptedOut);
        auto sms = b.db().exec(
            QStringLiteral("SELECT consent FROM channel_consent WHERE contact_id = ? AND channel = 'sms'"),
            {ana.id});
        QVERIFY(sms && sms.value().next());
        QCOMPARE(sms.value().value(0).toString(), QStringLiteral("opted_out"));
        sms.value().finish();
        QCOMPARE(b.contacts().get(ana.id).value().notes, QStringLiteral("prefers the shop's e-mail"));
        QCOMPARE(b.outbox(), 0);
        // Nothing was left unapplied for a later sync to find.
        report = b.sync();
        QVERIFY(report.ok());
        QCOMPARE(report.value().waiting, 0);
        QCOMPARE(memberConsent(b, mac.id, ana.id), ConsentState::OptedOut);
    }

    // A push whose replies are all lost (the application quit after a minute of retrying), then another
    // edit of the same record once the network is back: the later edit is what every device ends with.
    void editAfterLostRepliesIsKept_data() {
        QTest::addColumn<bool>("deleteAfter");
        QTest::newRow("rename again") << false;
        QTest::newRow("delete after") << true;
    }
    void editAfterLostRepliesIsKept() {
        QFETCH(bool, deleteAfter);
        const QString email = test::uniqueEmail("lost");
        SyncDevice a(m_server.url(), viaProxy(), 1500), b(m_server.url());
        a.policy = RetryPolicy{3, 20, 50, 1};
        QVERIFY(a.signUp(email));
        QVERIFY(b.signIn(email));
        Group group;
        group.name = QStringLiteral("Regulars");
        group = a.groups().add(group).value();
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());

        group.name = QStringLiteral("First rename");
        QVERIFY(a.groups().update(group));
        m_proxy->arm(TcpProxy::Fault::CutReply, "POST /api/v1/sync/push", 1000);
        QVERIFY(!a.sync().ok()); // the server applied the rename; the device never heard
        m_proxy->arm(TcpProxy::Fault::None, {}, 0);
        QVERIFY(m_proxy->faultsApplied() >= 1);

        if (deleteAfter) {
            QVERIFY(a.groups().remove(group.id));
        } else {
            group.name = QStringLiteral("Second rename");
            QVERIFY(a.groups().update(group));
        }
        auto report = a.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.value().pushed, 1);
        QCOMPARE(report.value().conflicts, 0);
        QCOMPARE(a.outbox(), 0);
        QCOMPARE(ConflictStore(a.db()).openCount().value(), 0);
        QVERIFY(b.sync().ok());
        for (SyncDevice* device : {&a, &b}) {
            if (deleteAfter)
                QVERIFY(!device->groups().get(group.id).ok());
            else
                QCOMPARE(groupName(*device, group.id), QStringLiteral("Second rename"));
        }
        // And it stays so: nothing comes back on the next syncs.
        QVERIFY(a.sync().ok());
        if (deleteAfter)
            QVERIFY(!a.groups().get(group.id).ok());
        else
            QCOMPARE(groupName(a, group.id), QStringLiteral("Second rename"));
    }

    // A change the server can never take does not block the outbox: one larger than a request may be
    // (which would make every push of it fail) and one larger than a record may be (which the server
    // refuses) are set aside with the reason, the rest goes, and a later edit that fits goes too.
    void changesTheServerCannotTakeAreSetAside() {
        const QString email = test::uniqueEmail("aside");
        SyncDevice a(m_server.url()), b(m_server.url());
        QVERIFY(a.signUp(email));
        Contact huge = person(QStringLiteral("Huge"));
        huge.notes = QString(5 * 1024 * 1024, QLatin1Char('x'));
        huge = a.contacts().add(huge).value();
        Contact wide = person(QStringLiteral("Wide"));
        wide.notes = QString(300 * 1024, QLatin1Char('y'));
        wide = a.contacts().add(wide).value();
        const Contact small = a.contacts().add(person(QStringLiteral("Small"))).value();

        auto report = a.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.value().pushed, 1);
        QCOMPARE(report.value().setAside, 2);
        QCOMPARE(report.value().problems.size(), 2);
        QVERIFY(report.value().problems.at(0).contains(huge.id));
        QVERIFY(report.value().problems.at(1).contains(wide.id));
        QCOMPARE(a.outbox(), 0);
        auto reasons = a.db().exec(
            QStringLiteral("SELECT record_id, reason FROM sync_set_aside ORDER BY record_id = ? DESC"),
            {huge.id});
        QVERIFY(reasons);
        QVERIFY(reasons.value().next());
        QCOMPARE(reasons.value().value(0).toString(), huge.id);
        QVERIFY(reasons.value().value(1).toString().contains(QStringLiteral("KiB")));
        reasons.value().finish();
        // Nothing is retried in vain.
        report = a.sync();
        QVERIFY(report.ok());
        QCOMPARE(report.value().pushed, 0);
        QCOMPARE(report.value().setAside, 0);

        huge.notes = QStringLiteral("short now");
        QVERIFY(a.contacts().update(huge));
        report = a.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.value().pushed, 1);
        auto left = a.db().exec(QStringLiteral("SELECT record_id FROM sync_set_aside"));
        QVERIFY(left && left.value().next());
        QCOMPARE(left.value().value(0).toString(), wide.id);
        QVERIFY(!left.value().next());
        left.value().finish();

        QVERIFY(b.signIn(email));
        QVERIFY(b.sync().ok());
        QCOMPARE(b.contacts().get(huge.id).value().notes, QStringLiteral("short now"));
        QVERIFY(b.contacts().get(small.id).ok());
        QVERIFY(!b.contacts().get(wide.id).ok());
    }

    // A membership removed, its tombstone purged by the server, then the person added again: the push
    // goes through (no 500, no rejection) and every device, the one that kept the tombstone and a new
    // one, ends with the member.
    void recreatedAfterPurgeSyncsEverywhere() {
        QTemporaryDir dir;
        const QString database = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("purge.sqlite"));
        ServerProcess server;
        QVERIFY2(server.start(database, {QStringLiteral("--auth-rate"), QStringLiteral("100000")}),
                 qPrintable(server.output()));
        const QString email = test::uniqueEmail("purge");
        SyncDevice a(server.url()), b(server.url());
        QVERIFY(a.signUp(email));
        QVERIFY(b.signIn(email));
        const Contact ana = a.contacts().add(person(QStringLiteral("Ana"))).value();
        Group group;
        group.name = QStringLiteral("Newsletter");
        group = a.groups().add(group).value();
        QVERIFY(a.groups().addMember(group.id, ana.id, ConsentState::OptedIn, ConsentMethod::WebForm,
                                     QStringLiteral("web form")));
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());
        QCOMPARE(memberCount(b, group.id), 1);
        QVERIFY(a.groups().removeMember(group.id, ana.id));
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());
        QCOMPARE(memberCount(b, group.id), 0);

        // Restarted with a zero-day horizon: the membership's tombstone is purged.
        server.stop();
        QVERIFY2(server.start(database, {QStringLiteral("--auth-rate"), QStringLiteral("100000"),
                                         QStringLiteral("--tombstone-days"), QStringLiteral("0")}),
                 qPrintable(server.output()));
        a.setServer(server.url());
        b.setServer(server.url());

        QVERIFY(a.groups().addMember(group.id, ana.id, ConsentState::OptedIn, ConsentMethod::Paper,
                                     QStringLiteral("asked in the shop")));
        auto report = a.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QVERIFY2(report.value().problems.isEmpty(), qPrintable(report.value().problems.join(u'\n')));
        QCOMPARE(report.value().rejected, 0);
        QCOMPARE(report.value().pushed, 1);
        QCOMPARE(a.outbox(), 0);
        report = b.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(memberCount(b, group.id), 1);
        QCOMPARE(memberConsent(b, group.id, ana.id), ConsentState::OptedIn);

        // A device that never knew the old membership removes and adds her again: created with
        // baseVersion 0 over the record's history, still no error, and the others follow.
        SyncDevice c(server.url());
        QVERIFY(c.signIn(email));
        QVERIFY(c.sync().ok());
        QCOMPARE(memberCount(c, group.id), 1);
        QVERIFY(b.groups().removeMember(group.id, ana.id));
        QVERIFY(b.sync().ok());
        server.stop();
        QVERIFY2(server.start(database, {QStringLiteral("--auth-rate"), QStringLiteral("100000"),
                                         QStringLiteral("--tombstone-days"), QStringLiteral("0")}),
                 qPrintable(server.output()));
        for (SyncDevice* device : {&a, &b, &c})
            device->setServer(server.url());
        SyncDevice d(server.url());
        QVERIFY(d.signIn(email));
        QVERIFY(d.sync().ok());
        QCOMPARE(memberCount(d, group.id), 0);
        QVERIFY(d.groups().addMember(group.id, ana.id, ConsentState::OptedIn, ConsentMethod::Manual,
                                     QStringLiteral("phoned in")));
        report = d.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.value().pushed, 1);
        QCOMPARE(report.value().rejected, 0);
        for (SyncDevice* device : {&a, &b, &c}) {
            report = device->sync();
            QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
            QCOMPARE(memberCount(*device, group.id), 1);
            QCOMPARE(device->outbox(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncHardening)
#include "tst_synchardening.moc"
