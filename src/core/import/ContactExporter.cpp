#include "core/import/ContactExporter.h"

#include "core/import/ContactExportWriters.h"
#include "core/import/ExportOutputBuffer.h"
#include "core/store/ContactExportCursor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSaveFile>

#include <cstdio>
#include <ctime>

namespace iq {

// The translation context of this file's messages: lupdate files ContactExporterText::tr() calls under it,
// and the same context is asked for at run time.
class ContactExporterText final {
    Q_DECLARE_TR_FUNCTIONS(iq::ContactExporter)
};

namespace {

// With IQ_EXPORT_TIMING set, prints where a run's time went (bench/bench_export): wall time and this
// thread's CPU time of each phase.
class PhaseTimer final {
public:
    PhaseTimer()
        : m_enabled(qEnvironmentVariableIsSet("IQ_EXPORT_TIMING"))
        , m_cpuStart(threadCpu()) {
        m_clock.start();
    }
    void lap(const char* phase) {
        if (m_enabled) {
            const double cpu = threadCpu();
            std::fprintf(stderr, "  export %s: %.2f s (this thread's CPU %.2f s)\n", phase,
                         double(m_clock.nsecsElapsed()) / 1e9, cpu - m_cpuStart);
            m_cpuStart = cpu;
        }
        m_clock.restart();
    }

private:
    static double threadCpu() {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    }
    bool m_enabled;
    double m_cpuStart;
    QElapsedTimer m_clock;
};

Error writeFailed(const QString& reason) {
    return Error::make(Error::Code::Io, ContactExporterText::tr("Cannot write the export: %1").arg(reason));
}

} // namespace

ContactExporter::ContactExporter(Database& database)
    : m_database(database) {}

QString ContactExporter::vcardEscape(const QString& text) {
    return ContactVCardWriter::escape(text);
}

QByteArray ContactExporter::foldVCardLine(const QString& line) {
    return ContactVCardWriter::foldLine(line);
}

Result<qint64> ContactExporter::exportToFile(const QString& path, const ExportSelection& selection,
                                             const Options& options, const std::atomic_bool* cancel) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Code::Io,
                           ContactExporterText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    auto written = exportTo(&file, selection, options, cancel);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Error::make(Error::Code::Io,
                           ContactExporterText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return written;
}

Result<qint64> ContactExporter::exportTo(QIODevice* device, const ExportSelection& selection,
                                         const Options& options, const std::atomic_bool* cancel) {
    const bool csvFormat = options.format == Format::Csv;
    PhaseTimer timer;
    ContactExportCursor cursor(m_database);
    ContactExportCursor::Options reading;
    reading.memoryBudget = options.memoryBudget;
    reading.scanThreshold = options.scanThreshold;
    reading.headerFacts = csvFormat;
    reading.reading = options.reading;
    reading.cancel = cancel;
    if (Status opened = cursor.open(selection, reading); !opened)
        return opened.error();
    timer.lap("reading and counting contacts, sorting");

    ExportOutputBuffer out(device);
    ContactCsvWriter csv(out, options.spreadsheetSafe);
    ContactVCardWriter vcard(out);
    if (csvFormat &&
        !csv.writeHeader(device, cursor.maxPhones(), cursor.maxEmails(), cursor.customFieldNames()))
        return writeFailed(device->errorString());
    qint64 written = 0;
    while (cursor.next()) {
        if (csvFormat)
            csv.write(cursor);
        else
            vcard.write(cursor);
        if (!out.flushIfFull())
            return writeFailed(out.errorString());
        ++written;
        if (options.progress && (written % 1024) == 0)
            options.progress(written);
    }
    if (!cursor.status())
        return cursor.status().error();
    if (!out.finish())
        return writeFailed(out.errorString());
    timer.lap("writing rows");
    if (options.progress)
        options.progress(written);
    return written;
}

} // namespace iq
