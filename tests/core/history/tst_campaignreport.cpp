// The campaign report over messages, consent changes and replies as a sync pulls them: counts and
// rates, failures by code with their meaning, outcomes over time in sensible intervals, and opt-outs
// and replies that count only after the send.
#include "core/actions/CampaignReportActions.h"
#include "core/profile/Profile.h"
#include "core/store/CampaignReportReader.h"
#include "core/store/ConsentLedger.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/LocalRecords.h"
#include "shared/campaign/DeliveryErrors.h"
#include "shared/util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

namespace {

const QDateTime kSent(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

QDateTime at(int hour, int minute) {
    return QDateTime(QDate(2026, 3, 1), QTime(hour, minute), Qt::UTC);
}

QJsonObject change(const QString& status, const QDateTime& time, const QString& detail = {}) {
    return {{QStringLiteral("status"), status},
            {QStringLiteral("at"), toStoredTime(time)},
            {QStringLiteral("detail"), detail}};
}

} // namespace

class TestCampaignReport final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    QStringList m_people; // Ana, Bob, Cleo, Dan, Eve

    Database& db() { return m_profile->database(); }

    void pull(const QString& entity, const QList<LocalRecords::NewRecord>& records) {
        auto stored = LocalRecords(db()).insertNew(entity, records);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QVERIFY2(stored.value().isEmpty(), qPrintable(entity + QStringLiteral(": a record was skipped")));
    }

    static LocalRecords::NewRecord campaign(const QString& id, const QString& name, const QDateTime& sentAt) {
        QJsonObject payload{{QStringLiteral("name"), name},
                            {QStringLiteral("channel"), QStringLiteral("sms")},
                            {QStringLiteral("kind"), QStringLiteral("marketing")},
                            {QStringLiteral("status"), QStringLiteral("sent")},
                            {QStringLiteral("createdAt"), QStringLiteral("2026-03-01T08:00:00.000Z")}};
        if (sentAt.isValid())
            payload.insert(QStringLiteral("sentAt"), toStoredTime(sentAt));
        return {id, payload, 1};
    }

    // A message created at the send, ending in `status` at `final` (no final change when pending).
    static LocalRecords::NewRecord message(const QString& id, const QString& campaignId,
                                           const QString& contact, const QString& status,
                                           const QDateTime& final, const QString& code = {},
                                           const QString& firstDetail = {}) {
        QJsonArray history{
            change(QStringLiteral("queued"), final.isValid() ? kSent : at(12, 0), firstDetail)};
        if (final.isValid())
            history.append(change(status, final));
        return {id,
                {{QStringLiteral("campaignId"), campaignId.isEmpty() ? QJsonValue() : QJsonValue(campaignId)},
                 {QStringLiteral("contactId"), contact.isEmpty() ? QJsonValue() : QJsonValue(contact)},
                 {QStringLiteral("channel"), QStringLiteral("sms")},
                 {QStringLiteral("address"), QStringLiteral("+14155550100")},
                 {QStringLiteral("body"), QStringLiteral("Spring sale")},
                 {QStringLiteral("segments"), 1},
                 {QStringLiteral("status"), status},
                 {QStringLiteral("errorCode"), code},
                 {QStringLiteral("errorMessage"), QString()},
                 {QStringLiteral("statusHistory"), history},
                 {QStringLiteral("createdAt"), toStoredTime(final.isValid() ? kSent : at(12, 0))},
                 {QStringLiteral("updatedAt"), toStoredTime(kSent)}},
                2};
    }

