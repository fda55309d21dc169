#include "core/csv/CsvReader.h"

#include "core/csv/EncodingDetector.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QRegularExpression>

namespace iq {

// The translation context of this file's messages: lupdate files CsvReaderText::tr() calls under it, and the
// same context is asked for at run time.
class CsvReaderText final {
    Q_DECLARE_TR_FUNCTIONS(iq::CsvReader)
};
namespace {

constexpr qint64 kChunkBytes = 64 * 1024;
constexpr qint64 kSampleBytes = 64 * 1024;

} // namespace

CsvReader::CsvReader(CsvOptions options)
    : m_options(std::move(options)) {}

CsvReader::~CsvReader() = default;

Status CsvReader::openFile(const QString& path) {
    m_ownedFile = std::make_unique<QFile>(path);
    if (!m_ownedFile->open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           CsvReaderText::tr("Cannot open %1: %2").arg(path, m_ownedFile->errorString()));
    return open(m_ownedFile.get());
}

Status CsvReader::open(QIODevice* device) {
    m_device = device;
    m_totalBytes = device->isSequential() ? 0 : device->size();
    m_pendingBytes = device->read(kSampleBytes);
    m_bytesRead = m_pendingBytes.size();
    const bool wholeFileSampled = m_pendingBytes.size() < kSampleBytes;

    int skip = 0;
    if (m_options.encoding.isEmpty()) {
        const EncodingGuess guess = EncodingDetector::detect(m_pendingBytes);
        m_encoding = guess.name;
        m_encodingReason = guess.reason;
        skip = guess.bomLength;
    } else {
        if (!EncodingDetector::isSupported(m_options.encoding))
            return Error::make(
                Error::Code::InvalidInput,
                CsvReaderText::tr("The encoding \"%1\" is not known; try UTF-8, UTF-16LE, windows-1252.")
                    .arg(QString::fromLatin1(m_options.encoding)));
        m_encoding = m_options.encoding;
        m_encodingReason = CsvReaderText::tr("chosen");
        skip = EncodingDetector::bomLength(m_encoding, m_pendingBytes);
    }
    m_decoder = QStringDecoder(m_encoding.constData());
    m_pendingBytes.remove(0, skip);

    // Decode the sample (cut at its last line break unless it is the whole file) to sniff with.
    QStringDecoder sampleDecoder(m_encoding.constData());
    QString sample = sampleDecoder.decode(m_pendingBytes);
    if (!wholeFileSampled) {
        const qsizetype cut =
            std::max(sample.lastIndexOf(QLatin1Char('\n')), sample.lastIndexOf(QLatin1Char('\r')));
        if (cut > 0)
            sample.truncate(cut);
    }
    if (m_options.delimiter.isNull()) {
        m_delimiter = sniffDelimiter(sample);
    } else {
        m_delimiter = m_options.delimiter;
    }

    CsvRecord first;
    const bool any = readRecord(first);
    // Blank lines before the header are skipped like any other.
    bool have = any;
    while (have && first.fields.size() == 1 && first.fields.first().isEmpty() && !first.broken()) {
        ++m_blankLines;
        have = readRecord(first);
    }
    switch (m_options.header) {
    case CsvOptions::Header::Yes:
        m_hasHeader = have;
        break;
    case CsvOptions::Header::No:
        m_hasHeader = false;
        break;
    case CsvOptions::Header::Auto:
        m_hasHeader = have && looksLikeHeader(first.fields);
        break;
    }
    if (m_hasHeader) {
        m_header = first.fields;
        for (QString& name : m_header)
            name = name.trimmed();
    } else {
        if (have)
            m_peeked.append(first);
        qsizetype widest = have ? first.fields.size() : 0;
        if (m_measureWidth) {
            for (const CsvRecord& record : parseText(sample, m_delimiter))
                widest = std::max(widest, record.fields.size());
        }
        for (qsizetype i = 0; i < widest; ++i)
            m_header << CsvReaderText::tr("Column %1").arg(i + 1);
    }
    return {};
}

QString CsvReader::delimiterName(QChar delimiter) {
    if (delimiter == QLatin1Char('\t'))
        return CsvReaderText::tr("tab");
    if (delimiter == QLatin1Char(','))
        return CsvReaderText::tr("comma");
    if (delimiter == QLatin1Char(';'))
        return CsvReaderText::tr("semicolon");
    if (delimiter == QLatin1Char('|'))
        return CsvReaderText::tr("vertical bar");
    return QString(delimiter);
}

bool CsvReader::refill() {
    if (m_eof || !m_device)
        return false;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    QByteArray bytes;
    if (!m_pendingBytes.isEmpty()) {
        bytes = std::move(m_pendingBytes);
        m_pendingBytes.clear();
    } else {
        bytes = m_device->read(kChunkBytes);
        m_bytesRead += bytes.size();
    }
    if (bytes.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_buffer += m_decoder.decode(bytes);
    return true;
}

bool CsvReader::atEnd() {
    while (m_pos >= m_buffer.size()) {
        if (!refill())
            return true;
    }
    return false;
}

void CsvReader::endLine(QChar terminator) {
    ++m_line;
    if (terminator == QLatin1Char('\r') && !atEnd() && m_buffer.at(m_pos) == QLatin1Char('\n'))
        ++m_pos;
}

bool CsvReader::resumeAfterUnclosedQuote(QString& field, qint64 quoteLine) {
    // The value keeps its first line; everything after that line break goes back into the buffer
    // so the rows a stray quote swallowed are imported (or reported) on their own.
    qsizetype cut = -1;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i) == QLatin1Char('\n') || field.at(i) == QLatin1Char('\r')) {
            cut = i;
            break;
        }
    }
    if (cut < 0)
        return false;
    qsizetype restStart = cut + 1;
    if (field.at(cut) == QLatin1Char('\r') && restStart < field.size() &&
        field.at(restStart) == QLatin1Char('\n'))
        ++restStart;
    m_buffer.insert(m_pos, QStringView(field).mid(restStart));
    m_eof = m_eof && m_buffer.size() <= m_pos; // there is data again
    field.truncate(cut);
    m_line = quoteLine + 1;
    return true;
}

