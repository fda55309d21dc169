#include "server/http/ConnectionGuard.h"

#include <QJsonDocument>
#include <QTcpSocket>

namespace iq::server {
namespace {

// After refusing a head, how long the rest of the request is read and dropped before closing:
// closing on unread data makes the kernel reset the connection, and a client still sending its
// body might lose the answer with it.
constexpr int kLingerMs = 1000;
// How long a closing connection has to take its answer before it is cut.
constexpr int kCloseGraceMs = 2000;
constexpr qint64 kBufferBeforeAdmission = 4 * RequestFramer::kMaxHeadBytes;

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    default:
        return QByteArrayLiteral("Error");
    }
}

// The error as ApiServer would answer it, on a connection that is then closed.
QByteArray closingResponse(const ApiError& error) {
    const QByteArray body = QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact);
    QByteArray response =
        "HTTP/1.1 " + QByteArray::number(error.status) + ' ' + reasonPhrase(error.status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\nCache-Control: no-store\r\nConnection: close\r\n";
    if (error.retryAfter > 0)
        response += "Retry-After: " + QByteArray::number(error.retryAfter) + "\r\n";
    return response + "\r\n" + body;
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, std::function<int()> readyReadReceivers,
                                 const ConnectionLimits& limits, RequestFramer::BodyLimit bodyLimit)
    : QObject(socket)
    , m_socket(socket)
    , m_readyReadReceivers(std::move(readyReadReceivers))
    , m_limits(limits)
    , m_framer(std::move(bodyLimit)) {
    // Until a head is accepted nobody reads the socket: bound what it buffers to about one head (and
    // whole TLS records, which hold up to 16 KiB of a body behind the head).
    m_socket->setReadBufferSize(kBufferBeforeAdmission);
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(m_socket, &QAbstractSocket::disconnected, this, &ConnectionGuard::onDisconnected);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this]() {
        if (!m_admitted && m_socket->state() == QAbstractSocket::UnconnectedState)
            m_socket->deleteLater();
    });
    m_idle.setSingleShot(true);
    m_deadline.setSingleShot(true);
    m_linger.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &ConnectionGuard::onIdle);
    connect(&m_deadline, &QTimer::timeout, this, &ConnectionGuard::onDeadline);
    connect(&m_linger, &QTimer::timeout, this, &ConnectionGuard::close);
    m_idle.start(m_limits.idleTimeoutMs);
    // The first request's clock starts at the connection: a slow TLS handshake counts too.
    m_deadline.start(m_limits.requestTimeoutMs);
}

ConnectionGuard::~ConnectionGuard() = default;

void ConnectionGuard::refuse(const ApiError& error) {
    answerAndClose(error);
    m_linger.start(kLingerMs);
}

void ConnectionGuard::onReadyRead() {
    if (m_closing) {
        // Dropped unread; QHttpServer, reading after this slot, finds nothing.
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    const qint64 seen = m_seenUnread;
    // When QHttpServer's slot is connected it runs right after this one and reads everything.
    const bool serverReads = m_admitted && m_readyReadReceivers() > 1;
    m_seenUnread = serverReads ? 0 : available;
    if (m_admitted) {
        // What a client sends while its request is answered asynchronously waits unread: at most one
        // more request of it.
        m_socket->setReadBufferSize(serverReads ? 0 : RequestFramer::kMaxHeadBytes + m_limits.largestBody);
    }
    if (available <= seen)
        return;
    const QByteArray fresh = m_socket->peek(available).sliced(seen);
    m_idle.start(m_limits.idleTimeoutMs);
    const RequestFramer::Progress progress = m_framer.feed(fresh);
    if (progress.refusal) {
        answerAndClose(*progress.refusal);
        m_linger.start(kLingerMs);
        return;
    }
    if (!m_admitted) {
        if (progress.headsCompleted == 0)
            return;
        m_admitted = true;
        // QHttpServer keeps a whole request buffered (the framer has bounded its size); it reads
        // what is buffered now on the readyRead the listener posts.
        m_socket->setReadBufferSize(0);
        if (!m_framer.inRequest())
            m_deadline.stop();
        Q_EMIT admitted(m_socket);
        return;
    }
    if (progress.requestsStarted > 0)
        m_deadline.start(m_limits.requestTimeoutMs);
    if (!m_framer.inRequest())
        m_deadline.stop();
}

void ConnectionGuard::onIdle() {
    // Between requests a quiet connection just ends; inside one (or before the first) it is told why.
    if (m_admitted && !m_framer.inRequest()) {
        m_closing = true;
        close();
        return;
    }
    answerAndClose(ApiError::requestTimeout());
    close();
}

void ConnectionGuard::onDeadline() {
    answerAndClose(ApiError::requestTimeout());
    close();
}

void ConnectionGuard::onDisconnected() {
    m_idle.stop();
    m_deadline.stop();
    m_linger.stop();
    // Once admitted, QHttpServer owns the socket and deletes it.
    if (!m_admitted)
        m_socket->deleteLater();
}

void ConnectionGuard::answerAndClose(const ApiError& error) {
    m_closing = true;
    m_idle.stop();
    m_deadline.stop();
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(m_socket->bytesAvailable());
    m_socket->write(closingResponse(error));
}

void ConnectionGuard::close() {
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        return;
    m_socket->disconnectFromHost();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        QTimer::singleShot(kCloseGraceMs, this, [this]() { m_socket->abort(); });
}

} // namespace iq::server
