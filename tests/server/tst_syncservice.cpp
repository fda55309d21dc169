// iqmsgd's sync service in process, on a real SQLite file and a clock the test moves: what a push
// answers for new, changed, conflicting, retried and invalid changes, a device's edits on top of its own
// lost replies, pulls that page by count and by bytes and leave out the puller's own changes, and purged
// tombstones: expired cursors and records with fixed ids that come back at a later version.
#include "TestClock.h"

#include "server/store/AccountStore.h"
#include "server/store/ServerDatabase.h"
#include "server/sync/SyncService.h"
#include "shared/util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;
using namespace iq::server;

namespace {

// A literal or a QString, for the many short ids below.
struct Text {
    Text(const char* text)
        : value(QString::fromLatin1(text)) {}
    Text(QString text)
        : value(std::move(text)) {}
    operator QString() const { return value; }
    QString value;
};

QJsonObject change(const Text& entity, const Text& id, qint64 baseVersion, const QJsonObject& payload) {
    return QJsonObject{{QStringLiteral("entity"), QString(entity)},
                       {QStringLiteral("id"), QString(id)},
                       {QStringLiteral("operation"), QStringLiteral("upsert")},
                       {QStringLiteral("baseVersion"), baseVersion},
                       {QStringLiteral("payload"), payload}};
}

QJsonObject deletion(const Text& entity, const Text& id, qint64 baseVersion) {
    return QJsonObject{{QStringLiteral("entity"), QString(entity)},
                       {QStringLiteral("id"), QString(id)},
                       {QStringLiteral("operation"), QStringLiteral("delete")},
                       {QStringLiteral("baseVersion"), baseVersion}};
}

QJsonObject group(const Text& id, const Text& name) {
    return QJsonObject{{QStringLiteral("id"), QString(id)}, {QStringLiteral("name"), QString(name)}};
}

QJsonObject membership(const Text& groupId, const Text& contactId) {
    return QJsonObject{{QStringLiteral("groupId"), QString(groupId)},
                       {QStringLiteral("contactId"), QString(contactId)},
                       {QStringLiteral("consent"), QStringLiteral("opted_out")}};
}

QJsonObject contact(const Text& id, const Text& given) {
    return QJsonObject{{QStringLiteral("id"), QString(id)},
                       {QStringLiteral("givenName"), QString(given)},
                       {QStringLiteral("phones"), QJsonArray()},
                       {QStringLiteral("emails"), QJsonArray()}};
}

} // namespace

