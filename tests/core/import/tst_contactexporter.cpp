#include "TestSupport.h"

#include "core/csv/CsvWriter.h"
#include "core/import/ContactExporter.h"
#include "core/store/ConsentLedger.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/GroupRepository.h"
#include "shared/domain/Contact.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;
using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("iq::ContactExporter", text);
}

// The exporter as it was before it read SQLite directly (QSqlQuery, a QVariant per value, a Contact per
// row): the reference the current one must match byte for byte.
struct ExportedContact {
    Contact contact;
    QStringList groups;
    bool optedOut = false;
};

// The selection as a WHERE clause on contacts c with bound values.
QString selectionClause(const ExportSelection& selection, QVariantList& values) {
    QString where = QStringLiteral("c.deleted = 0");
    if (!selection.ids.isEmpty()) {
        // One bound JSON array rather than a placeholder per id: SQLite caps bound values at 32766,
        // and a search result can be larger.
        where += QStringLiteral(" AND c.id IN (SELECT value FROM json_each(?))");
        values << QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(selection.ids)).toJson(QJsonDocument::Compact));
    }
    if (!selection.groupId.isEmpty()) {
        where += QStringLiteral(" AND c.id IN (SELECT contact_id FROM group_members WHERE group_id = ?)");
        values << selection.groupId;
    }
    if (!selection.search.trimmed().isEmpty()) {
        const QString like = QLatin1Char('%') + selection.search.trimmed() + QLatin1Char('%');
        where += QStringLiteral(
            " AND (c.list_name LIKE ? OR c.organization LIKE ? OR c.id IN (SELECT contact_id FROM "
            "contact_phones WHERE raw LIKE ? OR e164 LIKE ?) OR c.id IN (SELECT contact_id FROM "
            "contact_emails "
            "WHERE address LIKE ?))");
        values << like << like << like << like << like;
    }
    return where;
}

QString fold(const QString& name, const QString& value) {
    return name + QLatin1Char(':') + value;
}

QString typeParam(const QString& label) {
    if (label.isEmpty())
        return {};
    const QString type = label == QLatin1String("mobile") ? QStringLiteral("cell") : label;
    bool plain = true;
    for (QChar c : type) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
            plain = false;
    }
    return QStringLiteral(";TYPE=") +
           (plain ? type : QLatin1Char('"') + QString(type).remove(QLatin1Char('"')) + QLatin1Char('"'));
}

