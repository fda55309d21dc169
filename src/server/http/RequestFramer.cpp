#include "server/http/RequestFramer.h"

#include <QCoreApplication>

#include <algorithm>

namespace iq::server {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("iq::server::RequestFramer", text);
}

// Where the empty line that ends a head ends (http_parser, under QHttpServer, also takes bare LF
// line ends), or -1 while it has not arrived. Searching from `from` avoids rescanning a growing head.
qsizetype headEnd(const QByteArray& head, qsizetype from) {
    for (qsizetype at = head.indexOf('\n', from); at >= 0; at = head.indexOf('\n', at + 1)) {
        if (at + 1 < head.size() && head.at(at + 1) == '\n')
            return at + 2;
        if (at + 2 < head.size() && head.at(at + 1) == '\r' && head.at(at + 2) == '\n')
            return at + 3;
    }
    return -1;
}

bool isToken(QByteArrayView text) {
    if (text.isEmpty())
        return false;
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
               QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
    });
}

} // namespace

RequestFramer::RequestFramer(BodyLimit bodyLimit)
    : m_bodyLimit(std::move(bodyLimit)) {}

RequestFramer::Progress RequestFramer::feed(QByteArrayView bytes) {
    Progress progress;
    qsizetype at = 0;
    while (at < bytes.size() && m_state != State::Refused) {
        switch (m_state) {
        case State::BetweenRequests:
            // Blank lines before a request line are allowed (RFC 9112, 2.2).
            if (bytes.at(at) == '\r' || bytes.at(at) == '\n') {
                ++at;
                break;
            }
            m_state = State::Head;
            m_head.clear();
            ++progress.requestsStarted;
            break;
        case State::Head: {
            const qsizetype before = m_head.size();
            // One byte past the limit tells a head that is too large from one that just fits.
            const qsizetype room = kMaxHeadBytes + 1 - before;
            m_head.append(bytes.sliced(at, std::min(room, bytes.size() - at)));
            const qsizetype end = headEnd(m_head, std::max<qsizetype>(0, before - 2));
            if (end < 0) {
                at += m_head.size() - before;
                if (m_head.size() > kMaxHeadBytes) {
                    progress.refusal = ApiError::headTooLarge(kMaxHeadBytes);
                    m_state = State::Refused;
                }
                break;
            }
            at += end - before;
            m_head.truncate(end);
            if (auto refusal = judgeHead(m_head)) {
                progress.refusal = std::move(refusal);
                m_state = State::Refused;
                break;
            }
            ++progress.headsCompleted;
            m_state = m_bodyLeft > 0 ? State::Body : State::BetweenRequests;
            break;
        }
        case State::Body: {
            const qint64 taken = std::min<qint64>(m_bodyLeft, bytes.size() - at);
            m_bodyLeft -= taken;
            at += taken;
            if (m_bodyLeft == 0)
                m_state = State::BetweenRequests;
            break;
        }
        case State::Refused:
            break;
        }
    }
    return progress;
}

std::optional<ApiError> RequestFramer::judgeHead(const QByteArray& head) {
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray& line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || requestLine.at(1).isEmpty() ||
        !requestLine.at(2).startsWith("HTTP/1."))
        return ApiError::badRequest(tr("The request line is not \"METHOD /path HTTP/1.1\"."));
    std::optional<qint64> length;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        // A folded line (starting with white space) is obsolete and would hide a header from this check.
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return ApiError::badRequest(tr("Header line %1 is not \"Name: value\".").arg(i + 1));
        const QByteArray name = line.first(colon).toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed();
        if (name == "transfer-encoding")
            return ApiError::lengthRequired();
        if (name == "content-length") {
            const bool digits =
                !value.isEmpty() && value.size() <= 18 &&
                std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (!digits || (length && *length != value.toLongLong()))
                return ApiError::badRequest(tr("The Content-Length header is not one whole number."));
            length = value.toLongLong();
        }
    }
    const QByteArray& target = requestLine.at(1);
    const qsizetype query = target.indexOf('?');
    const qint64 limit =
        m_bodyLimit(requestLine.at(0), QByteArrayView(target).first(query < 0 ? target.size() : query));
    if (length.value_or(0) > limit)
        return ApiError::bodyTooLarge(limit);
    m_bodyLeft = length.value_or(0);
    return std::nullopt;
}

} // namespace iq::server
