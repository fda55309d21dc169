#pragma once

#include "server/api/ApiError.h"
#include "server/http/RequestFramer.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace iq::server {

// How long a client may take, and how many connections it may hold (ServerOptions).
struct ConnectionLimits {
    int idleTimeoutMs = 15000;
    int requestTimeoutMs = 60000;
    int maxPerAddress = 32;
    qint64 largestBody = 4 * 1024 * 1024; // of any endpoint
};

// Watches one client connection for all of its life, in front of QHttpServer. The connection is
// admitted (handed to QHttpServer) only once a whole, acceptable request head has arrived; later heads
// on a kept-alive connection are judged the same way, because this guard's readyRead slot is connected
// before QHttpServer's and peeks at what QHttpServer is about to read. A connection that goes quiet, or
// whose request takes too long, is closed. Refusals are answered in the API's JSON error format.
// The guard is a child of its socket.
//
// QHttpServer 6.4 reads everything available in its readyRead slot, except while a request is being
// answered asynchronously: then its slot is disconnected and what arrives stays unread.
// readyReadReceivers tells which is the case (the guard's slot is one receiver, QHttpServer's the
// others).
class ConnectionGuard final : public QObject {
    Q_OBJECT
public:
    ConnectionGuard(QTcpSocket* socket, std::function<int()> readyReadReceivers,
                    const ConnectionLimits& limits, RequestFramer::BodyLimit bodyLimit);
    ~ConnectionGuard() override;
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

    // Answers `error` and closes, without reading a request (a connection over the per-address cap).
    void refuse(const ApiError& error);

Q_SIGNALS:
    // The first request head is acceptable: the socket may go to QHttpServer.
    void admitted(QTcpSocket* socket);

private:
    void onReadyRead();
    void onIdle();
    void onDeadline();
    void onDisconnected();
    // Stops QHttpServer from reading anything more, answers, and closes once the answer is out.
    void answerAndClose(const ApiError& error);
    void close();

    QTcpSocket* m_socket;
    std::function<int()> m_readyReadReceivers;
    ConnectionLimits m_limits;
    RequestFramer m_framer;
    QTimer m_idle;
    QTimer m_deadline;
    QTimer m_linger;
    bool m_admitted = false;
    bool m_closing = false;
    // Bytes at the front of the socket's buffer already fed to the framer and not yet read by
    // QHttpServer: all of them before admission or while it answers asynchronously.
    qint64 m_seenUnread = 0;
};

} // namespace iq::server
