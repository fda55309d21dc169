#pragma once

#include <QByteArray>
#include <QString>

namespace iq {

// Which text encoding a file uses, and why we think so.
struct EncodingGuess {
    QByteArray name;   // a name QStringDecoder accepts: "UTF-8", "UTF-16LE", "windows-1252", ...
    int bomLength = 0; // bytes of byte order mark to skip
    QString reason;    // "byte order mark", "valid UTF-8", "detected by uchardet", "fallback"
};

// Guesses the encoding of a file from its first bytes: a byte order mark wins; then UTF-16 without
// one (zero bytes in every other position); then UTF-8 when the sample is valid UTF-8; then what
// uchardet names; Windows-1252 (Excel's "CSV (Comma delimited)") when nothing else is certain.
class EncodingDetector final {
public:
    static EncodingGuess detect(const QByteArray& sample);
    // Whether bytes are valid UTF-8; a sequence cut at the very end of the sample is allowed.
    static bool isValidUtf8(const QByteArray& bytes);
    // Whether QStringDecoder can decode this encoding name.
    static bool isSupported(const QByteArray& name);
    // The BOM length of an encoding if the bytes start with its mark.
    static int bomLength(const QByteArray& name, const QByteArray& sample);
};

} // namespace iq
