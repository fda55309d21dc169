#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace iq {

// CsvWriter::formatCell on UTF-8 bytes: the same cell, quoted and neutralized the same way, appended
// to a buffer without going through QString. For writers of many rows (the contact export).
class CsvBytes final {
public:
    // delimiter must be ASCII.
    static void appendCell(QByteArray& out, QByteArrayView cell, char delimiter, bool neutralize);
    // The same into raw memory with room for maxCellSize(cell.size()) bytes; returns the end.
    static char* writeCell(char* out, QByteArrayView cell, char delimiter, bool neutralize);
    static constexpr qsizetype maxCellSize(qsizetype size) { return 2 * size + 3; }
    // What SpreadsheetCells::neutralizeFormula prefixes with an apostrophe.
    static bool needsApostrophe(QByteArrayView cell);
};

} // namespace iq
