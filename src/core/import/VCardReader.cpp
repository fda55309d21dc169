#include "core/import/VCardReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>
#include <QStringDecoder>

#include <utility>

namespace iq {

// The translation context of this file's messages: lupdate files VCardReaderText::tr() calls under it, and
// the same context is asked for at run time.
class VCardReaderText final {
    Q_DECLARE_TR_FUNCTIONS(iq::VCardReader)
};
namespace {

QByteArray decodeQuotedPrintable(const QByteArray& input) {
    QByteArray out;
    out.reserve(input.size());
    for (qsizetype i = 0; i < input.size(); ++i) {
        const char c = input.at(i);
        if (c == '=' && i + 2 < input.size()) {
            bool ok = false;
            const int byte = input.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out.append(char(byte));
                i += 2;
                continue;
            }
        }
        if (c == '=' && i == input.size() - 1)
            break; // a soft line break left at the very end
        out.append(c);
    }
    return out;
}

// Splits on an unescaped separator, then unescapes each part.
QStringList splitEscaped(const QString& value, QChar separator) {
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
            continue;
        }
        if (c == separator) {
            parts << VCardReader::unescape(current);
            current.clear();
            continue;
        }
        current += c;
    }
    parts << VCardReader::unescape(current);
    return parts;
}

} // namespace

QStringList VCardProperty::types() const {
    QStringList result;
    for (const QString& type : params.value(QStringLiteral("TYPE"))) {
        for (const QString& part : type.split(QLatin1Char(','), Qt::SkipEmptyParts))
            result << part.trimmed().toLower();
    }
    return result;
}

QStringList VCardProperty::components() const {
    return splitEscaped(value, QLatin1Char(';'));
}

QStringList VCardProperty::list() const {
    return splitEscaped(value, QLatin1Char(','));
}

QString VCardProperty::text() const {
    return VCardReader::unescape(value);
}

QString VCardReader::unescape(QStringView text) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar n = text.at(++i);
            if (n == QLatin1Char('n') || n == QLatin1Char('N'))
                out += QLatin1Char('\n');
            else
                out += n;
            continue;
        }
        out += c;
    }
    return out;
}

VCardReader::VCardReader(const VCardLimits& limits)
    : m_limits(limits) {}
VCardReader::~VCardReader() = default;

Status VCardReader::openFile(const QString& path) {
    m_ownedFile = std::make_unique<QFile>(path);
    if (!m_ownedFile->open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           VCardReaderText::tr("Cannot open %1: %2").arg(path, m_ownedFile->errorString()));
    return open(m_ownedFile.get());
}

Status VCardReader::open(QIODevice* device) {
    m_device = device;
    m_totalBytes = device->isSequential() ? 0 : device->size();
    // A UTF-8 byte order mark in front of BEGIN:VCARD.
    if (device->peek(3) == QByteArray("\xEF\xBB\xBF", 3))
        device->read(3);
    return {};
}

bool VCardReader::looksLikeVCard(const QByteArray& head) {
    QByteArray start = head.left(512).trimmed();
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.mid(3).trimmed();
    return start.toUpper().startsWith("BEGIN:VCARD");
}

bool VCardReader::readRawLine(QByteArray& line, bool& tooLong) {
    tooLong = false;
    if (m_havePeek) {
        line = std::move(m_peek);
        tooLong = m_peekTooLong;
        m_havePeek = false;
        return true;
    }
    if (!m_device || m_device->atEnd())
        return false;
    // In pieces, keeping no more than the limit: QIODevice::readLine() alone would hold a line of any
    // length, and readLine(max) allocates max bytes for every line.
    constexpr qint64 kPiece = 16 * 1024;
    line.clear();
    for (;;) {
        const QByteArray piece = m_device->readLine(kPiece);
        if (piece.isEmpty())
            break;
        m_bytesRead += piece.size();
        if (line.size() <= m_limits.maxLineBytes + 1)
            line += piece;
        else
            tooLong = true;
        if (piece.endsWith('\n'))
            break;
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.size() > m_limits.maxLineBytes) {
        tooLong = true;
        line.truncate(m_limits.maxLineBytes);
    }
    return true;
}

bool VCardReader::readLogicalLine(QByteArray& line, qint64& lineNumber, qint64& overlong) {
    overlong = 0;
    if (m_pushedBackLine > 0) {
        line = std::move(m_pushedBack);
        lineNumber = std::exchange(m_pushedBackLine, 0);
        return true;
    }
    bool tooLong = false;
    if (!readRawLine(line, tooLong))
        return false;
    lineNumber = ++m_line;
    if (tooLong)
        overlong = m_line;
    const qsizetype colon = line.indexOf(':');
    const bool quotedPrintable = colon > 0 && line.left(colon).toUpper().contains("QUOTED-PRINTABLE");
    bool softBreak = quotedPrintable && line.endsWith('=');
    QByteArray next;
    for (;;) {
        bool nextTooLong = false;
        if (!readRawLine(next, nextTooLong))
            break;
        const bool folded = !next.isEmpty() && (next.at(0) == ' ' || next.at(0) == '\t');
        if (!folded && !softBreak) {
            m_peek = std::move(next);
            m_peekTooLong = nextTooLong;
            m_havePeek = true;
            break;
        }
        ++m_line;
        // Past the limit the rest of the logical line is read and dropped: the caller skips it whole.
        const QByteArrayView part = folded ? QByteArrayView(next).sliced(1) : QByteArrayView(next);
        if (!overlong && (nextTooLong || line.size() + part.size() > m_limits.maxLineBytes))
            overlong = m_line;
        if (folded) {
            if (!overlong)
                line.append(part); // folded (RFC 6350 3.2)
        } else {
            if (!overlong) {
                line.chop(1); // quoted-printable soft line break (vCard 2.1)
                line.append(part);
            }
        }
        softBreak = quotedPrintable && next.endsWith('=');
    }
    return true;
}

