// Desktop notifications: a campaign that finishes or fails and opt-outs that arrive by sync raise the
// right notification, once; nothing is raised for what was there before, for changes made on this
// device, or for a kind turned off in the settings.
#include "core/profile/Profile.h"
#include "core/store/ConsentLedger.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/LocalRecords.h"
#include "views/common/Notifier.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#ifdef IQ_TEST_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#endif

using namespace iq;

namespace {

struct Shown {
    QString title;
    QString body;
};

class RecordingSink final : public NotificationSink {
public:
    QList<Shown> shown;
    void show(const QString& title, const QString& body) override { shown << Shown{title, body}; }
};

#ifdef IQ_TEST_DBUS
// A notification service of the test's own on the session bus, as a desktop runs one.
class FakeNotificationService final : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QList<Shown> shown;
    QString application;

public Q_SLOTS:
    uint Notify(const QString& app, uint, const QString&, const QString& summary, const QString& body,
                const QStringList&, const QVariantMap&, int) {
        application = app;
        shown << Shown{summary, body};
        return uint(shown.size());
    }
};
#endif

} // namespace

class TestNotifier final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    QString m_ana, m_bob;
    qint64 m_version = 1;

    Database& db() { return m_profile->database(); }

    void pullCampaign(const QString& id, const QString& name, const QString& status,
                      const QJsonObject& counts = {}) {
        QVERIFY(LocalRecords(db()).write(
            QStringLiteral("campaign"), id,
            {{QStringLiteral("name"), name},
             {QStringLiteral("channel"), QStringLiteral("sms")},
             {QStringLiteral("kind"), QStringLiteral("marketing")},
             {QStringLiteral("status"), status},
             {QStringLiteral("counts"), counts},
             {QStringLiteral("createdAt"), QStringLiteral("2026-03-01T08:00:00.000Z")}},
            ++m_version));
        m_profile->notifier().announce(Entity::Campaign, {id});
    }

    void optOut(const QString& contact, ConsentMethod method) {
        ConsentChange change;
        change.contactId = contact;
        change.channel = Channel::Sms;
        change.state = ConsentState::OptedOut;
        change.method = method;
        change.recordedBy = QStringLiteral("keyword");
        QVERIFY(ConsentLedger(db()).record(change));
        m_profile->notifier().announce(Entity::Consent, {contact});
    }

    QString addContact(const QString& given, const QString& family) {
        Contact contact;
        contact.givenName = given;
        contact.familyName = family;
        auto added = ContactRepository(db()).add(contact);
        return added ? added.value().id : QString();
    }

    // Nothing more is shown after the notifier has had time to look.
    static bool staysAt(const RecordingSink& sink, int count) {
        QTest::qWait(500);
        return sink.shown.size() == count;
    }