bool CsvReader::next(CsvRecord& record) {
    if (!m_peeked.isEmpty()) {
        record = m_peeked.takeFirst();
        return true;
    }
    for (;;) {
        if (!readRecord(record))
            return false;
        if (record.fields.size() == 1 && record.fields.first().isEmpty() && !record.broken()) {
            ++m_blankLines;
            continue;
        }
        return true;
    }
}

bool CsvReader::readRecord(CsvRecord& record) {
    record = CsvRecord();
    if (atEnd())
        return false;
    record.line = m_line;
    enum class State { Start, Unquoted, Quoted, AfterQuote, SkipLine };
    State state = State::Start;
    QString field;
    qint64 quoteLine = m_line;
    const QChar quote = QLatin1Char('"');
    const QChar cr = QLatin1Char('\r');
    const QChar lf = QLatin1Char('\n');
    auto fail = [&](const QString& message) {
        if (record.error.isEmpty())
            record.error = message;
    };

    for (;;) {
        if (atEnd()) {
            if (state == State::Quoted) {
                fail(CsvReaderText::tr("Line %1: the quoted value in column %2 is never closed.")
                         .arg(quoteLine)
                         .arg(record.fields.size() + 1));
                if (resumeAfterUnclosedQuote(field, quoteLine)) {
                    record.fields.append(field);
                    return true; // the lines it swallowed are read again as records
                }
            }
            record.fields.append(field);
            return true;
        }
        const QChar* data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        QChar c = data[m_pos];
        switch (state) {
        case State::Start:
            if (c == quote) {
                state = State::Quoted;
                quoteLine = m_line;
                ++m_pos;
                continue;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            const qsizetype start = m_pos;
            while (m_pos < size) {
                c = data[m_pos];
                if (c == m_delimiter || c == lf || c == cr)
                    break;
                ++m_pos;
            }
            field.append(data + start, m_pos - start);
            if (m_pos >= size)
                continue;
            ++m_pos;
            if (c == m_delimiter) {
                record.fields.append(field);
                field.clear();
                state = State::Start;
                continue;
            }
            endLine(c);
            record.fields.append(field);
            return true;
        }
        case State::Quoted: {
            const qsizetype start = m_pos;
            bool needMore = false;
            while (m_pos < size) {
                c = data[m_pos];
                if (c == quote)
                    break;
                if (c == lf) {
                    ++m_line;
                } else if (c == cr) {
                    if (m_pos + 1 >= size && !m_eof) {
                        needMore = true; // decide about CRLF once the next chunk is in
                        break;
                    }
                    if (m_pos + 1 >= size || data[m_pos + 1] != lf)
                        ++m_line;
                }
                ++m_pos;
            }
            field.append(data + start, m_pos - start);
            if (field.size() > m_options.maxFieldLength) {
                fail(CsvReaderText::tr(
                         "Line %1: the quoted value in column %2 is longer than %3 characters; is a "
                         "closing quote missing?")
                         .arg(quoteLine)
                         .arg(record.fields.size() + 1)
                         .arg(m_options.maxFieldLength));
                if (resumeAfterUnclosedQuote(field, quoteLine)) {
                    record.fields.append(field);
                    return true;
                }
                field.clear();
                state = State::SkipLine;
                continue;
            }
            if (needMore) {
                // Keep the CR unread and pull the next chunk so CRLF is seen as one line break.
                const QString rest = m_buffer.mid(m_pos);
                m_buffer.truncate(m_pos);
                if (!refill()) {
                    m_buffer += rest;
                    continue;
                }
                m_buffer.insert(m_pos, rest);
                continue;
            }
            if (m_pos >= size)
                continue;
            // A quote: doubled means a literal quote, otherwise the value ends.
            ++m_pos;
            if (atEnd()) {
                state = State::AfterQuote;
                continue;
            }
            if (m_buffer.at(m_pos) == quote) {
                field.append(quote);
                ++m_pos;
            } else {
                state = State::AfterQuote;
            }
            continue;
        }
        case State::AfterQuote:
            ++m_pos;
            if (c == m_delimiter) {
                record.fields.append(field);
                field.clear();
                state = State::Start;
                continue;
            }
            if (c == lf || c == cr) {
                endLine(c);
                record.fields.append(field);
                return true;
            }
            fail(CsvReaderText::tr("Line %1: there is text after the closing quote in column %2.")
                     .arg(m_line)
                     .arg(record.fields.size() + 1));
            field.append(c);
            state = State::Unquoted;
            continue;
        case State::SkipLine:
            ++m_pos;
            if (c == lf || c == cr) {
                endLine(c);
                record.fields.append(field);
                return true;
            }
            continue;
        }
    }
}

