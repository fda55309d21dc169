// The message and call history: filters, sorting, paging and counts over messages and calls pulled
// from a server, an error code's meaning, and the CSV of a filtered list.
#include "core/actions/HistoryActions.h"
#include "core/profile/Profile.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/LocalRecords.h"
#include "core/store/MessageHistory.h"
#include "shared/campaign/DeliveryErrors.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

namespace {

QJsonObject change(const char* status, const char* at, const char* detail) {
    return {{QStringLiteral("status"), QLatin1String(status)},
            {QStringLiteral("at"), QLatin1String(at)},
            {QStringLiteral("detail"), QLatin1String(detail)}};
}

QStringList L(std::initializer_list<const char*> items) {
    QStringList list;
    for (const char* item : items)
        list << QLatin1String(item);
    return list;
}

} // namespace

Q_DECLARE_METATYPE(iq::HistoryFilter)

class TestMessageHistory final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    QString m_ana, m_bob, m_cy;

    Database& db() { return m_profile->database(); }

    QString addContact(const QString& given, const QString& family, const QString& phone,
                       const QString& email) {
        Contact contact;
        contact.givenName = given;
        contact.familyName = family;
        if (!phone.isEmpty())
            contact.phones = {ContactPhone{phone, phone, QStringLiteral("mobile"), QString(), true}};
        if (!email.isEmpty())
            contact.emails = {ContactEmail{email, QString()}};
        auto added = ContactRepository(db()).add(contact);
        return added ? added.value().id : QString();
    }

    void pull(const QString& entity, const QList<LocalRecords::NewRecord>& records) {
        auto stored = LocalRecords(db()).insertNew(entity, records);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QVERIFY2(stored.value().isEmpty(), qPrintable(entity + QStringLiteral(": a record was skipped")));
    }

    static LocalRecords::NewRecord campaignRecord(const char* id, const char* name, const char* channel) {
        return {QLatin1String(id),
                {{QStringLiteral("name"), QLatin1String(name)},
                 {QStringLiteral("channel"), QLatin1String(channel)},
                 {QStringLiteral("kind"), QStringLiteral("marketing")},
                 {QStringLiteral("status"), QStringLiteral("sent")},
                 {QStringLiteral("createdAt"), QStringLiteral("2026-03-01T08:00:00.000Z")}},
                1};
    }

    static LocalRecords::NewRecord message(const char* id, const char* campaign, const QString& contact,
                                           const char* channel, const char* address, const QString& body,
                                           const char* status, const char* at, const QJsonArray& history = {},
                                           const char* errorCode = "", const char* errorMessage = "") {
        return {QLatin1String(id),
                {{QStringLiteral("campaignId"), QLatin1String(campaign)},
                 {QStringLiteral("contactId"), contact.isEmpty() ? QJsonValue() : QJsonValue(contact)},
                 {QStringLiteral("channel"), QLatin1String(channel)},
                 {QStringLiteral("address"), QLatin1String(address)},
                 {QStringLiteral("body"), body},
                 {QStringLiteral("segments"), 1},
                 {QStringLiteral("status"), QLatin1String(status)},
                 {QStringLiteral("errorCode"), QLatin1String(errorCode)},
                 {QStringLiteral("errorMessage"), QLatin1String(errorMessage)},
                 {QStringLiteral("releaseAt"), QJsonValue()},
                 {QStringLiteral("statusHistory"), history},
                 {QStringLiteral("createdAt"), QLatin1String(at)},
                 {QStringLiteral("updatedAt"), QLatin1String(at)}},
                2};
    }

    QStringList ids(const HistoryFilter& filter, MessageSortKey key = MessageSortKey::Time,
                    Qt::SortOrder order = Qt::AscendingOrder) {
        auto page = HistoryActions(db()).messages(filter, key, order, 0, 100);
        if (!page)
            qWarning("%s", qPrintable(page.errorMessage()));
        QStringList result;
        for (const MessageRecord& m : page.value())
            result << m.id;
        auto count = HistoryActions(db()).countMessages(filter);
        if (!count || count.value() != result.size())
            qWarning("the count is not the number of rows");
        return result;
    }

