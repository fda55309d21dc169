#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace iq::sms {

enum class Encoding { Gsm7, Ucs2 };

// "GSM-7" or "UCS-2", the spelling carriers and the segment calculators use.
QString toString(Encoding encoding);

// What a message costs. Sizes are in bits: messageSize without the user data headers that join the
// parts of a long message, totalSize with them.
struct SegmentCount {
    Encoding encoding = Encoding::Gsm7;
    int segments = 1;
    int characters = 0; // GSM-7: septets (an extension character counts 2); UCS-2: grapheme clusters
    int unicodeScalars = 0;
    int messageSize = 0;
    int totalSize = 0;
};

// A character (grapheme cluster) that GSM-7 cannot carry, so the whole message goes as UCS-2.
struct Culprit {
    int offset = 0; // UTF-16 units into the text
    int length = 0;
    QString text;
};

struct SegmentAnalysis {
    SegmentCount count;
    QList<Culprit> culprits;
    // Where each segment starts, in UTF-16 units into the text (the first is 0).
    QList<int> segmentStarts;
    // Characters per segment for this encoding: 160/153 (GSM-7) or 70/67 (UCS-2).
    int singleSegmentLimit = 160;
    int multiSegmentLimit = 153;
};

// Splits a message into SMS segments the way carriers do: GSM-7 with its extension table (two
// septets each) when every character fits, else UCS-2 in UTF-16 units; 140 octets per segment, 6 of
// them taken by the user data header once there are several. A grapheme cluster (a flag, a ZWJ
// emoji, a letter with its accents) and an escape pair are never split across segments. Agrees with
// Twilio's open-source segment calculator, which carriers' bills follow.
SegmentCount countSegments(QStringView text);
SegmentAnalysis analyzeSegments(QStringView text);

// Septets a character takes in GSM-7: 1, 2 for the extension table, 0 when GSM-7 cannot carry it.
int gsm7Septets(char16_t unit);

// Smart punctuation and look-alike spaces replaced with GSM-7 equivalents (“ ” ‘ ’ — – … and the
// like). Returns the text unchanged when there is nothing to replace; *replaced counts the changes.
QString replaceSmartPunctuation(QStringView text, int* replaced = nullptr);
// True when replaceSmartPunctuation would change the character.
bool hasGsm7Replacement(char16_t unit);

} // namespace iq::sms
