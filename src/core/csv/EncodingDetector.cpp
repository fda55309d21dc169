#include "core/csv/EncodingDetector.h"

#include <QStringDecoder>

#include <uchardet.h>

#include <memory>

namespace iq {
namespace {

bool startsWith(const QByteArray& bytes, std::initializer_list<unsigned char> prefix) {
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char c : prefix) {
        if (static_cast<unsigned char>(bytes.at(i++)) != c)
            return false;
    }
    return true;
}

struct UchardetDeleter {
    void operator()(uchardet* detector) const { uchardet_delete(detector); }
};

} // namespace

bool EncodingDetector::isValidUtf8(const QByteArray& bytes) {
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int minimum = 0;
        unsigned int codePoint = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
            codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
            codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
            codePoint = c & 0x07;
        } else {
            return false;
        }
        if (i + length > size)
            return true; // cut by the end of the sample, not broken
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

bool EncodingDetector::isSupported(const QByteArray& name) {
    if (name.isEmpty())
        return false;
    QStringDecoder decoder(name.constData());
    return decoder.isValid();
}

int EncodingDetector::bomLength(const QByteArray& name, const QByteArray& sample) {
    const QByteArray upper = name.toUpper();
    if ((upper == "UTF-8" || upper == "UTF8") && startsWith(sample, {0xEF, 0xBB, 0xBF}))
        return 3;
    if ((upper == "UTF-16LE" || upper == "UTF-16") && startsWith(sample, {0xFF, 0xFE}))
        return 2;
    if ((upper == "UTF-16BE" || upper == "UTF-16") && startsWith(sample, {0xFE, 0xFF}))
        return 2;
    return 0;
}

EncodingGuess EncodingDetector::detect(const QByteArray& sample) {
    if (startsWith(sample, {0xEF, 0xBB, 0xBF}))
        return {"UTF-8", 3, QStringLiteral("byte order mark")};
    if (startsWith(sample, {0xFF, 0xFE}))
        return {"UTF-16LE", 2, QStringLiteral("byte order mark")};
    if (startsWith(sample, {0xFE, 0xFF}))
        return {"UTF-16BE", 2, QStringLiteral("byte order mark")};

    // UTF-16 without a mark: mostly-ASCII text has a zero byte in every other position.
    if (sample.size() >= 4) {
        qsizetype evenZeros = 0;
        qsizetype oddZeros = 0;
        for (qsizetype i = 0; i + 1 < sample.size(); i += 2) {
            evenZeros += sample.at(i) == '\0';
            oddZeros += sample.at(i + 1) == '\0';
        }
        const qsizetype pairs = sample.size() / 2;
        if (oddZeros * 10 > pairs * 6 && evenZeros * 10 < pairs)
            return {"UTF-16LE", 0, QStringLiteral("zero bytes")};
        if (evenZeros * 10 > pairs * 6 && oddZeros * 10 < pairs)
            return {"UTF-16BE", 0, QStringLiteral("zero bytes")};
    }

    if (isValidUtf8(sample))
        return {"UTF-8", 0, QStringLiteral("valid UTF-8")};

    std::unique_ptr<uchardet, UchardetDeleter> detector(uchardet_new());
    if (detector && uchardet_handle_data(detector.get(), sample.constData(), size_t(sample.size())) == 0) {
        uchardet_data_end(detector.get());
        const QByteArray name(uchardet_get_charset(detector.get()));
        const QByteArray upper = name.toUpper();
        // uchardet calls most Western European text ISO-8859-1; Excel writes Windows-1252, which is
        // the same except that it also has curly quotes, the euro sign and dashes in 0x80-0x9F.
        if (upper == "ISO-8859-1" || upper == "WINDOWS-1252")
            return {"windows-1252", 0, QStringLiteral("detected by uchardet")};
        if (!name.isEmpty() && upper != "ASCII" && upper != "UTF-8" && isSupported(name))
            return {name, 0, QStringLiteral("detected by uchardet")};
    }
    return {"windows-1252", 0, QStringLiteral("fallback")};
}

} // namespace iq
