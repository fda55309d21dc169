#pragma once

#include "core/store/ContactExportCursor.h"
#include "shared/util/Result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QIODevice;

namespace iq {

class Database;

// Writes contacts as CSV in the layout the import reads back (our own "IQ ID" format), or as vCard 4.0:
// a ContactExportCursor reads them, a ContactCsvWriter or ContactVCardWriter writes them.
class ContactExporter final {
public:
    enum class Format { Csv, VCard };
    struct Options {
        Format format = Format::Csv;
        bool spreadsheetSafe = true; // neutralize formula-like cells (CSV)
        // Called with the number of contacts written so far, every 1024 contacts and at the end.
        std::function<void(qint64 written)> progress;
        // Called with the number of selected contacts read so far, every 1024 contacts and once all are
        // read, before the first is written: on a large CSV export, reading them (then counting their
        // numbers and addresses) takes about a third of the time, during which progress says nothing.
        std::function<void(qint64 read)> reading;
        // Bytes of contact text held in memory to sort the contacts by id (about 60 a contact). Past
        // it the export reads them in id order from the index instead: the same file, five times slower.
        qint64 memoryBudget = qint64(512) << 20;
        // Selections of at least this many contacts read numbers, addresses and groups in one pass over
        // each table; smaller ones look them up per contact.
        qint64 scanThreshold = 20000;
    };

    explicit ContactExporter(Database& database);

    Result<qint64> exportTo(QIODevice* device, const ExportSelection& selection, const Options& options,
                            const std::atomic_bool* cancel = nullptr);
    // Writes to a temporary file next to path and renames it when everything was written.
    Result<qint64> exportToFile(const QString& path, const ExportSelection& selection, const Options& options,
                                const std::atomic_bool* cancel = nullptr);

    static QString vcardEscape(const QString& text);
    static QByteArray foldVCardLine(const QString& line);

private:
    Database& m_database;
};

} // namespace iq