Result<qint64> legacyExport(Database& database, QIODevice* device, const ExportSelection& selection,
                            const ContactExporter::Options& options,
                            const std::atomic_bool* cancel = nullptr) {
    using Format = ContactExporter::Format;
    auto& m_database = database;
    QVariantList values;
    const QString where = selectionClause(selection, values);
    auto sub = [&](const QString& sql) {
        return sql.arg(where);
    };

    // Column counts and custom field names first, so the CSV header is known before the rows.
    int maxPhones = 0, maxEmails = 0;
    QStringList customKeys;
    if (options.format == Format::Csv) {
        auto counts = m_database.exec(
            sub(QStringLiteral(
                "SELECT (SELECT coalesce(max(n), 0) FROM (SELECT count(*) n FROM contact_phones p "
                "JOIN contacts c ON c.id = p.contact_id WHERE %1 GROUP BY p.contact_id)), "
                "(SELECT coalesce(max(n), 0) FROM (SELECT count(*) n FROM contact_emails e JOIN "
                "contacts c ON c.id = e.contact_id WHERE %1 GROUP BY e.contact_id))")),
            values + values);
        if (!counts)
            return counts.error();
        counts.value().next();
        maxPhones = std::max(1, counts.value().value(0).toInt());
        maxEmails = std::max(1, counts.value().value(1).toInt());
        counts.value().finish();
        auto keys = m_database.exec(
            sub(QStringLiteral("SELECT DISTINCT j.key FROM contacts c, json_each(c.custom_fields) j WHERE %1 "
                               "ORDER BY j.key")),
            values);
        if (!keys)
            return keys.error();
        while (keys.value().next())
            customKeys << keys.value().value(0).toString();
    }

    // Five cursors sorted by contact id, merged as they go.
    auto contacts = m_database.exec(
        sub(QStringLiteral(
            "SELECT c.id, c.given_name, c.middle_name, c.family_name, c.display_name, "
            "c.organization, c.notes, c.language, c.time_zone, c.custom_fields FROM contacts c "
            "WHERE %1 ORDER BY c.id")),
        values);
    if (!contacts)
        return contacts.error();
    auto phones = m_database.exec(
        sub(QStringLiteral("SELECT p.contact_id, p.raw, p.e164, p.label, p.valid FROM contact_phones p JOIN "
                           "contacts c ON c.id = p.contact_id WHERE %1 ORDER BY p.contact_id, p.position")),
        values);
    auto emails = m_database.exec(
        sub(QStringLiteral("SELECT e.contact_id, e.address, e.label FROM contact_emails e JOIN contacts c ON "
                           "c.id = e.contact_id WHERE %1 ORDER BY e.contact_id, e.position")),
        values);
    auto groups = m_database.exec(
        sub(QStringLiteral(
            "SELECT m.contact_id, g.name FROM group_members m JOIN groups g ON g.id = m.group_id "
            "JOIN contacts c ON c.id = m.contact_id WHERE g.deleted = 0 AND %1 "
            "ORDER BY m.contact_id, g.name COLLATE NOCASE")),
        values);
    auto optOuts = m_database.exec(
        sub(QStringLiteral("SELECT DISTINCT k.contact_id FROM channel_consent k JOIN contacts c ON c.id = "
                           "k.contact_id WHERE k.consent = 'opted_out' AND %1 ORDER BY k.contact_id")),
        values);
    for (auto* query : {&phones, &emails, &groups, &optOuts}) {
        if (!*query)
            return query->error();
    }
    QSqlQuery& p = phones.value();
    QSqlQuery& e = emails.value();
    QSqlQuery& g = groups.value();
    QSqlQuery& o = optOuts.value();
    bool pMore = p.next(), eMore = e.next(), gMore = g.next(), oMore = o.next();

    std::unique_ptr<CsvWriter> csv;
    if (options.format == Format::Csv) {
        CsvWriter::Options csvOptions;
        csvOptions.neutralizeFormulas = options.spreadsheetSafe;
        csv = std::make_unique<CsvWriter>(device, csvOptions);
        QStringList header = {QStringLiteral("IQ ID"),        QStringLiteral("First Name"),
                              QStringLiteral("Middle Name"),  QStringLiteral("Last Name"),
                              QStringLiteral("Display Name"), QStringLiteral("Organization")};
        for (int i = 1; i <= maxPhones; ++i)
            header << QStringLiteral("Phone %1 - Label").arg(i) << QStringLiteral("Phone %1 - Value").arg(i);
        for (int i = 1; i <= maxEmails; ++i)
            header << QStringLiteral("E-mail %1 - Label").arg(i)
                   << QStringLiteral("E-mail %1 - Value").arg(i);
        header << QStringLiteral("Groups") << QStringLiteral("Notes") << QStringLiteral("Language")
               << QStringLiteral("Time Zone") << QStringLiteral("Opted Out") << customKeys;
        if (!csv->writeRow(header))
            return Error::make(Error::Code::Io, tr("Cannot write the export: %1").arg(device->errorString()));
    }

    qint64 written = 0;
    QSqlQuery& c = contacts.value();
    while (c.next()) {
        if (cancel && cancel->load() && (written % 1024) == 0)
            return Error::make(Error::Code::Cancelled, tr("The export was cancelled."));
        ExportedContact item;
        Contact& contact = item.contact;
        contact.id = c.value(0).toString();
        contact.givenName = c.value(1).toString();
        contact.middleName = c.value(2).toString();
        contact.familyName = c.value(3).toString();
        contact.displayName = c.value(4).toString();
        contact.organization = c.value(5).toString();
        contact.notes = c.value(6).toString();
        contact.language = c.value(7).toString();
        contact.timeZone = c.value(8).toString();
        const QString custom = c.value(9).toString();
        if (custom.size() > 2)
            contact.customFields = QJsonDocument::fromJson(custom.toUtf8()).object().toVariantMap();
        while (pMore && p.value(0).toString() < contact.id)
            pMore = p.next();
        while (pMore && p.value(0).toString() == contact.id) {
            contact.phones.append({p.value(1).toString(), p.value(2).toString(), QString(),
                                   p.value(3).toString(), p.value(4).toBool()});
            pMore = p.next();
        }
        while (eMore && e.value(0).toString() < contact.id)
            eMore = e.next();
        while (eMore && e.value(0).toString() == contact.id) {
            contact.emails.append({e.value(1).toString(), e.value(2).toString()});
            eMore = e.next();
        }
        while (gMore && g.value(0).toString() < contact.id)
            gMore = g.next();
        while (gMore && g.value(0).toString() == contact.id) {
            item.groups << g.value(1).toString();
            gMore = g.next();
        }
        while (oMore && o.value(0).toString() < contact.id)
            oMore = o.next();
        item.optedOut = oMore && o.value(0).toString() == contact.id;

        bool ok = true;
        if (csv) {
            QStringList row = {contact.id,         contact.givenName,   contact.middleName,
                               contact.familyName, contact.displayName, contact.organization};
            for (int i = 0; i < maxPhones; ++i) {
                const ContactPhone phone = contact.phones.value(i);
                row << phone.label << phone.raw;
            }
            for (int i = 0; i < maxEmails; ++i) {
                const ContactEmail email = contact.emails.value(i);
                row << email.label << email.address;
            }
            row << item.groups.join(QStringLiteral(" ::: ")) << contact.notes << contact.language
                << contact.timeZone << (item.optedOut ? QStringLiteral("yes") : QString());
            for (const QString& key : customKeys)
                row << contact.customFields.value(key).toString();
            ok = csv->writeRow(row);
        } else {
            QByteArray card = "BEGIN:VCARD\r\nVERSION:4.0\r\n";
            card += ContactExporter::foldVCardLine(
                fold(QStringLiteral("UID"), QStringLiteral("urn:uuid:") + contact.id));
            card += ContactExporter::foldVCardLine(
                fold(QStringLiteral("FN"), ContactExporter::vcardEscape(contact.shownName())));
            card += ContactExporter::foldVCardLine(
                fold(QStringLiteral("N"),
                     ContactExporter::vcardEscape(contact.familyName) + QLatin1Char(';') +
                         ContactExporter::vcardEscape(contact.givenName) + QLatin1Char(';') +
                         ContactExporter::vcardEscape(contact.middleName) + QStringLiteral(";;")));
            if (!contact.organization.isEmpty())
                card += ContactExporter::foldVCardLine(
                    fold(QStringLiteral("ORG"), ContactExporter::vcardEscape(contact.organization)));
            for (const ContactPhone& phone : contact.phones) {
                card += ContactExporter::foldVCardLine(
                    phone.valid ? fold(QStringLiteral("TEL;VALUE=uri") + typeParam(phone.label),
                                       QStringLiteral("tel:") + phone.e164)
                                : fold(QStringLiteral("TEL;VALUE=text") + typeParam(phone.label),
                                       ContactExporter::vcardEscape(phone.raw)));
            }
            for (const ContactEmail& email : contact.emails)
                card += ContactExporter::foldVCardLine(fold(QStringLiteral("EMAIL") + typeParam(email.label),
                                                            ContactExporter::vcardEscape(email.address)));
            if (!item.groups.isEmpty()) {
                QStringList escaped;
                for (const QString& group : item.groups)
                    escaped << ContactExporter::vcardEscape(group);
                card += ContactExporter::foldVCardLine(
                    fold(QStringLiteral("CATEGORIES"), escaped.join(QLatin1Char(','))));
            }
            if (!contact.notes.isEmpty())
                card += ContactExporter::foldVCardLine(
                    fold(QStringLiteral("NOTE"), ContactExporter::vcardEscape(contact.notes)));
            if (!contact.language.isEmpty())
                card += ContactExporter::foldVCardLine(
                    fold(QStringLiteral("LANG"), ContactExporter::vcardEscape(contact.language)));
            if (!contact.timeZone.isEmpty())
                card += ContactExporter::foldVCardLine(
                    fold(QStringLiteral("TZ;VALUE=text"), ContactExporter::vcardEscape(contact.timeZone)));
            for (auto it = contact.customFields.cbegin(); it != contact.customFields.cend(); ++it)
                card += ContactExporter::foldVCardLine(
                    fold(QStringLiteral("X-IQ-CUSTOM-FIELD;X-NAME=\"") +
                             QString(it.key()).remove(QLatin1Char('"')) + QLatin1Char('"'),
                         ContactExporter::vcardEscape(it.value().toString())));
            if (item.optedOut)
                card += "X-IQ-OPTED-OUT:yes\r\n";
            card += "END:VCARD\r\n";
            ok = device->write(card) == card.size();
        }
        if (!ok)
            return Error::make(Error::Code::Io, tr("Cannot write the export: %1").arg(device->errorString()));
        ++written;
        if (options.progress && (written % 1024) == 0)
            options.progress(written);
    }
    if (options.progress)
        options.progress(written);
    return written;
}

