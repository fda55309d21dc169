#include "core/sync/PullPipeline.h"

#include "core/store/LocalRecords.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>

#include <optional>

namespace iq {

PullPipeline::PullPipeline(SyncApi& api, QString cursor, int limit, qsizetype maxBuffered,
                           const wire::SeqRange& pushed)
    : m_api(api)
    , m_baseUrl(api.http().baseUrl())
    , m_transferTimeoutMs(api.http().transferTimeout())
    , m_policy(api.policy())
    , m_tokens(api.tokens())
    , m_sleep(api.sleep)
    , m_cancelled(api.cancelled)
    , m_cursor(std::move(cursor))
    , m_limit(limit)
    , m_pushed(pushed)
    , m_maxBuffered(std::max<qsizetype>(1, maxBuffered)) {
    m_thread.reset(QThread::create([this] { fetch(); }));
    m_thread->start();
}

PullPipeline::~PullPipeline() {
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_room.wakeAll();
    }
    // A request in flight may go through something this thread serves (a test's proxy or server).
    while (!m_thread->wait(10))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    handBackTokens();
}

void PullPipeline::handBackTokens() {
    SessionTokens refreshed;
    {
        QMutexLocker lock(&m_mutex);
        refreshed = m_refreshed;
    }
    if (!refreshed.isEmpty())
        m_api.adoptTokens(refreshed);
}

PullPipeline::Item PullPipeline::next() {
    QEventLoop loop;
    // Connected before looking at the queue: a page queued after the look wakes the loop.
    connect(this, &PullPipeline::ready, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    for (;;) {
        std::optional<Queued> taken;
        {
            QMutexLocker lock(&m_mutex);
            if (!m_queue.empty()) {
                taken.emplace(std::move(m_queue.front()));
                m_queue.pop_front();
                m_buffered -= taken->records;
                m_room.wakeAll();
            }
        }
        if (taken) {
            m_api.countRequests(taken->requests);
            handBackTokens();
            return Item{std::move(taken->page), taken->last};
        }
        loop.exec();
    }
}

void PullPipeline::fetch() {
    HttpClient http(m_baseUrl, m_transferTimeoutMs);
    SyncApi api(http, m_tokens, m_policy);
    api.sleep = m_sleep;
    api.cancelled = [this] {
        return m_stop.load() || (m_cancelled && m_cancelled());
    };
    api.onTokensRefreshed = [this](const SessionTokens& tokens) {
        QMutexLocker lock(&m_mutex);
        m_refreshed = tokens;
    };
    QString cursor = m_cursor;
    for (;;) {
        const int before = api.requestsSent();
        auto page = api.pull(cursor, m_limit, m_pushed);
        bool last = true;
        qsizetype records = 0;
        if (page) {
            // The copy each new record keeps as the base of a later merge, made here rather than on
            // the thread that holds the database.
            for (wire::Record& record : page.value().records) {
                if (!record.deleted && LocalRecords::editedHere(record.entity))
                    record.payloadText = QJsonDocument(record.payload).toJson(QJsonDocument::Compact);
            }
            last = !page.value().hasMore || page.value().cursor == cursor;
            cursor = page.value().cursor;
            records = page.value().records.size();
        }
        {
            QMutexLocker lock(&m_mutex);
            m_queue.push_back({std::move(page), last, api.requestsSent() - before, records});
            m_buffered += records;
        }
        Q_EMIT ready();
        if (last)
            return;
        QMutexLocker lock(&m_mutex);
        while (!m_stop && m_buffered >= m_maxBuffered)
            m_room.wait(&m_mutex);
        if (m_stop)
            return;
    }
}

} // namespace iq
