#pragma once

#include "core/csv/CsvBytes.h"

#include <QByteArrayView>
#include <QString>

#include <condition_variable>
#include <cstring>
#include <memory>
#include <mutex>
#include <thread>

class QIODevice;

namespace iq {

// Collects the output in raw memory and hands it to the device a megabyte at a time. A file gets
// its megabytes on a second thread: the copy into the file then overlaps reading the next rows, and
// only one thread uses the file at a time (the writer, until finish() returns). Other devices (a
// buffer, a socket) may be tied to their thread and are written on the caller's.
class ExportOutputBuffer final {
public:
    explicit ExportOutputBuffer(QIODevice* device);
    ~ExportOutputBuffer();
    Q_DISABLE_COPY_MOVE(ExportOutputBuffer)

    // Room for size more bytes at the returned pointer; advance() past what was written.
    char* room(qsizetype size) {
        if (m_filling.size + size > m_filling.capacity) {
            if (m_filling.size > 0)
                handOff();
            if (size > m_filling.capacity)
                m_filling = Chunk(size * 2);
        }
        return m_filling.data.get() + m_filling.size;
    }
    void advance(const char* end) { m_filling.size = end - m_filling.data.get(); }
    void append(QByteArrayView bytes) {
        char* out = room(bytes.size());
        if (!bytes.isEmpty())
            std::memcpy(out, bytes.data(), size_t(bytes.size()));
        advance(out + bytes.size());
    }
    void cell(QByteArrayView cell, bool neutralize) {
        advance(CsvBytes::writeCell(room(CsvBytes::maxCellSize(cell.size())), cell, ',', neutralize));
    }
    // Why the first write failed. A QSaveFile refuses every write after a failed one with no reason of
    // its own ("Unknown error"), and the writer thread may have tried again; the first reason is kept.
    QString errorString();
    // False once a write failed.
    bool flushIfFull() { return m_filling.size < kChunk ? !failed() : handOff(); }
    // Writes the rest and waits for the writer; true when every byte reached the device.
    bool finish();

private:
    static constexpr qsizetype kChunk = 1 << 20;
    struct Chunk {
        Chunk() = default;
        explicit Chunk(qsizetype bytes)
            : data(new char[size_t(bytes)])
            , capacity(bytes) {}
        std::unique_ptr<char[]> data;
        qsizetype capacity = 0;
        qsizetype size = 0;
    };

    bool failed();
    // A file system that fills up during a write takes part of it and reports no error; the next write
    // fails with the reason (ENOSPC), so the rest is written until everything is in or a write fails.
    bool writeAll(const Chunk& chunk);
    // A write on the caller's thread (no writer thread is running then).
    void noteWrite(bool ok);
    bool handOff();
    void writeLoop();
    void stopWriter();

    QIODevice* m_device;
    bool m_threaded;
    Chunk m_filling;
    Chunk m_pending;
    Chunk m_spare;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::thread m_writer;
    bool m_busy = false;
    bool m_stop = false;
    bool m_failed = false;
    QString m_error;
};

} // namespace iq
