// A person's timeline: their messages with their status, calls to and from their numbers, their keyword
// replies as the server syncs them, consent changes, the imports that created or changed them and the
// contacts merged into them, newest first, and nobody else's.
#include "TestClock.h"

#include "core/actions/TimelineActions.h"
#include "core/contacts/ContactMerger.h"
#include "core/import/ImportEngine.h"
#include "core/profile/Profile.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/LocalRecords.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

namespace {

QJsonObject change(const char* status, const char* at, const char* detail = "") {
    return {{QStringLiteral("status"), QLatin1String(status)},
            {QStringLiteral("at"), QLatin1String(at)},
            {QStringLiteral("detail"), QLatin1String(detail)}};
}

LocalRecords::NewRecord message(const char* id, const QString& contact, const char* address,
                                const char* status, const char* at, const char* errorCode = "") {
    return {QLatin1String(id),
            {{QStringLiteral("campaignId"), QStringLiteral("c1")},
             {QStringLiteral("contactId"), contact},
             {QStringLiteral("channel"), QStringLiteral("sms")},
             {QStringLiteral("address"), QLatin1String(address)},
             {QStringLiteral("body"), QStringLiteral("Spring sale: 20% off")},
             {QStringLiteral("segments"), 1},
             {QStringLiteral("status"), QLatin1String(status)},
             {QStringLiteral("errorCode"), QLatin1String(errorCode)},
             {QStringLiteral("statusHistory"), QJsonArray{change("queued", at), change(status, at)}},
             {QStringLiteral("createdAt"), QLatin1String(at)},
             {QStringLiteral("updatedAt"), QLatin1String(at)}},
            2};
}

LocalRecords::NewRecord call(const char* id, const char* from, const char* to, const char* type,
                             const char* at, int seconds) {
    return {QLatin1String(id),
            {{QStringLiteral("callingNumber"), QLatin1String(from)},
             {QStringLiteral("receivingNumber"), QLatin1String(to)},
             {QStringLiteral("startedAt"), QLatin1String(at)},
             {QStringLiteral("durationSeconds"), seconds},
             {QStringLiteral("callType"), QLatin1String(type)}},
            3};
}

} // namespace

class TestContactTimeline final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    QString m_ana;
    QString m_bob;

    Database& db() { return m_profile->database(); }

    void pull(const QString& entity, const QList<LocalRecords::NewRecord>& records) {
        auto stored = LocalRecords(db()).insertNew(entity, records);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QVERIFY2(stored.value().isEmpty(), qPrintable(entity + QStringLiteral(": a record was refused")));
    }

    void import(const QString& name, const QByteArray& csv, const Clock& clock,
                const QStringList& groups = {}) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        ImportOptions options;
        options.region = QStringLiteral("US");
        options.onDuplicate = ImportOptions::OnDuplicate::UpdateEmpty;
        options.targetGroups = groups;
        auto done = ImportEngine(db(), nullptr, &clock).commit(path, options);
        QVERIFY2(done, qPrintable(done.errorMessage()));
    }

    QList<TimelineEvent> timeline(const QString& contactId) {
        auto events = TimelineActions(db()).timeline(contactId);
        if (!events)
            qWarning("%s", qPrintable(events.errorMessage()));
        return events ? events.value() : QList<TimelineEvent>();
    }

    static QStringList kinds(const QList<TimelineEvent>& events) {
        QStringList list;
        for (const TimelineEvent& event : events)
            list << TimelineActions::toWire(event.kind) + QLatin1Char(':') + event.recordId.left(8);
        return list;
    }

