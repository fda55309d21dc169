#pragma once

#include "core/csv/CsvReader.h"
#include "core/import/ColumnMapping.h"
#include "core/import/ImportDraft.h"
#include "core/import/VCardReader.h"
#include "shared/util/Result.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace iq {

struct ImportSourceOptions {
    CsvOptions csv;
    std::optional<ColumnMapping> mapping; // else detected from the header row
    bool keepUnmappedColumns = true;      // unmapped columns become custom fields
};

// A file of contacts read row by row as drafts: CSV through a column mapping, or vCard.
class ImportSource {
public:
    virtual ~ImportSource() = default;

    // Opens CSV or vCard, telling them apart by content (BEGIN:VCARD) rather than by extension.
    static Result<std::unique_ptr<ImportSource>> open(const QString& path,
                                                      const ImportSourceOptions& options);

    virtual bool next(ImportDraft& draft) = 0;
    virtual qint64 bytesRead() const = 0;
    virtual qint64 totalBytes() const = 0;

    bool isVCard() const { return m_vcard; }
    const ColumnMapping& mapping() const { return m_mapping; }
    QByteArray encoding() const { return m_encoding; }
    QString encodingReason() const { return m_encodingReason; }
    QChar delimiter() const { return m_delimiter; }
    bool hasHeader() const { return m_hasHeader; }
    // Header of the rejected-rows file: the file's own columns.
    QStringList rejectHeader() const { return m_mapping.headers(); }
    // The first records as the file has them, for a preview.
    QList<QStringList> preview() const { return m_preview; }

protected:
    bool m_vcard = false;
    ColumnMapping m_mapping;
    QByteArray m_encoding;
    QString m_encodingReason;
    QChar m_delimiter;
    bool m_hasHeader = false;
    QList<QStringList> m_preview;
};

// Turns one vCard into a draft (also used by tests).
ImportDraft draftFromVCard(const VCard& card);

} // namespace iq
