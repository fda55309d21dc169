#include "server/http/RateLimiter.h"

#include <QtMath>

#include <algorithm>

namespace iq::server {

RateLimiter::RateLimiter(int perMinute)
    : m_perMinute(std::max(1, perMinute)) {
    m_clock.start();
}

bool RateLimiter::allow(const QString& key, int* retryAfter) {
    const qint64 nowMs = m_clock.elapsed();
    if (nowMs - m_lastPruneMs > 60000)
        prune(nowMs);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{m_perMinute, nowMs});
    Bucket& bucket = it.value();
    bucket.tokens = std::min(m_perMinute, bucket.tokens + (nowMs - bucket.updatedMs) * m_perMinute / 60000.0);
    bucket.updatedMs = nowMs;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return true;
    }
    if (retryAfter)
        *retryAfter = std::max(1, qCeil((1.0 - bucket.tokens) * 60.0 / m_perMinute));
    return false;
}

void RateLimiter::prune(qint64 nowMs) {
    m_lastPruneMs = nowMs;
    // A bucket idle for a minute is full again: forgetting it changes nothing.
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (nowMs - it->updatedMs > 60000)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace iq::server
