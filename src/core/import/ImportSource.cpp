#include "core/import/ImportSource.h"

#include <QCoreApplication>
#include <QFile>

#include <deque>

namespace iq {

// The translation context of this file's messages: lupdate files ImportSourceText::tr() calls under it, and
// the same context is asked for at run time.
class ImportSourceText final {
    Q_DECLARE_TR_FUNCTIONS(iq::ImportSource)
};
namespace {

class CsvSource final : public ImportSource {
public:
    Status open(const QString& path, const ImportSourceOptions& options) {
        m_reader = std::make_unique<CsvReader>(options.csv);
        if (Status opened = m_reader->openFile(path); !opened)
            return opened;
        m_encoding = m_reader->encoding();
        m_encodingReason = m_reader->encodingReason();
        m_delimiter = m_reader->delimiter();
        m_hasHeader = m_reader->hasHeader();
        CsvRecord record;
        while (m_pending.size() < 20 && m_reader->next(record)) {
            m_preview.append(record.fields);
            m_pending.push_back(record);
        }
        if (options.mapping) {
            m_mapping = *options.mapping;
        } else {
            m_mapping = ColumnMapping::detect(m_reader->header(), m_preview);
            if (!options.keepUnmappedColumns)
                m_mapping.setUnmappedAsCustom(false);
        }
        return {};
    }

