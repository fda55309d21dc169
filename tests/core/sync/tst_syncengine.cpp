// The sync engine against a scripted in-memory server: merges, conflicts, retries, tokens, cursors.
#include "FakeSyncServer.h"

#include "core/import/ImportEngine.h"
#include "core/profile/Profile.h"
#include "core/store/ConflictStore.h"
#include "core/store/ContactRepository.h"
#include "core/store/GroupRepository.h"
#include "core/store/Outbox.h"
#include "core/sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace iq;
using iq::test::FakeSyncServer;

namespace {

// One device: a profile of its own, signed in to the fake server's account.
struct Device {
    QTemporaryDir dir;
    std::unique_ptr<Profile> profile;
    std::unique_ptr<HttpClient> http;
    SessionTokens tokens;
    QList<int> sleeps;
    int refreshes = 0;

    explicit Device(const QUrl& url) {
        profile = std::move(Profile::open(dir.path()).value());
        http = std::make_unique<HttpClient>(url, 5000);
    }
    Database& db() { return profile->database(); }
    ContactRepository contacts() { return ContactRepository(db()); }
    GroupRepository groups() { return GroupRepository(db()); }

    void signUp(const QString& email) {
        SyncApi api(*http, {});
        auto session = api.signUp(email, QStringLiteral("Owner"), QStringLiteral("password-1"),
                                  QStringLiteral("device-") + email, QStringLiteral("Test"));
        QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
        tokens = api.tokens();
    }
    void signIn(const QString& email) {
        SyncApi api(*http, {});
        auto session = api.signIn(email, QStringLiteral("password-1"), QStringLiteral("device-2"),
                                  QStringLiteral("Test"));
        QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
        tokens = api.tokens();
    }
    Result<SyncReport> sync(RetryPolicy policy = {}) {
        return sync(SyncEngine::Options{3, 3 * 1024 * 1024, 2}, policy);
    }
    Result<SyncReport> sync(SyncEngine::Options options, RetryPolicy policy = {},
                            const std::function<void(const SyncProgress&)>& onProgress = {}) {
        SyncApi api(*http, tokens, policy);
        api.sleep = [this](int ms) {
            sleeps.append(ms);
        };
        api.onTokensRefreshed = [this](const SessionTokens&) {
            ++refreshes;
        };
        SyncEngine engine(db(), api, options);
        engine.onProgress = onProgress;
        auto report = engine.run();
        tokens = api.tokens();
        return report;
    }
    int outbox() { return Outbox::pendingCount(db()).value(); }
};

Contact person(const QString& given, const QString& family) {
    Contact contact;
    contact.givenName = given;
    contact.familyName = family;
    contact.phones.append({QStringLiteral("+1 415 555 0100"),
                           QStringLiteral("+14155550100"),
                           QStringLiteral("mobile"),
                           {},
                           true});
    return contact;
}

} // namespace

