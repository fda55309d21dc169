#include "shared/campaign/QuietHours.h"

#include <QStringList>

#include <unordered_map>

namespace iq::campaign {

namespace {

// Zones by E.164 prefix (country calling code, then area code where a country has several zones). A row
// with several zones means the prefix leaves the zone open. Prefixes are matched longest first, so a
// country's own row ("61") answers for the numbers its area code rows do not name (mobiles, new codes).
struct PrefixZones {
    const char* zones;
    const char* prefixes;
};

// clang-format off
const PrefixZones kPrefixZones[] = {
    // North American Numbering Plan: +1 and the three-digit area code.
    {"America/New_York",
     "1201 1202 1203 1207 1212 1215 1216 1220 1223 1227 1229 1231 1234 1239 1240 1248 1252 1260 1267 1269 "
     "1272 1276 1283 1301 1302 1304 1305 1313 1315 1317 1321 1326 1330 1332 1336 1339 1347 1351 1352 1380 "
     "1386 1401 1404 1407 1410 1412 1413 1419 1423 1434 1436 1440 1443 1445 1448 1463 1470 1475 1478 1484 "
     "1502 1508 1513 1516 1517 1518 1540 1551 1561 1567 1570 1571 1574 1582 1585 1586 1603 1606 1607 1609 "
     "1610 1614 1616 1617 1631 1640 1646 1656 1667 1678 1679 1680 1681 1689 1703 1704 1706 1716 1717 1718 "
     "1724 1727 1732 1734 1740 1743 1754 1757 1762 1765 1770 1771 1772 1774 1781 1786 1802 1803 1804 1810 "
     "1813 1814 1826 1828 1835 1838 1839 1843 1845 1848 1854 1856 1857 1859 1860 1862 1863 1864 1865 1878 "
     "1904 1908 1910 1912 1914 1917 1919 1929 1934 1937 1941 1943 1947 1948 1954 1959 1973 1978 1980 1984 "
     "1989"},
    {"America/Toronto",
     "1226 1249 1263 1289 1343 1354 1365 1367 1382 1416 1418 1437 1438 1450 1468 1514 1519 1548 1579 1581 "
     "1613 1647 1683 1705 1742 1753 1819 1873 1905"},
    {"America/Chicago",
     "1205 1210 1214 1217 1218 1219 1224 1225 1228 1251 1254 1256 1262 1270 1274 1281 1309 1312 1314 1316 "
     "1318 1319 1320 1325 1327 1331 1334 1337 1346 1353 1361 1364 1402 1405 1409 1414 1417 1430 1432 1447 "
     "1464 1469 1479 1501 1504 1507 1512 1515 1531 1534 1539 1557 1563 1572 1573 1580 1601 1608 1612 1615 "
     "1618 1620 1629 1630 1636 1641 1651 1659 1660 1662 1682 1708 1712 1713 1715 1726 1730 1731 1737 1763 "
     "1769 1773 1779 1785 1806 1815 1816 1817 1830 1832 1847 1870 1872 1901 1903 1913 1918 1920 1931 1936 "
     "1938 1940 1945 1952 1956 1972 1975 1979 1985"},
    {"America/Winnipeg", "1204 1431 1584"},
    {"America/Regina", "1306 1474 1639"},
    {"America/Denver", "1303 1307 1385 1406 1435 1505 1575 1719 1720 1801 1915 1970 1983"},
    {"America/Phoenix", "1480 1520 1602 1623 1928"},
    {"America/Edmonton", "1368 1403 1587 1780 1825"},
    {"America/Los_Angeles",
     "1206 1209 1213 1253 1279 1310 1323 1341 1350 1360 1369 1408 1415 1424 1425 1442 1458 1503 1509 1510 "
     "1530 1541 1559 1562 1564 1619 1626 1628 1650 1657 1661 1669 1702 1707 1714 1725 1747 1760 1775 1805 "
     "1818 1820 1831 1840 1858 1909 1916 1925 1949 1951 1971"},
    {"America/Vancouver", "1236 1250 1257 1604 1672 1778"},
    {"America/Anchorage", "1907"},
    {"Pacific/Honolulu", "1808"},
    {"America/Halifax", "1782 1902"},
    {"America/Moncton", "1506"},
    {"America/St_Johns", "1709 1879"},
    {"America/Puerto_Rico", "1787 1939"},
    {"America/Jamaica", "1658 1876"},
    {"America/Nassau", "1242"},
    {"Atlantic/Bermuda", "1441"},
    {"America/Port_of_Spain", "1868"},
    {"America/Santo_Domingo", "1809 1829 1849"},
    {"America/Barbados", "1246"},
    {"America/St_Thomas", "1340"},
    {"Pacific/Guam", "1671"},
    {"Pacific/Saipan", "1670"},
    {"Pacific/Pago_Pago", "1684"},
    // Area codes across a zone border.
    {"America/New_York America/Chicago", "1812 1850 1906 1930"},
    {"America/Toronto America/Winnipeg", "1807"},
    {"America/Chicago America/Denver", "1308 1605 1701"},
    {"America/Denver America/Los_Angeles", "1208 1986"},
    {"America/Whitehorse America/Edmonton America/Iqaluit", "1867"},
    // Any other NANP number (a new area code, a non-geographic one): every North American zone.
    {"America/St_Johns America/Halifax America/New_York America/Chicago America/Denver America/Phoenix "
     "America/Los_Angeles America/Anchorage Pacific/Honolulu", "1"},

    // Australia: the area code for landlines; mobiles (4) and the rest could be anywhere on the mainland.
    {"Australia/Sydney", "612"},
    {"Australia/Melbourne", "613"},
    {"Australia/Brisbane", "617"},
    {"Australia/Perth Australia/Adelaide Australia/Darwin", "618"},
    {"Australia/Perth Australia/Darwin Australia/Adelaide Australia/Brisbane Australia/Sydney", "61"},

    // Brazil: the two-digit DDD.
    {"America/Sao_Paulo",
     "5511 5512 5513 5514 5515 5516 5517 5518 5519 5521 5522 5524 5527 5528 5531 5532 5533 5534 5535 5537 "
     "5538 5541 5542 5543 5544 5545 5546 5547 5548 5549 5551 5553 5554 5555 5561 5562 5564 5571 5573 5574 "
     "5575 5577 5579 5581 5582 5583 5584 5585 5586 5587 5588 5589 5591 5593 5594 5596 5598 5599"},
    {"America/Cuiaba", "5565 5566"},
    {"America/Campo_Grande", "5567"},
    {"America/Rio_Branco", "5568"},
    {"America/Porto_Velho", "5569"},
    {"America/Manaus", "5592 5597"},
    {"America/Boa_Vista", "5595"},
    {"America/Sao_Paulo America/Manaus America/Rio_Branco", "55"},

    // Mexico: the area code.
    {"America/Mexico_City", "5255 5256 5233"},
    {"America/Monterrey", "5281"},
    {"America/Tijuana", "52646 52664 52665 52686"},
    {"America/Hermosillo", "52631 52644 52662"},
    {"America/Chihuahua", "52614"},
    {"America/Ciudad_Juarez", "52656"},
    {"America/Mazatlan", "52612 52667 52669"},
    {"America/Cancun", "52983 52984 52998"},
    {"America/Cancun America/Mexico_City America/Mazatlan America/Hermosillo America/Tijuana", "52"},

    // Russia (+7, with Kazakhstan's 6 and 7 after it): a few large cities; mobiles could be anywhere.
    {"Europe/Moscow", "7495 7499 7812"},
    {"Europe/Kaliningrad", "7401"},
    {"Asia/Yekaterinburg", "7343"},
    {"Asia/Novosibirsk", "7383"},
    {"Asia/Vladivostok", "7423"},
    {"Asia/Almaty", "76 77"},
    {"Europe/Kaliningrad Europe/Moscow Europe/Samara Asia/Yekaterinburg Asia/Omsk Asia/Krasnoyarsk "
     "Asia/Irkutsk Asia/Yakutsk Asia/Vladivostok Asia/Magadan Asia/Kamchatka", "7"},

    // Indonesia, Spain (the Canaries) and Portugal (the Azores).
    {"Asia/Jakarta", "6221"},
    {"Asia/Jakarta Asia/Makassar Asia/Jayapura", "62"},
    {"Atlantic/Canary", "34822 34828 34922 34928"},
    {"Atlantic/Azores", "351292 351295 351296"},

    // Countries in one zone.
    {"Europe/London", "44"},
    {"Europe/Berlin", "49"},
    {"Europe/Paris", "33"},
    {"Europe/Madrid", "34"},
    {"Europe/Lisbon", "351"},
    {"Europe/Rome", "39"},
    {"Europe/Amsterdam", "31"},
    {"Europe/Brussels", "32"},
    {"Europe/Zurich", "41"},
    {"Europe/Vienna", "43"},
    {"Europe/Copenhagen", "45"},
    {"Europe/Stockholm", "46"},
    {"Europe/Oslo", "47"},
    {"Europe/Warsaw", "48"},
    {"Europe/Dublin", "353"},
    {"Europe/Luxembourg", "352"},
    {"Europe/Helsinki", "358"},
    {"Europe/Athens", "30"},
    {"Europe/Prague", "420"},
    {"Europe/Bratislava", "421"},
    {"Europe/Budapest", "36"},
    {"Europe/Bucharest", "40"},
    {"Europe/Sofia", "359"},
    {"Europe/Zagreb", "385"},
    {"Europe/Ljubljana", "386"},
    {"Europe/Belgrade", "381"},
    {"Europe/Kyiv", "380"},
    {"Europe/Vilnius", "370"},
    {"Europe/Riga", "371"},
    {"Europe/Tallinn", "372"},
    {"Atlantic/Reykjavik", "354"},
    {"Europe/Istanbul", "90"},
    {"Asia/Jerusalem", "972"},
    {"Asia/Dubai", "971"},
    {"Asia/Riyadh", "966"},
    {"Africa/Cairo", "20"},
    {"Africa/Johannesburg", "27"},
    {"Africa/Lagos", "234"},
    {"Africa/Nairobi", "254"},
    {"Asia/Kolkata", "91"},
    {"Asia/Karachi", "92"},
    {"Asia/Shanghai", "86"},
    {"Asia/Hong_Kong", "852"},
    {"Asia/Taipei", "886"},
    {"Asia/Tokyo", "81"},
    {"Asia/Seoul", "82"},
    {"Asia/Singapore", "65"},
    {"Asia/Kuala_Lumpur", "60"},
    {"Asia/Bangkok", "66"},
    {"Asia/Ho_Chi_Minh", "84"},
    {"Asia/Manila", "63"},
    {"Pacific/Auckland", "64"},
    {"America/Argentina/Buenos_Aires", "54"},
    {"America/Santiago", "56"},
    {"America/Bogota", "57"},
    {"America/Lima", "51"},
};
// clang-format on

constexpr int kLongestPrefix = 6;

const std::unordered_map<std::string, QByteArray>& prefixTable() {
    static const std::unordered_map<std::string, QByteArray> table = [] {
        std::unordered_map<std::string, QByteArray> built;
        for (const PrefixZones& row : kPrefixZones) {
            const QByteArray zones(row.zones);
            for (const QByteArray& prefix : QByteArray(row.prefixes).split(' '))
                built.emplace(prefix.toStdString(), zones);
        }
        return built;
    }();
    return table;
}

QList<QTimeZone> toZones(const QList<QByteArray>& ids, QHash<QByteArray, QTimeZone>& cache) {
    QList<QTimeZone> zones;
    for (const QByteArray& id : ids) {
        auto it = cache.find(id);
        if (it == cache.end())
            it = cache.insert(id, QTimeZone(id));
        if (it->isValid())
            zones.append(*it);
    }
    return zones;
}

} // namespace

QByteArray NumberTimeZones::candidatesKey(QStringView e164) {
    if (e164.startsWith(u'+'))
        e164 = e164.mid(1);
    std::string digits;
    for (const QChar c : e164.left(kLongestPrefix)) {
        if (c < u'0' || c > u'9')
            break;
        digits.push_back(static_cast<char>(c.unicode()));
    }
    const auto& table = prefixTable();
    for (size_t length = digits.size(); length > 0; --length) {
        const auto it = table.find(digits.substr(0, length));
        if (it != table.end())
            return it->second;
    }
    return {};
}

QList<QByteArray> NumberTimeZones::candidates(QStringView e164) {
    const QByteArray key = candidatesKey(e164);
    return key.isEmpty() ? QList<QByteArray>{} : key.split(' ');
}

QList<QByteArray> NumberTimeZones::allZones() {
    QList<QByteArray> zones;
    for (const PrefixZones& row : kPrefixZones) {
        for (const QByteArray& zone : QByteArray(row.zones).split(' ')) {
            if (!zones.contains(zone))
                zones.append(zone);
        }
    }
    return zones;
}

QuietHours::QuietHours(QuietHoursPolicy policy, QTimeZone fallbackZone)
    : m_policy(policy.isValid() ? policy : QuietHoursPolicy{})
    , m_fallback(fallbackZone.isValid() ? std::move(fallbackZone) : QTimeZone::utc()) {
    m_fallbackZones.zones = {m_fallback};
    m_fallbackZones.source = ZoneSource::Fallback;
    m_fallbackZones.key = m_fallback.id();
}

RecipientZones QuietHours::zonesFor(const QByteArray& ianaKey, ZoneSource source) {
    if (ianaKey.isEmpty() || source == ZoneSource::Fallback)
        return m_fallbackZones;
    auto& cache = m_byKey[source == ZoneSource::Contact ? 0 : 1];
    auto it = cache.constFind(ianaKey);
    if (it == cache.constEnd()) {
        RecipientZones zones;
        zones.zones = toZones(ianaKey.split(' '), m_zones);
        zones.source = source;
        zones.key = ianaKey;
        it = cache.insert(ianaKey, zones.zones.isEmpty() ? RecipientZones{} : zones);
    }
    return it->zones.isEmpty() ? m_fallbackZones : *it;
}

RecipientZones QuietHours::zonesFor(const QString& contactTimeZone, QStringView e164) {
    const QString trimmed = contactTimeZone.trimmed();
    if (!trimmed.isEmpty() && !trimmed.contains(u' ')) {
        const RecipientZones own = zonesFor(trimmed.toUtf8(), ZoneSource::Contact);
        if (own.source == ZoneSource::Contact)
            return own;
    }
    return zonesFor(NumberTimeZones::candidatesKey(e164), ZoneSource::Number);
}

bool QuietHours::isOpenIn(const QDateTime& utc, const QTimeZone& zone) const {
    return m_policy.allows(utc.toTimeZone(zone).time());
}

QDateTime QuietHours::nextOpeningIn(const QDateTime& utc, const QTimeZone& zone) const {
    const QDateTime local = utc.toTimeZone(zone);
    if (m_policy.allows(local.time()))
        return utc.toUTC();
    QDate date = local.date();
    if (local.time() >= m_policy.end)
        date = date.addDays(1);
    // The start on that local date; a start inside a DST gap is moved forward past the gap by QDateTime.
    QDateTime opening(date, m_policy.start, zone);
    if (opening <= utc) // a fold can map the start before the instant asked: the next day's start then
        opening = QDateTime(date.addDays(1), m_policy.start, zone);
    return opening.toUTC();
}

QuietHours::Check QuietHours::compute(const QDateTime& utc, const RecipientZones& zones) const {
    const QList<QTimeZone>& list = zones.zones.isEmpty() ? m_fallbackZones.zones : zones.zones;
    // Move forward to each closed zone's opening until every zone is open at once. Each round moves at
    // least one zone to its next opening, so overlapping windows are found within a few rounds.
    QDateTime at = utc.toUTC();
    for (int round = 0; round < 4 * list.size() + 4; ++round) {
        bool allOpen = true;
        for (const QTimeZone& zone : list) {
            if (!isOpenIn(at, zone)) {
                at = nextOpeningIn(at, zone);
                allOpen = false;
            }
        }
        if (allOpen)
            return {at == utc.toUTC(), at};
    }
    // The windows never overlap: the latest of the zones' own openings.
    QDateTime latest;
    bool openNow = true;
    for (const QTimeZone& zone : list) {
        const QDateTime opening = nextOpeningIn(utc, zone);
        openNow = openNow && opening == utc.toUTC();
        if (!latest.isValid() || opening > latest)
            latest = opening;
    }
    return {openNow, latest};
}

QuietHours::Check QuietHours::check(const QDateTime& utc, const RecipientZones& zones) {
    if (utc != m_memoInstant) {
        m_memo.clear();
        m_memoInstant = utc;
    }
    const QByteArray& key = zones.zones.isEmpty() ? m_fallbackZones.key : zones.key;
    if (key.isEmpty())
        return compute(utc, zones);
    auto it = m_memo.constFind(key);
    if (it == m_memo.constEnd())
        it = m_memo.insert(key, compute(utc, zones));
    return *it;
}

} // namespace iq::campaign
