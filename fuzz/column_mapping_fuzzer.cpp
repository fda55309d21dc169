// Feeds arbitrary bytes to what the import wizard does before the first row is stored: the encoding
// and delimiter detection, the header row, the column mapping detected from it (Google, Outlook,
// Mailchimp, plain) and the drafts it makes of each row; then saves the mapping and reads it back, and
// reads the input itself as a saved mapping. Checks that each step answers something consistent.
#include "core/csv/CsvReader.h"
#include "core/csv/EncodingDetector.h"
#include "core/import/ColumnMapping.h"

#include <QBuffer>
#include <QByteArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

namespace {

void detectAndMap(const QByteArray& input) {
    const iq::EncodingGuess guess = iq::EncodingDetector::detect(input);
    if (guess.name.isEmpty() || !iq::EncodingDetector::isSupported(guess.name) || guess.bomLength < 0 ||
        guess.bomLength > input.size())
        abort();
    QByteArray bytes = input;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    iq::CsvReader reader({});
    if (!reader.open(&buffer))
        return;
    QList<QStringList> sample;
    QList<iq::CsvRecord> records;
    iq::CsvRecord record;
    while (records.size() < 50 && reader.next(record)) {
        records.append(record);
        if (sample.size() < 20)
            sample.append(record.fields);
    }
    const QStringList header = reader.header();
    const iq::ColumnMapping mapping = iq::ColumnMapping::detect(header, sample);
    if (mapping.format().isEmpty() || mapping.formatName().isEmpty())
        abort();
    if (mapping.rules().size() != header.size())
        abort(); // one rule per column of the file
    for (const iq::CsvRecord& row : std::as_const(records)) {
        const iq::ImportDraft draft = mapping.apply(row.line, row.fields);
        if (draft.line != row.line)
            abort();
    }
    // A saved mapping reads back, one rule per column of the file it is applied to.
    auto restored = iq::ColumnMapping::fromJson(mapping.toJson(), header);
    if (!restored.ok() || restored.value().rules().size() != header.size())
        abort();
    iq::ColumnMapping dropping = mapping;
    dropping.setUnmappedAsCustom(false);
    for (const iq::ColumnRule& rule : dropping.rules()) {
        if (rule.target == iq::ColumnRule::Target::Custom)
            abort();
    }
    (void)iq::CsvReader::sniffDelimiter(QString::fromUtf8(input.left(4096)));
}

// The input as a mapping file someone saved (or edited by hand).
void readSavedMapping(const QByteArray& input) {
    const QJsonDocument document = QJsonDocument::fromJson(input);
    if (!document.isObject())
        return;
    const QStringList headers{QStringLiteral("First Name"), QStringLiteral("Mobile Phone"),
                              QStringLiteral("E-mail Address"), QStringLiteral("Notes"), QString()};
    auto mapping = iq::ColumnMapping::fromJson(document.object(), headers);
    if (!mapping.ok()) {
        if (mapping.errorMessage().isEmpty())
            abort();
        return;
    }
    if (mapping.value().rules().size() != headers.size())
        abort();
    (void)mapping.value().apply(
        2, {QStringLiteral("Ann"), QStringLiteral("+1 415 555 0132"), QStringLiteral("ann@example.com")});
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    detectAndMap(input);
    readSavedMapping(input);
    return 0;
}
