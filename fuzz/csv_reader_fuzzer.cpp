// Feeds arbitrary bytes to the CSV reader: with detection, with each delimiter, with an encoding forced,
// and with a tiny field limit so the unclosed-quote recovery runs. Checks invariants, not just crashes.
#include "core/csv/CsvReader.h"
#include "core/csv/SpreadsheetCells.h"

#include <QBuffer>
#include <QByteArray>

#include <cstdint>
#include <cstdlib>

namespace {

void readAll(const QByteArray& input, iq::CsvOptions options) {
    QByteArray bytes = input;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    iq::CsvReader reader(options);
    if (!reader.open(&buffer))
        return;
    iq::CsvRecord record;
    qint64 lastLine = 0;
    qint64 records = 0;
    while (reader.next(record)) {
        // Lines only move forward and a record always has at least one field.
        if (record.line < lastLine || record.fields.isEmpty())
            abort();
        lastLine = record.line;
        for (const QString& field : record.fields) {
            const QString neutral = iq::SpreadsheetCells::neutralizeFormula(field);
            if (iq::SpreadsheetCells::isFormulaLike(neutral))
                abort();
            (void)iq::SpreadsheetCells::isScientificNotation(field);
        }
        if (++records > input.size() + 2)
            abort(); // more records than bytes: the reader is looping
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    readAll(input, {});
    iq::CsvOptions options;
    options.header = iq::CsvOptions::Header::No;
    options.maxFieldLength = 16;
    const char delimiters[] = {',', ';', '\t', '|'};
    options.delimiter = QLatin1Char(delimiters[size % 4]);
    readAll(input, options);
    options.encoding = (size % 2) ? "UTF-16LE" : "windows-1252";
    readAll(input, options);
    return 0;
}
