// Feeds arbitrary bytes to the vCard reader, with its limits and with tiny ones so that the line, card
// size and card count limits are reached, and turns every card into an import draft. Checks that the
// limits hold, that cards come in file order and that every problem names its line.
#include "core/import/ImportSource.h"
#include "core/import/VCardReader.h"

#include <QBuffer>
#include <QByteArray>

#include <cstdint>
#include <cstdlib>

namespace {

void readAll(const QByteArray& input, const iq::VCardLimits& limits) {
    QByteArray bytes = input;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    iq::VCardReader reader(limits);
    if (!reader.open(&buffer))
        return;
    iq::VCard card;
    qint64 lastLine = 0;
    qint64 cards = 0;
    while (reader.next(card)) {
        if (card.line <= lastLine)
            abort(); // cards come in file order, each on a line of its own
        lastLine = card.line;
        if (++cards > limits.maxCards + 1 || cards > input.size())
            abort();
        if (!card.error.isEmpty() && !card.error.startsWith(QLatin1String("Line ")))
            abort(); // every problem names its line
        qsizetype cardChars = 0;
        for (const iq::VCardProperty& property : card.properties) {
            // Decoded text has no more characters than the bytes it came from.
            if (property.value.size() > limits.maxLineBytes)
                abort();
            cardChars += property.value.size();
            (void)property.types();
            (void)property.components();
            (void)property.list();
        }
        if (cardChars > limits.maxCardBytes)
            abort();
        const iq::ImportDraft draft = iq::draftFromVCard(card);
        if (draft.line != card.line || (!card.error.isEmpty() && draft.problems.isEmpty()))
            abort();
    }
    if (reader.bytesRead() > input.size())
        abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    readAll(input, {});
    iq::VCardLimits tiny;
    tiny.maxLineBytes = 40;
    tiny.maxCardBytes = 200;
    tiny.maxCards = 3;
    readAll(input, tiny);
    (void)iq::VCardReader::looksLikeVCard(input);
    return 0;
}
