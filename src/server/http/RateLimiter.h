#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace iq::server {

// Token buckets kept in this process: `perMinute` requests per key per minute, in bursts of up to
// `perMinute`. Kept in memory rather than in the database so that a pull costs no write; with several
// processes the limit applies per process (docs/decisions.md).
class RateLimiter final {
public:
    explicit RateLimiter(int perMinute);
    Q_DISABLE_COPY_MOVE(RateLimiter)

    // True when the request may go ahead; otherwise retryAfter gets the seconds to wait.
    bool allow(const QString& key, int* retryAfter);

private:
    struct Bucket {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    void prune(qint64 nowMs);

    double m_perMinute;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
    qint64 m_lastPruneMs = 0;
};

} // namespace iq::server