    void consent(int person, ConsentState state, ConsentMethod method, const QString& by,
                 const QDateTime& when) {
        ConsentChange c;
        c.contactId = m_people.at(person);
        c.channel = Channel::Sms;
        c.state = state;
        c.method = method;
        c.recordedBy = by;
        c.recordedAt = when;
        QVERIFY(ConsentLedger(db()).record(c));
    }

private Q_SLOTS:
    void initTestCase() {
        auto profile = Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        m_profile = std::move(profile).value();
        for (const char* name : {"Ana", "Bob", "Cleo", "Dan", "Eve"}) {
            Contact contact;
            contact.givenName = QLatin1String(name);
            auto added = ContactRepository(db()).add(contact);
            QVERIFY(added);
            m_people << added.value().id;
        }
        pull(QStringLiteral("campaign"),
             {campaign(QStringLiteral("c1"), QStringLiteral("Spring sale"), kSent),
              campaign(QStringLiteral("c2"), QStringLiteral("Other"), kSent),
              campaign(QStringLiteral("c3"), QStringLiteral("Unsent"), {})});
        pull(QStringLiteral("message"),
             {message(QStringLiteral("m1"), QStringLiteral("c1"), m_people[0], QStringLiteral("delivered"),
                      at(9, 2)),
              message(QStringLiteral("m2"), QStringLiteral("c1"), m_people[1], QStringLiteral("delivered"),
                      at(9, 40)),
              message(QStringLiteral("m3"), QStringLiteral("c1"), m_people[2], QStringLiteral("failed"),
                      at(10, 15), QStringLiteral("30003")),
              message(QStringLiteral("m4"), QStringLiteral("c1"), m_people[3],
                      QStringLiteral("undeliverable"), at(10, 15), QStringLiteral("30005")),
              message(QStringLiteral("m5"), QStringLiteral("c1"), m_people[4], QStringLiteral("sent"),
                      at(9, 1)),
              message(QStringLiteral("m6"), QStringLiteral("c1"), QString(), QStringLiteral("queued"), {}),
              message(QStringLiteral("m7"), QStringLiteral("c2"), m_people[0], QStringLiteral("failed"),
                      at(9, 5), QStringLiteral("30007")),
              // The server's answer to Eve's HELP: outside any campaign, after the send.
              message(QStringLiteral("m8"), QString(), m_people[4], QStringLiteral("queued"), {}, QString(),
                      QStringLiteral("Reply to a keyword")),
              message(QStringLiteral("m9"), QStringLiteral("c3"), m_people[0], QStringLiteral("delivered"),
                      at(9, 30))});
        // m5 "sent" ends in sent: its final change is a "sent", not an outcome.
        // Before the send: not this campaign's doing.
        consent(1, ConsentState::OptedOut, ConsentMethod::Manual, QString(), kSent.addDays(-30));
        consent(0, ConsentState::OptedOut, ConsentMethod::Keyword, QString(), kSent.addSecs(-60));
        // After it: Cleo's STOP pulled from the server, Dan opted in by hand.
        consent(2, ConsentState::OptedOut, ConsentMethod::Sync, QStringLiteral("keyword"), at(11, 0));
        consent(3, ConsentState::OptedIn, ConsentMethod::Manual, QString(), at(11, 0));
    }

    void countsAndRates() {
        auto report = CampaignReportActions(db()).report(QStringLiteral("c1"));
        QVERIFY2(report, qPrintable(report.errorMessage()));
        const CampaignReport& r = report.value();
        QCOMPARE(r.campaign.name, QStringLiteral("Spring sale"));
        QCOMPARE(r.sentAt, kSent);
        QCOMPARE(r.messages, 6);
        QCOMPARE(r.delivered, 2);
        QCOMPARE(r.failed, 1);
        QCOMPARE(r.undeliverable, 1);
        QCOMPARE(r.pending, 2); // sent and queued
        QCOMPARE(r.skipped, 0);
        QCOMPARE(r.byStatus.value(QStringLiteral("sent")), 1);
        QCOMPARE(r.byStatus.value(QStringLiteral("queued")), 1);
        QCOMPARE(r.optedOut, 1); // Cleo; Ana and Bob opted out before it
        QCOMPARE(r.replies, 2);  // Cleo's STOP and Eve's HELP
        QCOMPARE(CampaignReport::rate(r.delivered, r.messages), 100.0 / 3);
        QCOMPARE(CampaignReport::rate(r.optedOut, r.delivered), 50.0);
        QCOMPARE(CampaignReport::rate(1, 0), 0.0);
    }

