#include "core/csv/CsvReader.h"
#include "core/csv/EncodingDetector.h"
#include "core/csv/SpreadsheetCells.h"

#include "TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTest>

using namespace iq;
using namespace Qt::StringLiterals;

namespace {

struct Parsed {
    QStringList header;
    QList<CsvRecord> records;
    QByteArray encoding;
    QChar delimiter;
};

Parsed parseBytes(QByteArray bytes, CsvOptions options = {}) {
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(options);
    Parsed parsed;
    if (!reader.open(&buffer))
        return parsed;
    parsed.header = reader.header();
    parsed.encoding = reader.encoding();
    parsed.delimiter = reader.delimiter();
    CsvRecord record;
    while (reader.next(record))
        parsed.records.append(record);
    return parsed;
}

QByteArray encode(const QString& text, const char* encoding, bool bom) {
    QStringEncoder encoder(encoding,
                           bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

} // namespace

class TestCsvReader final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void csvSpectrum_data() {
        QTest::addColumn<QString>("csvPath");
        QTest::addColumn<QString>("jsonPath");
        const QString root = test::conformancePath(QStringLiteral("csv-spectrum"));
        if (root.isEmpty())
            return;
        const QDir csvs(root + QStringLiteral("/csvs"));
        for (const QString& name : csvs.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name)) {
            const QString base = name.chopped(4);
            QTest::newRow(qPrintable(base))
                << csvs.filePath(name) << (root + QStringLiteral("/json/") + base + QStringLiteral(".json"));
        }
    }
    void csvSpectrum() {
        if (test::conformancePath(QStringLiteral("csv-spectrum")).isEmpty())
            QSKIP("../shared/conformance/csv-spectrum is not here; the csv-spectrum cases were not run.");
        QFETCH(QString, csvPath);
        QFETCH(QString, jsonPath);
        CsvOptions options;
        options.header = CsvOptions::Header::Yes;
        options.delimiter = QLatin1Char(',');
        const Parsed parsed = parseBytes(test::fileBytes(csvPath), options);
        const QJsonArray expected = QJsonDocument::fromJson(test::fileBytes(jsonPath)).array();
        QCOMPARE(parsed.records.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject object = expected.at(i).toObject();
            const CsvRecord& record = parsed.records.at(i);
            QVERIFY2(!record.broken(), qPrintable(record.error));
            QCOMPARE(record.fields.size(), parsed.header.size());
            for (qsizetype column = 0; column < parsed.header.size(); ++column)
                QCOMPARE(record.fields.at(column), object.value(parsed.header.at(column)).toString());
        }
    }