// A file that accepts a given number of bytes, then refuses every write, as a full disk does.
class FillingFile final : public QFile {
public:
    FillingFile(const QString& path, qint64 room)
        : QFile(path)
        , m_room(room) {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 writeData(const char* data, qint64 size) override {
        if (m_accepted + size > m_room) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        m_accepted += size;
        return QFile::writeData(data, size);
    }

private:
    qint64 m_room;
    qint64 m_accepted = 0;
};

// The same for a device that is not a file (written on the caller's thread).
class FillingDevice final : public QIODevice {
public:
    explicit FillingDevice(qint64 room)
        : m_room(room) {
        open(QIODevice::WriteOnly);
    }
    qint64 accepted = 0;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 size) override {
        if (accepted + size > m_room) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        accepted += size;
        return size;
    }

private:
    qint64 m_room;
};

} // namespace

// ContactExporter writes exactly what its QSqlQuery-based predecessor wrote, for every selection,
// format and path (contacts sorted in memory or streamed; details scanned or looked up), and keeps
// progress and cancel working.
class TestContactExporter final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_groupId;
    QStringList m_someIds;

    static Contact person(const QString& given, const QString& family) {
        Contact contact;
        contact.givenName = given;
        contact.familyName = family;
        return contact;
    }

    QString addContact(Contact contact) {
        auto added = ContactRepository(*m_db).add(std::move(contact));
        if (!added)
            qFatal("%s", qPrintable(added.errorMessage()));
        return added.value().id;
    }

    QString addGroup(const QString& name) {
        Group group;
        group.name = name;
        auto added = GroupRepository(*m_db).add(group);
        if (!added)
            qFatal("%s", qPrintable(added.errorMessage()));
        return added.value().id;
    }

    void join(const QString& groupId, const QString& contactId) {
        const Status joined = GroupRepository(*m_db).addMember(groupId, contactId, ConsentState::OptedIn,
                                                               ConsentMethod::Manual, u"test"_s);
        if (!joined)
            qFatal("%s", qPrintable(joined.errorMessage()));
    }

    QByteArray exported(const ExportSelection& selection, const ContactExporter::Options& options,
                        bool legacy) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto written = legacy ? legacyExport(*m_db, &buffer, selection, options)
                              : ContactExporter(*m_db).exportTo(&buffer, selection, options);
        if (!written)
            return "error: " + written.errorMessage().toUtf8();
        return buffer.data();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(u"profile.sqlite"_s));
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        m_db = std::move(opened).value();

        // Names a case-sensitive order would list differently, and one deleted group.
        const QString beta = addGroup(u"beta"_s);
        const QString alpha = addGroup(u"Alpha"_s);
        const QString zed = addGroup(u"Zed"_s);
        const QString gamma = addGroup(u"gamma, \"the third\""_s);
        const QString gone = addGroup(u"Gone"_s);
        m_groupId = beta;

        Contact tricky = person(u"=SUM(A1:A3)"_s, u"Núñez, \"Jr\""_s);
        tricky.middleName = u"'s-Hertogenbosch"_s;
        tricky.displayName = u"@handle"_s;
        tricky.organization = u"-dash; Ltd\\"_s;
        tricky.notes = u"two\nlines\r\nand \"quotes\", commas"_s;
        tricky.language = u"fr"_s;
        tricky.timeZone = u"Europe/Paris"_s;
        tricky.customFields = {{u"Shoe size"_s, 42}, {u"Member"_s, true}, {u"Nickname"_s, u"+Zed"_s}};
        tricky.phones = {
            {u"+1 415 555 0100"_s, u"+14155550100"_s, u"fixed_line_or_mobile"_s, u"mobile"_s, true},
            {u"'0042"_s, QString(), u"unknown"_s, u"work, main"_s, false},
            {u"tel: 12"_s, QString(), u"unknown"_s, QString(), false}};
        tricky.emails = {{u"a@example.com"_s, u"home"_s}, {u"\tb@example.com"_s, u"=work"_s}};
        const QString trickyId = addContact(tricky);
        for (const QString& group : {zed, beta, alpha, gamma, gone})
            join(group, trickyId);

        Contact cjk = person(u"美咲"_s, u"小龍 😀"_s);
        cjk.customFields = {{u"Ünïcode key"_s, u"值"_s}};
        cjk.phones = {{u"090-1234-5678"_s, u"+819012345678"_s, u"mobile"_s, u"携帯"_s, true}};
        const QString cjkId = addContact(cjk);
        join(beta, cjkId);
        QVERIFY(ConsentLedger(*m_db).optOutEverywhere(cjkId, ConsentMethod::Manual, u"asked"_s));

        addContact(Contact()); // nothing but an id
        const QString deleted = addContact(person(u"Deleted"_s, u"Lee"_s));
        join(alpha, deleted);
        QVERIFY(ContactRepository(*m_db).remove(deleted));
        QVERIFY(GroupRepository(*m_db).remove(gone));

        QRandomGenerator random(7);
        const QString firsts[] = {u"Ann"_s, u"José"_s, u"Zoë"_s, u"Björn"_s, u"李"_s, u"+Plus"_s, u"'Tick"_s};
        const QString lasts[] = {u"Lee"_s, u"O'Brien"_s, u"Groß"_s, u"Smith, Jr"_s, u"\"Q\""_s};
        const QString groups[] = {alpha, beta, zed, gamma};
        for (int i = 0; i < 60; ++i) {
            Contact contact = person(firsts[random.bounded(7)], lasts[random.bounded(5)]);
            const int phones = int(random.bounded(4));
            for (int p = 0; p < phones; ++p)
                contact.phones.append({u"+1 212 555 %1"_s.arg(1000 + i * 4 + p),
                                       u"+1212555%1"_s.arg(1000 + i * 4 + p), u"fixed_line_or_mobile"_s,
                                       p ? u"work"_s : QString(), true});
            if (random.bounded(2))
                contact.emails.append({u"p%1@example.com"_s.arg(i), QString()});
            if (random.bounded(5) == 0)
                contact.notes = u"-note %1"_s.arg(i);
            const QString id = addContact(contact);
            for (const QString& group : groups) {
                if (random.bounded(3) == 0)
                    join(group, id);
            }
            if (random.bounded(6) == 0)
                QVERIFY(ConsentLedger(*m_db).optOutEverywhere(id, ConsentMethod::Keyword, u"STOP"_s));
            if (i % 9 == 0)
                m_someIds << id;
        }
        m_someIds << trickyId << cjkId << deleted;
    }

    void sameBytesAsBefore_data() {
        QTest::addColumn<int>("selection");
        QTest::addColumn<bool>("vcard");
        QTest::addColumn<bool>("spreadsheetSafe");
        QTest::addColumn<qint64>("memoryBudget");
        QTest::addColumn<qint64>("scanThreshold");
        const char* selections[] = {"everyone", "group", "search", "ids", "nobody"};
        for (int s = 0; s < 5; ++s) {
            for (bool vcard : {false, true}) {
                for (bool safe : {true, false}) {
                    if (vcard && !safe)
                        continue;
                    for (qint64 budget : {qint64(512) << 20, qint64(200)}) {
                        QTest::addRow("%s %s%s%s", selections[s], vcard ? "vcard" : "csv",
                                      safe ? "" : " unsafe", budget < 1000 ? " streamed" : "")
                            << s << vcard << safe << budget << qint64(20000);
                    }
                    // Every selection through the one-pass reading of numbers, addresses and groups.
                    QTest::addRow("%s %s%s scanned", selections[s], vcard ? "vcard" : "csv",
                                  safe ? "" : " unsafe")
                        << s << vcard << safe << (qint64(512) << 20) << qint64(0);
                }
            }
        }
    }
    void sameBytesAsBefore() {
        QFETCH(int, selection);
        QFETCH(bool, vcard);
        QFETCH(bool, spreadsheetSafe);
        QFETCH(qint64, memoryBudget);
        QFETCH(qint64, scanThreshold);
        ExportSelection chosen;
        if (selection == 1)
            chosen.groupId = m_groupId;
        else if (selection == 2)
            chosen.search = u"lee"_s;
        else if (selection == 3)
            chosen.ids = m_someIds;
        else if (selection == 4)
            chosen.search = u"no such person"_s;
        ContactExporter::Options options;
        options.format = vcard ? ContactExporter::Format::VCard : ContactExporter::Format::Csv;
        options.spreadsheetSafe = spreadsheetSafe;
        options.memoryBudget = memoryBudget;
        options.scanThreshold = scanThreshold;
        const QByteArray before = exported(chosen, options, true);
        const QByteArray now = exported(chosen, options, false);
        QVERIFY(!before.startsWith("error"));
        QCOMPARE(now, before);
        if (selection == 0)
            QVERIFY(before.size() > 3000);
    }

    void largeOutputsGoThroughTheWriterThread() {
        // Several megabytes, one cell larger than a chunk: the hand-offs to the writing thread.
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(u"large.sqlite"_s));
        QVERIFY(opened);
        Database& db = *opened.value();
        const QString group = GroupRepository(db).add(Group{QString(), u"Many"_s, QString(), {}}).value().id;
        QVERIFY(db.transaction([&]() -> Status {
            for (int i = 0; i < 3000; ++i) {
                Contact contact = person(u"Name %1"_s.arg(i), u"Ünïcode, \"%1\""_s.arg(i));
                contact.notes = QString(i == 1500 ? 3 << 20 : 900, QLatin1Char(i % 2 ? 'x' : '='));
                contact.phones.append({u"+1 212 555 %1"_s.arg(1000 + i), u"+1212555%1"_s.arg(1000 + i),
                                       u"fixed_line_or_mobile"_s, QString(), true});
                auto added = ContactRepository(db).add(contact);
                if (!added)
                    return added.error();
                if (i % 2) {
                    if (Status joined = GroupRepository(db).addMember(
                            group, added.value().id, ConsentState::OptedIn, ConsentMethod::Manual, u"test"_s);
                        !joined)
                        return joined;
                }
            }
            return {};
        }));
        for (const auto format : {ContactExporter::Format::Csv, ContactExporter::Format::VCard}) {
            ContactExporter::Options options;
            options.format = format;
            QBuffer before, now;
            before.open(QIODevice::WriteOnly);
            now.open(QIODevice::WriteOnly);
            QVERIFY(legacyExport(db, &before, {}, options));
            auto written = ContactExporter(db).exportTo(&now, {}, options);
            QVERIFY2(written, qPrintable(written.errorMessage()));
            QCOMPARE(written.value(), 3000);
            QVERIFY(now.data().size() > (5 << 20));
            QVERIFY(now.data() == before.data());
            // A file is written on the second thread.
            const QString path = dir.filePath(u"export"_s);
            auto toFile = ContactExporter(db).exportToFile(path, {}, options);
            QVERIFY2(toFile, qPrintable(toFile.errorMessage()));
            QVERIFY(test::fileBytes(path) == before.data());
        }

        FillingDevice full(4 << 20);
        auto refused = ContactExporter(db).exportTo(&full, {}, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Io);
        QVERIFY(refused.errorMessage().contains(u"No space left"_s));
        FillingFile fullFile(dir.filePath(u"full.csv"_s), 4 << 20);
        auto refusedFile = ContactExporter(db).exportTo(&fullFile, {}, {});
        QVERIFY(!refusedFile);
        QCOMPARE(refusedFile.error().code, Error::Code::Io);
        QVERIFY(refusedFile.errorMessage().contains(u"No space left"_s));
    }

    void progressAndCancel() {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QList<qint64> reported;
        ContactExporter::Options options;
        options.progress = [&](qint64 written) {
            reported << written;
        };
        auto written = ContactExporter(*m_db).exportTo(&buffer, {}, options);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(written.value(), 63);
        QCOMPARE(reported, QList<qint64>{63});

        std::atomic_bool cancel{true};
        QBuffer cancelled;
        cancelled.open(QIODevice::WriteOnly);
        auto stopped = ContactExporter(*m_db).exportTo(&cancelled, {}, {}, &cancel);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, Error::Code::Cancelled);
    }

    void reportsReadingBeforeWriting_data() {
        QTest::addColumn<bool>("vcard");
        QTest::addColumn<bool>("group"); // a selection, whose numbers the export looks up per contact
        QTest::newRow("csv, everyone") << false << false;
        QTest::newRow("vcard, everyone") << true << false;
        QTest::newRow("csv, a group") << false << true;
    }
    void reportsReadingBeforeWriting() {
        // Progress starts while the contacts are read, long before the first is written.
        QFETCH(bool, vcard);
        QFETCH(bool, group);
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(u"reading.sqlite"_s));
        QVERIFY(opened);
        Database& db = *opened.value();
        const QString many = GroupRepository(db).add(Group{QString(), u"Many"_s, QString(), {}}).value().id;
        QVERIFY(db.transaction([&]() -> Status {
            for (int i = 0; i < 2100; ++i) {
                auto added = ContactRepository(db).add(person(u"Name %1"_s.arg(i), u"Lee"_s));
                if (!added)
                    return added.error();
                if (Status joined = GroupRepository(db).addMember(
                        many, added.value().id, ConsentState::OptedIn, ConsentMethod::Manual, u"test"_s);
                    !joined)
                    return joined;
            }
            return {};
        }));
        QStringList events;
        ContactExporter::Options options;
        options.format = vcard ? ContactExporter::Format::VCard : ContactExporter::Format::Csv;
        options.scanThreshold = 100000; // the group's 2100 contacts are looked up one by one
        options.reading = [&](qint64 read) {
            events << u"read %1"_s.arg(read);
        };
        options.progress = [&](qint64 written) {
            events << u"wrote %1"_s.arg(written);
        };
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ExportSelection selection;
        selection.groupId = group ? many : QString();
        auto written = ContactExporter(db).exportTo(&buffer, selection, options);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(written.value(), 2100);
        QCOMPARE(events, (QStringList{u"read 1024"_s, u"read 2048"_s, u"read 2100"_s, u"wrote 1024"_s,
                                      u"wrote 2048"_s, u"wrote 2100"_s}));
    }

    void failsWhenTheDeviceRefusesBytes() {
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        auto written = ContactExporter(*m_db).exportTo(&readOnly, {}, {});
        QVERIFY(!written);
        QCOMPARE(written.error().code, Error::Code::Io);
    }

    void insideTheCallersTransaction() {
        // A caller's transaction is joined, not committed early.
        const Status status = m_db->transaction([&]() -> Status {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            auto written = ContactExporter(*m_db).exportTo(&buffer, {}, {});
            if (!written)
                return written.error();
            return m_db->inTransaction() ? Status() : Error::make(Error::Code::Generic, u"left"_s);
        });
        QVERIFY2(status, qPrintable(status.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestContactExporter)
#include "tst_contactexporter.moc"
