#include "core/import/ExportOutputBuffer.h"

#include <QFileDevice>

namespace iq {

ExportOutputBuffer::ExportOutputBuffer(QIODevice* device)
    : m_device(device)
    , m_threaded(qobject_cast<QFileDevice*>(device) != nullptr)
    , m_filling(kChunk * 2) {}

ExportOutputBuffer::~ExportOutputBuffer() {
    stopWriter();
}

QString ExportOutputBuffer::errorString() {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_error.isEmpty() ? m_device->errorString() : m_error;
}

bool ExportOutputBuffer::finish() {
    if (!m_writer.joinable()) {
        if (!m_failed && m_filling.size > 0)
            noteWrite(writeAll(m_filling));
        m_filling.size = 0;
        return !m_failed;
    }
    if (m_filling.size > 0)
        handOff();
    stopWriter();
    return !m_failed;
}

bool ExportOutputBuffer::failed() {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_failed;
}

bool ExportOutputBuffer::writeAll(const Chunk& chunk) {
    const char* data = chunk.data.get();
    qint64 left = chunk.size;
    while (left > 0) {
        const qint64 written = m_device->write(data, left);
        if (written <= 0)
            return false;
        data += written;
        left -= written;
    }
    return true;
}

void ExportOutputBuffer::noteWrite(bool ok) {
    if (ok || m_failed)
        return;
    m_failed = true;
    m_error = m_device->errorString();
}

bool ExportOutputBuffer::handOff() {
    if (!m_threaded) {
        if (!m_failed)
            noteWrite(writeAll(m_filling));
        m_filling.size = 0;
        return !m_failed;
    }
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_busy; });
    if (m_failed)
        return false;
    if (!m_spare.data)
        m_spare = Chunk(m_filling.capacity);
    std::swap(m_pending, m_filling);
    std::swap(m_filling, m_spare);
    m_filling.size = 0;
    m_busy = true;
    if (!m_writer.joinable())
        m_writer = std::thread([this] { writeLoop(); });
    m_changed.notify_all();
    return true;
}

void ExportOutputBuffer::writeLoop() {
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_busy || m_stop; });
        if (!m_busy)
            return;
        lock.unlock();
        const bool ok = writeAll(m_pending);
        const QString error = ok ? QString() : m_device->errorString();
        lock.lock();
        if (!ok && !m_failed) {
            m_failed = true;
            m_error = error;
        }
        // The written chunk becomes the spare the next hand-off fills.
        std::swap(m_spare, m_pending);
        m_spare.size = 0;
        m_busy = false;
        m_changed.notify_all();
    }
}

void ExportOutputBuffer::stopWriter() {
    if (!m_writer.joinable())
        return;
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_busy; });
        m_stop = true;
        m_changed.notify_all();
    }
    m_writer.join();
}

} // namespace iq