    void encodings_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("encoding");
        const QString text =
            QStringLiteral("Name,Phone\nJosé Müller,+49 30 1234567\n李小龍,+852 2123 4567\n");
        const QString latin =
            QStringLiteral("Name;Phone\nJosé Müller;+49 30 1234567\nFrançois Œuvre – “Café”;0612345678\n");
        QTest::newRow("utf-8") << text.toUtf8() << QByteArray("UTF-8");
        QTest::newRow("utf-8 bom") << encode(text, "UTF-8", true) << QByteArray("UTF-8");
        QTest::newRow("utf-16le bom") << encode(text, "UTF-16LE", true) << QByteArray("UTF-16LE");
        QTest::newRow("utf-16be bom") << encode(text, "UTF-16BE", true) << QByteArray("UTF-16BE");
        QTest::newRow("utf-16le no bom") << encode(text, "UTF-16LE", false) << QByteArray("UTF-16LE");
        QTest::newRow("windows-1252") << encode(latin, "windows-1252", false) << QByteArray("windows-1252");
    }
    void encodings() {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, encoding);
        const Parsed parsed = parseBytes(bytes);
        QCOMPARE(parsed.encoding, encoding);
        QCOMPARE(parsed.header, (QStringList{u"Name"_s, u"Phone"_s}));
        QCOMPARE(parsed.records.size(), 2);
        QVERIFY(parsed.records.at(0).fields.at(0) == QStringLiteral("José Müller"));
        if (encoding == "windows-1252")
            QCOMPARE(parsed.records.at(1).fields.at(0), QStringLiteral("François Œuvre – “Café”"));
    }

    void encodingOverride() {
        // Valid UTF-8 read as Latin-1 on request: the override wins over detection.
        CsvOptions options;
        options.encoding = "ISO-8859-1";
        const Parsed parsed = parseBytes(QStringLiteral("a,b\né,1\n").toUtf8(), options);
        QCOMPARE(parsed.encoding, QByteArray("ISO-8859-1"));
        QCOMPARE(parsed.records.at(0).fields.at(0), QStringLiteral("Ã©"));
        options.encoding = "no-such-encoding";
        QByteArray bytes("a,b\n");
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(options);
        QVERIFY(!reader.open(&buffer).ok());
    }

    void delimiters_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QStringLiteral(",");
        QTest::newRow("semicolon with decimal commas")
            << QByteArray("Name;Amount;City\nAnn;1,5;Berlin\nBob;2,25;Köln\n") << QStringLiteral(";");
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2, 3\t3\n") << QStringLiteral("\t");
        QTest::newRow("pipe") << QByteArray("a|b\n1|2\n") << QStringLiteral("|");
        QTest::newRow("quoted commas do not count")
            << QByteArray("name;note\n\"Doe, John\";\"a, b, c\"\n\"Roe, Jane\";x\n") << QStringLiteral(";");
        QTest::newRow("single column") << QByteArray("phone\n+14155550100\n") << QStringLiteral(",");
    }
    void delimiters() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, delimiter);
        QCOMPARE(QString(parseBytes(bytes).delimiter), delimiter);
    }

    void records_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("expected"); // records joined with '|'
        QTest::addColumn<QList<qint64>>("lines");
        QTest::newRow("CR only") << QByteArray("h1,h2\r1,2\r3,4\r") << QStringList{u"1|2"_s, u"3|4"_s}
                                 << QList<qint64>{2, 3};
        QTest::newRow("blank lines") << QByteArray("h1,h2\n\n1,2\n\r\n\n3,4\n\n")
                                     << QStringList{u"1|2"_s, u"3|4"_s} << QList<qint64>{3, 6};
        QTest::newRow("ragged and trailing")
            << QByteArray("h1,h2,h3\n1\n1,2,3,\n") << QStringList{u"1"_s, u"1|2|3|"_s} << QList<qint64>{2, 3};
        QTest::newRow("quote inside unquoted value")
            << QByteArray("h1,h2\n5'10\",x\n") << QStringList{u"5'10\"|x"_s} << QList<qint64>{2};
        QTest::newRow("multi-line quoted value counts lines")
            << QByteArray("h1,h2\n\"a\nb\r\nc\",x\n1,2\n") << QStringList{u"a\nb\r\nc|x"_s, u"1|2"_s}
            << QList<qint64>{2, 5};
        QTest::newRow("no final newline")
            << QByteArray("h1,h2\n1,\"2\"") << QStringList{u"1|2"_s} << QList<qint64>{2};
    }
    void records() {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, expected);
        QFETCH(QList<qint64>, lines);
        const Parsed parsed = parseBytes(bytes);
        QStringList got;
        QList<qint64> gotLines;
        for (const CsvRecord& record : parsed.records) {
            QVERIFY2(!record.broken(), qPrintable(record.error));
            got << record.fields.join(QLatin1Char('|'));
            gotLines << record.line;
        }
        QCOMPARE(got, expected);
        QCOMPARE(gotLines, lines);
    }

    void brokenRowsAreReportedAndReadingGoesOn() {
        const Parsed parsed =
            parseBytes(QByteArray("name,phone\nAnn,1\n\"Bob\"x,2\nCid,3\n\"Dee,4\nEve,5\n"));
        QCOMPARE(parsed.records.size(), 5);
        QCOMPARE(parsed.records.at(0).fields, (QStringList{u"Ann"_s, u"1"_s}));
        QVERIFY(parsed.records.at(1).broken());
        QVERIFY2(parsed.records.at(1).error.contains(QStringLiteral("Line 3")),
                 qPrintable(parsed.records.at(1).error));
        QCOMPARE(parsed.records.at(2).fields, (QStringList{u"Cid"_s, u"3"_s}));
        QVERIFY(parsed.records.at(3).broken());
        QVERIFY(parsed.records.at(3).error.contains(QStringLiteral("Line 5")));
        QVERIFY(parsed.records.at(3).error.contains(QStringLiteral("never closed")));
        // The stray quote does not swallow the rows after it.
        QCOMPARE(parsed.records.at(3).fields, (QStringList{u"Dee,4"_s}));
        QCOMPARE(parsed.records.at(4).fields, (QStringList{u"Eve"_s, u"5"_s}));
        QCOMPARE(parsed.records.at(4).line, 6);
    }

    void unclosedQuoteIsCutNotSwallowingTheFile() {
        QByteArray bytes("name,note\nAnn,\"unclosed\n");
        for (int i = 0; i < 2000; ++i)
            bytes += "Row" + QByteArray::number(i) + ",fine\n";
        CsvOptions options;
        options.maxFieldLength = 1000;
        const Parsed parsed = parseBytes(bytes, options);
        QVERIFY(parsed.records.at(0).broken());
        QCOMPARE(parsed.records.size(), 2001);
        QCOMPARE(parsed.records.at(1).fields, (QStringList{u"Row0"_s, u"fine"_s}));
        QCOMPARE(parsed.records.at(1).line, 3);
        QCOMPARE(parsed.records.last().fields, (QStringList{u"Row1999"_s, u"fine"_s}));
    }

    void streamsAcrossChunks() {
        // Values and CRLF pairs straddling the 64 KiB chunk boundaries, in UTF-16 (2 bytes a character).
        QString text = QStringLiteral("id,text\r\n");
        const QString longValue(100000, QLatin1Char('x'));
        text += QStringLiteral("1,\"") + longValue + QStringLiteral("\r\nend\"\r\n");
        for (int i = 2; i < 30000; ++i)
            text += QString::number(i) + QStringLiteral(",\"a\r\nb\"\r\n");
        const Parsed parsed = parseBytes(encode(text, "UTF-16LE", true));
        QCOMPARE(parsed.records.size(), 29999);
        QCOMPARE(parsed.records.at(0).fields.at(1), longValue + QStringLiteral("\r\nend"));
        for (qsizetype i = 1; i < parsed.records.size(); ++i) {
            const CsvRecord& record = parsed.records.at(i);
            QCOMPARE(record.fields.at(0), QString::number(i + 1));
            QCOMPARE(record.fields.at(1), QStringLiteral("a\r\nb"));
            QCOMPARE(record.line, 4 + 2 * (i - 1));
        }
    }

    void headerDetection() {
        QVERIFY(CsvReader::looksLikeHeader(QStringList{u"First Name"_s, u"Phone 1 - Value"_s}));
        QVERIFY(!CsvReader::looksLikeHeader(QStringList{u"Ann"_s, u"+1 415 555 0100"_s}));
        QVERIFY(!CsvReader::looksLikeHeader(QStringList{u"ann@example.com"_s}));
        const Parsed noHeader = parseBytes(QByteArray("Ann,4155550100\nBob,4155550101\n"));
        QCOMPARE(noHeader.header, (QStringList{u"Column 1"_s, u"Column 2"_s}));
        QCOMPARE(noHeader.records.size(), 2);
        CsvOptions options;
        options.header = CsvOptions::Header::No;
        QCOMPARE(parseBytes(QByteArray("a,b\n1,2\n"), options).records.size(), 2);
    }

    void spreadsheetDamage_data() {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("scientific");
        QTest::addColumn<QString>("withoutApostrophe");
        QTest::newRow("excel sci") << u"4.15555E+09"_s << true << u"4.15555E+09"_s;
        QTest::newRow("german sci") << u"4,15555E+09"_s << true << u"4,15555E+09"_s;
        QTest::newRow("plain number") << u"4155550100"_s << false << u"4155550100"_s;
        QTest::newRow("phone") << u"+1 415 555 0100"_s << false << u"+1 415 555 0100"_s;
        QTest::newRow("text marker phone") << u"'+1 415 555 0100"_s << false << u"+1 415 555 0100"_s;
        QTest::newRow("text marker zero") << u"'0612345678"_s << false << u"0612345678"_s;
        QTest::newRow("name apostrophe") << u"'s-Hertogenbosch"_s << false << u"'s-Hertogenbosch"_s;
    }
    void spreadsheetDamage() {
        QFETCH(QString, cell);
        QFETCH(bool, scientific);
        QFETCH(QString, withoutApostrophe);
        QCOMPARE(SpreadsheetCells::isScientificNotation(cell), scientific);
        QCOMPARE(SpreadsheetCells::withoutTextApostrophe(cell), withoutApostrophe);
    }

    void formulaNeutralizing_data() {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("neutral");
        QTest::newRow("formula") << u"=HYPERLINK(\"x\")"_s << u"'=HYPERLINK(\"x\")"_s;
        QTest::newRow("plus phone") << u"+1 415 555 0100"_s << u"'+1 415 555 0100"_s;
        QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("at") << u"@SUM(1)"_s << u"'@SUM(1)"_s;
        QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
        QTest::newRow("plain") << u"Ann"_s << u"Ann"_s;
    }
    void formulaNeutralizing() {
        QFETCH(QString, cell);
        QFETCH(QString, neutral);
        QCOMPARE(SpreadsheetCells::neutralizeFormula(cell), neutral);
        // What the export neutralizes, the import reads back as it was.
        QCOMPARE(SpreadsheetCells::withoutTextApostrophe(SpreadsheetCells::neutralizeFormula(cell)), cell);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
