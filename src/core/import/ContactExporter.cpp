#include "import/ContactExporter.h"

#include "csv/CsvWriter.h"
#include "domain/Contact.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>

namespace iq {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("iq::ContactExporter", text);
}

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

} // namespace

ContactExporter::ContactExporter(Database& database)
    : m_database(database) {}

QString ContactExporter::vcardEscape(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';'))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
            continue;
        }
        if (c == QLatin1Char('\r'))
            continue;
        out += c;
    }
    return out;
}

QByteArray ContactExporter::foldVCardLine(const QString& line) {
    // RFC 6350 3.2: lines longer than 75 octets are folded, never inside a UTF-8 sequence.
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    int limit = 75;
    while (bytes.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (static_cast<unsigned char>(bytes.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += bytes.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74;
    }
    out += bytes.mid(start) + "\r\n";
    return out;
}

Result<qint64> ContactExporter::exportToFile(const QString& path, const ExportSelection& selection,
                                             const Options& options, const std::atomic_bool* cancel) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    auto written = exportTo(&file, selection, options, cancel);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Error::make(Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return written;
}

Result<qint64> ContactExporter::exportTo(QIODevice* device, const ExportSelection& selection,
                                         const Options& options, const std::atomic_bool* cancel) {
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
            card += foldVCardLine(fold(QStringLiteral("UID"), QStringLiteral("urn:uuid:") + contact.id));
            card += foldVCardLine(fold(QStringLiteral("FN"), vcardEscape(contact.shownName())));
            card += foldVCardLine(
                fold(QStringLiteral("N"), vcardEscape(contact.familyName) + QLatin1Char(';') +
                                              vcardEscape(contact.givenName) + QLatin1Char(';') +
                                              vcardEscape(contact.middleName) + QStringLiteral(";;")));
            if (!contact.organization.isEmpty())
                card += foldVCardLine(fold(QStringLiteral("ORG"), vcardEscape(contact.organization)));
            for (const ContactPhone& phone : contact.phones) {
                card += foldVCardLine(phone.valid
                                          ? fold(QStringLiteral("TEL;VALUE=uri") + typeParam(phone.label),
                                                 QStringLiteral("tel:") + phone.e164)
                                          : fold(QStringLiteral("TEL;VALUE=text") + typeParam(phone.label),
                                                 vcardEscape(phone.raw)));
            }
            for (const ContactEmail& email : contact.emails)
                card += foldVCardLine(
                    fold(QStringLiteral("EMAIL") + typeParam(email.label), vcardEscape(email.address)));
            if (!item.groups.isEmpty()) {
                QStringList escaped;
                for (const QString& group : item.groups)
                    escaped << vcardEscape(group);
                card += foldVCardLine(fold(QStringLiteral("CATEGORIES"), escaped.join(QLatin1Char(','))));
            }
            if (!contact.notes.isEmpty())
                card += foldVCardLine(fold(QStringLiteral("NOTE"), vcardEscape(contact.notes)));
            if (!contact.language.isEmpty())
                card += foldVCardLine(fold(QStringLiteral("LANG"), vcardEscape(contact.language)));
            if (!contact.timeZone.isEmpty())
                card += foldVCardLine(fold(QStringLiteral("TZ;VALUE=text"), vcardEscape(contact.timeZone)));
            for (auto it = contact.customFields.cbegin(); it != contact.customFields.cend(); ++it)
                card += foldVCardLine(fold(QStringLiteral("X-IQ-CUSTOM-FIELD;X-NAME=\"") +
                                               QString(it.key()).remove(QLatin1Char('"')) + QLatin1Char('"'),
                                           vcardEscape(it.value().toString())));
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

} // namespace iq
