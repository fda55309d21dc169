// Sorting the message history by recipient or campaign, whose names are in other tables: the messages
// without one come first (ascending) or last, a deleted contact's messages count as without one, ties
// of a name keep each contact's or campaign's messages together in time order, pages read one after
// the other give the whole list once, descending is ascending reversed, and the CSV export follows the
// same order.
#include "core/actions/HistoryActions.h"
#include "core/profile/Profile.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/LocalRecords.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace iq;

namespace {
QStringList L(std::initializer_list<const char*> items) {
    QStringList list;
    for (const char* item : items)
        list << QLatin1String(item);
    return list;
}
} // namespace

class TestHistorySort final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;

    Database& db() { return m_profile->database(); }

    QString addContact(const QString& name) {
        Contact contact;
        contact.givenName = name;
        auto added = ContactRepository(db()).add(contact);
        return added ? added.value().id : QString();
    }

    void pull(const QString& entity, const QList<LocalRecords::NewRecord>& records) {
        auto stored = LocalRecords(db()).insertNew(entity, records);
        QVERIFY2(stored && stored.value().isEmpty(), qPrintable(stored.errorMessage()));
    }

    static LocalRecords::NewRecord message(const char* id, const QString& campaign, const QString& contact,
                                           int minute) {
        const QString at = QStringLiteral("2026-03-01T09:%1:00.000Z").arg(minute, 2, 10, QLatin1Char('0'));
        return {QLatin1String(id),
                {{QStringLiteral("campaignId"), campaign.isEmpty() ? QJsonValue() : QJsonValue(campaign)},
                 {QStringLiteral("contactId"), contact.isEmpty() ? QJsonValue() : QJsonValue(contact)},
                 {QStringLiteral("channel"), QStringLiteral("sms")},
                 {QStringLiteral("address"), QStringLiteral("+14155550101")},
                 {QStringLiteral("status"), QStringLiteral("delivered")},
                 {QStringLiteral("statusHistory"), QJsonArray()},
                 {QStringLiteral("createdAt"), at},
                 {QStringLiteral("updatedAt"), at}},
                2};
    }

    QStringList ids(MessageSortKey key, Qt::SortOrder order, int offset = 0, int limit = 100) {
        auto page = HistoryActions(db()).messages({}, key, order, offset, limit);
        if (!page)
            qWarning("%s", qPrintable(page.errorMessage()));
        QStringList list;
        for (const MessageRecord& m : page.value())
            list << m.id;
        return list;
    }

private Q_SLOTS:
    void initTestCase() {
        auto profile = Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        m_profile = std::move(profile).value();
        const QString ana = addContact(QStringLiteral("Ana"));
        const QString otherAna = addContact(QStringLiteral("ana"));
        const QString bob = addContact(QStringLiteral("Bob"));
        const QString gone = addContact(QStringLiteral("Aaron"));
        QVERIFY(!ana.isEmpty() && !otherAna.isEmpty() && !bob.isEmpty() && !gone.isEmpty());
        QList<LocalRecords::NewRecord> campaigns;
        for (const auto& [id, name] :
             {std::pair{"k1", "Spring"}, std::pair{"k2", "autumn"}, std::pair{"k3", "spring"}})
            campaigns << LocalRecords::NewRecord{
                QLatin1String(id),
                {{QStringLiteral("name"), QLatin1String(name)},
                 {QStringLiteral("channel"), QStringLiteral("sms")},
                 {QStringLiteral("kind"), QStringLiteral("marketing")},
                 {QStringLiteral("status"), QStringLiteral("sent")},
                 {QStringLiteral("createdAt"), QStringLiteral("2026-03-01T08:00:00.000Z")}},
                1};
        pull(QStringLiteral("campaign"), campaigns);
        // Times interleave the contacts and campaigns, so an order by time alone would mix them.
        pull(QStringLiteral("message"),
             {message("m01", QStringLiteral("k1"), ana, 1), message("m02", QStringLiteral("k3"), otherAna, 2),
              message("m03", QStringLiteral("k1"), bob, 3), message("m04", QStringLiteral("k2"), ana, 4),
              message("m05", QString(), QString(), 5), message("m06", QStringLiteral("k3"), gone, 6),
              message("m07", QStringLiteral("k1"), otherAna, 7), message("m08", QString(), bob, 8),
              message("m09", QStringLiteral("k2"), QString(), 9),
              message("m10", QStringLiteral("k1"), ana, 10)});
        QVERIFY(ContactRepository(db()).remove(gone));
    }

    void byRecipient() {
        const QStringList ascending = ids(MessageSortKey::Recipient, Qt::AscendingOrder);
        QCOMPARE(ascending.size(), 10);
        // No contact (m05, m09), then the deleted one's (m06); the two Anas apart, each in time order;
        // then Bob.
        QCOMPARE(ascending.mid(0, 3), L({"m05", "m09", "m06"}));
        const QStringList anas = ascending.mid(3, 5);
        const bool anaFirst = anas.first() == QLatin1String("m01");
        QCOMPARE(anas,
                 anaFirst ? L({"m01", "m04", "m10", "m02", "m07"}) : L({"m02", "m07", "m01", "m04", "m10"}));
        QCOMPARE(ascending.mid(8), L({"m03", "m08"}));
        QStringList descending = ids(MessageSortKey::Recipient, Qt::DescendingOrder);
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(descending, ascending);
    }

    void byCampaign() {
        const QStringList ascending = ids(MessageSortKey::Campaign, Qt::AscendingOrder);
        QCOMPARE(ascending.size(), 10);
        QCOMPARE(ascending.mid(0, 2), L({"m05", "m08"})); // no campaign
        QCOMPARE(ascending.mid(2, 2), L({"m04", "m09"})); // autumn
        const QStringList springs = ascending.mid(4);
        const bool k1First = springs.first() == QLatin1String("m01");
        QCOMPARE(springs, k1First ? L({"m01", "m03", "m07", "m10", "m02", "m06"})
                                  : L({"m02", "m06", "m01", "m03", "m07", "m10"}));
        QStringList descending = ids(MessageSortKey::Campaign, Qt::DescendingOrder);
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(descending, ascending);
    }

    void pagesGiveTheListOnce_data() {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("order");
        for (const auto& [name, key] : {std::pair{"recipient", MessageSortKey::Recipient},
                                        std::pair{"campaign", MessageSortKey::Campaign}})
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
                QTest::addRow("%s %s", name, order == Qt::AscendingOrder ? "asc" : "desc")
                    << int(key) << int(order);
    }
    void pagesGiveTheListOnce() {
        QFETCH(int, key);
        QFETCH(int, order);
        const auto k = MessageSortKey(key);
        const auto o = Qt::SortOrder(order);
        QStringList paged;
        for (int offset = 0; offset < 10; offset += 3)
            paged << ids(k, o, offset, 3);
        QCOMPARE(paged, ids(k, o));
        // The export writes the same order.
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(HistoryActions(db()).exportMessages(&buffer, {}, k, o));
        QStringList exported;
        const QList<QByteArray> lines = buffer.data().trimmed().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i)
            exported << QString::fromUtf8(lines.at(i).trimmed().split(',').last());
        QCOMPARE(exported, ids(k, o));
    }
};

QTEST_GUILESS_MAIN(TestHistorySort)
#include "tst_historysort.moc"
