#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>
#include <QTime>
#include <QTimeZone>

namespace iq::campaign {

// When marketing messages may reach a person: from start (inclusive) to end (exclusive), in the
// person's local wall-clock time, on every day. The window lies within one day (start < end).
struct QuietHoursPolicy {
    QTime start{8, 0};
    QTime end{21, 0};

    bool isValid() const { return start.isValid() && end.isValid() && start < end; }
    bool allows(QTime local) const { return local >= start && local < end; }
    bool operator==(const QuietHoursPolicy& other) const { return start == other.start && end == other.end; }
};

// Where a recipient's zones came from.
enum class ZoneSource {
    Contact,  // the contact's own time zone
    Number,   // derived from the phone number: its country, and the area code where the country has several
    Fallback, // neither said anything: the fallback zone given to QuietHours
};

// The zones a recipient may be in. One zone in the common case; several when the number leaves it open
// (a mobile number in Australia, an area code across a zone border). Then a message may go only while the
// window is open in every one of them: the most restrictive reading (see QuietHours).
struct RecipientZones {
    QList<QTimeZone> zones;
    ZoneSource source = ZoneSource::Fallback;
    QByteArray key; // the IANA ids joined by spaces; equal keys, equal zones

    bool isAmbiguous() const { return zones.size() > 1; }
};

// The IANA zones a phone number may be in, from its E.164 digits alone (no libphonenumber call: this runs
// for every recipient of a campaign): the longest matching prefix of a table of country calling codes, and
// for countries with several zones (US, CA and the rest of the NANP, AU, BR, MX, RU, ID, ES, PT) of area
// codes. Empty when the country is not in the table.
class NumberTimeZones final {
public:
    // "+14155550123" -> {"America/Los_Angeles"}; "+61412345678" -> the five Australian mainland zones.
    static QList<QByteArray> candidates(QStringView e164);
    // The same ids joined by single spaces ("Australia/Perth Australia/Adelaide ..."); empty when unknown.
    static QByteArray candidatesKey(QStringView e164);
    // Every zone the table names, once each.
    static QList<QByteArray> allZones();
};

// Is this instant inside the recipient's window, and if not, when does it open. DST-correct: the window is
// in local wall-clock time, which QTimeZone maps to UTC on each date.
//
// Several candidate zones: the instant must be inside the window in every zone (the intersection of the
// windows), and the next opening is the first instant at which all are open at once. So a number that may
// be in New York or Chicago gets messages from 08:00 Chicago time (09:00 New York) to 21:00 New York time
// (20:00 Chicago). When the windows never overlap (zones further apart than 24 hours minus the window),
// the next opening is the latest of the zones' own openings, and that instant is treated as open.
//
// Not thread-safe (it caches zones and the answers for the last instant asked): one per thread.
class QuietHours final {
public:
    // fallbackZone is used when neither the contact nor the number gives a zone (typically the
    // profile's or the campaign's zone). An invalid policy falls back to the default window.
    explicit QuietHours(QuietHoursPolicy policy = {}, QTimeZone fallbackZone = QTimeZone::utc());

    const QuietHoursPolicy& policy() const { return m_policy; }
    const QTimeZone& fallbackZone() const { return m_fallback; }

    // The contact's time zone (an IANA id) when it is set and known, else the number's, else the fallback.
    RecipientZones zonesFor(const QString& contactTimeZone, QStringView e164);
    // Zones from IANA ids joined by spaces, as NumberTimeZones::candidatesKey gives them.
    RecipientZones zonesFor(const QByteArray& ianaKey, ZoneSource source);

    struct Check {
        bool open = true;
        QDateTime opensAt; // UTC; equal to the instant asked when open
    };
    // utc: the instant of sending. Answers for one instant are remembered per zone set, so checking a
    // whole audience against one instant costs one conversion per distinct zone set.
    Check check(const QDateTime& utc, const RecipientZones& zones);
    bool isOpen(const QDateTime& utc, const RecipientZones& zones) { return check(utc, zones).open; }
    QDateTime nextOpening(const QDateTime& utc, const RecipientZones& zones) {
        return check(utc, zones).opensAt;
    }

    // One zone, no caching.
    bool isOpenIn(const QDateTime& utc, const QTimeZone& zone) const;
    QDateTime nextOpeningIn(const QDateTime& utc, const QTimeZone& zone) const;

private:
    const QTimeZone* zone(const QByteArray& ianaId);
    Check compute(const QDateTime& utc, const RecipientZones& zones) const;

    QuietHoursPolicy m_policy;
    QTimeZone m_fallback;
    RecipientZones m_fallbackZones;
    QHash<QByteArray, QTimeZone> m_zones;         // invalid ones too, so an unknown id is looked up once
    QHash<QByteArray, RecipientZones> m_byKey[2]; // by ZoneSource::Contact and ZoneSource::Number
    QDateTime m_memoInstant;
    QHash<QByteArray, Check> m_memo;
};

} // namespace iq::campaign