private Q_SLOTS:
    void initTestCase() {
        auto profile = Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        m_profile = std::move(profile).value();
        // Ana and Bob come from a spreadsheet imported the day before the sale.
        const test::TestClock before(QDateTime(QDate(2026, 2, 28), QTime(12, 0), Qt::UTC));
        import(QStringLiteral("first.csv"), "First Name,Phone\nAna,+1 415 555 0101\nBob,+1 415 555 0102\n",
               before);
        auto contacts = ContactRepository(db()).list(0, 10);
        QVERIFY(contacts);
        for (const Contact& c : contacts.value())
            (c.givenName == QLatin1String("Ana") ? m_ana : m_bob) = c.id;
        QVERIFY(!m_ana.isEmpty() && !m_bob.isEmpty());
        pull(QStringLiteral("campaign"),
             {{QStringLiteral("c1"),
               {{QStringLiteral("name"), QStringLiteral("Spring sale")},
                {QStringLiteral("channel"), QStringLiteral("sms")},
                {QStringLiteral("kind"), QStringLiteral("marketing")},
                {QStringLiteral("status"), QStringLiteral("sent")},
                {QStringLiteral("createdAt"), QStringLiteral("2026-03-01T08:00:00.000Z")}},
               1}});
        pull(QStringLiteral("message"),
             {message("m1", m_ana, "+14155550101", "delivered", "2026-03-01T09:00:00.000Z"),
              message("m2", m_bob, "+14155550102", "delivered", "2026-03-01T09:00:01.000Z"),
              message("m3", m_ana, "+14155550101", "undeliverable", "2026-03-02T09:00:00.000Z", "30005")});
        // A call from Ana's number that no sync tied to her, and one between other numbers.
        pull(QStringLiteral("call_log"),
             {call("k1", "+14155550101", "+14155550000", "inbound", "2026-03-01T12:00:00.000Z", 42),
              call("k2", "+14155550199", "+14155550000", "inbound", "2026-03-01T12:30:00.000Z", 5)});
        // Her STOP reply, as the server syncs it: a consent change it made from a keyword.
        const Status stop = LocalRecords(db()).write(
            QStringLiteral("consent"), m_ana + QStringLiteral(":sms"),
            {{QStringLiteral("contactId"), m_ana},
             {QStringLiteral("channel"), QStringLiteral("sms")},
             {QStringLiteral("consent"), QStringLiteral("opted_out")},
             {QStringLiteral("method"), QStringLiteral("keyword")},
             {QStringLiteral("source"), QStringLiteral("simulator: SMS reply \"STOP\" from +14155550101")}},
            4);
        QVERIFY2(stop, qPrintable(stop.errorMessage()));
        // A later spreadsheet adds her e-mail and puts her in a group.
        import(QStringLiteral("second.csv"), "First Name,Phone,E-mail\nAna,+1 415 555 0101,ana@example.com\n",
               Clock::system(), {QStringLiteral("Regulars")});
    }

    void listsEverythingOfOnePersonNewestFirst() {
        const QList<TimelineEvent> events = timeline(m_ana);
        QVERIFY2(events.size() == 7, qPrintable(kinds(events).join(u' ')));
        // The second import's group membership, recorded in the ledger as the import ends.
        QCOMPARE(events.at(0).kind, TimelineKind::Consent);
        QCOMPARE(events.at(1).kind, TimelineKind::Import);
        QCOMPARE(events.at(2).kind, TimelineKind::Reply);
        QCOMPARE(events.at(3).kind, TimelineKind::Message);
        QCOMPARE(events.at(3).recordId, QStringLiteral("m3"));
        QCOMPARE(events.at(4).kind, TimelineKind::Call);
        QCOMPARE(events.at(4).recordId, QStringLiteral("k1"));
        QCOMPARE(events.at(5).recordId, QStringLiteral("m1"));
        QCOMPARE(events.at(6).kind, TimelineKind::Import);
        for (int i = 1; i < events.size(); ++i)
            QVERIFY2(events.at(i - 1).at >= events.at(i).at, qPrintable(kinds(events).join(u' ')));
    }

    void eachEventHasItsSummaryAndDetails() {
        const QList<TimelineEvent> events = timeline(m_ana);
        QCOMPARE(events.size(), 7);
        QCOMPARE(events.at(0).details.value(QStringLiteral("method")).toString(), QStringLiteral("import"));
        QCOMPARE(events.at(0).details.value(QStringLiteral("group")).toString(), QStringLiteral("Regulars"));
        // She opted out by STOP: the import adds her to the group opted out.
        QCOMPARE(events.at(0).summary, QStringLiteral("Opted out for Regulars (import)"));
        QCOMPARE(events.at(1).details.value(QStringLiteral("changes")).toArray(),
                 QJsonArray({QStringLiteral("updated"), QStringLiteral("joined")}));
        QVERIFY2(events.at(1).summary.contains(QStringLiteral("second.csv")),
                 qPrintable(events.at(1).summary));
        QVERIFY2(events.at(1).summary.contains(QStringLiteral("Regulars")), qPrintable(events.at(1).summary));
        QCOMPARE(events.at(2).summary, QStringLiteral("Replied \u201cSTOP\u201d: Opted out for all SMS"));
        QCOMPARE(events.at(3).details.value(QStringLiteral("status")).toString(),
                 QStringLiteral("undeliverable"));
        QVERIFY2(events.at(3).summary.contains(QStringLiteral("not in service")),
                 qPrintable(events.at(3).summary));
        QCOMPARE(events.at(4).summary, QStringLiteral("Call from +14155550101, 42 s"));
        QCOMPARE(events.at(5).summary, QStringLiteral("SMS \u201cSpring sale\u201d: delivered"));
        QCOMPARE(events.at(6).details.value(QStringLiteral("changes")).toArray(),
                 QJsonArray({QStringLiteral("created")}));
        QCOMPARE(events.at(6).summary, QStringLiteral("Import of first.csv: added as a new contact"));
        const QJsonObject json = TimelineActions::toJson(events.at(5));
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("message"));
        QCOMPARE(json.value(QStringLiteral("time")).toString(), QStringLiteral("2026-03-01T09:00:00.000Z"));
        QCOMPARE(
            json.value(QStringLiteral("details")).toObject().value(QStringLiteral("campaign")).toString(),
            QStringLiteral("Spring sale"));
    }

    void anotherPersonSeesOnlyTheirs() {
        const QStringList bob = kinds(timeline(m_bob));
        QCOMPARE(bob, QStringList({QStringLiteral("message:m2"),
                                   QStringLiteral("import:") + timeline(m_ana).last().recordId.left(8)}));
    }

    void aMergeBringsTheOtherContactsHistory() {
        // Bob turns out to be Ana's second record: merged into her, his message and his import are hers.
        const test::TestClock later(QDateTime::currentDateTimeUtc().addSecs(60));
        auto merged = ContactMerger(db(), nullptr, &later).merge(m_ana, m_bob, MergeChoices());
        QVERIFY2(merged, qPrintable(merged.errorMessage()));
        const QList<TimelineEvent> events = timeline(m_ana);
        QCOMPARE(events.first().kind, TimelineKind::Merge);
        QCOMPARE(events.first().recordId, m_bob);
        QCOMPARE(events.first().summary, QStringLiteral("Merged with Bob"));
        QVERIFY(kinds(events).contains(QStringLiteral("message:m2")));
        // One import created both: still one event of it.
        QCOMPARE(std::count_if(events.cbegin(), events.cend(),
                               [](const TimelineEvent& e) { return e.kind == TimelineKind::Import; }),
                 2);
    }

    void anUnknownContactIsNotFound() {
        auto events = TimelineActions(db()).timeline(QStringLiteral("no-such-contact"));
        QVERIFY(!events);
        QCOMPARE(events.error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestContactTimeline)
#include "tst_contacttimeline.moc"