class TestSyncEngine final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start() > 0); }

    void localProfileUploadsAndSecondDeviceReceives() {
        Device a(m_server.url());
        // Work done before there is any account is uploaded when the profile is connected.
        Contact ada = a.contacts().add(person(QStringLiteral("Ada"), QStringLiteral("Lovelace"))).value();
        Group group;
        group.name = QStringLiteral("Mac Users");
        group = a.groups().add(group).value();
        QVERIFY(a.groups().addMember(group.id, ada.id, ConsentState::OptedIn, ConsentMethod::Paper,
                                     QStringLiteral("sheet")));
        for (int i = 0; i < 5; ++i)
            QVERIFY(a.contacts().add(person(QStringLiteral("P%1").arg(i), QStringLiteral("X"))));
        a.signUp(QStringLiteral("upload@example.com"));
        auto report = a.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.value().pushed, 8);
        QCOMPARE(a.outbox(), 0);
        QCOMPARE(m_server.record(QStringLiteral("contact"), ada.id).version, 1);

        Device b(m_server.url());
        b.signIn(QStringLiteral("upload@example.com"));
        report = b.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(b.contacts().count().value(), 6);
        QCOMPARE(b.contacts().get(ada.id).value().givenName, QStringLiteral("Ada"));
        QCOMPARE(b.contacts().get(ada.id).value().phones.size(), 1);
        const auto members = b.groups().members(group.id).value();
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().consent, ConsentState::OptedIn);
        QCOMPARE(b.outbox(), 0);

        // Nothing to do: one pull with nothing in it, no pushes.
        report = b.sync();
        QVERIFY(report.ok());
        QCOMPARE(report.value().pushed, 0);
        QCOMPARE(report.value().pulled, 0);
    }

    void importedContactsArePushedAsStored() {
        Device a(m_server.url());
        QFile file(a.dir.filePath(QStringLiteral("people.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("First Name,Last Name,Phone,Labels\n"
                   "Ann,Lee,+1 415 555 0101,VIP\n"
                   "Bob,Stone,(415) 555-0102,\n"
                   "Cy,Young,415.555.0103,\n");
        file.close();
        ImportOptions options;
        options.region = QStringLiteral("US");
        options.consent = ConsentState::OptedIn;
        auto imported = ImportEngine(a.db()).commit(file.fileName(), options);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        // The import queues its contacts without a copy of each; the push reads them as they are then.
        auto lazy = a.db().exec(
            QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'contact' AND payload = ''"));
        QVERIFY(lazy && lazy.value().next());
        QCOMPARE(lazy.value().value(0).toInt(), 3);
        QList<Contact> all = a.contacts().list(0, 10).value();
        QCOMPARE(all.size(), 3);
        Contact bob;
        for (const Contact& contact : std::as_const(all)) {
            if (contact.givenName == QStringLiteral("Bob"))
                bob = contact;
        }
        QVERIFY(!bob.id.isEmpty());
        // Changed after the import, without an outbox entry of its own: the push still sends it as stored.
        QVERIFY(a.db().exec(QStringLiteral("UPDATE contacts SET notes = 'met at the fair' WHERE id = ?"),
                            {bob.id}));
        // And an entry whose record is no longer there is dropped, not sent.
        QVERIFY(a.db().exec(QStringLiteral("INSERT INTO outbox (entity, record_id, operation, base_version, "
                                           "payload, created_at) VALUES ('contact', 'gone', 'upsert', 0, '', "
                                           "'2026-11-30T00:00:00.000Z')")));

        a.signUp(QStringLiteral("imported@example.com"));
        auto report = a.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.value().pushed, 5); // three contacts, the group VIP and Ann's membership
        QCOMPARE(report.value().rejected, 0);
        QCOMPARE(a.outbox(), 0);
        const QJsonObject pushed = m_server.record(QStringLiteral("contact"), bob.id).payload;
        QCOMPARE(pushed.value(QStringLiteral("givenName")).toString(), QStringLiteral("Bob"));
        QCOMPARE(pushed.value(QStringLiteral("notes")).toString(), QStringLiteral("met at the fair"));
        QCOMPARE(
            pushed.value(QStringLiteral("phones")).toArray().at(0).toObject().value(QStringLiteral("e164")),
            QStringLiteral("+14155550102"));
        QCOMPARE(m_server.record(QStringLiteral("contact"), QStringLiteral("gone")).version, 0);

        Device b(m_server.url());
        b.signIn(QStringLiteral("imported@example.com"));
        report = b.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(b.contacts().count().value(), 3);
        QCOMPARE(b.contacts().get(bob.id).value().notes, QStringLiteral("met at the fair"));
    }

    // The outbox is read a batch at a time; a record queued several times, in different batches, still
    // goes once, in its latest state.
    void aLargeOutboxGoesABatchAtATimeEachRecordOnce_data() {
        QTest::addColumn<int>("pushBatch");
        QTest::addColumn<int>("maxPushBytes");
        QTest::addColumn<int>("pushes");
        QTest::newRow("by count") << 3 << 3 * 1024 * 1024 << 4;
        // Every change fills a request alone: the rest of each batch of three is read again.
        QTest::newRow("by size") << 3 << 1 << 10;
    }
    void aLargeOutboxGoesABatchAtATimeEachRecordOnce() {
        QFETCH(int, pushBatch);
        QFETCH(int, maxPushBytes);
        QFETCH(int, pushes);
        Device a(m_server.url());
        QList<Contact> people;
        for (int i = 0; i < 10; ++i)
            people << a.contacts().add(person(QStringLiteral("P%1").arg(i), QStringLiteral("X"))).value();
        people[0].notes = QStringLiteral("edited after the others were added");
        QVERIFY(a.contacts().update(people[0]));
        QCOMPARE(a.outbox(), 11);
        a.signUp(QStringLiteral("batches-%1@example.com").arg(maxPushBytes));
        const int pushesBefore = m_server.requests(QStringLiteral("POST /api/v1/sync/push"));
        QList<SyncProgress> progress;
        auto report = a.sync(SyncEngine::Options{pushBatch, maxPushBytes, 2}, {},
                             [&](const SyncProgress& p) { progress << p; });
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.value().pushed, 10);
        QCOMPARE(a.outbox(), 0);
        QCOMPARE(m_server.requests(QStringLiteral("POST /api/v1/sync/push")) - pushesBefore, pushes);
        for (const Contact& c : std::as_const(people)) {
            QCOMPARE(m_server.applyCount(QStringLiteral("contact"), c.id), 1);
            QCOMPARE(m_server.record(QStringLiteral("contact"), c.id).version, 1);
        }
        QCOMPARE(
            m_server.record(QStringLiteral("contact"), people[0].id).payload.value(QStringLiteral("notes")),
            QStringLiteral("edited after the others were added"));
        // Progress counts outbox rows up to all of them, never backwards.
        QList<int> pushed;
        for (const SyncProgress& p : std::as_const(progress))
            if (p.phase == SyncProgress::Phase::Pushing) {
                QCOMPARE(p.total, 11);
                QVERIFY(pushed.isEmpty() || p.done > pushed.last());
                pushed << p.done;
            }
        QCOMPARE(pushed.size(), pushes);
        QCOMPARE(pushed.last(), 11);
    }

    // Edits made while a push runs (between two of its requests) go in the same sync.
    void changesQueuedDuringThePushGoToo() {
        Device a(m_server.url());
        QList<Contact> people;
        for (int i = 0; i < 6; ++i)
            people << a.contacts().add(person(QStringLiteral("Q%1").arg(i), QStringLiteral("Y"))).value();
        a.signUp(QStringLiteral("during-push@example.com"));
        bool edited = false;
        auto report = a.sync(SyncEngine::Options{3, 3 * 1024 * 1024, 2}, {}, [&](const SyncProgress& p) {
            if (p.phase != SyncProgress::Phase::Pushing || edited)
                return;
            edited = true;
            // One already sent, one not yet.
            people[0].notes = QStringLiteral("changed after it was sent");
            people[5].notes = QStringLiteral("changed before it was sent");
            QVERIFY(a.contacts().update(people[0]));
            QVERIFY(a.contacts().update(people[5]));
        });
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QVERIFY(edited);
        QCOMPARE(a.outbox(), 0);
        QCOMPARE(report.value().pushed, 7);
        QCOMPARE(m_server.record(QStringLiteral("contact"), people[0].id).version, 2);
        QCOMPARE(
            m_server.record(QStringLiteral("contact"), people[0].id).payload.value(QStringLiteral("notes")),
            QStringLiteral("changed after it was sent"));
        QCOMPARE(m_server.record(QStringLiteral("contact"), people[5].id).version, 1);
        QCOMPARE(
            m_server.record(QStringLiteral("contact"), people[5].id).payload.value(QStringLiteral("notes")),
            QStringLiteral("changed before it was sent"));
    }

    // The server's version of a record was made by this device (a push whose reply it lost), and the
    // device edited the record again meanwhile: the pull makes that version the edit's base instead of
    // a conflict of the device with itself, and the edit is what the server ends with.
    void ownVersionPulledUnderAPendingEditIsItsBase() {
        Device a(m_server.url());
        a.signUp(QStringLiteral("own-base@example.com"));
        Group group;
        group.name = QStringLiteral("Regulars");
        group = a.groups().add(group).value();
        QVERIFY(a.sync().ok());
        QCOMPARE(m_server.record(QStringLiteral("group"), group.id).version, 1);
        // Another record first, so the group comes in a later batch; then what the lost push stored.
        const QString filler = QStringLiteral("filler-contact");
        m_server.put(
            QStringLiteral("contact"), filler,
            QJsonObject{{QStringLiteral("id"), filler}, {QStringLiteral("givenName"), QStringLiteral("F")}});
        m_server.put(
            QStringLiteral("group"), group.id,
            QJsonObject{{QStringLiteral("id"), group.id}, {QStringLiteral("name"), QStringLiteral("First")}});
        m_server.markOwn(QStringLiteral("group"), group.id);
        bool edited = false;
        auto report = a.sync(SyncEngine::Options{3, 3 * 1024 * 1024, 1, 1, false}, {},
                             [&](const SyncProgress& progress) {
                                 if (progress.phase != SyncProgress::Phase::Pulling || edited)
                                     return;
                                 edited = true;
                                 Group renamed = a.groups().get(group.id).value();
                                 renamed.name = QStringLiteral("Second");
                                 QVERIFY(a.groups().update(renamed));
                             });
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QVERIFY(edited);
        QCOMPARE(report.value().conflicts, 0);
        QCOMPARE(a.outbox(), 0);
        QCOMPARE(a.groups().get(group.id).value().name, QStringLiteral("Second"));
        QCOMPARE(m_server.record(QStringLiteral("group"), group.id)
                     .payload.value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Second"));
    }

    void differentFieldsMergeSameFieldConflicts() {
        Device a(m_server.url()), b(m_server.url());
        a.signUp(QStringLiteral("merge@example.com"));
        b.signIn(QStringLiteral("merge@example.com"));
        Contact c = a.contacts().add(person(QStringLiteral("Grace"), QStringLiteral("Hopper"))).value();
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());

        // Offline on both: A changes the notes and the given name, B the organization and the given name.
        Contact onA = a.contacts().get(c.id).value();
        onA.notes = QStringLiteral("prefers e-mail");
        onA.givenName = QStringLiteral("Amazing Grace");
        QVERIFY(a.contacts().update(onA));
        Contact onB = b.contacts().get(c.id).value();
        onB.organization = QStringLiteral("US Navy");
        onB.givenName = QStringLiteral("Rear Admiral Grace");
        QVERIFY(b.contacts().update(onB));

        QVERIFY(a.sync().ok());
        auto report = b.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.value().conflicts, 1);
        QVERIFY(a.sync().ok());

        for (Device* device : {&a, &b}) {
            const Contact merged = device->contacts().get(c.id).value();
            QCOMPARE(merged.notes, QStringLiteral("prefers e-mail"));
            QCOMPARE(merged.organization, QStringLiteral("US Navy"));
            QCOMPARE(merged.givenName, QStringLiteral("Amazing Grace")); // the server's value won
        }
        ConflictStore conflicts(b.db());
        auto open = conflicts.open().value();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().field, QStringLiteral("givenName"));
        QCOMPARE(open.first().localValue.toString(), QStringLiteral("Rear Admiral Grace"));
        QCOMPARE(open.first().serverValue.toString(), QStringLiteral("Amazing Grace"));
        QCOMPARE(ConflictStore(a.db()).openCount().value(), 0);

        // The owner re-applies B's value; it reaches A with the next syncs.
        QVERIFY(conflicts.reapplyLocal(open.first().seq));
        QCOMPARE(conflicts.openCount().value(), 0);
        QVERIFY(b.sync().ok());
        QVERIFY(a.sync().ok());
        QCOMPARE(a.contacts().get(c.id).value().givenName, QStringLiteral("Rear Admiral Grace"));
        QCOMPARE(a.contacts().get(c.id).value().organization, QStringLiteral("US Navy"));
    }

    void editAgainstDeletionAsks() {
        Device a(m_server.url()), b(m_server.url());
        a.signUp(QStringLiteral("delete@example.com"));
        b.signIn(QStringLiteral("delete@example.com"));
        Contact c = a.contacts().add(person(QStringLiteral("Alan"), QStringLiteral("Turing"))).value();
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());
        QVERIFY(a.contacts().remove(c.id));
        Contact onB = b.contacts().get(c.id).value();
        onB.notes = QStringLiteral("call after 5");
        QVERIFY(b.contacts().update(onB));
        QVERIFY(a.sync().ok());
        auto report = b.sync();
        QVERIFY(report.ok());
        QCOMPARE(report.value().conflicts, 1);
        QVERIFY(!b.contacts().get(c.id).ok());
        ConflictStore conflicts(b.db());
        const auto open = conflicts.open().value();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().kind, QStringLiteral("deleted_on_server"));
        QCOMPARE(open.first().localValue.toObject().value(QStringLiteral("notes")).toString(),
                 QStringLiteral("call after 5"));
        // Restoring brings the record back on every device.
        QVERIFY(conflicts.reapplyLocal(open.first().seq));
        QVERIFY(b.sync().ok());
        QVERIFY(a.sync().ok());
        QCOMPARE(a.contacts().get(c.id).value().notes, QStringLiteral("call after 5"));
    }

    void optOutWinsOnEitherSide() {
        Device a(m_server.url()), b(m_server.url());
        a.signUp(QStringLiteral("consent@example.com"));
        b.signIn(QStringLiteral("consent@example.com"));
        Contact c = a.contacts().add(person(QStringLiteral("Joan"), QStringLiteral("Clarke"))).value();
        Group group;
        group.name = QStringLiteral("Newsletter");
        group = a.groups().add(group).value();
        QVERIFY(a.groups().addMember(group.id, c.id, ConsentState::Pending, ConsentMethod::Manual, {}));
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());
        QVERIFY(a.groups().addMember(group.id, c.id, ConsentState::OptedIn, ConsentMethod::WebForm,
                                     QStringLiteral("form")));
        QVERIFY(b.groups().addMember(group.id, c.id, ConsentState::OptedOut, ConsentMethod::Keyword,
                                     QStringLiteral("STOP")));
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());
        QVERIFY(a.sync().ok());
        for (Device* device : {&a, &b})
            QCOMPARE(device->groups().members(group.id).value().first().consent, ConsentState::OptedOut);
    }

    void retriesWithBackoffAndRetryAfter() {
        Device a(m_server.url());
        a.signUp(QStringLiteral("retry@example.com"));
        QVERIFY(a.contacts().add(person(QStringLiteral("Retry"), QStringLiteral("Me"))));
        m_server.addFault({QStringLiteral("/sync/push"), 503, QStringLiteral("unavailable"), -1});
        m_server.addFault({QStringLiteral("/sync/push"), 429, QStringLiteral("rate_limited"), 7});
        m_server.addFault({QStringLiteral("/sync/pull"), 500, QStringLiteral("internal"), -1});
        RetryPolicy policy;
        policy.baseDelayMs = 100;
        auto report = a.sync(policy);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.value().pushed, 1);
        QCOMPARE(a.sleeps.size(), 3);
        QVERIFY(a.sleeps.at(0) >= 50 && a.sleeps.at(0) <= 100); // first backoff: 50-100% of 100 ms
        QCOMPARE(a.sleeps.at(1), 7000);                         // Retry-After wins over 200 ms
        QVERIFY(a.sleeps.at(2) >= 50 && a.sleeps.at(2) <= 100);

        // Giving up leaves everything queued for next time.
        QVERIFY(a.contacts().add(person(QStringLiteral("Later"), QStringLiteral("On"))));
        for (int i = 0; i < 3; ++i)
            m_server.addFault({QStringLiteral("/sync/push"), 502, {}, -1});
        policy.maxAttempts = 3;
        report = a.sync(policy);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, Error::Code::Network);
        QCOMPARE(a.outbox(), 1);
        QVERIFY(a.sync().ok());
        QCOMPARE(a.outbox(), 0);
    }

    void expiredTokenRefreshesOnceRevokedAsksToSignIn() {
        Device a(m_server.url());
        a.signUp(QStringLiteral("token@example.com"));
        m_server.expireAccessTokens();
        auto report = a.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(a.refreshes, 1);
        m_server.revokeAll();
        QVERIFY(a.contacts().add(person(QStringLiteral("Kept"), QStringLiteral("Locally"))));
        report = a.sync();
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, Error::Code::Unauthorized);
        QCOMPARE(a.outbox(), 1);
    }

    void tokenExpiringAgainInFlightIsRefreshedAgain() {
        Device a(m_server.url());
        a.signUp(QStringLiteral("slow-line@example.com"));
        QVERIFY(a.contacts().add(person(QStringLiteral("Slow"), QStringLiteral("Line"))));
        // The refreshed token has expired too by the time its request arrives (a slow line).
        for (int i = 0; i < 2; ++i)
            m_server.addFault({QStringLiteral("/sync/push"), 401, QStringLiteral("token_expired"), -1});
        auto report = a.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(a.refreshes, 2);
        // A refused token that has not expired is not refreshed over and over.
        QCOMPARE(a.outbox(), 0);
        a.refreshes = 0;
        QVERIFY(a.contacts().add(person(QStringLiteral("Refused"), QStringLiteral("Token"))));
        for (int i = 0; i < 3; ++i)
            m_server.addFault({QStringLiteral("/sync/push"), 401, QStringLiteral("unauthorized"), -1});
        report = a.sync();
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, Error::Code::Unauthorized);
        QCOMPARE(a.refreshes, 1);
    }

    void expiredCursorResyncsKeepingLocalChanges() {
        Device a(m_server.url()), b(m_server.url());
        a.signUp(QStringLiteral("cursor@example.com"));
        b.signIn(QStringLiteral("cursor@example.com"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(a.contacts().add(person(QStringLiteral("C%1").arg(i), QStringLiteral("Y"))));
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());
        Contact local = b.contacts().add(person(QStringLiteral("Unsent"), QStringLiteral("Change"))).value();
        m_server.expireCursors();
        m_server.addFault(
            {QStringLiteral("/sync/push"), 503, {}, 0}); // keep the change unsent until the pull
        RetryPolicy once;
        once.maxAttempts = 1;
        QVERIFY(!b.sync(once).ok());
        auto report = b.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QVERIFY(report.value().fullResync);
        QCOMPARE(b.contacts().count().value(), 6);
        QCOMPARE(m_server.record(QStringLiteral("contact"), local.id).version, 1);
        QCOMPARE(b.outbox(), 0);
    }

    void malformedRecordsAreSkippedNotFatal() {
        Device a(m_server.url());
        a.signUp(QStringLiteral("bad@example.com"));
        m_server.put(QStringLiteral("group"), QStringLiteral("g-bad"),
                     QJsonObject{{QStringLiteral("name"), 5}});
        m_server.put(QStringLiteral("group"), QStringLiteral("g-ok"),
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("g-ok")},
                                 {QStringLiteral("name"), QStringLiteral("Fine")}});
        auto report = a.sync();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.value().rejected, 1);
        QVERIFY(report.value().problems.first().contains(QStringLiteral("g-bad")));
        QCOMPARE(a.groups().get(QStringLiteral("g-ok")).value().name, QStringLiteral("Fine"));
    }

    // A record the local schema refuses is named with the field at fault, in words, not SQL.
    void refusedRecordsSayWhichFieldAndWhy() {
        Device a(m_server.url());
        a.signUp(QStringLiteral("refused@example.com"));
        m_server.put(QStringLiteral("content"), QStringLiteral("t-fax"),
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("t-fax")},
                                 {QStringLiteral("name"), QStringLiteral("Old")},
                                 {QStringLiteral("kind"), QStringLiteral("fax")},
                                 {QStringLiteral("body"), QStringLiteral("Hi")}});
        for (int round = 0; round < 2; ++round) { // the first sync's bulk path, then one record at a time
            auto report = a.sync();
            QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
            QCOMPARE(report.value().rejected, 1);
            const QString problem = report.value().problems.first();
            QVERIFY2(problem.contains(QStringLiteral("t-fax")), qPrintable(problem));
            QVERIFY2(problem.contains(QStringLiteral("\"kind\"")), qPrintable(problem));
            QVERIFY2(!problem.contains(QStringLiteral("INSERT")), qPrintable(problem));
            QVERIFY2(!problem.contains(QStringLiteral("constraint")), qPrintable(problem));
            m_server.put(QStringLiteral("content"), QStringLiteral("t-fax"),
                         QJsonObject{{QStringLiteral("id"), QStringLiteral("t-fax")},
                                     {QStringLiteral("name"), QStringLiteral("Older")},
                                     {QStringLiteral("kind"), QStringLiteral("fax")},
                                     {QStringLiteral("body"), QStringLiteral("Hi")}});
        }
    }

    void interruptedPipelinedPullResumes_data() {
        QTest::addColumn<bool>("cancel");
        QTest::newRow("server error mid-pull") << false;
        QTest::newRow("cancelled mid-pull") << true;
    }

    // Pages fetched ahead on the pipeline's thread while a batch is applied: a pull that stops half-way
    // keeps what was applied, and the next sync goes on from there to the same data as a sync that
    // fetched every page between its batches.
    void interruptedPipelinedPullResumes() {
        QFETCH(bool, cancel);
        const QString email = QStringLiteral("pipeline-%1@example.com").arg(cancel ? 1 : 0);
        Device a(m_server.url()), b(m_server.url());
        a.signUp(email);
        b.signIn(email);
        for (int i = 0; i < 30; ++i)
            m_server.put(QStringLiteral("contact"), QStringLiteral("p-%1").arg(i, 2, 10, QLatin1Char('0')),
                         QJsonObject{{QStringLiteral("givenName"), QStringLiteral("Piped %1").arg(i)},
                                     {QStringLiteral("familyName"), QStringLiteral("Person")}});
        const auto run = [&](Device& device, bool pipeline, bool interrupt) {
            std::atomic<bool> stop{false};
            RetryPolicy once;
            once.maxAttempts = 1;
            SyncApi api(*device.http, device.tokens, once);
            api.cancelled = [&stop] {
                return stop.load();
            };
            SyncEngine::Options options{3, 3 * 1024 * 1024, 2, 4};
            options.pipelinePull = pipeline;
            SyncEngine engine(device.db(), api, options);
            bool armed = false;
            engine.onProgress = [&](const SyncProgress& progress) {
                if (!interrupt || armed || progress.phase != SyncProgress::Phase::Pulling)
                    return;
                armed = true;
                if (cancel)
                    stop = true;
                else
                    m_server.addFault({QStringLiteral("/sync/pull"), 500, {}, -1});
            };
            auto report = engine.run();
            device.tokens = api.tokens();
            return report;
        };
        auto first = run(a, true, true);
        QVERIFY(!first.ok());
        QCOMPARE(first.error().code, cancel ? Error::Code::Cancelled : Error::Code::Network);
        const int applied = a.contacts().count().value();
        QVERIFY(applied >= 4);
        QVERIFY(applied < 30);
        auto resumed = run(a, true, false);
        QVERIFY2(resumed.ok(), qPrintable(resumed.errorMessage()));
        QCOMPARE(applied + resumed.value().pulled, 30); // nothing applied twice, nothing missed
        auto serial = run(b, false, false);
        QVERIFY2(serial.ok(), qPrintable(serial.errorMessage()));
        QCOMPARE(serial.value().pulled, 30);
        const auto dump = [](Database& db) {
            QStringList lines;
            auto query = db.exec(QStringLiteral(
                "SELECT c.id, c.given_name, c.family_name, c.server_version, b.version, b.payload FROM "
                "contacts c JOIN sync_base b ON b.entity = 'contact' AND b.record_id = c.id ORDER BY c.id"));
            while (query && query.value().next()) {
                QStringList values;
                for (int i = 0; i < 6; ++i)
                    values << query.value().value(i).toString();
                lines << values.join(QLatin1Char('|'));
            }
            return lines;
        };
        QCOMPARE(dump(a.db()).size(), 30);
        // The first sync commits without waiting for the disk; the profile's setting is back after it.
        auto synchronous = a.db().exec(QStringLiteral("PRAGMA synchronous"));
        QVERIFY(synchronous && synchronous.value().next());
        QCOMPARE(synchronous.value().value(0).toInt(), 2); // FULL
        QCOMPARE(dump(a.db()), dump(b.db()));
    }

    void pullReplyErrorsNameTheRecord_data() {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QString>("field");
        QTest::newRow("entity missing")
            << QByteArray(R"({"id":"x","version":1,"deleted":false,"payload":{}})")
            << QStringLiteral("records[1].entity");
        QTest::newRow("unknown entity")
            << QByteArray(R"({"entity":"nope","id":"x","version":1,"deleted":false,"payload":{}})")
            << QStringLiteral("records[1].entity");
        QTest::newRow("payload not an object")
            << QByteArray(R"({"entity":"contact","id":"x","version":1,"deleted":false,"payload":5})")
            << QStringLiteral("records[1].payload");
        QTest::newRow("not an object") << QByteArray("7") << QStringLiteral("records[1]");
    }

    // The place of a bad record is named in the error, though it is spelled out only when one fails.
    void pullReplyErrorsNameTheRecord() {
        QFETCH(QByteArray, record);
        QFETCH(QString, field);
        const QByteArray good = R"({"entity":"contact","id":"a","version":1,"deleted":false,"payload":{}})";
        auto page = wire::parsePullReply(R"({"records":[)" + good + ',' + record +
                                         R"(],"cursor":"c","hasMore":false})");
        QVERIFY(!page.ok());
        QVERIFY2(page.errorMessage().contains(field), qPrintable(page.errorMessage()));
        auto fine = wire::parsePullReply(R"({"records":[)" + good + R"(],"cursor":"c","hasMore":false})");
        QVERIFY2(fine.ok(), qPrintable(fine.errorMessage()));
        QCOMPARE(fine.value().records.size(), 1);
    }

private:
    FakeSyncServer m_server;
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
