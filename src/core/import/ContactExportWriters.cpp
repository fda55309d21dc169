#include "core/import/ContactExportWriters.h"

#include "core/csv/CsvWriter.h"
#include "core/import/ExportOutputBuffer.h"
#include "core/store/ContactExportCursor.h"
#include "shared/domain/Contact.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

namespace iq {
namespace {

using Field = ContactExportCursor::Field;

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

// The cursor's current contact as a Contact, for the card.
Contact contactOf(const ContactExportCursor& cursor) {
    auto text = [&](Field field) {
        return QString::fromUtf8(cursor.field(field));
    };
    Contact c;
    c.id = text(Field::Id);
    c.givenName = text(Field::GivenName);
    c.middleName = text(Field::MiddleName);
    c.familyName = text(Field::FamilyName);
    c.displayName = text(Field::DisplayName);
    c.organization = text(Field::Organization);
    c.notes = text(Field::Notes);
    c.language = text(Field::Language);
    c.timeZone = text(Field::TimeZone);
    if (cursor.field(Field::CustomFields).size() > 2)
        c.customFields =
            QJsonDocument::fromJson(cursor.field(Field::CustomFields).toByteArray()).object().toVariantMap();
    for (const ContactExportCursor::Phone& phone : cursor.phones())
        c.phones.append({QString::fromUtf8(phone.raw), QString::fromUtf8(phone.e164), QString(),
                         QString::fromUtf8(phone.label), phone.valid});
    for (const ContactExportCursor::Email& email : cursor.emails())
        c.emails.append({QString::fromUtf8(email.address), QString::fromUtf8(email.label)});
    return c;
}

} // namespace

ContactCsvWriter::ContactCsvWriter(ExportOutputBuffer& out, bool spreadsheetSafe)
    : m_out(out)
    , m_neutralize(spreadsheetSafe) {}

bool ContactCsvWriter::writeHeader(QIODevice* device, int maxPhones, int maxEmails,
                                   const std::set<QByteArray>& customNames) {
    m_maxPhones = maxPhones;
    m_maxEmails = maxEmails;
    m_customNames.clear();
    for (const QByteArray& name : customNames)
        m_customNames << QString::fromUtf8(name);
    CsvWriter::Options csvOptions;
    csvOptions.neutralizeFormulas = m_neutralize;
    CsvWriter csv(device, csvOptions);
    QStringList header = {QStringLiteral("IQ ID"),        QStringLiteral("First Name"),
                          QStringLiteral("Middle Name"),  QStringLiteral("Last Name"),
                          QStringLiteral("Display Name"), QStringLiteral("Organization")};
    for (int i = 1; i <= maxPhones; ++i)
        header << QStringLiteral("Phone %1 - Label").arg(i) << QStringLiteral("Phone %1 - Value").arg(i);
    for (int i = 1; i <= maxEmails; ++i)
        header << QStringLiteral("E-mail %1 - Label").arg(i) << QStringLiteral("E-mail %1 - Value").arg(i);
    header << QStringLiteral("Groups") << QStringLiteral("Notes") << QStringLiteral("Language")
           << QStringLiteral("Time Zone") << QStringLiteral("Opted Out") << m_customNames;
    return csv.writeRow(header);
}

void ContactCsvWriter::write(const ContactExportCursor& contact) {
    for (int i = Field::Id; i <= Field::Organization; ++i) {
        if (i != Field::Id)
            m_out.append(",");
        m_out.cell(contact.field(Field(i)), m_neutralize);
    }
    int count = 0;
    for (const ContactExportCursor::Phone& phone : contact.phones()) {
        if (count++ >= m_maxPhones)
            break;
        m_out.append(",");
        m_out.cell(phone.label, m_neutralize);
        m_out.append(",");
        m_out.cell(phone.raw, m_neutralize);
    }
    for (int i = count; i < m_maxPhones; ++i)
        m_out.append(",,");
    count = 0;
    for (const ContactExportCursor::Email& email : contact.emails()) {
        if (count++ >= m_maxEmails)
            break;
        m_out.append(",");
        m_out.cell(email.label, m_neutralize);
        m_out.append(",");
        m_out.cell(email.address, m_neutralize);
    }
    for (int i = count; i < m_maxEmails; ++i)
        m_out.append(",,");
    m_joined.resize(0);
    const std::vector<QByteArrayView>& groups = contact.groupNames();
    for (size_t i = 0; i < groups.size(); ++i) {
        if (i > 0)
            m_joined.append(" ::: ");
        m_joined.append(groups[i]);
    }
    m_out.append(",");
    m_out.cell(m_joined, m_neutralize);
    for (Field field : {Field::Notes, Field::Language, Field::TimeZone}) {
        m_out.append(",");
        m_out.cell(contact.field(field), m_neutralize);
    }
    m_out.append(contact.optedOut() ? ",yes" : ",");
    if (!m_customNames.isEmpty()) {
        QVariantMap custom;
        if (contact.field(Field::CustomFields).size() > 2)
            custom = QJsonDocument::fromJson(contact.field(Field::CustomFields).toByteArray())
                         .object()
                         .toVariantMap();
        for (const QString& name : std::as_const(m_customNames)) {
            m_out.append(",");
            m_out.cell(custom.value(name).toString().toUtf8(), m_neutralize);
        }
    }
    m_out.append("\r\n");
}

ContactVCardWriter::ContactVCardWriter(ExportOutputBuffer& out)
    : m_out(out) {}

void ContactVCardWriter::write(const ContactExportCursor& cursor) {
    const Contact contact = contactOf(cursor);
    QStringList groups;
    for (const QByteArrayView& group : cursor.groupNames())
        groups << QString::fromUtf8(group);
    m_card.resize(0);
    auto line = [&](const QString& text) {
        m_card += foldLine(text);
    };
    m_card += "BEGIN:VCARD\r\nVERSION:4.0\r\n";
    line(fold(QStringLiteral("UID"), QStringLiteral("urn:uuid:") + contact.id));
    line(fold(QStringLiteral("FN"), escape(contact.shownName())));
    line(fold(QStringLiteral("N"), escape(contact.familyName) + QLatin1Char(';') + escape(contact.givenName) +
                                       QLatin1Char(';') + escape(contact.middleName) + QStringLiteral(";;")));
    if (!contact.organization.isEmpty())
        line(fold(QStringLiteral("ORG"), escape(contact.organization)));
    for (const ContactPhone& phone : contact.phones) {
        line(phone.valid
                 ? fold(QStringLiteral("TEL;VALUE=uri") + typeParam(phone.label),
                        QStringLiteral("tel:") + phone.e164)
                 : fold(QStringLiteral("TEL;VALUE=text") + typeParam(phone.label), escape(phone.raw)));
    }
    for (const ContactEmail& email : contact.emails)
        line(fold(QStringLiteral("EMAIL") + typeParam(email.label), escape(email.address)));
    if (!groups.isEmpty()) {
        QStringList escaped;
        for (const QString& group : groups)
            escaped << escape(group);
        line(fold(QStringLiteral("CATEGORIES"), escaped.join(QLatin1Char(','))));
    }
    if (!contact.notes.isEmpty())
        line(fold(QStringLiteral("NOTE"), escape(contact.notes)));
    if (!contact.language.isEmpty())
        line(fold(QStringLiteral("LANG"), escape(contact.language)));
    if (!contact.timeZone.isEmpty())
        line(fold(QStringLiteral("TZ;VALUE=text"), escape(contact.timeZone)));
    for (auto it = contact.customFields.cbegin(); it != contact.customFields.cend(); ++it)
        line(fold(QStringLiteral("X-IQ-CUSTOM-FIELD;X-NAME=\"") + QString(it.key()).remove(QLatin1Char('"')) +
                      QLatin1Char('"'),
                  escape(it.value().toString())));
    if (cursor.optedOut())
        m_card += "X-IQ-OPTED-OUT:yes\r\n";
    m_card += "END:VCARD\r\n";
    m_out.append(m_card);
}

QString ContactVCardWriter::escape(const QString& text) {
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

QByteArray ContactVCardWriter::foldLine(const QString& line) {
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

} // namespace iq
