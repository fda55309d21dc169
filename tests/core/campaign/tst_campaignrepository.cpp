#include "TestClock.h"
#include "TestSupport.h"
#include "core/profile/Profile.h"
#include "core/store/CampaignRepository.h"
#include "core/store/Database.h"
#include "core/store/LocalRecords.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

// Drafts, the send queue, and campaigns and messages pulled from a server, before and after schema 8.
class TestCampaignRepository final : public QObject {
    Q_OBJECT

    test::TestClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Profile> m_profile;

    Database& db() { return m_profile->database(); }

    Campaign draft() {
        Campaign c;
        c.name = QStringLiteral("  Spring sale ");
        c.channel = Channel::Sms;
        c.kind = campaign::CampaignKind::Transactional;
        c.body = QStringLiteral("Hi {{first_name}}");
        c.audience.groups = {QStringLiteral("g1"), QStringLiteral("g2")};
        c.audience.excludeGroups = {QStringLiteral("g3")};
        c.audience.contacts = {QStringLiteral("c1")};
        c.scheduledAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        c.timeZone = QStringLiteral("Europe/Berlin");
        return c;
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto profile = Profile::open(m_dir->path());
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        m_profile = std::move(profile).value();
    }

    void cleanup() {
        m_profile.reset();
        m_dir.reset();
    }

