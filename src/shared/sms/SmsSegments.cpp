#include "shared/sms/SmsSegments.h"

#include <QTextBoundaryFinder>
#include <QVarLengthArray>

#include <array>

namespace iq::sms {

namespace {

constexpr int kSegmentBits = 140 * 8;
constexpr int kHeaderBits = 6 * 8;

// 3GPP TS 23.038 default alphabet and its extension table, by Unicode value.
struct Gsm7Table {
    std::array<unsigned char, 0x400> low{}; // U+0000..U+03FF

    constexpr Gsm7Table() {
        const char16_t basic[] = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
                                 u"ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
        for (char16_t c : basic) {
            if (c != 0 && c < 0x400)
                low[c] = 1;
        }
        const char16_t extension[] = u"\f^{}\\[~]|";
        for (char16_t c : extension) {
            if (c != 0)
                low[c] = 2;
        }
        low[u'@'] = 1;
    }
};

constexpr Gsm7Table kGsm7;

inline int septetsOf(char16_t unit) {
    if (unit < kGsm7.low.size())
        return kGsm7.low[unit];
    return unit == 0x20AC ? 2 : 0; // the euro sign is in the extension table
}

// Only these code units are each a grapheme cluster of their own (CR LF aside): no combining marks,
// joiners, surrogates or regional indicators among them. Everything else goes through the full rules.
inline bool isSimpleUnit(char16_t u) {
    return u < 0x300 || (u >= 0x370 && u <= 0x3FF) || (u >= 0x2010 && u <= 0x2027) || u == 0x20AC;
}

struct Grapheme {
    int offset;
    int length;
};

// Calls f(offset, length) for each grapheme cluster; CR LF counts as two characters, as on the air.
template <typename F> void forEachGrapheme(QStringView text, F&& f) {
    const int n = static_cast<int>(text.size());
    bool simple = true;
    for (int i = 0; i < n && simple; ++i)
        simple = isSimpleUnit(text[i].unicode());
    if (simple) {
        for (int i = 0; i < n; ++i)
            f(i, 1);
        return;
    }
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text.data(), n);
    int start = 0;
    while (start < n) {
        int end = static_cast<int>(finder.toNextBoundary());
        if (end <= start)
            end = n;
        if (end - start == 2 && text[start] == QLatin1Char('\r') && text[start + 1] == QLatin1Char('\n')) {
            f(start, 1);
            f(start + 1, 1);
        } else {
            f(start, end - start);
        }
        start = end;
    }
}

// Segment building, step for step as the reference calculator does it, so that the counts agree
// to the character: when a character does not fit, a new segment starts; the first segment then
// gains its header and gives up characters from its end until it has room again.
class SegmentBuilder final {
public:
    explicit SegmentBuilder(QList<int>* starts)
        : m_starts(starts) {
        if (m_starts)
            m_starts->append(0);
    }

    void add(int bits, int offset) {
        const int free = kSegmentBits - m_bits - (m_header ? kHeaderBits : 0);
        if (free < bits) {
            ++m_segments;
            if (!m_header) {
                // Only the first segment is ever without a header; give it one now.
                int firstBits = m_bits + kHeaderBits;
                int moved = 0;
                int movedBits = 0;
                while (kSegmentBits - firstBits <= 0 && moved < m_first.size()) {
                    const int last = m_first[m_first.size() - 1 - moved].bits;
                    firstBits -= last;
                    movedBits += last;
                    ++moved;
                }
                if (m_starts)
                    m_starts->append(moved > 0 ? m_first[m_first.size() - moved].offset : offset);
                m_totalHeaders += 2;
                m_header = true;
                m_bits = movedBits;
            } else {
                if (m_starts)
                    m_starts->append(offset);
                m_totalHeaders += 1;
                m_bits = 0;
            }
        }
        m_bits += bits;
        m_messageBits += bits;
        if (!m_header)
            m_first.append({bits, offset});
    }

    int segments() const { return m_segments; }
    int messageBits() const { return m_messageBits; }
    int totalBits() const { return m_messageBits + m_totalHeaders * kHeaderBits; }

private:
    struct Entry {
        int bits;
        int offset;
    };
    QList<int>* m_starts;
    QVarLengthArray<Entry, 170> m_first;
    int m_segments = 1;
    int m_bits = 0;
    bool m_header = false;
    int m_totalHeaders = 0;
    int m_messageBits = 0;
};

// The count for a text whose characters all take the same number of bits, as SegmentBuilder would
// make it: the first segment holds what fits in 140 octets, or once there are several, what fits
// beside its header with room to spare (it gives up characters from its end); the others hold what
// fits beside theirs.
void countUniform(int characters, int bits, SegmentCount* count) {
    count->segments = 1;
    count->messageSize = characters * bits;
    count->totalSize = count->messageSize;
    if (characters * bits <= kSegmentBits)
        return;
    const int first = (kSegmentBits - kHeaderBits - 1) / bits;
    const int perSegment = (kSegmentBits - kHeaderBits) / bits;
    count->segments = 1 + (characters - first + perSegment - 1) / perSegment;
    count->totalSize = count->messageSize + count->segments * kHeaderBits;
}

// Nearly every personalized message is made of characters that are each a grapheme cluster of their
// own and cost the same: plain GSM-7, or UCS-2 without surrogates. Counted in one pass over the text;
// false when the text needs the general rules (extension characters, combining marks, emoji...).
bool countSimple(QStringView text, SegmentCount* count) {
    const qsizetype n = text.size();
    bool ucs2 = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t unit = text[i].unicode();
        if (!isSimpleUnit(unit))
            return false;
        const int septets = septetsOf(unit);
        if (septets == 2)
            return false;
        ucs2 |= septets == 0;
    }
    const int characters = static_cast<int>(n);
    count->encoding = ucs2 ? Encoding::Ucs2 : Encoding::Gsm7;
    count->characters = characters;
    count->unicodeScalars = characters;
    countUniform(characters, ucs2 ? 16 : 7, count);
    return true;
}

