#include "core/csv/CsvBytes.h"
#include "core/csv/CsvWriter.h"

#include <QTest>

using namespace iq;
using namespace Qt::StringLiterals;

// CsvBytes writes the cells CsvWriter writes, byte for byte, without QString on the way.
class TestCsvBytes final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameAsCsvWriter_data() {
        QTest::addColumn<QString>("cell");
        const QStringList cells = {
            u""_s,
            u"plain"_s,
            u"Zoë Núñez 李"_s,
            u"a,b"_s,
            u"say \"hi\""_s,
            u"\""_s,
            u"\"\""_s,
            u"two\nlines"_s,
            u"cr\ronly"_s,
            u"crlf\r\nend"_s,
            u"=SUM(A1:A3)"_s,
            u"=\"quoted\",formula"_s,
            u"+1 415 555 0100"_s,
            u"-5"_s,
            u"@handle"_s,
            u"\tTab first"_s,
            u"\rCR first"_s,
            u"'+1 415"_s,
            u"'0042"_s,
            u"'=x"_s,
            u"'(415)"_s,
            u"''"_s,
            u"'s-Hertogenbosch"_s,
            u"'"_s,
            u"'é"_s,
            u"'\"quoted\""_s,
            u"semi;colon"_s,
            u" leading space"_s,
            u"ends with,"_s,
            u"emoji 😀, \"x\""_s,
        };
        for (const QString& cell : cells)
            QTest::newRow(cell.toUtf8().toPercentEncoding().constData()) << cell;
    }
    void sameAsCsvWriter() {
        QFETCH(QString, cell);
        for (bool neutralize : {true, false}) {
            QByteArray out = "prefix|";
            CsvBytes::appendCell(out, cell.toUtf8(), ',', neutralize);
            QCOMPARE(out, "prefix|" + CsvWriter::formatCell(cell, QLatin1Char(','), neutralize).toUtf8());
            QByteArray semicolon;
            CsvBytes::appendCell(semicolon, cell.toUtf8(), ';', neutralize);
            QCOMPARE(semicolon, CsvWriter::formatCell(cell, QLatin1Char(';'), neutralize).toUtf8());
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvBytes)
#include "tst_csvbytes.moc"
