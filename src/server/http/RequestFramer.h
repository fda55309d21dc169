#pragma once

#include "server/api/ApiError.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <optional>

namespace iq::server {

// Follows the HTTP/1.1 requests of one connection through the bytes it receives, so that a request is
// judged by its head (request line and headers) before anything buffers its body: a body larger than
// its endpoint allows, a head too large or malformed, or a body without a Content-Length is refused.
// It only frames requests (where a head ends, how long its body is); QHttpServer still parses them.
class RequestFramer final {
public:
    // The largest body the endpoint of a request accepts; path has no query string.
    using BodyLimit = std::function<qint64(QByteArrayView method, QByteArrayView path)>;
    static constexpr qsizetype kMaxHeadBytes = 16 * 1024;

    struct Progress {
        int requestsStarted = 0;         // requests whose first byte was among the bytes fed
        int headsCompleted = 0;          // heads that ended among them, and were accepted
        std::optional<ApiError> refusal; // the connection must be answered with this and closed
    };

    explicit RequestFramer(BodyLimit bodyLimit);
    Q_DISABLE_COPY_MOVE(RequestFramer)

    // The next bytes the client sent. After a refusal, nothing more is framed.
    Progress feed(QByteArrayView bytes);
    // Between the first byte of a head and the last byte of its body.
    bool inRequest() const { return m_state != State::BetweenRequests; }

private:
    enum class State { BetweenRequests, Head, Body, Refused };
    // The body length the head announces, or why the request is refused.
    std::optional<ApiError> judgeHead(const QByteArray& head);

    BodyLimit m_bodyLimit;
    State m_state = State::BetweenRequests;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
};

} // namespace iq::server
