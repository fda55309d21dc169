#include "core/csv/CsvWriter.h"

#include "core/csv/SpreadsheetCells.h"

namespace iq {

CsvWriter::CsvWriter(QIODevice* device)
    : CsvWriter(device, Options()) {}

CsvWriter::CsvWriter(QIODevice* device, Options options)
    : m_device(device)
    , m_options(options) {}

QString CsvWriter::formatCell(const QString& cell, QChar delimiter, bool neutralize) {
    const QString value = neutralize ? SpreadsheetCells::neutralizeFormula(cell) : cell;
    bool quote = false;
    for (QChar c : value) {
        if (c == delimiter || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool CsvWriter::writeRow(const QStringList& cells) {
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            line += m_options.delimiter;
        line += formatCell(cells.at(i), m_options.delimiter, m_options.neutralizeFormulas);
    }
    line += QLatin1String("\r\n");
    QByteArray bytes = line.toUtf8();
    if (!m_started) {
        m_started = true;
        if (m_options.byteOrderMark)
            bytes.prepend("\xEF\xBB\xBF");
    }
    return m_device->write(bytes) == bytes.size();
}

} // namespace iq
