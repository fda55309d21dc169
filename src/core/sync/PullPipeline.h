#pragma once

#include "core/sync/SyncApi.h"
#include "shared/util/Result.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <QUrl>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>

namespace iq {

// Pulls the pages after a cursor on a thread of its own, with a connection of its own, while the
// caller applies the pages it already has: the server builds the next page, and this thread receives
// and parses it, during the caller's transaction instead of after it. It runs ahead by at most
// maxBuffered records not yet taken. Requests go as SyncApi sends them (retries, backoff,
// Retry-After, one token refresh); the requests sent are handed back to the caller's SyncApi as the
// pages are taken, and a refreshed token as soon as the caller takes a page or drops the pipeline,
// whichever comes first: the server has retired the old token by then, so the new one must never be
// lost with pages left untaken. An error ends the pages.
//
// The caller's thread keeps serving its events while it waits for a page, as SyncApi's own calls do.
class PullPipeline final : public QObject {
    Q_OBJECT

public:
    struct Item {
        Result<wire::PullPage> page;
        bool last = false; // no page after this one (the end, or an error)
    };

    PullPipeline(SyncApi& api, QString cursor, int limit, qsizetype maxBuffered,
                 const wire::SeqRange& pushed = {});
    // Stops fetching (a request in flight ends first) and discards the pages not taken.
    ~PullPipeline() override;
    Q_DISABLE_COPY_MOVE(PullPipeline)

    // The next page in order, waiting for it if need be. Not to be called after an Item marked last.
    Item next();

Q_SIGNALS:
    void ready(); // emitted on the fetching thread when a page was queued

private:
    struct Queued {
        Result<wire::PullPage> page;
        bool last = false;
        int requests = 0;
        qsizetype records = 0;
    };

    void fetch();
    // Hands the tokens the fetching thread refreshed to the caller's SyncApi (the caller's thread).
    void handBackTokens();

    SyncApi& m_api;
    const QUrl m_baseUrl;
    const int m_transferTimeoutMs;
    const RetryPolicy m_policy;
    const SessionTokens m_tokens;
    const std::function<void(int)> m_sleep;
    const std::function<bool()> m_cancelled;
    const QString m_cursor;
    const int m_limit;
    const wire::SeqRange m_pushed;
    const qsizetype m_maxBuffered;

    QMutex m_mutex;
    QWaitCondition m_room;
    std::deque<Queued> m_queue; // guarded by m_mutex
    qsizetype m_buffered = 0;   // records in m_queue; guarded by m_mutex
    SessionTokens m_refreshed;  // the latest refresh of the fetching thread; guarded by m_mutex
    std::atomic<bool> m_stop{false};
    std::unique_ptr<QThread> m_thread;
};

} // namespace iq