private Q_SLOTS:
    void initTestCase() {
        auto profile = Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        m_profile = std::move(profile).value();
        m_ana = addContact(QStringLiteral("Ana"), QStringLiteral("Lima"), QStringLiteral("+14155550101"), {});
        m_bob =
            addContact(QStringLiteral("Bob"), QStringLiteral("Stone"), QStringLiteral("+14155550102"), {});
        m_cy = addContact(QStringLiteral("Cy"), QString(), {}, QStringLiteral("cy@example.com"));
        QVERIFY(!m_ana.isEmpty() && !m_bob.isEmpty() && !m_cy.isEmpty());
        pull(QStringLiteral("campaign"),
             {campaignRecord("c1", "Spring sale", "sms"), campaignRecord("c2", "Newsletter", "email"),
              campaignRecord("c3", "Reminder call", "voice")});
        const QJsonArray failed{
            change("queued", "2026-03-01T09:01:00.000Z", ""),
            change("sent", "2026-03-01T09:01:01.000Z", "Accepted by the carrier"),
            change("undeliverable", "2026-03-01T09:01:02.000Z", "The number is not in service")};
        pull(QStringLiteral("message"),
             {message("m1", "c1", m_ana, "sms", "+14155550101", QStringLiteral("Spring sale: 20% off"),
                      "delivered", "2026-03-01T09:00:00.000Z"),
              message("m2", "c1", m_bob, "sms", "+14155550102", QStringLiteral("Spring sale: 20% off"),
                      "undeliverable", "2026-03-01T09:01:00.000Z", failed, "30005",
                      "The number is not in service"),
              message("m3", "c2", m_cy, "email", "cy@example.com", QStringLiteral("=HYPERLINK(\"http://x\")"),
                      "delivered", "2026-03-02T10:00:00.000Z"),
              message("m4", "c3", m_ana, "voice", "+14155550101", QStringLiteral("Your order is ready"),
                      "failed", "2026-03-03T08:00:00.000Z", {}, "no_answer", "Nobody answered the call"),
              message("m5", "c1", QString(), "sms", "+14155550199", QStringLiteral("100% off_now"), "sent",
                      "2026-03-04T12:00:00.000Z", {}, "39999", "Carrier said no")});
        // A campaign's call as the server writes it (call type "campaign", with its outcome and links),
        // and an incoming call without them.
        pull(QStringLiteral("call_log"),
             {{QStringLiteral("l1"),
               {{QStringLiteral("callingNumber"), QStringLiteral("simulator")},
                {QStringLiteral("receivingNumber"), QStringLiteral("+14155550101")},
                {QStringLiteral("forwardingNumber"), QString()},
                {QStringLiteral("startedAt"), QStringLiteral("2026-03-03T08:00:00.000Z")},
                {QStringLiteral("durationSeconds"), 0},
                {QStringLiteral("routing"), QStringLiteral("outbound")},
                {QStringLiteral("callType"), QStringLiteral("campaign")},
                {QStringLiteral("outcome"), QStringLiteral("no_answer")},
                {QStringLiteral("messageId"), QStringLiteral("m4")},
                {QStringLiteral("campaignId"), QStringLiteral("c3")},
                {QStringLiteral("contactId"), m_ana}},
               3},
              {QStringLiteral("l2"),
               {{QStringLiteral("callingNumber"), QStringLiteral("+14155550102")},
                {QStringLiteral("receivingNumber"), QStringLiteral("+14155550100")},
                {QStringLiteral("startedAt"), QStringLiteral("2026-03-05T15:30:00.000Z")},
                {QStringLiteral("durationSeconds"), 95},
                {QStringLiteral("routing"), QStringLiteral("direct")},
                {QStringLiteral("callType"), QStringLiteral("inbound")}},
               4}});
    }

    void filtersAndCounts_data() {
        QTest::addColumn<HistoryFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        const auto at = [](const char* text) {
            return QDateTime::fromString(QLatin1String(text), Qt::ISODate);
        };
        QTest::newRow("everything") << HistoryFilter{} << L({"m1", "m2", "m3", "m4", "m5"});
        QTest::newRow("campaign") << HistoryFilter{QStringLiteral("c1"), {}, {}, {}, {}, {}, {}}
                                  << L({"m1", "m2", "m5"});
        QTest::newRow("statuses") << HistoryFilter{{}, L({"failed", "undeliverable"}), {}, {}, {}, {}, {}}
                                  << L({"m2", "m4"});
        QTest::newRow("channel") << HistoryFilter{{}, {}, QStringLiteral("email"), {}, {}, {}, {}}
                                 << L({"m3"});
        QTest::newRow("since and until")
            << HistoryFilter{{}, {}, {}, {}, at("2026-03-01T09:01:00Z"), at("2026-03-03T08:00:00Z"), {}}
            << L({"m2", "m3"});
        QTest::newRow("search by name")
            << HistoryFilter{{}, {}, {}, {}, {}, {}, QStringLiteral("stone")} << L({"m2"});
        QTest::newRow("search by number with spaces")
            << HistoryFilter{{}, {}, {}, {}, {}, {}, QStringLiteral("555 0101")} << L({"m1", "m4"});
        QTest::newRow("search by address")
            << HistoryFilter{{}, {}, {}, {}, {}, {}, QStringLiteral("cy@ex")} << L({"m3"});
        QTest::newRow("search in the text, wildcards literal")
            << HistoryFilter{{}, {}, {}, {}, {}, {}, QStringLiteral("0% off_")} << L({"m5"});
        QTest::newRow("all at once")
            << HistoryFilter{QStringLiteral("c1"), L({"delivered"}), QStringLiteral("sms"), QString(), {}, {},
                             QStringLiteral("ana")}
            << L({"m1"});
    }

    void filtersAndCounts() {
        QFETCH(HistoryFilter, filter);
        QFETCH(QStringList, expected);
        QCOMPARE(ids(filter), expected);
        QCOMPARE(HistoryActions(db()).countMessages(filter).value(), int(expected.size()));
    }

    void filtersByContact() {
        HistoryFilter filter;
        filter.contactId = m_ana;
        QCOMPARE(ids(filter), (L({"m1", "m4"})));
    }

    void sortsByEveryColumnAndPages_data() {
        QTest::addColumn<int>("key");
        QTest::addColumn<QStringList>("ascending");
        QTest::newRow("time") << int(MessageSortKey::Time) << L({"m1", "m2", "m3", "m4", "m5"});
        // No name sorts first; equal names follow the time.
        QTest::newRow("recipient") << int(MessageSortKey::Recipient) << L({"m5", "m1", "m4", "m2", "m3"});
        QTest::newRow("address") << int(MessageSortKey::Address) << L({"m1", "m4", "m2", "m5", "m3"});
        QTest::newRow("campaign") << int(MessageSortKey::Campaign) << L({"m3", "m4", "m1", "m2", "m5"});
        QTest::newRow("channel") << int(MessageSortKey::Channel) << L({"m3", "m1", "m2", "m5", "m4"});
        QTest::newRow("status") << int(MessageSortKey::Status) << L({"m1", "m3", "m4", "m5", "m2"});
        QTest::newRow("error") << int(MessageSortKey::Error) << L({"m1", "m3", "m2", "m5", "m4"});
    }

    void sortsByEveryColumnAndPages() {
        QFETCH(int, key);
        QFETCH(QStringList, ascending);
        const auto sortKey = MessageSortKey(key);
        QCOMPARE(ids({}, sortKey, Qt::AscendingOrder), ascending);
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(ids({}, sortKey, Qt::DescendingOrder), descending);
        // Pages of two, one after the other, give the same order with no row twice or missing.
        QStringList paged;
        for (int offset = 0; offset < 6; offset += 2) {
            auto page = HistoryActions(db()).messages({}, sortKey, Qt::AscendingOrder, offset, 2);
            QVERIFY(page);
            QVERIFY(page.value().size() <= 2);
            for (const MessageRecord& m : page.value())
                paged << m.id;
        }
        QCOMPARE(paged, ascending);
    }

    void readsOneMessageWhole() {
        auto found = HistoryActions(db()).message(QStringLiteral("m2"));
        QVERIFY(found && found.value());
        const MessageRecord& m = *found.value();
        QCOMPARE(m.recipientName, QStringLiteral("Bob Stone"));
        QCOMPARE(m.campaignName, QStringLiteral("Spring sale"));
        QCOMPARE(m.address, QStringLiteral("+14155550102"));
        QCOMPARE(m.statusHistory.size(), 3);
        QCOMPARE(m.statusHistory.last().status, QStringLiteral("undeliverable"));
        QCOMPARE(m.statusHistory.last().at, QDateTime(QDate(2026, 3, 1), QTime(9, 1, 2), Qt::UTC));
        QCOMPARE(m.statusHistory.at(1).detail, QStringLiteral("Accepted by the carrier"));
        QVERIFY(!HistoryActions(db()).message(QStringLiteral("nope")).value());
    }

    void namesWhatAnErrorMeans() {
        QCOMPARE(campaign::errorMeaning(QStringLiteral("30005")),
                 QStringLiteral("The number is not in service"));
        QCOMPARE(campaign::displayMeaning(QStringLiteral("busy")), QStringLiteral("The line was busy"));
        QVERIFY(campaign::errorMeaning(QStringLiteral("12345")).isEmpty());
        QVERIFY(campaign::displayMeaning(QStringLiteral("12345")).isEmpty());
        auto m2 = HistoryActions(db()).message(QStringLiteral("m2")).value();
        QCOMPARE(HistoryActions::errorMeaning(*m2), QStringLiteral("The number is not in service"));
        // A code the table does not know keeps the provider's words.
        auto m5 = HistoryActions(db()).message(QStringLiteral("m5")).value();
        QCOMPARE(HistoryActions::errorMeaning(*m5), QStringLiteral("Carrier said no"));
        auto m1 = HistoryActions(db()).message(QStringLiteral("m1")).value();
        QVERIFY(HistoryActions::errorMeaning(*m1).isEmpty());
    }

    void readsCallsWithTheSameFilters() {
        HistoryActions history(db());
        auto all = history.calls({}, CallSortKey::Time, Qt::DescendingOrder, 0, 10);
        QVERIFY2(all, qPrintable(all.errorMessage()));
        QCOMPARE(all.value().size(), 2);
        QCOMPARE(all.value().first().id, QStringLiteral("l2"));
        const CallRecord& call = all.value().last();
        QCOMPARE(call.callType, QStringLiteral("campaign"));
        QCOMPARE(call.outcome, QStringLiteral("no_answer"));
        QCOMPARE(call.messageId, QStringLiteral("m4"));
        QCOMPARE(call.campaignName, QStringLiteral("Reminder call"));
        QCOMPARE(call.contactName, QStringLiteral("Ana Lima"));

        HistoryFilter byCampaign;
        byCampaign.campaignId = QStringLiteral("c3");
        QCOMPARE(history.countCalls(byCampaign).value(), 1);
        HistoryFilter byStatus;
        byStatus.statuses = {QStringLiteral("inbound")};
        QCOMPARE(history.calls(byStatus, CallSortKey::Time, Qt::AscendingOrder, 0, 10).value().first().id,
                 QStringLiteral("l2"));
        HistoryFilter sms;
        sms.channel = QStringLiteral("sms");
        QCOMPARE(history.countCalls(sms).value(), 0);
        HistoryFilter search;
        search.search = QStringLiteral("(415) 555-0102");
        QCOMPARE(history.countCalls(search).value(), 1);
        HistoryFilter contact;
        contact.contactId = m_ana;
        QCOMPARE(history.countCalls(contact).value(), 1);
        auto longest = history.calls({}, CallSortKey::Duration, Qt::DescendingOrder, 0, 1);
        QCOMPARE(longest.value().first().durationSeconds, 95);
    }

    void exportsTheFilteredListAsSafeCsv() {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        HistoryFilter filter;
        filter.channel = QStringLiteral("email");
        QList<qint64> progress;
        auto written =
            HistoryActions(db()).exportMessages(&buffer, filter, MessageSortKey::Time, Qt::AscendingOrder,
                                                [&](qint64 done, qint64) { progress << done; });
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(written.value(), 1);
        QCOMPARE(progress, QList<qint64>{1});
        const QString csv = QString::fromUtf8(buffer.data());
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.first().endsWith(QStringLiteral("time,recipient,to,channel,campaign,status,errorCode,"
                                                      "error,segments,text,updated,id")));
        // The text would run as a formula in a spreadsheet: it gets an apostrophe.
        QVERIFY2(lines.last().contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")),
                 qPrintable(lines.last()));

        QBuffer calls;
        QVERIFY(calls.open(QIODevice::WriteOnly));
        auto callRows = HistoryActions(db()).exportCalls(&calls, {}, CallSortKey::Time, Qt::AscendingOrder);
        QCOMPARE(callRows.value(), 2);
        QVERIFY(QString::fromUtf8(calls.data()).contains(QStringLiteral("no_answer,Reminder call")));
    }

    void exportsEveryPageOfALongList() {
        // More messages than one page holds: every one is written once.
        QList<LocalRecords::NewRecord> many;
        for (int i = 0; i < HistoryActions::kPageSize + 7; ++i)
            many << message(qPrintable(QStringLiteral("bulk-%1").arg(i, 4, 10, QLatin1Char('0'))), "c2", m_cy,
                            "email", "cy@example.com", QStringLiteral("News"), "delivered",
                            "2026-04-01T00:00:00.000Z");
        pull(QStringLiteral("message"), many);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        HistoryFilter filter;
        filter.search = QStringLiteral("News");
        QList<qint64> progress;
        auto written = HistoryActions(db()).exportMessages(
            &buffer, filter, MessageSortKey::Recipient, Qt::DescendingOrder,
            [&](qint64 done, qint64 total) { progress << done * 10000 + total; });
        QCOMPARE(written.value(), qint64(many.size()));
        QCOMPARE(progress.size(), 2);
        QCOMPARE(progress.last(), qint64(many.size()) * 10000 + many.size());
        const QStringList lines =
            QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QSet<QString> unique;
        for (const QString& line : lines.mid(1))
            unique.insert(line.section(QLatin1Char(','), -1));
        QCOMPARE(unique.size(), many.size());
        // Cancelled before it starts: nothing but the header.
        QBuffer cancelled;
        QVERIFY(cancelled.open(QIODevice::WriteOnly));
        std::atomic_bool cancel{true};
        QCOMPARE(
            HistoryActions(db())
                .exportMessages(&cancelled, filter, MessageSortKey::Time, Qt::AscendingOrder, {}, &cancel)
                .value(),
            0);
    }

    void readsDatesAndTimes() {
        auto day = HistoryActions::parseTime(QStringLiteral("2026-03-01"), false);
        QVERIFY(day);
        QCOMPARE(*day, QDate(2026, 3, 1).startOfDay());
        QCOMPARE(HistoryActions::parseTime(QStringLiteral("2026-03-01"), true).value(),
                 QDate(2026, 3, 2).startOfDay());
        QCOMPARE(HistoryActions::parseTime(QStringLiteral("2026-03-01T09:30:00Z"), true).value(),
                 QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC));
        QVERIFY(!HistoryActions::parseTime(QStringLiteral("yesterday"), false));
    }
};

QTEST_GUILESS_MAIN(TestMessageHistory)
#include "tst_messagehistory.moc"
