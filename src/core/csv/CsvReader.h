#pragma once

#include "shared/util/Result.h"

#include <QByteArray>
#include <QChar>
#include <QFile>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <memory>

class QIODevice;

namespace iq {

struct CsvOptions {
    enum class Header { Auto, Yes, No };

    QByteArray encoding; // empty: detect (EncodingDetector); else any name QStringDecoder knows
    QChar delimiter;     // null: sniff among , ; tab |
    Header header = Header::Auto;
    // A field longer than this (an unclosed quote swallowing the file) is cut and reported.
    qsizetype maxFieldLength = 1 << 20;
};

// One record of a CSV file. A broken record still carries the fields read, plus the error.
struct CsvRecord {
    qint64 line = 0; // physical line (1-based) where the record starts
    QStringList fields;
    QString error; // empty unless the record is broken; a sentence naming the line and column
    bool broken() const { return !error.isEmpty(); }
};

// Reads CSV as RFC 4180 describes and as real files are: a streaming reader over a QIODevice that
// decodes as it goes (UTF-8 with or without BOM, UTF-16 LE/BE, Windows-1252, anything QStringDecoder
// knows), sniffs the delimiter, detects a header row, skips blank lines and reports broken rows with
// their line number while reading on. It holds one chunk of the file at a time, never the whole file.
class CsvReader final {
public:
    explicit CsvReader(CsvOptions options = {});
    ~CsvReader();
    Q_DISABLE_COPY_MOVE(CsvReader)

    // Reads a sample to settle encoding, delimiter and header, then stands before the first record.
    Status open(QIODevice* device);
    Status openFile(const QString& path);

    QByteArray encoding() const { return m_encoding; }
    QString encodingReason() const { return m_encodingReason; }
    QChar delimiter() const { return m_delimiter; }
    bool hasHeader() const { return m_hasHeader; }
    // The header row, or "Column 1", "Column 2", ... sized to the widest sampled row.
    QStringList header() const { return m_header; }

    // The next data record; false at the end of the file. Blank lines are skipped.
    bool next(CsvRecord& record);

    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const { return m_totalBytes; }
    qint64 blankLines() const { return m_blankLines; }

    // Parses text held in memory (tests, sniffing): every record, header included.
    static QList<CsvRecord> parseText(const QString& text, QChar delimiter);
    // Picks the delimiter that splits the sample's lines into the most consistent number of fields.
    static QChar sniffDelimiter(const QString& sample);
    // Whether a first record looks like column names rather than data.
    static bool looksLikeHeader(const QStringList& fields);
    static QString delimiterName(QChar delimiter);

private:
    bool readRecord(CsvRecord& record);
    bool refill();
    bool resumeAfterUnclosedQuote(QString& field, qint64 quoteLine);
    bool atEnd();
    void endLine(QChar terminator);

    CsvOptions m_options;
    QIODevice* m_device = nullptr;
    std::unique_ptr<QFile> m_ownedFile;
    QStringDecoder m_decoder;
    QByteArray m_encoding;
    QString m_encodingReason;
    QChar m_delimiter = QLatin1Char(',');
    bool m_hasHeader = true;
    QStringList m_header;
    QByteArray m_pendingBytes; // read while sampling, not yet decoded
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;
    qint64 m_blankLines = 0;
    bool m_measureWidth = true; // off inside parseText, which sniffing itself uses
    QList<CsvRecord> m_peeked;  // records read while deciding about the header
};

} // namespace iq