void VCardReader::skipRestOfCard() {
    QByteArray line;
    qint64 lineNumber = 0;
    qint64 overlong = 0;
    while (readLogicalLine(line, lineNumber, overlong)) {
        if (overlong)
            continue;
        const QByteArray marker = line.trimmed().toUpper();
        if (marker == "END:VCARD")
            return;
        if (marker == "BEGIN:VCARD") {
            m_pushedBack = std::move(line);
            m_pushedBackLine = lineNumber;
            return;
        }
    }
}

VCardProperty VCardReader::parseLine(const QByteArray& logicalLine) {
    VCardProperty property;
    // The name and parameters end at the first colon outside a quoted parameter value.
    qsizetype colon = -1;
    bool inQuotes = false;
    for (qsizetype i = 0; i < logicalLine.size(); ++i) {
        const char c = logicalLine.at(i);
        if (c == '"')
            inQuotes = !inQuotes;
        else if (c == ':' && !inQuotes) {
            colon = i;
            break;
        }
    }
    if (colon < 0)
        return property;
    const QByteArray head = logicalLine.left(colon);
    QByteArray rawValue = logicalLine.mid(colon + 1);
    QList<QByteArray> parts = head.split(';');
    QByteArray name = parts.takeFirst().trimmed();
    if (const qsizetype dot = name.indexOf('.'); dot >= 0) {
        property.group = QString::fromUtf8(name.left(dot));
        name = name.mid(dot + 1);
    }
    property.name = QString::fromUtf8(name).toUpper();
    for (const QByteArray& part : parts) {
        const qsizetype equals = part.indexOf('=');
        QString key =
            equals < 0 ? QStringLiteral("TYPE") : QString::fromUtf8(part.left(equals)).trimmed().toUpper();
        QString value = QString::fromUtf8(equals < 0 ? part : part.mid(equals + 1)).trimmed();
        if (value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')) && value.size() >= 2)
            value = value.mid(1, value.size() - 2);
        // vCard 2.1 writes bare encodings and charsets too ("TEL;CELL;QUOTED-PRINTABLE:").
        if (equals < 0 && (value.compare(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive) == 0 ||
                           value.compare(QLatin1String("BASE64"), Qt::CaseInsensitive) == 0))
            key = QStringLiteral("ENCODING");
        property.params[key].append(value);
    }
    const QString encoding = property.params.value(QStringLiteral("ENCODING")).value(0).toUpper();
    if (encoding == QLatin1String("QUOTED-PRINTABLE"))
        rawValue = decodeQuotedPrintable(rawValue);
    else if (encoding == QLatin1String("B") || encoding == QLatin1String("BASE64"))
        return property; // photos and keys: nothing the import uses
    const QString charset = property.params.value(QStringLiteral("CHARSET")).value(0);
    if (!charset.isEmpty() && charset.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0) {
        QStringDecoder decoder(charset.toLatin1().constData());
        if (decoder.isValid()) {
            property.value = decoder.decode(rawValue);
            return property;
        }
    }
    property.value = QString::fromUtf8(rawValue);
    return property;
}

bool VCardReader::next(VCard& card) {
    card = VCard();
    if (m_stopped)
        return false;
    QByteArray line;
    qint64 lineNumber = 0;
    qint64 overlong = 0;
    // Find the next BEGIN:VCARD; anything between cards is ignored.
    for (;;) {
        if (!readLogicalLine(line, lineNumber, overlong))
            return false;
        if (!overlong && line.trimmed().toUpper() == "BEGIN:VCARD")
            break;
    }
    card.line = lineNumber;
    if (m_cards == m_limits.maxCards) {
        m_stopped = true;
        card.error = VCardReaderText::tr(
                         "Line %1: the file has more than %2 cards; this card and the ones after it are not "
                         "read.")
                         .arg(card.line)
                         .arg(m_limits.maxCards);
        return true;
    }
    ++m_cards;
    qsizetype cardBytes = 0;
    for (;;) {
        if (!readLogicalLine(line, lineNumber, overlong)) {
            card.error =
                VCardReaderText::tr("Line %1: the card that starts here has no END:VCARD.").arg(card.line);
            return true;
        }
        if (overlong) {
            card.error =
                VCardReaderText::tr("Line %1 is longer than %2; the card that starts on line %3 is skipped.")
                    .arg(overlong)
                    .arg(QLocale().formattedDataSize(m_limits.maxLineBytes, 0))
                    .arg(card.line);
            card.properties.clear();
            skipRestOfCard();
            return true;
        }
        cardBytes += line.size();
        if (cardBytes > m_limits.maxCardBytes) {
            card.error = VCardReaderText::tr(
                             "Line %1: the card that starts here is larger than %2 (at line %3); it is "
                             "skipped.")
                             .arg(card.line)
                             .arg(QLocale().formattedDataSize(m_limits.maxCardBytes, 0))
                             .arg(lineNumber);
            card.properties.clear();
            skipRestOfCard();
            return true;
        }
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (trimmed.toUpper() == "END:VCARD")
            return true;
        if (trimmed.toUpper() == "BEGIN:VCARD") {
            // A card without its end: report it and start the next one here.
            card.error =
                VCardReaderText::tr("Line %1: the card that starts here has no END:VCARD.").arg(card.line);
            m_pushedBack = std::move(line);
            m_pushedBackLine = lineNumber;
            return true;
        }
        VCardProperty property = parseLine(line);
        if (property.name.isEmpty())
            continue;
        if (property.name == QLatin1String("VERSION"))
            card.version = property.value.trimmed();
        else
            card.properties.append(std::move(property));
    }
}

} // namespace iq
