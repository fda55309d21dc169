#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace iq {

// Writes RFC 4180 CSV as UTF-8 (with a byte order mark so Excel reads it as UTF-8) and CRLF line ends.
// For files meant for spreadsheets, cells that would run as formulas get a leading apostrophe.
class CsvWriter final {
public:
    struct Options {
        bool byteOrderMark = true;
        bool neutralizeFormulas = true;
        QChar delimiter = QLatin1Char(',');
    };

    explicit CsvWriter(QIODevice* device);
    CsvWriter(QIODevice* device, Options options);

    bool writeRow(const QStringList& cells);
    static QString formatCell(const QString& cell, QChar delimiter, bool neutralize);

private:
    QIODevice* m_device;
    Options m_options;
    bool m_started = false;
};

} // namespace iq