QList<CsvRecord> CsvReader::parseText(const QString& text, QChar delimiter) {
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvOptions options;
    options.encoding = "UTF-8";
    options.delimiter = delimiter;
    options.header = CsvOptions::Header::No;
    CsvReader reader(options);
    reader.m_measureWidth = false;
    QList<CsvRecord> records;
    if (!reader.open(&buffer))
        return records;
    CsvRecord record;
    while (reader.next(record))
        records.append(record);
    return records;
}

QChar CsvReader::sniffDelimiter(const QString& sample) {
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')};
    // Only the first lines matter; parsing them with each candidate shows which one is consistent.
    QString head = sample;
    int lines = 0;
    for (qsizetype i = 0; i < head.size(); ++i) {
        if (head.at(i) == QLatin1Char('\n') && ++lines == 50) {
            head.truncate(i);
            break;
        }
    }
    QChar best = QLatin1Char(',');
    double bestScore = 0;
    for (QChar candidate : candidates) {
        if (!head.contains(candidate))
            continue;
        const QList<CsvRecord> records = parseText(head, candidate);
        if (records.isEmpty())
            continue;
        const qsizetype width = records.first().fields.size();
        if (width < 2)
            continue;
        qsizetype same = 0;
        qsizetype broken = 0;
        for (const CsvRecord& record : records) {
            same += record.fields.size() == width;
            broken += record.broken();
        }
        const double score = (double(same) / double(records.size())) * 1000.0 - double(broken) * 100.0 +
                             double(std::min<qsizetype>(width, 50));
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

bool CsvReader::looksLikeHeader(const QStringList& fields) {
    bool anyLetter = false;
    for (const QString& field : fields) {
        int digits = 0;
        for (QChar c : field)
            digits += c.isDigit();
        if (field.contains(QLatin1Char('@')) || digits >= 5)
            return false;
        for (QChar c : field) {
            if (c.isLetter()) {
                anyLetter = true;
                break;
            }
        }
    }
    return anyLetter;
}

} // namespace iq
