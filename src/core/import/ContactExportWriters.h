#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <set>
#include <vector>

class QIODevice;

namespace iq {

class ContactExportCursor;
class ExportOutputBuffer;

// Writes contacts as rows of the CSV layout the import reads back (our own "IQ ID" format): the
// header names as many number and address columns as the contact with the most needs.
class ContactCsvWriter final {
public:
    ContactCsvWriter(ExportOutputBuffer& out, bool spreadsheetSafe);

    // Writes the header straight to the device (nothing is buffered yet); false when that fails.
    bool writeHeader(QIODevice* device, int maxPhones, int maxEmails,
                     const std::set<QByteArray>& customNames);
    // Appends the cursor's current contact.
    void write(const ContactExportCursor& contact);

private:
    ExportOutputBuffer& m_out;
    bool m_neutralize;
    int m_maxPhones = 1;
    int m_maxEmails = 1;
    QStringList m_customNames;
    QByteArray m_joined;
};

// Writes contacts as vCard 4.0 cards with CRLF line ends.
class ContactVCardWriter final {
public:
    explicit ContactVCardWriter(ExportOutputBuffer& out);

    // Appends the cursor's current contact.
    void write(const ContactExportCursor& contact);

    static QString escape(const QString& text);
    // A content line, folded at 75 octets (RFC 6350 3.2), never inside a UTF-8 sequence.
    static QByteArray foldLine(const QString& line);

private:
    ExportOutputBuffer& m_out;
    QByteArray m_card;
};

} // namespace iq
