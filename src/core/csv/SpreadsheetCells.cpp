#include "core/csv/SpreadsheetCells.h"

#include <QRegularExpression>

namespace iq {

bool SpreadsheetCells::isScientificNotation(const QString& cell) {
    static const QRegularExpression pattern(QStringLiteral("^\\s*[+-]?\\d+([.,]\\d+)?[eE]\\+?\\d+\\s*$"));
    return pattern.match(cell).hasMatch();
}

QString SpreadsheetCells::withoutTextApostrophe(const QString& cell, bool* stripped) {
    // Only an apostrophe in front of what a spreadsheet would otherwise reinterpret: a number, a
    // phone number, a formula character. "'s-Hertogenbosch" keeps its apostrophe.
    static const QRegularExpression textMarker(QStringLiteral("^'(?=[-+=@\\t\\r0-9('])"));
    if (stripped)
        *stripped = false;
    if (!cell.startsWith(QLatin1Char('\'')) || !textMarker.match(cell).hasMatch())
        return cell;
    if (stripped)
        *stripped = true;
    return cell.mid(1);
}

bool SpreadsheetCells::isFormulaLike(const QString& cell) {
    if (cell.isEmpty())
        return false;
    const QChar first = cell.at(0);
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

QString SpreadsheetCells::neutralizeFormula(const QString& cell) {
    // A value that already starts with an apostrophe the import would strip gets one more, so what
    // is exported reads back exactly.
    bool strippable = false;
    withoutTextApostrophe(cell, &strippable);
    return isFormulaLike(cell) || strippable ? QLatin1Char('\'') + cell : cell;
}

} // namespace iq