    bool next(ImportDraft& draft) override {
        CsvRecord record;
        if (!m_pending.empty()) {
            record = std::move(m_pending.front());
            m_pending.pop_front();
        } else if (!m_reader->next(record)) {
            return false;
        }
        draft = m_mapping.apply(record.line, record.fields);
        if (record.broken())
            draft.problems.prepend(record.error);
        return true;
    }
    qint64 bytesRead() const override { return m_reader->bytesRead(); }
    qint64 totalBytes() const override { return m_reader->totalBytes(); }

private:
    std::unique_ptr<CsvReader> m_reader;
    std::deque<CsvRecord> m_pending;
};

class VCardSource final : public ImportSource {
public:
    Status open(const QString& path) {
        m_vcard = true;
        m_encoding = "UTF-8";
        m_encodingReason = ImportSourceText::tr("vCard");
        m_delimiter = QChar();
        m_mapping = ColumnMapping(QStringLiteral("vcard"),
                                  {ImportSourceText::tr("Name"), ImportSourceText::tr("Phone numbers"),
                                   ImportSourceText::tr("E-mail addresses"), ImportSourceText::tr("Groups")},
                                  {});
        return m_reader.openFile(path);
    }
    bool next(ImportDraft& draft) override {
        VCard card;
        if (!m_reader.next(card))
            return false;
        draft = draftFromVCard(card);
        return true;
    }
    qint64 bytesRead() const override { return m_reader.bytesRead(); }
    qint64 totalBytes() const override { return m_reader.totalBytes(); }

private:
    VCardReader m_reader;
};

QString phoneLabel(const QStringList& types, const QString& appleLabel) {
    if (!appleLabel.isEmpty())
        return appleLabel;
    static const QStringList ignored = {QStringLiteral("voice"), QStringLiteral("pref"),
                                        QStringLiteral("internet"), QStringLiteral("x400"),
                                        QStringLiteral("text")};
    for (const QString& type : types) {
        if (ignored.contains(type))
            continue;
        if (type == QLatin1String("cell") || type == QLatin1String("iphone"))
            return QStringLiteral("mobile");
        return type;
    }
    return {};
}

} // namespace

ImportDraft draftFromVCard(const VCard& card) {
    ImportDraft draft;
    draft.line = card.line;
    if (!card.error.isEmpty())
        draft.problems << card.error;
    Contact& contact = draft.contact;
    QHash<QString, QString> appleLabels; // item1 -> "Shop"
    for (const VCardProperty& property : card.properties) {
        if (property.name == QLatin1String("X-ABLABEL") && !property.group.isEmpty()) {
            QString label = property.text().trimmed();
            if (label.startsWith(QLatin1String("_$!<")) && label.endsWith(QLatin1String(">!$_")))
                label = label.mid(4, label.size() - 8);
            appleLabels.insert(property.group, label.toLower());
        }
    }
    QString formatted;
    for (const VCardProperty& property : card.properties) {
        const QString& name = property.name;
        if (name == QLatin1String("N")) {
            const QStringList parts = property.components();
            contact.familyName = parts.value(0).trimmed();
            contact.givenName = parts.value(1).trimmed();
            contact.middleName = parts.value(2).trimmed();
        } else if (name == QLatin1String("FN")) {
            formatted = property.text().trimmed();
        } else if (name == QLatin1String("ORG")) {
            contact.organization = property.components().value(0).trimmed();
        } else if (name == QLatin1String("TEL")) {
            QString raw = property.text().trimmed();
            if (raw.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
                raw = raw.mid(4);
            if (raw.isEmpty())
                continue;
            ContactPhone phone;
            phone.raw = raw;
            phone.type = QStringLiteral("unknown");
            phone.label = phoneLabel(property.types(), appleLabels.value(property.group));
            contact.phones.append(phone);
        } else if (name == QLatin1String("EMAIL")) {
            const QString address = property.text().trimmed();
            if (!address.isEmpty())
                contact.emails.append(
                    {address, phoneLabel(property.types(), appleLabels.value(property.group))});
        } else if (name == QLatin1String("CATEGORIES")) {
            for (const QString& group : property.list()) {
                const QString trimmed = group.trimmed();
                if (!trimmed.isEmpty() && !draft.groups.contains(trimmed, Qt::CaseInsensitive))
                    draft.groups << trimmed;
            }
        } else if (name == QLatin1String("NOTE")) {
            contact.notes = property.text();
        } else if (name == QLatin1String("LANG")) {
            contact.language = property.text().trimmed();
        } else if (name == QLatin1String("TZ")) {
            contact.timeZone = property.text().trimmed();
        } else if (name == QLatin1String("UID")) {
            QString uid = property.text().trimmed();
            if (uid.startsWith(QLatin1String("urn:uuid:"), Qt::CaseInsensitive))
                uid = uid.mid(9);
            draft.existingId = uid;
        } else if (name == QLatin1String("BDAY")) {
            contact.customFields.insert(QStringLiteral("Birthday"), property.text().trimmed());
        } else if (name == QLatin1String("X-IQ-OPTED-OUT")) {
            draft.optedOut =
                property.text().trimmed().compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
        } else if (name.startsWith(QLatin1String("X-IQ-CUSTOM-"))) {
            const QString field = property.params.value(QStringLiteral("X-NAME")).value(0);
            contact.customFields.insert(field.isEmpty() ? name.mid(12).toLower() : field, property.text());
        }
    }
    // FN is the display name only when it says something the structured name does not.
    Contact named = contact;
    named.displayName.clear();
    if (!formatted.isEmpty() && formatted != named.shownName())
        contact.displayName = formatted;
    QStringList phones;
    for (const ContactPhone& phone : contact.phones)
        phones << phone.raw;
    QStringList emails;
    for (const ContactEmail& email : contact.emails)
        emails << email.address;
    draft.rawFields = {contact.shownName(), phones.join(QStringLiteral(" ::: ")),
                       emails.join(QStringLiteral(" ::: ")), draft.groups.join(QStringLiteral(" ::: "))};
    return draft;
}

Result<std::unique_ptr<ImportSource>> ImportSource::open(const QString& path,
                                                         const ImportSourceOptions& options) {
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           ImportSourceText::tr("Cannot open %1: %2").arg(path, probe.errorString()));
    const QByteArray head = probe.read(1024);
    probe.close();
    if (VCardReader::looksLikeVCard(head)) {
        auto source = std::make_unique<VCardSource>();
        if (Status opened = source->open(path); !opened)
            return opened.error();
        return std::unique_ptr<ImportSource>(std::move(source));
    }
    auto source = std::make_unique<CsvSource>();
    if (Status opened = source->open(path, options); !opened)
        return opened.error();
    return std::unique_ptr<ImportSource>(std::move(source));
}

} // namespace iq
