#include "ImportTestHelpers.h"
#include "TestSupport.h"

#include "core/import/ImportSource.h"
#include "core/import/VCardReader.h"

#include <QBuffer>
#include <QSqlRecord>

using namespace iq;
using namespace iq::test;
using namespace Qt::StringLiterals;

// Imports a fixture of every format people bring and checks every field that lands.
class TestImportFormats final : public QObject {
    Q_OBJECT

    ImportOptions options(const QString& region) {
        ImportOptions o;
        o.region = region;
        return o;
    }

    // Every card of bytes, read with these limits.
    static QList<VCard> readCards(QByteArray bytes, const VCardLimits& limits = {}) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        VCardReader reader(limits);
        reader.open(&buffer);
        QList<VCard> cards;
        VCard card;
        while (reader.next(card))
            cards << card;
        return cards;
    }
    static QString valueOf(const VCard& card, const QString& name) {
        for (const VCardProperty& property : card.properties) {
            if (property.name == name)
                return property.text();
        }
        return {};
    }

private Q_SLOTS:
    void googleCurrent() {
        ImportFixture f;
        auto report = f.import(dataPath(u"import/google.csv"_s), options(u"US"_s));
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report.value().format, u"google"_s);
        QCOMPARE(report.value().count(RowOutcome::Create), 3);
        const Contact ann = f.byName(u"Ann Marie Lee"_s);
        QCOMPARE(ann.givenName, u"Ann"_s);
        QCOMPARE(ann.middleName, u"Marie"_s);
        QCOMPARE(ann.familyName, u"Lee"_s);
        QCOMPARE(ann.organization, u"Lee Computers"_s);
        QCOMPARE(ann.notes, u"Prefers texts, not calls"_s);
        QCOMPARE(phonesOf(ann), (QStringList{u"+14155550100/mobile"_s, u"+14155550101/work"_s}));
        QCOMPARE(emailsOf(ann),
                 (QStringList{u"ann@leecomputers.example/work"_s, u"ann.lee@mail.example/home"_s}));
        QCOMPARE(f.groupsOf(ann.id), (QStringList{u"Mac Users"_s, u"VIP"_s})); // not "* myContacts"
        QVERIFY(ann.customFields.isEmpty()); // Google's other columns are not kept
        const Contact jose = f.byName(u"José Núñez"_s);
        QCOMPARE(phonesOf(jose), (QStringList{u"+34612345678/mobile"_s, u"+34622112233/mobile"_s}));
        QCOMPARE(emailsOf(jose), QStringList{u"jose@example.es/home"_s});
        QVERIFY(f.groupsOf(jose.id).isEmpty());
        const Contact lee = f.byName(u"李 小龍"_s);
        QCOMPARE(phonesOf(lee), QStringList{u"+85261234567/mobile"_s});
        QCOMPARE(f.groupsOf(lee.id), QStringList{u"Kung Fu Club"_s});
    }

    void googleLegacyUtf16() {
        ImportFixture f;
        auto report = f.import(dataPath(u"import/google-legacy-utf16.csv"_s), options(u"US"_s));
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report.value().format, u"google-legacy"_s);
        QCOMPARE(report.value().encoding, QByteArray("UTF-16LE"));
        const Contact bjorn = f.byName(u"Björn Ödegaard"_s);
        QCOMPARE(bjorn.givenName, u"Björn"_s);
        QCOMPARE(bjorn.familyName, u"Ödegaard"_s);
        QCOMPARE(bjorn.organization, u"Fjord AS"_s);
        QCOMPARE(bjorn.notes, u"Regular since 2019"_s);
        QCOMPARE(phonesOf(bjorn), (QStringList{u"+4741234567/mobile"_s, u"+4722123456/work"_s}));
        QCOMPARE(emailsOf(bjorn), QStringList{u"bjorn@example.no/home"_s});
        QCOMPARE(f.groupsOf(bjorn.id), QStringList{u"Newsletter"_s});
        const Contact zoe = f.byName(u"Zoë Quinn"_s);
        QCOMPARE(emailsOf(zoe), QStringList{u"zoe@example.com/other"_s});
        QVERIFY(f.groupsOf(zoe.id).isEmpty());
    }

    void outlookEnglish() {
        ImportFixture f;
        auto report = f.import(dataPath(u"import/outlook.csv"_s), options(u"US"_s));
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report.value().format, u"outlook"_s);
        const Contact mark = f.byName(u"Mark O'Brien"_s);
        QCOMPARE(mark.organization, u"O'Brien & Sons"_s);
        QCOMPARE(mark.notes, u"Ships on Fridays"_s);
        // Home and mobile kept with their labels; the fax column is not a number to message.
        QCOMPARE(phonesOf(mark), (QStringList{u"+12125550142/home"_s, u"+16465550199/mobile"_s}));
        QCOMPARE(emailsOf(mark), QStringList{u"mark@obrien.example/"_s});
        QCOMPARE(f.groupsOf(mark.id), (QStringList{u"Priority"_s, u"Wholesale"_s}));
    }

    void outlookGermanWindows1252() {
        ImportFixture f;
        auto report = f.import(dataPath(u"import/outlook-de-1252.csv"_s), options(u"DE"_s));
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report.value().format, u"outlook-de"_s);
        QCOMPARE(report.value().encoding, QByteArray("windows-1252"));
        QCOMPARE(report.value().delimiter, QLatin1Char(';'));
        const Contact juergen = f.byName(u"Jürgen Müller"_s);
        QCOMPARE(juergen.organization, u"Bäckerei Müller GmbH"_s);
        QCOMPARE(juergen.notes, u"Kunde seit 2015 – „Stammkunde“"_s);
        QCOMPARE(phonesOf(juergen), (QStringList{u"+49891234567/work"_s, u"+491712345678/mobile"_s}));
        QCOMPARE(emailsOf(juergen), QStringList{u"juergen@baeckerei-mueller.example/"_s});
        QCOMPARE(f.groupsOf(juergen.id), QStringList{u"Stammkunden"_s});
        const Contact kaethe = f.byName(u"Käthe Groß"_s);
        QCOMPARE(phonesOf(kaethe), QStringList{u"+491609876543/mobile"_s});
    }

    void outlookFrench() {
        ImportFixture f;
        auto report = f.import(dataPath(u"import/outlook-fr.csv"_s), options(u"FR"_s));
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report.value().format, u"outlook-fr"_s);
        const Contact helene = f.byName(u"Hélène Lefèvre"_s);
        QCOMPARE(helene.organization, u"Café de la Gare"_s);
        QCOMPARE(phonesOf(helene), (QStringList{u"+33612345678/mobile"_s, u"+33123456789/work"_s}));
        QCOMPARE(emailsOf(helene), QStringList{u"helene@cafe.example/"_s});
        QCOMPARE(f.groupsOf(helene.id), QStringList{u"Clients fidèles"_s});
    }

    void mailchimpSubscribedAndUnsubscribed() {
        ImportFixture f;
        ImportOptions o = options(u"US"_s);
        o.targetGroups = {u"Newsletter"_s};
        o.consent = ConsentState::OptedIn;
        o.consentSource = u"Mailchimp audience export, 2024"_s;
        auto subscribed = f.import(dataPath(u"import/mailchimp-subscribed.csv"_s), o);
        QVERIFY2(subscribed, qPrintable(subscribed.errorMessage()));
        QCOMPARE(subscribed.value().format, u"mailchimp"_s);
        const Contact kim = f.byName(u"Kim Park"_s);
        QCOMPARE(phonesOf(kim), QStringList{u"+15035550177/"_s});
        QCOMPARE(emailsOf(kim), QStringList{u"kim@example.com/"_s});
        QCOMPARE(kim.timeZone, u"America/Los_Angeles"_s);
        QCOMPARE(kim.customFields.value(u"Birthday"_s).toString(), u"03/14"_s);
        QCOMPARE(kim.customFields.size(), 1); // the audience's system columns are not kept
        QCOMPARE(f.groupsOf(kim.id), (QStringList{u"Mac Users"_s, u"Newsletter"_s, u"VIP"_s}));
        QCOMPARE(f.effective(kim.id, u"Newsletter"_s, Channel::Email), ConsentState::OptedIn);

        auto unsubscribed = f.import(dataPath(u"import/mailchimp-unsubscribed.csv"_s), o);
        QVERIFY2(unsubscribed, qPrintable(unsubscribed.errorMessage()));
        QCOMPARE(unsubscribed.value().optedOut, 1);
        const Contact lou = f.byName(u"Lou Reed"_s);
        QVERIFY(!lou.id.isEmpty());
        // UNSUB_TIME set: opted out, even though the import was asked to record opted-in.
        QCOMPARE(f.effective(lou.id, u"Newsletter"_s, Channel::Email), ConsentState::OptedOut);
        QCOMPARE(f.effective(lou.id, u"Newsletter"_s, Channel::Sms), ConsentState::OptedOut);
    }

    void excelWindows1252WithSpreadsheetDamage() {
        ImportFixture f;
        QList<PlannedRow> rows;
        ImportOptions o = options(u"GB"_s);
        o.rejectedRowsPath = f.dir.filePath(u"rejected.csv"_s);
        auto report = f.import(dataPath(u"import/excel-1252.csv"_s), o, true, &rows);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report.value().encoding, QByteArray("windows-1252"));
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows.at(0).outcome, RowOutcome::Create);
        QVERIFY(!rows.at(0).warnings.isEmpty()); // the text apostrophe was stripped and said so
        QCOMPARE(rows.at(1).outcome, RowOutcome::Invalid);
        QVERIFY(rows.at(1).detail.contains(u"scientific notation"_s));
        QCOMPARE(rows.at(2).outcome, RowOutcome::Invalid);
        QVERIFY(rows.at(2).detail.contains(u"leading zero"_s));
        QCOMPARE(rows.at(3).outcome, RowOutcome::Invalid);
        QVERIFY(rows.at(3).detail.contains(u"not-an-address"_s));
        QCOMPARE(rows.at(4).outcome, RowOutcome::Create);
        QCOMPARE(rows.at(5).outcome, RowOutcome::Duplicate);
        QVERIFY(rows.at(5).detail.contains(u"line 6"_s));

        const Contact renee = f.byName(u"Renée Dubois"_s);
        QCOMPARE(phonesOf(renee), QStringList{u"+33612345678/"_s});
        QCOMPARE(renee.phones.first().raw, u"+33 6 12 34 56 78"_s);
        QCOMPARE(renee.notes, u"Café crème, no sugar"_s);
        QCOMPARE(f.byName(u"Ana Ruiz"_s).notes, u"€ 20 voucher"_s);
        QCOMPARE(f.contacts().size(), 2);

        // The rejected rows come back as the file had them, with a reason, ready to fix.
        CsvReader reader;
        QVERIFY(reader.openFile(o.rejectedRowsPath));
        QCOMPARE(reader.header(),
                 (QStringList{u"Name"_s, u"Mobile"_s, u"E-mail"_s, u"Notes"_s, u"Import problem"_s}));
        CsvRecord record;
        QStringList names;
        while (reader.next(record)) {
            names << record.fields.at(0);
            QVERIFY(record.fields.at(4).startsWith(u"Line "_s));
        }
        QCOMPARE(names, (QStringList{u"Ola Nordmann"_s, u"Kate Smith"_s, u"Bad Mail"_s}));
    }

    void iphoneVCard() {
        ImportFixture f;
        auto report = f.import(dataPath(u"import/iphone-3.0.vcf"_s), options(u"US"_s));
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report.value().format, u"vcard"_s);
        QCOMPARE(report.value().count(RowOutcome::Create), 2);
        const Contact johnny = f.byName(u"Johnny Appleseed"_s);
        QCOMPARE(johnny.givenName, u"Johnny"_s);
        QCOMPARE(johnny.familyName, u"Appleseed"_s);
        QVERIFY(johnny.displayName.isEmpty());
        QCOMPARE(johnny.organization, u"Orchard Supplies"_s);
        QCOMPARE(johnny.notes, u"Likes Honeycrisp, not Fuji.\nCall after 10."_s);
        QCOMPARE(phonesOf(johnny), (QStringList{u"+14085550123/mobile"_s, u"+14085550124/shop"_s}));
        QCOMPARE(emailsOf(johnny),
                 (QStringList{u"johnny@orchard.example/home"_s, u"sales@orchard.example/work"_s}));
        QCOMPARE(f.groupsOf(johnny.id), (QStringList{u"Mac Users"_s, u"Orchard, Inc"_s}));
        const Contact soren = f.byName(u"Søren Østergaard"_s);
        QCOMPARE(phonesOf(soren), QStringList{u"+4520123456/mobile"_s}); // a folded line
        QCOMPARE(emailsOf(soren), QStringList{u"soren@example.dk/"_s});
    }

    void androidVCard21QuotedPrintable() {
        ImportFixture f;
        auto report = f.import(dataPath(u"import/android-2.1.vcf"_s), options(u"DE"_s));
        QVERIFY2(report, qPrintable(report.errorMessage()));
        const Contact juergen = f.byName(u"Jürgen Müller"_s);
        QCOMPARE(juergen.familyName, u"Müller"_s);
        QCOMPARE(juergen.notes, u"Erste Zeile\r\nZweite Zeile"_s);
        QCOMPARE(phonesOf(juergen), (QStringList{u"+491712345678/mobile"_s, u"+49891234567/work"_s}));
    }

    void plainFileSplitsNames() {
        ImportFixture f;
        auto report = f.import(dataPath(u"import/plain.csv"_s), options(u"US"_s));
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report.value().format, u"plain"_s);
        const Contact jane = f.byName(u"Jane Doe"_s);
        QCOMPARE(jane.givenName, u"Jane"_s);
        QCOMPARE(jane.familyName, u"Doe"_s);
        QCOMPARE(phonesOf(jane), QStringList{u"+14155550151/"_s});
        QCOMPARE(f.byName(u"Pat Jones"_s).givenName, u"Pat"_s);
    }

    void vcardLineParsing() {
        const VCardProperty p = VCardReader::parseLine("item1.TEL;TYPE=\"cell,voice\";PREF=1:+1 555");
        QCOMPARE(p.group, u"item1"_s);
        QCOMPARE(p.name, u"TEL"_s);
        QCOMPARE(p.types(), (QStringList{u"cell"_s, u"voice"_s}));
        const VCardProperty n = VCardReader::parseLine("N:Doe\\;Jr;John;;;");
        QCOMPARE(n.components().value(0), u"Doe;Jr"_s);
        const VCardProperty latin =
            VCardReader::parseLine("FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Jos=E9");
        QCOMPARE(latin.text(), u"José"_s);
    }

    void vcardLineOverTheLimitSkipsItsCard() {
        VCardLimits limits;
        limits.maxLineBytes = 64;
        const QByteArray note = "NOTE:" + QByteArray(100, 'x') + "\r\n";
        const QList<VCard> cards = readCards("BEGIN:VCARD\r\nFN:Ann\r\n" + note +
                                                 "TEL:555 0100\r\nEND:VCARD\r\n"
                                                 "BEGIN:VCARD\r\nFN:Bob\r\nEND:VCARD\r\n",
                                             limits);
        QCOMPARE(cards.size(), 2);
        QCOMPARE(cards.at(0).error,
                 u"Line 3 is longer than 64 bytes; the card that starts on line 1 is skipped."_s);
        QVERIFY(cards.at(0).properties.isEmpty());
        QCOMPARE(cards.at(1).line, 6);
        QCOMPARE(valueOf(cards.at(1), u"FN"_s), u"Bob"_s);
        QVERIFY(cards.at(1).error.isEmpty());
    }

    void vcardFoldedLineCountsWhole() {
        VCardLimits limits;
        limits.maxLineBytes = 64;
        QByteArray folded = "NOTE:start";
        for (int i = 0; i < 10; ++i)
            folded += "\r\n " + QByteArray(20, 'y');
        const QList<VCard> cards = readCards("BEGIN:VCARD\r\nFN:Ann\r\n" + folded +
                                                 "\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Bob\r\nEND:VCARD\r\n",
                                             limits);
        QCOMPARE(cards.size(), 2);
        // Its third folded line, line 6, takes the note past 64 bytes.
        QVERIFY2(cards.at(0).error.startsWith(u"Line 6 is longer than 64 bytes"_s),
                 qPrintable(cards.at(0).error));
        QCOMPARE(valueOf(cards.at(1), u"FN"_s), u"Bob"_s);
    }

    void vcardDefaultLineLimit() {
        const QByteArray photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + QByteArray(3 * 1024 * 1024, 'A') + "\n";
        const QList<VCard> cards =
            readCards("BEGIN:VCARD\nFN:Ann\n" + photo + "END:VCARD\nBEGIN:VCARD\nFN:Bob\nEND:VCARD\n");
        QCOMPARE(cards.size(), 2);
        QCOMPARE(cards.at(0).error,
                 u"Line 3 is longer than 2 MiB; the card that starts on line 1 is skipped."_s);
        QCOMPARE(valueOf(cards.at(1), u"FN"_s), u"Bob"_s);
        // The import shows the card as an invalid row with that reason.
        const ImportDraft draft = draftFromVCard(cards.at(0));
        QCOMPARE(draft.line, 1);
        QCOMPARE(draft.problems, QStringList{cards.at(0).error});
    }

    void vcardCardOverTheSizeLimit() {
        VCardLimits limits;
        limits.maxCardBytes = 100;
        QByteArray many;
        for (int i = 0; i < 10; ++i)
            many += "TEL:555 01" + QByteArray::number(10 + i) + "\n";
        const QList<VCard> cards =
            readCards("BEGIN:VCARD\nFN:Ann\n" + many + "END:VCARD\nBEGIN:VCARD\nFN:Bob\nEND:VCARD\n", limits);
        QCOMPARE(cards.size(), 2);
        QVERIFY2(cards.at(0).error.startsWith(
                     u"Line 1: the card that starts here is larger than 100 bytes (at line "_s),
                 qPrintable(cards.at(0).error));
        QVERIFY(cards.at(0).properties.isEmpty());
        QCOMPARE(valueOf(cards.at(1), u"FN"_s), u"Bob"_s);
    }

    void vcardCardCountLimit() {
        VCardLimits limits;
        limits.maxCards = 2;
        QByteArray file;
        for (const char* name : {"Ann", "Bob", "Cy", "Di"})
            file += QByteArray("BEGIN:VCARD\nFN:") + name + "\nEND:VCARD\n";
        const QList<VCard> cards = readCards(file, limits);
        QCOMPARE(cards.size(), 3);
        QCOMPARE(valueOf(cards.at(1), u"FN"_s), u"Bob"_s);
        QCOMPARE(cards.at(2).error,
                 u"Line 7: the file has more than 2 cards; this card and the ones after it are not read."_s);
        QVERIFY(cards.at(2).properties.isEmpty());
    }

    // A card without END:VCARD used to lose the first line of the card after it.
    void vcardMissingEndKeepsTheNextCardWhole() {
        const QList<VCard> cards = readCards("BEGIN:VCARD\nFN:Ann\nTEL:555 0100\nBEGIN:VCARD\nFN:Bob\n"
                                             "TEL:555 0101\nEND:VCARD\n");
        QCOMPARE(cards.size(), 2);
        QCOMPARE(cards.at(0).error, u"Line 1: the card that starts here has no END:VCARD."_s);
        QCOMPARE(valueOf(cards.at(0), u"TEL"_s), u"555 0100"_s);
        QCOMPARE(cards.at(1).line, 4);
        QCOMPARE(valueOf(cards.at(1), u"FN"_s), u"Bob"_s);
        QCOMPARE(valueOf(cards.at(1), u"TEL"_s), u"555 0101"_s);
        QVERIFY(cards.at(1).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportFormats)
#include "tst_importformats.moc"