class TestSyncService final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestClock m_clock;
    std::unique_ptr<ServerDatabase> m_db;
    std::unique_ptr<SyncService> m_sync;
    int m_accounts = 0;

    QString newAccount() {
        const QString id = QStringLiteral("account-%1").arg(++m_accounts);
        const Status inserted = AccountStore(*m_db).insert(
            {id, id + QStringLiteral("@example.com"), QStringLiteral("Shop"), QStringLiteral("x"),
             QStringLiteral("epoch"), toStoredTime(m_clock.now())});
        if (!inserted)
            qFatal("%s", qPrintable(inserted.errorMessage()));
        return id;
    }
    // The one result of a push of one change.
    QJsonObject push(const QString& account, const Text& device, const QJsonObject& one) {
        auto answer = m_sync->push(account, device.value, {{QStringLiteral("changes"), QJsonArray{one}}});
        if (!answer.ok())
            return {{QStringLiteral("status"), QString(QStringLiteral("error ") + answer.error().code)}};
        return answer.value().value(QStringLiteral("results")).toArray().first().toObject();
    }
    QJsonObject pull(const QString& account, const QString& device, const SyncService::PullRequest& request) {
        auto page = m_sync->pull(account, device, request);
        if (!page.ok())
            return {{QStringLiteral("error"), page.error().code},
                    {QStringLiteral("status"), page.error().status}};
        return QJsonDocument::fromJson(page.value()).object();
    }
    static QStringList ids(const QJsonObject& page) {
        QStringList out;
        for (const QJsonValue& record : page.value(QStringLiteral("records")).toArray())
            out << record[QStringLiteral("id")].toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        auto db =
            ServerDatabase::open(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db.value());
        m_sync = std::make_unique<SyncService>(*m_db, m_clock);
    }

    void newChangedAndConflictingChanges() {
        const QString account = newAccount();
        QJsonObject applied =
            push(account, QStringLiteral("a"), change("group", "g1", 0, group("g1", "Regulars")));
        QCOMPARE(applied.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(applied.value(QStringLiteral("version")).toInteger(), 1);

        applied =
            push(account, QStringLiteral("a"), change("group", "g1", 1, group("g1", "Regular customers")));
        QCOMPARE(applied.value(QStringLiteral("version")).toInteger(), 2);

        // Device b never saw version 2: its edit conflicts, and the answer carries the server's record.
        const QJsonObject conflict =
            push(account, QStringLiteral("b"), change("group", "g1", 1, group("g1", "Friends")));
        QCOMPARE(conflict.value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
        QCOMPARE(conflict.value(QStringLiteral("version")).toInteger(), 2);
        QCOMPARE(
            conflict[QStringLiteral("record")][QStringLiteral("payload")][QStringLiteral("name")].toString(),
            QStringLiteral("Regular customers"));
    }

    // A push repeated after a lost reply is answered as the first time; an edit made on top of the
    // device's own unacknowledged version goes on top instead of conflicting with it.
    void retriesAndEditsAfterLostReplies() {
        const QString account = newAccount();
        const QJsonObject first = change("group", "g1", 0, group("g1", "Regulars"));
        QCOMPARE(push(account, "a", first).value(QStringLiteral("version")).toInteger(), 1);
        const QJsonObject retry = push(account, "a", first);
        QCOMPARE(retry.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(retry.value(QStringLiteral("duplicate")).toBool(), true);
        QCOMPARE(retry.value(QStringLiteral("version")).toInteger(), 1);

        const QJsonObject onTop = push(account, "a", change("group", "g1", 0, group("g1", "VIP")));
        QCOMPARE(onTop.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(onTop.value(QStringLiteral("version")).toInteger(), 2);
        // The same base from another device is a conflict.
        QCOMPARE(push(account, "b", change("group", "g1", 0, group("g1", "Other")))
                     .value(QStringLiteral("status")),
                 QJsonValue(QStringLiteral("conflict")));
    }

    void invalidChangesAreRejectedAlone() {
        const QString account = newAccount();
        auto answer = m_sync->push(
            account, QStringLiteral("a"),
            {{QStringLiteral("changes"),
              QJsonArray{change("no-such-type", "x", 0, {}), change("group", "g1", 0, group("g1", "Fine")),
                         change("group", "g2", 5, group("g2", "Never here")),
                         change("content", "big", 0,
                                {{QStringLiteral("body"),
                                  QString(SyncService::kMaxPayloadBytes + 1, QLatin1Char('x'))}})}}});
        QVERIFY(answer.ok());
        const QJsonArray results = answer.value().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 4);
        QStringList statuses;
        for (const QJsonValue& result : results)
            statuses << result[QStringLiteral("status")].toString();
        QCOMPARE(statuses, (QStringList{QStringLiteral("rejected"), QStringLiteral("applied"),
                                        QStringLiteral("rejected"), QStringLiteral("rejected")}));
        QVERIFY(results.at(0)[QStringLiteral("error")][QStringLiteral("field")].toString().startsWith(
            QStringLiteral("changes[0]")));

        auto empty = m_sync->push(account, QStringLiteral("a"), {{QStringLiteral("changes"), QJsonArray()}});
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().field, QStringLiteral("changes"));
    }

    void pullsPageAndLeaveOutTheDevicesOwn() {
        const QString account = newAccount();
        for (int i = 0; i < 5; ++i)
            push(account, QStringLiteral("a"),
                 change("contact", QStringLiteral("c%1").arg(i), 0,
                        contact(QStringLiteral("c%1").arg(i), QStringLiteral("P"))));
        const qint64 bFrom =
            push(account, QStringLiteral("b"), change("contact", "c9", 0, contact("c9", "Mine")))
                .value(QStringLiteral("seq"))
                .toInteger();

        QJsonObject page = pull(account, QStringLiteral("a"), {QString(), QStringLiteral("2"), {}, {}});
        QCOMPARE(ids(page), (QStringList{QStringLiteral("c0"), QStringLiteral("c1")}));
        QVERIFY(page.value(QStringLiteral("hasMore")).toBool());
        page = pull(account, QStringLiteral("a"),
                    {page.value(QStringLiteral("cursor")).toString(), QStringLiteral("10"), {}, {}});
        QCOMPARE(ids(page), (QStringList{QStringLiteral("c2"), QStringLiteral("c3"), QStringLiteral("c4"),
                                         QStringLiteral("c9")}));
        QVERIFY(!page.value(QStringLiteral("hasMore")).toBool());

        // b just pushed c9: its pull leaves it out, a's own changes in that range still come.
        page = pull(account, QStringLiteral("b"),
                    {QString(), QStringLiteral("100"), QString::number(bFrom), QString::number(bFrom)});
        QCOMPARE(ids(page).size(), 5);
        QVERIFY(!ids(page).contains(QStringLiteral("c9")));

        // A page stops before the record that would pass the byte limit, but holds at least one.
        auto small = PullPage::read(*m_db, account, 0, 100, {}, {}, 10);
        QVERIFY(small);
        QCOMPARE(QJsonDocument::fromJson(small.value().recordsJson).array().size(), 1);
        QVERIFY(small.value().hasMore);

        const QJsonObject badLimit =
            pull(account, QStringLiteral("a"), {QString(), QStringLiteral("0"), {}, {}});
        QCOMPARE(badLimit.value(QStringLiteral("status")).toInt(), 400);
    }

    // Purged tombstones: a cursor from before them has expired, and a membership (fixed id) created
    // again continues from its last version, so devices holding the tombstone take it.
    void purgedTombstones() {
        const QString account = newAccount();
        const QString id = QStringLiteral("g1:c1");
        push(account, "a", change("group", "g1", 0, group("g1", "Regulars")));
        push(account, "a", change("contact", "c1", 0, contact("c1", "Ana")));
        QCOMPARE(push(account, "a", change("membership", id, 0, membership("g1", "c1")))
                     .value(QStringLiteral("version"))
                     .toInteger(),
                 1);
        const QString before =
            pull(account, QStringLiteral("b"), {}).value(QStringLiteral("cursor")).toString();
        QCOMPARE(
            push(account, "a", deletion("membership", id, 1)).value(QStringLiteral("version")).toInteger(),
            2);

        m_clock.advance(31 * 24 * 3600);
        QVERIFY(m_sync->purgeTombstones(30));
        const QJsonObject expired = pull(account, QStringLiteral("b"), {before, {}, {}, {}});
        QCOMPARE(expired.value(QStringLiteral("status")).toInt(), 410);

        const QJsonObject again = push(account, "a", change("membership", id, 0, membership("g1", "c1")));
        QCOMPARE(again.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(again.value(QStringLiteral("version")).toInteger(), 3);
        auto record = m_sync->readRecord(account, QStringLiteral("membership"), id);
        QVERIFY(record && record.value());
    }
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_syncservice.moc"