    void failuresByCodeWithTheirMeaning() {
        auto report = CampaignReportActions(db()).report(QStringLiteral("c1"));
        QVERIFY(report);
        const QList<FailureReason>& failures = report.value().failures;
        QCOMPARE(failures.size(), 2); // not c2's 30007
        QStringList codes;
        for (const FailureReason& f : failures) {
            codes << f.code;
            QCOMPARE(f.count, 1);
            QVERIFY(!f.meaning.isEmpty());
            QCOMPARE(f.meaning, campaign::displayMeaning(f.code));
        }
        codes.sort();
        QCOMPARE(codes, QStringList({QStringLiteral("30003"), QStringLiteral("30005")}));
    }

    void deliveriesOverTimeInFiveMinuteIntervals() {
        auto report = CampaignReportActions(db()).report(QStringLiteral("c1"));
        QVERIFY(report);
        const CampaignReport& r = report.value();
        // 09:02 to 10:15 is 74 minutes: too many for minutes, 16 intervals of five.
        QCOMPARE(r.bucketSeconds, 300);
        QCOMPARE(r.deliveries.size(), 16);
        QCOMPARE(r.deliveries.first().start, at(9, 0));
        QCOMPARE(r.deliveries.first().delivered, 1);
        QCOMPARE(r.deliveries.at(8).start, at(9, 40));
        QCOMPARE(r.deliveries.at(8).delivered, 1);
        QCOMPARE(r.deliveries.last().start, at(10, 15));
        QCOMPARE(r.deliveries.last().failed, 2);
        int delivered = 0, failed = 0;
        for (const DeliveryBucket& b : r.deliveries)
            delivered += b.delivered, failed += b.failed;
        QCOMPARE(delivered, r.delivered);
        QCOMPARE(failed, r.failed + r.undeliverable);
    }

    void bucketWidths_data() {
        QTest::addColumn<int>("spanMinutes");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("buckets");
        QTest::newRow("one minute") << 0 << 60 << 1;
        QTest::newRow("47 minutes") << 47 << 60 << 48;
        QTest::newRow("an hour") << 60 << 300 << 13;
        QTest::newRow("a day") << 24 * 60 << 3600 << 25;
        QTest::newRow("three days") << 3 * 24 * 60 << 3 * 3600 << 25;
        QTest::newRow("a month") << 30 * 24 * 60 << 86400 << 31;
    }

    void bucketWidths() {
        QFETCH(int, spanMinutes);
        QFETCH(int, width);
        QFETCH(int, buckets);
        const QDateTime first(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);
        const QList<OutcomeMinute> minutes{{first, 1, 0}, {first.addSecs(60LL * spanMinutes), 0, 1}};
        int seconds = 0;
        const QList<DeliveryBucket> result = CampaignReportActions::bucketize(minutes, &seconds);
        QCOMPARE(seconds, width);
        QCOMPARE(result.size(), buckets);
        QVERIFY(result.size() <= CampaignReportActions::kMaxBuckets);
        QCOMPARE(result.first().delivered, 1);
        QCOMPARE(result.last().failed, 1);
    }

    void aCampaignWithoutASendTimeCountsFromItsFirstMessage() {
        auto report = CampaignReportActions(db()).report(QStringLiteral("c3"));
        QVERIFY(report);
        QCOMPARE(report.value().sentAt, kSent);
        QCOMPARE(report.value().messages, 1);
        QCOMPARE(report.value().optedOut, 0); // Ana's opt-out came before
    }

    void anUnknownCampaignIsNotFound() {
        auto report = CampaignReportActions(db()).report(QStringLiteral("nope"));
        QVERIFY(!report);
        QCOMPARE(report.error().code, Error::Code::NotFound);
        auto empty = CampaignReportReader(db()).firstMessageAt(QStringLiteral("nope"));
        QVERIFY(empty);
        QVERIFY(!empty.value().isValid());
    }
};

QTEST_GUILESS_MAIN(TestCampaignReport)
#include "tst_campaignreport.moc"