SegmentCount run(QStringView text, QList<Culprit>* culprits, QList<int>* starts) {
    SegmentCount count;
    // First pass: encoding, characters and scalars.
    bool ucs2 = false;
    int graphemes = 0;
    int septets = 0;
    forEachGrapheme(text, [&](int offset, int length) {
        ++graphemes;
        const int cost = length == 1 ? septetsOf(text[offset].unicode()) : 0;
        if (cost == 0) {
            ucs2 = true;
            if (culprits)
                culprits->append({offset, length, text.mid(offset, length).toString()});
        }
        septets += cost;
    });
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text[i].isLowSurrogate() || i == 0 || !text[i - 1].isHighSurrogate())
            ++count.unicodeScalars;
    }
    count.encoding = ucs2 ? Encoding::Ucs2 : Encoding::Gsm7;
    count.characters = ucs2 ? graphemes : septets;

    // Second pass: segments.
    SegmentBuilder builder(starts);
    forEachGrapheme(text, [&](int offset, int length) {
        int bits;
        if (!ucs2)
            bits = 7 * septetsOf(text[offset].unicode());
        else if (length == 1 && septetsOf(text[offset].unicode()) > 0)
            bits = 16;
        else
            bits = 16 * length;
        builder.add(bits, offset);
    });
    count.segments = builder.segments();
    count.messageSize = builder.messageBits();
    count.totalSize = builder.totalBits();
    return count;
}

struct Replacement {
    char16_t from;
    const char* to;
};

// Look-alikes that word processors and phones put in, with what GSM-7 can carry instead.
constexpr Replacement kReplacements[] = {
    {0x00A0, " "},   {0x00AB, "\""}, {0x00BB, "\""}, {0x00B4, "'"},  {0x0060, "'"}, {0x02BC, "'"},
    {0x02C6, "^"},   {0x02DC, "~"},  {0x2000, " "},  {0x2001, " "},  {0x2002, " "}, {0x2003, " "},
    {0x2004, " "},   {0x2005, " "},  {0x2006, " "},  {0x2007, " "},  {0x2008, " "}, {0x2009, " "},
    {0x200A, " "},   {0x200B, ""},   {0x2010, "-"},  {0x2011, "-"},  {0x2012, "-"}, {0x2013, "-"},
    {0x2014, "-"},   {0x2015, "-"},  {0x2018, "'"},  {0x2019, "'"},  {0x201A, "'"}, {0x201B, "'"},
    {0x201C, "\""},  {0x201D, "\""}, {0x201E, "\""}, {0x201F, "\""}, {0x2022, "-"}, {0x2024, "."},
    {0x2026, "..."}, {0x2032, "'"},  {0x2033, "\""}, {0x2039, "<"},  {0x203A, ">"}, {0x2043, "-"},
    {0x202F, " "},   {0x205F, " "},  {0x2060, ""},   {0x2212, "-"},  {0x3000, " "}, {0xFEFF, ""},
    {0xFF02, "\""},  {0xFF07, "'"},
};

const Replacement* replacementFor(char16_t unit) {
    for (const Replacement& r : kReplacements) {
        if (r.from == unit)
            return &r;
    }
    return nullptr;
}

} // namespace

QString toString(Encoding encoding) {
    return encoding == Encoding::Gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2");
}

int gsm7Septets(char16_t unit) {
    return septetsOf(unit);
}

SegmentCount countSegments(QStringView text) {
    SegmentCount count;
    if (countSimple(text, &count))
        return count;
    return run(text, nullptr, nullptr);
}

SegmentAnalysis analyzeSegments(QStringView text) {
    SegmentAnalysis analysis;
    analysis.count = run(text, &analysis.culprits, &analysis.segmentStarts);
    const bool gsm = analysis.count.encoding == Encoding::Gsm7;
    analysis.singleSegmentLimit = gsm ? 160 : 70;
    analysis.multiSegmentLimit = gsm ? 153 : 67;
    return analysis;
}

bool hasGsm7Replacement(char16_t unit) {
    return replacementFor(unit) != nullptr;
}

QString replaceSmartPunctuation(QStringView text, int* replaced) {
    int changes = 0;
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (const Replacement* r = replacementFor(c.unicode())) {
            result += QLatin1String(r->to);
            ++changes;
        } else {
            result += c;
        }
    }
    if (replaced)
        *replaced = changes;
    return result;
}

} // namespace iq::sms
