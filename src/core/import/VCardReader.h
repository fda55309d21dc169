#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace iq {

struct VCardProperty {
    QString group;                      // "item1" in "item1.TEL" (Apple's label grouping)
    QString name;                       // upper case: TEL, EMAIL, N, FN, CATEGORIES, ...
    QHash<QString, QStringList> params; // upper-case keys; bare 2.1 parameters land in TYPE
    QString value;                      // decoded text, vCard escapes still in place

    QStringList types() const;      // TYPE values, lower case
    QStringList components() const; // split on unescaped ';' and unescaped
    QStringList list() const;       // split on unescaped ',' and unescaped
    QString text() const;           // the whole value unescaped
};

struct VCard {
    qint64 line = 0; // line of BEGIN:VCARD
    QString version;
    QList<VCardProperty> properties;
    QString error; // a card that could not be read whole
};

// Reads vCard 2.1, 3.0 and 4.0 files card by card (iPhone/iCloud, Android, Outlook exports): folded
// lines, quoted-printable with soft line breaks, CHARSET parameters, several cards per file.
class VCardReader final {
public:
    VCardReader();
    ~VCardReader();
    Q_DISABLE_COPY_MOVE(VCardReader)

    Status open(QIODevice* device);
    Status openFile(const QString& path);
    bool next(VCard& card);

    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const { return m_totalBytes; }

    static bool looksLikeVCard(const QByteArray& head);
    static VCardProperty parseLine(const QByteArray& logicalLine);
    static QString unescape(QStringView text);

private:
    bool readLogicalLine(QByteArray& line, qint64& lineNumber);
    bool readRawLine(QByteArray& line);

    QIODevice* m_device = nullptr;
    std::unique_ptr<QFile> m_ownedFile;
    QByteArray m_peek;
    bool m_havePeek = false;
    qint64 m_line = 0;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;
};

} // namespace iq