    void createsEditsAndListsDrafts() {
        CampaignRepository campaigns(db(), &m_profile->notifier(), &m_clock);
        QSignalSpy announced(&m_profile->notifier(), &ChangeNotifier::changed);
        auto created = campaigns.create(draft());
        QVERIFY2(created, qPrintable(created.errorMessage()));
        const Campaign& c = created.value();
        QVERIFY(!c.id.isEmpty());
        QCOMPARE(c.name, QStringLiteral("Spring sale"));
        QCOMPARE(c.status, QStringLiteral("draft"));
        QCOMPARE(c.kind, campaign::CampaignKind::Transactional);
        QCOMPARE(c.audience, draft().audience);
        QCOMPARE(c.scheduledAt, draft().scheduledAt);
        QCOMPARE(c.timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(c.createdAt, m_clock.now());
        QVERIFY(!c.waitingToSend);
        QCOMPARE(announced.count(), 1);
        QCOMPARE(announced.first().at(0).value<Entity>(), Entity::Campaign);

        Campaign edited = c;
        edited.name = QStringLiteral("Summer sale");
        edited.audience.contacts.clear();
        m_clock.advance(60);
        auto saved = campaigns.editDraft(edited);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        QCOMPARE(saved.value().name, QStringLiteral("Summer sale"));
        QVERIFY(saved.value().audience.contacts.isEmpty());
        QCOMPARE(saved.value().updatedAt, m_clock.now());

        m_clock.advance(60);
        Campaign second = draft();
        second.name = QStringLiteral("Newer");
        QVERIFY(campaigns.create(second));
        auto listed = campaigns.list();
        QVERIFY(listed);
        QCOMPARE(listed.value().size(), 2);
        QCOMPARE(listed.value().first().name, QStringLiteral("Newer"));
    }

    void refusesDraftsWithoutNameAudienceOrText() {
        CampaignRepository campaigns(db());
        Campaign c = draft();
        c.name = QStringLiteral(" ");
        QCOMPARE(campaigns.create(c).error().code, Error::Code::InvalidInput);
        c = draft();
        c.audience = {};
        QCOMPARE(campaigns.create(c).error().code, Error::Code::InvalidInput);
        c = draft();
        c.body.clear();
        QCOMPARE(campaigns.create(c).error().code, Error::Code::InvalidInput);
    }

    // The key and the request are stored with the campaign before anything is sent, and kept as they
    // were however often the send is pressed again.
    void queueKeepsTheFirstKeyAndRequest() {
        CampaignRepository campaigns(db(), nullptr, &m_clock);
        auto created = campaigns.create(draft());
        QVERIFY(created);
        const QString id = created.value().id;
        QVERIFY(campaigns.queueSend({id,
                                     QStringLiteral("key-0123456789abcdef"),
                                     QByteArrayLiteral("{\"a\":1}"),
                                     m_clock.now(),
                                     0,
                                     {}}));
        QVERIFY(campaigns.queueSend({id,
                                     QStringLiteral("key-0123456789abcdef"),
                                     QByteArrayLiteral("{\"a\":2}"),
                                     m_clock.now(),
                                     0,
                                     {}}));
        auto other = campaigns.queueSend(
            {id, QStringLiteral("another-key-0123456789"), QByteArrayLiteral("{}"), m_clock.now(), 0, {}});
        QVERIFY(!other);
        QCOMPARE(other.error().code, Error::Code::Conflict);

        auto queued = campaigns.queuedSend(id);
        QVERIFY(queued && queued.value());
        QCOMPARE(queued.value()->request, QByteArrayLiteral("{\"a\":1}"));
        QCOMPARE(campaigns.get(id).value().idempotencyKey, QStringLiteral("key-0123456789abcdef"));
        QVERIFY(campaigns.get(id).value().waitingToSend);
        QVERIFY(!campaigns.editDraft(campaigns.get(id).value()));

        QVERIFY(campaigns.noteSendFailure(id, QStringLiteral("no connection")));
        QCOMPARE(campaigns.queuedSends().value().first().attempts, 1);
        QCOMPARE(campaigns.get(id).value().sendError, QStringLiteral("no connection"));

        const QJsonObject answer{{QStringLiteral("id"), id},
                                 {QStringLiteral("status"), QStringLiteral("sending")},
                                 {QStringLiteral("sentAt"), QStringLiteral("2026-03-01T09:00:01.000Z")},
                                 {QStringLiteral("counts"), QJsonObject{{QStringLiteral("recipients"), 3},
                                                                        {QStringLiteral("held"), 1}}}};
        QVERIFY(campaigns.completeSend(id, answer));
        const Campaign sent = campaigns.get(id).value();
        QVERIFY(!sent.waitingToSend);
        QCOMPARE(sent.status, QStringLiteral("sending"));
        QCOMPARE(sent.counts.value(QStringLiteral("recipients")).toInt(), 3);
        QCOMPARE(sent.sentAt, QDateTime(QDate(2026, 3, 1), QTime(9, 0, 1), Qt::UTC));
        QVERIFY(campaigns.queuedSends().value().isEmpty());
    }

    // Pulled campaign and message records land in the new columns and read back as they came.
    void pulledRecordsFillTheNewColumns() {
        LocalRecords records(db());
        const QJsonObject campaignPayload{
            {QStringLiteral("name"), QStringLiteral("Pulled")},
            {QStringLiteral("channel"), QStringLiteral("sms")},
            {QStringLiteral("kind"), QStringLiteral("marketing")},
            {QStringLiteral("contentId"), QJsonValue()},
            {QStringLiteral("subject"), QString()},
            {QStringLiteral("body"), QStringLiteral("Hi")},
            {QStringLiteral("status"), QStringLiteral("paused")},
            {QStringLiteral("scheduledAt"), QJsonValue()},
            {QStringLiteral("timeZone"), QStringLiteral("America/New_York")},
            {QStringLiteral("sentAt"), QJsonValue()},
            {QStringLiteral("idempotencyKey"), QStringLiteral("k-0123456789abcdef")},
            {QStringLiteral("audience"),
             QJsonObject{{QStringLiteral("groups"), QJsonArray{QStringLiteral("g")}},
                         {QStringLiteral("excludeGroups"), QJsonArray{}},
                         {QStringLiteral("contacts"), QJsonArray{}}}},
            {QStringLiteral("counts"), QJsonObject{{QStringLiteral("recipients"), 2}}}};
        QVERIFY(db().transaction([&] {
            return records.write(QStringLiteral("campaign"), QStringLiteral("p1"), campaignPayload, 5);
        }));
        const QJsonObject messagePayload{
            {QStringLiteral("campaignId"), QStringLiteral("p1")},
            {QStringLiteral("contactId"), QJsonValue()},
            {QStringLiteral("channel"), QStringLiteral("sms")},
            {QStringLiteral("address"), QStringLiteral("+14155550101")},
            {QStringLiteral("body"), QStringLiteral("Hi")},
            {QStringLiteral("segments"), 1},
            {QStringLiteral("status"), QStringLiteral("held")},
            {QStringLiteral("errorCode"), QString()},
            {QStringLiteral("errorMessage"), QString()},
            {QStringLiteral("releaseAt"), QStringLiteral("2026-03-02T13:00:00.000Z")},
            {QStringLiteral("statusHistory"),
             QJsonArray{QJsonObject{{QStringLiteral("status"), QStringLiteral("held")},
                                    {QStringLiteral("at"), QStringLiteral("2026-03-01T09:00:00.000Z")},
                                    {QStringLiteral("detail"), QStringLiteral("quiet hours")}}}}};
        QVERIFY(db().transaction([&] {
            return records.write(QStringLiteral("message"), QStringLiteral("m1"), messagePayload, 6);
        }));

        auto readCampaign = records.read(QStringLiteral("campaign"), QStringLiteral("p1"));
        QVERIFY(readCampaign && readCampaign.value());
        for (auto it = campaignPayload.begin(); it != campaignPayload.end(); ++it)
            QCOMPARE(readCampaign.value()->value(it.key()), it.value());
        auto readMessage = records.read(QStringLiteral("message"), QStringLiteral("m1"));
        QVERIFY(readMessage && readMessage.value());
        for (auto it = messagePayload.begin(); it != messagePayload.end(); ++it)
            QCOMPARE(readMessage.value()->value(it.key()), it.value());

        CampaignRepository campaigns(db());
        const Campaign pulled = campaigns.get(QStringLiteral("p1")).value();
        QCOMPARE(pulled.status, QStringLiteral("paused"));
        QCOMPARE(pulled.audience.groups, QStringList{QStringLiteral("g")});
        auto messages = campaigns.messages(QStringLiteral("p1"));
        QVERIFY(messages);
        QCOMPARE(messages.value().size(), 1);
        QCOMPARE(messages.value().first().status, QStringLiteral("held"));
        QCOMPARE(messages.value().first().releaseAt, QDateTime(QDate(2026, 3, 2), QTime(13, 0), Qt::UTC));
    }

    // A profile of schema 7 with a campaign, its groups, a message and its history pulled from a server:
    // after the upgrade everything is there, in the new columns.
    void rowsPulledBeforeSchema8Survive() {
        m_profile.reset();
        QTemporaryDir dir;
        const QString path = dir.filePath(Profile::databaseFileName());
        QVERIFY(QFile::copy(test::dataPath(QStringLiteral("migrations/schema-7.sqlite")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v7"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery q(old);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO campaign_groups (campaign_id, group_id) SELECT "
                                          "'5d1b2c3a-0000-4000-8000-000000000007', id FROM groups LIMIT 1")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO message_status_history (message_id, status, detail, at) VALUES "
                "('5d1b2c3a-0000-4000-8000-000000000008', 'queued', '', '2026-03-01T09:00:00.000Z'), "
                "('5d1b2c3a-0000-4000-8000-000000000008', 'delivered', 'carrier', "
                "'2026-03-01T09:01:00.000Z')")));
            q.finish();
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v7"));

        auto profile = Profile::open(dir.path());
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        Database& upgraded = profile.value()->database();
        QCOMPARE(upgraded.schemaVersion(), Database::kSchemaVersion);
        CampaignRepository campaigns(upgraded);
        auto pulled = campaigns.get(QStringLiteral("5d1b2c3a-0000-4000-8000-000000000007"));
        QVERIFY2(pulled, qPrintable(pulled.errorMessage()));
        QCOMPARE(pulled.value().status, QStringLiteral("sent"));
        QCOMPARE(pulled.value().kind, campaign::CampaignKind::Marketing);
        QCOMPARE(pulled.value().idempotencyKey, QStringLiteral("key-5d1b2c3a-0007-opening"));
        QCOMPARE(pulled.value().serverVersion, 12);
        QCOMPARE(pulled.value().audience.groups.size(), 1);
        QVERIFY(campaigns.get(QStringLiteral("5d1b2c3a-0000-4000-8000-000000000004")));

        auto message = LocalRecords(upgraded).read(QStringLiteral("message"),
                                                   QStringLiteral("5d1b2c3a-0000-4000-8000-000000000008"));
        QVERIFY(message && message.value());
        QCOMPARE(message.value()->value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
        QCOMPARE(message.value()->value(QStringLiteral("campaignId")).toString(),
                 QStringLiteral("5d1b2c3a-0000-4000-8000-000000000007"));
        const QJsonArray history = message.value()->value(QStringLiteral("statusHistory")).toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).toObject().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("carrier"));

        // The message still belongs to its campaign: deleting the campaign takes it along.
        QVERIFY(upgraded.exec(QStringLiteral("DELETE FROM campaigns WHERE id = ?"),
                              {QStringLiteral("5d1b2c3a-0000-4000-8000-000000000007")}));
        auto gone = upgraded.exec(QStringLiteral("SELECT count(*) FROM messages"));
        QVERIFY(gone && gone.value().next());
        QCOMPARE(gone.value().value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCampaignRepository)
#include "tst_campaignrepository.moc"
