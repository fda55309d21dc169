#pragma once

#include "shared/util/Result.h"

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

// How much of a file the reader holds at once. A real card is a few KiB; its longest line is a photo
// of some hundred KiB. Anything far beyond is a damaged or hostile file: it gets an error naming the
// line instead of taking the memory of the machine.
struct VCardLimits {
    qsizetype maxLineBytes = 2 * 1024 * 1024; // one logical line, folded and soft-broken lines joined
    qsizetype maxCardBytes = 8 * 1024 * 1024; // all lines of one card
    qint64 maxCards = 5'000'000;              // cards in one file
};

// Reads vCard 2.1, 3.0 and 4.0 files card by card (iPhone/iCloud, Android, Outlook exports): folded
// lines, quoted-printable with soft line breaks, CHARSET parameters, several cards per file. A card
// with a line or a size over the limits is returned with an error and without its properties; after
// the last card the limits allow, one card with an error says where reading stopped.
class VCardReader final {
public:
    explicit VCardReader(const VCardLimits& limits = {});
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
    // A logical line; overlong names the first physical line that took it past the limit (0: none),
    // and then line holds only its first maxLineBytes bytes.
    bool readLogicalLine(QByteArray& line, qint64& lineNumber, qint64& overlong);
    // A physical line; tooLong when it had more than maxLineBytes bytes (the rest is skipped).
    bool readRawLine(QByteArray& line, bool& tooLong);
    // Reads up to END:VCARD (or the next BEGIN:VCARD) without keeping anything.
    void skipRestOfCard();

    VCardLimits m_limits;
    QIODevice* m_device = nullptr;
    std::unique_ptr<QFile> m_ownedFile;
    QByteArray m_peek;
    bool m_havePeek = false;
    bool m_peekTooLong = false;
    // A logical line read too far (the BEGIN:VCARD of the next card), given back by the next read.
    QByteArray m_pushedBack;
    qint64 m_pushedBackLine = 0; // 0: nothing pushed back
    bool m_stopped = false;      // maxCards reached
    qint64 m_cards = 0;
    qint64 m_line = 0;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;
};

} // namespace iq
