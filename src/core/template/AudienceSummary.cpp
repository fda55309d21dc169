#include "core/template/AudienceSummary.h"

#include "shared/sms/SmsSegments.h"

#include <QCoreApplication>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace iq {

namespace {

// What trimmed().isEmpty() says, without making the trimmed copy.
bool isBlank(const QString& text) {
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// Rows handed from the reading thread to the rendering one: the text of the columns read, one after
// the other, and where each ends.
struct RowBatch {
    static constexpr int kRows = 4096;
    std::vector<char> bytes;
    std::vector<size_t> ends; // rows x columns read
    int rows = 0;

    void clear() {
        bytes.clear();
        ends.clear();
        rows = 0;
    }
};

// A few batches go round between the two threads: the reader fills one while the renderer works
// through another, and waits when it is ahead, so memory stays bounded whatever the audience.
class BatchQueue final {
public:
    explicit BatchQueue(int batches) {
        for (int i = 0; i < batches; ++i)
            m_free.push_back(std::make_unique<RowBatch>());
    }

    std::unique_ptr<RowBatch> takeFree() {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_free.empty(); });
        auto batch = std::move(m_free.front());
        m_free.pop_front();
        batch->clear();
        return batch;
    }
    void recycle(std::unique_ptr<RowBatch> batch) {
        {
            std::lock_guard lock(m_mutex);
            m_free.push_back(std::move(batch));
        }
        m_changed.notify_all();
    }
    void push(std::unique_ptr<RowBatch> batch) {
        {
            std::lock_guard lock(m_mutex);
            m_full.push_back(std::move(batch));
        }
        m_changed.notify_all();
    }
    // Null once the reader has closed the queue and every batch was taken.
    std::unique_ptr<RowBatch> takeFull() {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_full.empty() || m_closed; });
        if (m_full.empty())
            return nullptr;
        auto batch = std::move(m_full.front());
        m_full.pop_front();
        return batch;
    }
    void close() {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<RowBatch>> m_free;
    std::deque<std::unique_ptr<RowBatch>> m_full;
    bool m_closed = false;
};

} // namespace

AudienceSummarizer::AudienceSummarizer(tmpl::Template parsed, tmpl::RenderChannel channel,
                                       tmpl::Partials* partials)
    : m_template(std::move(parsed))
    , m_channel(channel)
    , m_escaping(tmpl::escapingFor(channel))
    , m_partials(partials) {
    m_rendering.reserve(m_template.source().size() * 2 + 64);
}

const QString& AudienceSummarizer::add(const tmpl::FieldSource& fields, const QString& who) {
    m_rendering.truncate(0);
    m_fallbacks.clear();
    m_template.renderTo(m_rendering, tmpl::Value::fromFields(&fields), m_escaping, m_partials, &m_fallbacks);
    ++m_summary.recipients;
    if (!m_fallbacks.isEmpty()) {
        ++m_summary.fallbackRecipients;
        if (m_summary.fallbackExamples.size() < AudienceSummary::kExamples)
            m_summary.fallbackExamples << who;
    }
    if (isBlank(m_rendering)) {
        ++m_summary.emptyRecipients;
        if (m_summary.emptyExamples.size() < AudienceSummary::kExamples)
            m_summary.emptyExamples << who;
    }
    if (m_rendering.size() > m_summary.maxLength) {
        m_summary.maxLength = static_cast<int>(m_rendering.size());
        m_summary.longestExamples = QStringList{who};
    }
    if (m_channel == tmpl::RenderChannel::Sms) {
        const sms::SegmentCount count = sms::countSegments(m_rendering);
        ++m_summary.recipientsBySegments[count.segments];
        m_summary.totalSegments += count.segments;
        if (count.encoding == sms::Encoding::Ucs2)
            ++m_summary.ucs2Recipients;
        m_summary.maxSegments = std::max(m_summary.maxSegments, count.segments);
    }
    return m_rendering;
}

Result<AudienceSummary> AudienceSummarizer::summarize(Database& database, const QString& groupId,
                                                      const tmpl::Template& parsed,
                                                      tmpl::RenderChannel channel, tmpl::Partials* partials,
                                                      const SenderFields& sender,
                                                      const std::atomic_bool* cancel,
                                                      const std::function<void(int)>& progress) {
    // Only the columns the template uses are read.
    const unsigned columns = AudienceReader::columnsFor(parsed);
    AudienceSummarizer summarizer(parsed, channel, partials);
    const auto cancelled = [] {
        return Error{
            Error::Code::Cancelled,
            QCoreApplication::translate("iq::AudienceSummarizer", "The audience summary was cancelled.")};
    };

    if (QThread::idealThreadCount() < 2) {
        bool stopped = false;
        int done = 0;
        Status status = AudienceReader(database).forEach(
            groupId, sender,
            [&](const QString&, const ContactFields& fields) {
                summarizer.add(fields, fields.value(ContactFields::Name));
                if (++done % RowBatch::kRows == 0) {
                    if (cancel && cancel->load()) {
                        stopped = true;
                        return false;
                    }
                    if (progress)
                        progress(done);
                }
                return true;
            },
            columns);
        if (!status)
            return status.error();
        if (stopped)
            return cancelled();
        return summarizer.summary();
    }

    // Two threads: this one (which owns the connection) reads rows into batches, a second renders
    // and counts them. Reading a large audience and rendering it take about as long as each other.
    std::vector<int> read;
    for (int i = 0; i < AudienceColumns::Count; ++i) {
        if (columns & (1u << i))
            read.push_back(i);
    }
    BatchQueue queue(4);
    QString groupName; // set before the first batch is pushed, read after it is taken
    std::atomic_int rendered{0};
    std::atomic_bool stop{false};
    std::thread renderer([&] {
        ContactFields fields;
        fields.setSender(sender);
        AudienceRow row;
        while (std::unique_ptr<RowBatch> batch = queue.takeFull()) {
            if (!stop.load(std::memory_order_relaxed)) {
                const char* bytes = batch->bytes.data();
                size_t start = 0;
                size_t end = 0;
                for (int r = 0; r < batch->rows; ++r) {
                    for (int column : read) {
                        const size_t columnEnd = batch->ends[end++];
                        row.text[column] =
                            QByteArrayView(bytes + start, static_cast<qsizetype>(columnEnd - start));
                        start = columnEnd;
                    }
                    fields.setRow(row, columns, groupName);
                    summarizer.add(fields, fields.value(ContactFields::Name));
                }
                rendered.fetch_add(batch->rows, std::memory_order_relaxed);
            }
            queue.recycle(std::move(batch));
        }
    });

    bool stopped = false;
    std::unique_ptr<RowBatch> batch = queue.takeFree();
    Status status = AudienceReader(database).forEachRow(
        groupId, columns,
        [&](const AudienceRow& row) {
            for (int column : read) {
                const QByteArrayView text = row.text[column];
                batch->bytes.insert(batch->bytes.end(), text.begin(), text.end());
                batch->ends.push_back(batch->bytes.size());
            }
            if (++batch->rows < RowBatch::kRows)
                return true;
            queue.push(std::move(batch));
            if (cancel && cancel->load()) {
                stopped = true;
                return false;
            }
            if (progress)
                progress(rendered.load(std::memory_order_relaxed));
            batch = queue.takeFree();
            return true;
        },
        &groupName);
    if (batch && batch->rows > 0 && status && !stopped)
        queue.push(std::move(batch));
    if (!status || stopped)
        stop.store(true);
    queue.close();
    renderer.join();
    if (!status)
        return status.error();
    if (stopped)
        return cancelled();
    return summarizer.summary();
}

} // namespace iq
