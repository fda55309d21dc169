#pragma once

// Header-only so that tests can include it too, also in builds without the benchmarks.

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <vector>

namespace iq::bench {

// US phone numbers written the ways people type them into a contacts file: a dozen formats, ~8% too
// short to be valid and ~3% repeated from earlier rows. The random generator is the caller's, so a
// file generator can draw the rest of each row from the same sequence; the same seed always gives
// the same numbers (import_bench's file, phone_bench's and tst_quickphoneparser's inputs use 42).
class MessyPhoneNumbers final {
public:
    // The number of row `row`: its last four digits are the row's index.
    QByteArray next(QRandomGenerator& random, int row) {
        static const char* const formats[] = {
            "+1 %03d-%03d-%04d",   "(%03d) %03d-%04d", "%03d.%03d.%04d",    "%03d-%03d-%04d",
            "+1 (%03d) %03d %04d", "1-%03d-%03d-%04d", "%03d %03d %04d",    "+1%03d%03d%04d",
            "001 %03d %03d %04d",  "%03d/%03d-%04d",   "+1.%03d.%03d.%04d", "tel: %03d-%03d-%04d"};
        static const int areas[] = {212, 312, 415, 503, 617, 646, 702, 808, 919, 971};
        const quint32 r = random.bounded(100);
        if (r < 3 && !m_earlier.empty())
            return m_earlier[random.bounded(quint32(m_earlier.size()))];
        if (r < 11)
            return QByteArray::number(random.bounded(1000, 99999)); // too short: invalid
        // Drawn in this order (exchange, area, format) so the numbers stay what they have been.
        const int exchange = int(random.bounded(200, 999));
        const int area = areas[random.bounded(10)];
        const char* const format = formats[random.bounded(12)];
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, format, area, exchange, row % 10000);
        const QByteArray phone(buffer);
        if (m_earlier.size() < 100000)
            m_earlier.push_back(phone);
        return phone;
    }

private:
    std::vector<QByteArray> m_earlier;
};

// The first `count` numbers alone, from a generator seeded with `seed`.
inline QStringList messyPhoneNumbers(int count, quint32 seed = 42) {
    QRandomGenerator random(seed);
    MessyPhoneNumbers numbers;
    QStringList raws;
    raws.reserve(count);
    for (int row = 0; row < count; ++row)
        raws << QString::fromLatin1(numbers.next(random, row));
    return raws;
}

} // namespace iq::bench
