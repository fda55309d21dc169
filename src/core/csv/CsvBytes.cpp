#include "csv/CsvBytes.h"

#include <cstring>

namespace iq {

bool CsvBytes::needsApostrophe(QByteArrayView cell) {
    if (cell.isEmpty())
        return false;
    const char first = cell.front();
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
        return true;
    // An apostrophe the import would strip as a text marker gets one more (SpreadsheetCells).
    if (first != '\'' || cell.size() < 2)
        return false;
    switch (cell.at(1)) {
    case '-':
    case '+':
    case '=':
    case '@':
    case '\t':
    case '\r':
    case '(':
    case '\'':
        return true;
    default:
        return cell.at(1) >= '0' && cell.at(1) <= '9';
    }
}

void CsvBytes::appendCell(QByteArray& out, QByteArrayView cell, char delimiter, bool neutralize) {
    const bool apostrophe = neutralize && needsApostrophe(cell);
    bool quote = false;
    for (const char c : cell) {
        if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (apostrophe)
            out += '\'';
        out.append(cell.data(), cell.size());
        return;
    }
    out += '"';
    if (apostrophe)
        out += '\'';
    const char* data = cell.data();
    const char* end = data + cell.size();
    while (data < end) {
        const void* found = std::memchr(data, '"', size_t(end - data));
        const char* stop = found ? static_cast<const char*>(found) + 1 : end;
        out.append(data, stop - data);
        if (found)
            out += '"';
        data = stop;
    }
    out += '"';
}

} // namespace iq
