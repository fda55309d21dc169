// Quiet hours: the zones a recipient is in (the contact's own, else the number's) and whether an
// instant is inside the window there, with the next opening when not. Pure iqshared code.
#include "shared/campaign/QuietHours.h"

#include <QTest>

using namespace iq::campaign;

namespace {

QDateTime utc(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

class TestQuietHours : public QObject {
    Q_OBJECT

private slots:
    void zonesOfNumbers_data() {
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QByteArray>("zones");
        QTest::newRow("US east coast") << "+12125550123" << QByteArray("America/New_York");
        QTest::newRow("US east coast, Florida") << "+13055550123" << QByteArray("America/New_York");
        QTest::newRow("US west coast") << "+14155550123" << QByteArray("America/Los_Angeles");
        QTest::newRow("US west coast, Seattle") << "+12065550123" << QByteArray("America/Los_Angeles");
        QTest::newRow("US central") << "+13125550123" << QByteArray("America/Chicago");
        QTest::newRow("Arizona, no DST") << "+16025550123" << QByteArray("America/Phoenix");
        QTest::newRow("Canada, Toronto") << "+14165550123" << QByteArray("America/Toronto");
        QTest::newRow("Canada, Vancouver") << "+16045550123" << QByteArray("America/Vancouver");
        QTest::newRow("Canada, Newfoundland") << "+17095550123" << QByteArray("America/St_Johns");
        QTest::newRow("area code across a border")
            << "+18125550123" << QByteArray("America/New_York America/Chicago");
        QTest::newRow("UK") << "+442079460000" << QByteArray("Europe/London");
        QTest::newRow("Germany") << "+4930123456" << QByteArray("Europe/Berlin");
        QTest::newRow("Australia, Sydney landline") << "+61291234567" << QByteArray("Australia/Sydney");
        QTest::newRow("Australia, mobile")
            << "+61412345678"
            << QByteArray("Australia/Perth Australia/Darwin Australia/Adelaide "
                          "Australia/Brisbane Australia/Sydney");
        QTest::newRow("Brazil, Sao Paulo") << "+5511912345678" << QByteArray("America/Sao_Paulo");
        QTest::newRow("Brazil, Manaus") << "+5592912345678" << QByteArray("America/Manaus");
        QTest::newRow("Mexico, Tijuana") << "+526641234567" << QByteArray("America/Tijuana");
        QTest::newRow("Russia, Moscow") << "+74951234567" << QByteArray("Europe/Moscow");
        QTest::newRow("Kazakhstan shares +7") << "+77011234567" << QByteArray("Asia/Almaty");
        QTest::newRow("Spain, Canaries") << "+34922123456" << QByteArray("Atlantic/Canary");
        QTest::newRow("Spain, Madrid") << "+34912345678" << QByteArray("Europe/Madrid");
        QTest::newRow("unknown country") << "+999123456" << QByteArray();
        QTest::newRow("empty") << "" << QByteArray();
        QTest::newRow("not a number") << "abc" << QByteArray();
    }

    void zonesOfNumbers() {
        QFETCH(QString, e164);
        QFETCH(QByteArray, zones);
        QCOMPARE(NumberTimeZones::candidatesKey(e164), zones);
        QCOMPARE(NumberTimeZones::candidates(e164).join(' '), zones);
    }

    void everyZoneInTheTableExists() {
        const QList<QByteArray> zones = NumberTimeZones::allZones();
        QVERIFY(zones.size() > 100);
        for (const QByteArray& id : zones)
            QVERIFY2(QTimeZone(id).isValid(), id.constData());
    }

    void contactZoneWinsOverTheNumber() {
        QuietHours hours;
        const RecipientZones own = hours.zonesFor(QStringLiteral("America/Los_Angeles"), u"+12125550123");
        QCOMPARE(own.source, ZoneSource::Contact);
        QCOMPARE(own.zones.size(), 1);
        QCOMPARE(own.zones.first().id(), QByteArray("America/Los_Angeles"));
        const RecipientZones unknown = hours.zonesFor(QStringLiteral("Mars/Olympus_Mons"), u"+12125550123");
        QCOMPARE(unknown.source, ZoneSource::Number);
        QCOMPARE(unknown.zones.first().id(), QByteArray("America/New_York"));
        const RecipientZones none = hours.zonesFor(QString(), u"+999123456");
        QCOMPARE(none.source, ZoneSource::Fallback);
        QCOMPARE(none.zones.first(), QTimeZone::utc());
    }

    void window_data() {
        QTest::addColumn<QString>("contactZone");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<bool>("open");
        QTest::addColumn<QDateTime>("opensAt");
        // 15 July 2026: New York UTC-4, Los Angeles UTC-7, London UTC+1, Berlin UTC+2, Sydney UTC+10.
        QTest::newRow("US east, 10:00, open")
            << ""
            << "+12125550123" << utc("2026-07-15T14:00:00Z") << true << utc("2026-07-15T14:00:00Z");
        QTest::newRow("US west, 07:00, opens at 08:00")
            << ""
            << "+14155550123" << utc("2026-07-15T14:00:00Z") << false << utc("2026-07-15T15:00:00Z");
        QTest::newRow("Canada, 21:30, opens the next morning")
            << ""
            << "+14165550123" << utc("2026-07-15T01:30:00Z") << false << utc("2026-07-15T12:00:00Z");
        QTest::newRow("UK, 20:59, open")
            << ""
            << "+442079460000" << utc("2026-07-15T19:59:00Z") << true << utc("2026-07-15T19:59:00Z");
        QTest::newRow("UK, 21:00, has just closed")
            << ""
            << "+442079460000" << utc("2026-07-15T20:00:00Z") << false << utc("2026-07-16T07:00:00Z");
        QTest::newRow("UK, 08:00, has just opened")
            << ""
            << "+442079460000" << utc("2026-07-16T07:00:00Z") << true << utc("2026-07-16T07:00:00Z");
        QTest::newRow("Germany, 07:30")
            << ""
            << "+4930123456" << utc("2026-07-15T05:30:00Z") << false << utc("2026-07-15T06:00:00Z");
        QTest::newRow("Australia, Sydney, 07:00")
            << ""
            << "+61291234567" << utc("2026-07-15T21:00:00Z") << false << utc("2026-07-15T22:00:00Z");
        QTest::newRow("Australia, mobile: Perth still 07:00 while Sydney is 09:00")
            << ""
            << "+61412345678" << utc("2026-07-15T23:00:00Z") << false << utc("2026-07-16T00:00:00Z");
        QTest::newRow("Australia, mobile: Sydney closed at 21:30 while Perth is 19:30")
            << ""
            << "+61412345678" << utc("2026-07-16T11:30:00Z") << false << utc("2026-07-17T00:00:00Z");
        QTest::newRow("border area code: 08:30 New York is 07:30 Chicago")
            << ""
            << "+18125550123" << utc("2026-07-15T12:30:00Z") << false << utc("2026-07-15T13:00:00Z");
        QTest::newRow("border area code: 20:30 Chicago is 21:30 New York")
            << ""
            << "+18125550123" << utc("2026-07-16T01:30:00Z") << false << utc("2026-07-16T13:00:00Z");
        QTest::newRow("contact in Los Angeles, New York number")
            << "America/Los_Angeles"
            << "+12125550123" << utc("2026-07-15T14:00:00Z") << false << utc("2026-07-15T15:00:00Z");
        QTest::newRow("contact in Berlin, Los Angeles number, 16:00 Berlin")
            << "Europe/Berlin"
            << "+14155550123" << utc("2026-07-15T14:00:00Z") << true << utc("2026-07-15T14:00:00Z");
        QTest::newRow("unknown contact zone: the number's")
            << "Nowhere/Atlantis"
            << "+12125550123" << utc("2026-07-15T14:00:00Z") << true << utc("2026-07-15T14:00:00Z");
        // 8 March 2026: the US moves to summer time at 02:00; 08:00 EDT is 12:00 UTC (13:00 the day before).
        QTest::newRow("US spring forward day, 07:00 EDT")
            << ""
            << "+12125550123" << utc("2026-03-08T11:00:00Z") << false << utc("2026-03-08T12:00:00Z");
        QTest::newRow("US day before, 06:00 EST")
            << ""
            << "+12125550123" << utc("2026-03-07T11:00:00Z") << false << utc("2026-03-07T13:00:00Z");
        // 25 October 2026: the UK moves back to GMT at 02:00 BST: closed at 21:30 BST on Saturday, open
        // at 08:00 GMT on Sunday, 25 hours later.
        QTest::newRow("UK fall back, closed the evening before")
            << ""
            << "+442079460000" << utc("2026-10-24T20:30:00Z") << false << utc("2026-10-25T08:00:00Z");
        QTest::newRow("UK fall back day, 06:30 GMT")
            << ""
            << "+442079460000" << utc("2026-10-25T06:30:00Z") << false << utc("2026-10-25T08:00:00Z");
        QTest::newRow("UK fall back day, 20:30 GMT is open")
            << ""
            << "+442079460000" << utc("2026-10-25T20:30:00Z") << true << utc("2026-10-25T20:30:00Z");
    }

    void window() {
        QFETCH(QString, contactZone);
        QFETCH(QString, e164);
        QFETCH(QDateTime, at);
        QFETCH(bool, open);
        QFETCH(QDateTime, opensAt);
        QuietHours hours;
        const RecipientZones zones = hours.zonesFor(contactZone, e164);
        const QuietHours::Check check = hours.check(at, zones);
        QCOMPARE(check.open, open);
        QCOMPARE(check.opensAt, opensAt);
        QCOMPARE(check.opensAt.timeSpec(), Qt::UTC);
        // The answer remembered for the instant is the same, and the opening itself is open.
        QCOMPARE(hours.isOpen(at, zones), open);
        QVERIFY(hours.isOpen(opensAt, zones));
    }

    void fallbackZoneForUnknownCountries() {
        QuietHours hours({}, QTimeZone("Europe/Paris"));
        const RecipientZones zones = hours.zonesFor(QString(), u"+999123456");
        QCOMPARE(zones.source, ZoneSource::Fallback);
        const QuietHours::Check check = hours.check(utc("2026-07-15T05:30:00Z"), zones);
        QVERIFY(!check.open);
        QCOMPARE(check.opensAt, utc("2026-07-15T06:00:00Z"));
    }

    void configuredWindow() {
        QuietHours hours({QTime(9, 0), QTime(17, 0)});
        const RecipientZones london = hours.zonesFor(QString(), u"+442079460000");
        QVERIFY(!hours.isOpen(utc("2026-07-15T16:30:00Z"), london)); // 17:30
        QCOMPARE(hours.nextOpening(utc("2026-07-15T16:30:00Z"), london), utc("2026-07-16T08:00:00Z"));
        QVERIFY(hours.isOpen(utc("2026-07-15T08:00:00Z"), london)); // 09:00
        QVERIFY(!hours.isOpen(utc("2026-07-15T07:59:00Z"), london));
    }

    void invalidPolicyFallsBackToTheDefault() {
        QVERIFY(QuietHoursPolicy{}.isValid());
        const QuietHoursPolicy backwards{QTime(21, 0), QTime(8, 0)};
        QVERIFY(!backwards.isValid());
        QCOMPARE(QuietHours(backwards).policy(), QuietHoursPolicy{});
        QVERIFY(!QuietHoursPolicy({QTime(8, 0), QTime()}).isValid());
    }

    void windowsThatNeverOverlapOpenAtTheLatestOpening() {
        // 09:00-10:00 in New York (13-14 UTC in July) and in Tokyo (00-01 UTC) never meet.
        QuietHours hours({QTime(9, 0), QTime(10, 0)});
        const RecipientZones zones =
            hours.zonesFor(QByteArray("America/New_York Asia/Tokyo"), ZoneSource::Number);
        QCOMPARE(zones.zones.size(), 2);
        const QuietHours::Check check = hours.check(utc("2026-07-15T12:00:00Z"), zones);
        QVERIFY(!check.open);
        QCOMPARE(check.opensAt, utc("2026-07-16T00:00:00Z"));
    }

    void answersForAnotherInstantAreNotReused() {
        QuietHours hours;
        const RecipientZones ny = hours.zonesFor(QString(), u"+12125550123");
        QVERIFY(hours.isOpen(utc("2026-07-15T14:00:00Z"), ny));
        QVERIFY(!hours.isOpen(utc("2026-07-15T03:00:00Z"), ny));
        QVERIFY(hours.isOpen(utc("2026-07-15T14:00:00Z"), ny));
    }
};

QTEST_GUILESS_MAIN(TestQuietHours)
#include "tst_quiethours.moc"
