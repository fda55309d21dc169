// SMS encoding and segment counts: the shared conformance cases, then the edges by hand.
#include "TestSupport.h"
#include "shared/sms/SmsSegments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace iq::sms;

namespace {

QString repeat(const QString& unit, int times) {
    return unit.repeated(times);
}

} // namespace

class TestSmsSegments final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void conformance_data() {
        QTest::addColumn<QJsonObject>("testCase");
        const QString path = iq::test::conformancePath(QStringLiteral("sms-segments/cases.json"));
        if (path.isEmpty())
            return;
        const QJsonArray cases = QJsonDocument::fromJson(iq::test::fileBytes(path)).array();
        QVERIFY(!cases.isEmpty());
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(qPrintable(QStringLiteral("case %1").arg(i))) << cases.at(i).toObject();
    }

    void conformance() {
        if (iq::test::conformancePath(QStringLiteral("sms-segments")).isEmpty())
            QSKIP("The SMS segment cases are not here (../shared/conformance/sms-segments); skipping them.");
        QFETCH(QJsonObject, testCase);
        const SegmentCount count = countSegments(testCase.value(QStringLiteral("text")).toString());
        QCOMPARE(toString(count.encoding), testCase.value(QStringLiteral("encoding")).toString());
        QCOMPARE(count.segments, testCase.value(QStringLiteral("segments")).toInt());
        QCOMPARE(count.characters, testCase.value(QStringLiteral("characters")).toInt());
        QCOMPARE(count.unicodeScalars, testCase.value(QStringLiteral("unicodeScalars")).toInt());
        QCOMPARE(count.messageSize, testCase.value(QStringLiteral("messageSize")).toInt());
        QCOMPARE(count.totalSize, testCase.value(QStringLiteral("totalSize")).toInt());
        // The detailed analysis must agree with the fast count.
        const SegmentAnalysis analysis = analyzeSegments(testCase.value(QStringLiteral("text")).toString());
        QCOMPARE(analysis.count.segments, count.segments);
        QCOMPARE(analysis.segmentStarts.size(), count.segments);
    }

    void boundaries_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("segments");
        QTest::addColumn<int>("characters");

        QTest::newRow("empty") << QString() << "GSM-7" << 1 << 0;
        QTest::newRow("gsm 160") << repeat(QStringLiteral("a"), 160) << "GSM-7" << 1 << 160;
        QTest::newRow("gsm 161") << repeat(QStringLiteral("a"), 161) << "GSM-7" << 2 << 161;
        QTest::newRow("gsm 306") << repeat(QStringLiteral("a"), 306) << "GSM-7" << 2 << 306;
        QTest::newRow("gsm 307") << repeat(QStringLiteral("a"), 307) << "GSM-7" << 3 << 307;
        QTest::newRow("euro 80 = 160 septets") << repeat(QStringLiteral("€"), 80) << "GSM-7" << 1 << 160;
        QTest::newRow("euro 81") << repeat(QStringLiteral("€"), 81) << "GSM-7" << 2 << 162;
        // 152 plain septets then an escape pair: the pair does not fit in the 153 left, so it moves whole.
        QTest::newRow("escape at the edge")
            << repeat(QStringLiteral("a"), 152) + QStringLiteral("{") + repeat(QStringLiteral("a"), 10)
            << "GSM-7" << 2 << 164;
        QTest::newRow("ucs2 70") << repeat(QStringLiteral("ж"), 70) << "UCS-2" << 1 << 70;
        QTest::newRow("ucs2 71") << repeat(QStringLiteral("ж"), 71) << "UCS-2" << 2 << 71;
        QTest::newRow("smart quote forces ucs2") << QStringLiteral("It’s here") << "UCS-2" << 1 << 9;
        QTest::newRow("emoji is two units") << repeat(QStringLiteral("😀"), 35) << "UCS-2" << 1 << 35;
        QTest::newRow("emoji 36") << repeat(QStringLiteral("😀"), 36) << "UCS-2" << 2 << 36;
        QTest::newRow("flags") << repeat(QStringLiteral("🇫🇷"), 17) << "UCS-2" << 1 << 17;
        QTest::newRow("flags 18") << repeat(QStringLiteral("🇫🇷"), 18) << "UCS-2" << 2 << 18;
        QTest::newRow("zwj family") << QStringLiteral("👨‍👩‍👧‍👦") << "UCS-2" << 1 << 1;
        QTest::newRow("combining accent") << QStringLiteral("e\u0301") << "UCS-2" << 1 << 1;
        QTest::newRow("crlf stays gsm") << QStringLiteral("a\r\nb") << "GSM-7" << 1 << 4;
    }

    void boundaries() {
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        QFETCH(int, segments);
        QFETCH(int, characters);
        const SegmentCount count = countSegments(text);
        QCOMPARE(toString(count.encoding), encoding);
        QCOMPARE(count.segments, segments);
        QCOMPARE(count.characters, characters);
    }

    void graphemesNeverSplit() {
        // 66 letters then flags: no flag may straddle a segment start.
        const QString text = repeat(QStringLiteral("ж"), 65) + repeat(QStringLiteral("🇫🇷"), 20);
        const SegmentAnalysis analysis = analyzeSegments(text);
        QVERIFY(analysis.count.segments >= 2);
        for (int start : analysis.segmentStarts) {
            QVERIFY(start == 0 || start >= 65);
            QVERIFY(start <= 65 || (start - 65) % 4 == 0);
        }
    }

    void escapePairNeverSplit() {
        const QString text =
            repeat(QStringLiteral("a"), 152) + QStringLiteral("[") + repeat(QStringLiteral("a"), 10);
        const SegmentAnalysis analysis = analyzeSegments(text);
        QCOMPARE(analysis.segmentStarts, (QList<int>{0, 152}));
    }

    void culprits() {
        const SegmentAnalysis analysis = analyzeSegments(QStringLiteral("Hi “Ann” 😀 ok"));
        QVERIFY(analysis.count.encoding == Encoding::Ucs2);
        QCOMPARE(analysis.culprits.size(), 3);
        QCOMPARE(analysis.culprits.at(0).text, QStringLiteral("“"));
        QCOMPARE(analysis.culprits.at(0).offset, 3);
        QCOMPARE(analysis.culprits.at(2).text, QStringLiteral("😀"));
        QCOMPARE(analysis.culprits.at(2).length, 2);
        QCOMPARE(analysis.singleSegmentLimit, 70);
    }

    // countSegments takes a one-pass route for texts of plain GSM-7 or surrogate-free UCS-2;
    // analyzeSegments always follows the general rules. Both must agree at every length.
    void quickCountAgrees_data() {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("lead");
        QTest::newRow("ascii") << QStringLiteral("a") << QString();
        QTest::newRow("gsm accents") << QStringLiteral("é") << QStringLiteral("Hi ");
        QTest::newRow("greek gsm") << QStringLiteral("Δ") << QString();
        QTest::newRow("ucs-2 latin") << QStringLiteral("ł") << QStringLiteral("Hi ");
        QTest::newRow("ucs-2 quote") << QStringLiteral("a") << QStringLiteral("“");
        QTest::newRow("crlf") << QStringLiteral("\r\n") << QString();
        QTest::newRow("extension") << QStringLiteral("a") << QStringLiteral("€[");
        QTest::newRow("combining") << QStringLiteral("a") << QStringLiteral("e\u0301");
        QTest::newRow("emoji") << QStringLiteral("a") << QStringLiteral("😀");
        QTest::newRow("cjk") << QStringLiteral("李") << QString();
    }

    void quickCountAgrees() {
        QFETCH(QString, unit);
        QFETCH(QString, lead);
        for (int n = 0; n <= 500; ++n) {
            const QString text = lead + repeat(unit, n);
            const SegmentCount quick = countSegments(text);
            const SegmentCount full = analyzeSegments(text).count;
            const QString where = QStringLiteral("%1 units").arg(text.size());
            QVERIFY2(quick.encoding == full.encoding, qPrintable(where));
            QVERIFY2(quick.segments == full.segments, qPrintable(where));
            QVERIFY2(quick.characters == full.characters, qPrintable(where));
            QVERIFY2(quick.unicodeScalars == full.unicodeScalars, qPrintable(where));
            QVERIFY2(quick.messageSize == full.messageSize, qPrintable(where));
            QVERIFY2(quick.totalSize == full.totalSize, qPrintable(where));
        }
    }

    void smartPunctuation() {
        int replaced = 0;
        const QString fixed = replaceSmartPunctuation(QStringLiteral("“Hi” – it’s… ready"), &replaced);
        QCOMPARE(fixed, QStringLiteral("\"Hi\" - it's... ready"));
        QCOMPARE(replaced, 5);
        QVERIFY(countSegments(fixed).encoding == Encoding::Gsm7);
        QVERIFY(hasGsm7Replacement(0x2019));
        QVERIFY(!hasGsm7Replacement(u'a'));
    }
};

QTEST_GUILESS_MAIN(TestSmsSegments)
#include "tst_smssegments.moc"
