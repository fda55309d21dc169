#pragma once

#include <QString>

namespace iq {

// What spreadsheets do to cells on the way in and out, in both directions: recognizing the damage
// Excel leaves in files people export (so it is flagged, not imported as data), and neutralizing
// cells a spreadsheet would run as a formula when we write CSV for one.
class SpreadsheetCells final {
public:
    // "4.15555E+09", "4,15555E+09": a long number Excel rewrote; the digits are gone.
    static bool isScientificNotation(const QString& cell);
    // A leading apostrophe that marked a text cell ("'+1 415..."), kept by some exports. Returns the
    // cell without it, or the cell unchanged.
    static QString withoutTextApostrophe(const QString& cell, bool* stripped = nullptr);
    // A cell starting with = + - @ tab or CR would run as a formula; prefixing an apostrophe makes it
    // text in every spreadsheet, and the import strips it again.
    static bool isFormulaLike(const QString& cell);
    static QString neutralizeFormula(const QString& cell);
};

} // namespace iq
