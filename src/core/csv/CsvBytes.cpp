#include "core/csv/CsvBytes.h"

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
    const qsizetype before = out.size();
    out.resize(before + maxCellSize(cell.size()));
    char* end = writeCell(out.data() + before, cell, delimiter, neutralize);
    out.resize(end - out.constData());
}

char* CsvBytes::writeCell(char* out, QByteArrayView cell, char delimiter, bool neutralize) {
    const bool apostrophe = neutralize && needsApostrophe(cell);
    const char* data = cell.data();
    const char* end = data + cell.size();
    bool quote = false;
    for (const char* c = data; c < end; ++c) {
        if (*c == delimiter || *c == '"' || *c == '\n' || *c == '\r') {
            quote = true;
            break;
        }
    }
    if (quote)
        *out++ = '"';
    if (apostrophe)
        *out++ = '\'';
    if (!quote) {
        if (data != end)
            std::memcpy(out, data, size_t(end - data));
        return out + (end - data);
    }
    while (data < end) {
        const void* found = std::memchr(data, '"', size_t(end - data));
        const char* stop = found ? static_cast<const char*>(found) + 1 : end;
        std::memcpy(out, data, size_t(stop - data));
        out += stop - data;
        if (found)
            *out++ = '"';
        data = stop;
    }
    *out++ = '"';
    return out;
}

} // namespace iq