private Q_SLOTS:
    void initTestCase() {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("IQ Messaging notifier tests"));
        auto profile = Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        m_profile = std::move(profile).value();
        m_ana = addContact(QStringLiteral("Ana"), QStringLiteral("Lima"));
        m_bob = addContact(QStringLiteral("Bob"), QStringLiteral("Stone"));
        QVERIFY(!m_ana.isEmpty() && !m_bob.isEmpty());
    }

    void init() { QSettings().remove(QStringLiteral("notifications")); }

    void whatWasThereBeforeIsNotNews() {
        pullCampaign(QStringLiteral("old"), QStringLiteral("Old news"), QStringLiteral("sent"));
        optOut(m_bob, ConsentMethod::Sync);
        RecordingSink sink;
        Notifier notifier(*m_profile, sink);
        notifier.check();
        QCOMPARE(sink.shown.size(), 0);
    }

    void aCampaignThatFinishesOrFails() {
        pullCampaign(QStringLiteral("c1"), QStringLiteral("Spring sale"), QStringLiteral("sending"));
        pullCampaign(QStringLiteral("c2"), QStringLiteral("Reminder"), QStringLiteral("scheduled"));
        RecordingSink sink;
        Notifier notifier(*m_profile, sink);
        pullCampaign(QStringLiteral("c1"), QStringLiteral("Spring sale"), QStringLiteral("sent"),
                     {{QStringLiteral("recipients"), 10},
                      {QStringLiteral("delivered"), 8},
                      {QStringLiteral("failed"), 1},
                      {QStringLiteral("undeliverable"), 1}});
        QTRY_COMPARE(sink.shown.size(), 1);
        QCOMPARE(sink.shown.first().title, QStringLiteral("Campaign sent"));
        QCOMPARE(sink.shown.first().body,
                 QStringLiteral("\"Spring sale\" has finished: 8 delivered, 2 not delivered."));
        // The same state again is not news.
        pullCampaign(QStringLiteral("c1"), QStringLiteral("Spring sale"), QStringLiteral("sent"));
        QVERIFY(staysAt(sink, 1));

        pullCampaign(QStringLiteral("c2"), QStringLiteral("Reminder"), QStringLiteral("failed"));
        QTRY_COMPARE(sink.shown.size(), 2);
        QCOMPARE(sink.shown.last().title, QStringLiteral("Campaign failed"));
        QVERIFY(sink.shown.last().body.startsWith(QStringLiteral("\"Reminder\" could not be sent.")));
    }

    void campaignNotificationsCanBeTurnedOff() {
        pullCampaign(QStringLiteral("c3"), QStringLiteral("Quiet one"), QStringLiteral("sending"));
        RecordingSink sink;
        Notifier notifier(*m_profile, sink);
        QSettings().setValue(Notifier::campaignFinishedKey(), false);
        pullCampaign(QStringLiteral("c3"), QStringLiteral("Quiet one"), QStringLiteral("sent"));
        QVERIFY(staysAt(sink, 0));
        // Turned on again, the campaign that ended meanwhile is not told late.
        QSettings().setValue(Notifier::campaignFinishedKey(), true);
        notifier.check();
        QCOMPARE(sink.shown.size(), 0);
    }

    void optOutsThatArriveBySync() {
        RecordingSink sink;
        Notifier notifier(*m_profile, sink);
        // Made on this device: the owner did it, no news.
        optOut(m_bob, ConsentMethod::Manual);
        QVERIFY(staysAt(sink, 0));
        optOut(m_ana, ConsentMethod::Sync);
        QTRY_COMPARE(sink.shown.size(), 1);
        QCOMPARE(sink.shown.first().title, QStringLiteral("1 new opt-out(s)"));
        QCOMPARE(sink.shown.first().body, QStringLiteral("Ana Lima opted out."));

        // Several in one sync: one notification.
        QList<QString> more;
        for (int i = 0; i < 4; ++i)
            more << addContact(QStringLiteral("Person"), QString::number(i));
        for (const QString& id : more) {
            ConsentChange change;
            change.contactId = id;
            change.channel = Channel::Sms;
            change.state = ConsentState::OptedOut;
            change.method = ConsentMethod::Sync;
            QVERIFY(ConsentLedger(db()).record(change));
        }
        m_profile->notifier().announce(Entity::Any);
        QTRY_COMPARE(sink.shown.size(), 2);
        QCOMPARE(sink.shown.last().title, QStringLiteral("4 new opt-out(s)"));
        QVERIFY2(sink.shown.last().body.endsWith(QStringLiteral(" and 1 other(s) opted out.")),
                 qPrintable(sink.shown.last().body));
    }

    void systemNotificationsGoOverDBus() {
#ifdef IQ_TEST_DBUS
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected())
            QSKIP("No D-Bus session bus (run the tests inside scripts/with-keyring.sh).");
        const QString service = QStringLiteral("org.freedesktop.Notifications");
        if (bus.interface()->isServiceRegistered(service).value())
            QSKIP("A notification service already runs on this session bus.");
        FakeNotificationService fake;
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &fake,
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(service));
        SystemNotifications notifications;
        notifications.show(QStringLiteral("Campaign sent"), QStringLiteral("\"Spring sale\" has finished."));
        QTRY_COMPARE(fake.shown.size(), 1);
        QCOMPARE(fake.shown.first().title, QStringLiteral("Campaign sent"));
        QCOMPARE(fake.shown.first().body, QStringLiteral("\"Spring sale\" has finished."));
        QCOMPARE(fake.application, QCoreApplication::applicationName());
        bus.unregisterService(service);
        bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
#else
        QSKIP("Built without Qt D-Bus.");
#endif
    }

    void optOutNotificationsCanBeTurnedOff() {
        RecordingSink sink;
        Notifier notifier(*m_profile, sink);
        QSettings().setValue(Notifier::optOutsKey(), false);
        optOut(m_ana, ConsentMethod::Sync);
        QVERIFY(staysAt(sink, 0));
        // The campaign kind is still on.
        pullCampaign(QStringLiteral("c4"), QStringLiteral("Still told"), QStringLiteral("sending"));
        notifier.check(); // seen sending before it ends
        pullCampaign(QStringLiteral("c4"), QStringLiteral("Still told"), QStringLiteral("sent"));
        QTRY_COMPARE(sink.shown.size(), 1);
        QCOMPARE(sink.shown.first().title, QStringLiteral("Campaign sent"));
    }
};

QTEST_MAIN(TestNotifier)
#include "tst_notifier.moc"
