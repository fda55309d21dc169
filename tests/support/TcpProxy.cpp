#include "TcpProxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

#include <sys/socket.h>

namespace iq::test {
namespace {

// What one proxied connection carries besides its two sockets.
struct Connection {
    TcpProxy::Fault fault = TcpProxy::Fault::None;
    QByteArray pendingRequest; // bytes that came before the server accepted the connection
    QByteArray trickle;        // reply bytes not yet passed on (TrickleReply)
    bool closeWhenDrained = false;
};

// A reset rather than an orderly close: with a zero linger time, closing sends RST at once.
void reset(QTcpSocket* socket) {
    const qintptr fd = socket->socketDescriptor();
    if (fd != -1) {
        const linger hard{1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    socket->abort();
}

// Where to cut a reply: in its body when the first chunk has one, so the client reads a complete head
// announcing more than ever comes.
qsizetype truncationPoint(const QByteArray& reply) {
    const qsizetype headEnd = reply.indexOf("\r\n\r\n");
    if (headEnd >= 0 && reply.size() > headEnd + 5)
        return headEnd + 4 + (reply.size() - headEnd - 4) / 2;
    return reply.size() / 2;
}

} // namespace

TcpProxy::TcpProxy(quint16 targetPort, QObject* parent)
    : QObject(parent)
    , m_targetPort(targetPort) {
    connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::accept);
}

quint16 TcpProxy::start() {
    m_server.listen(QHostAddress::LocalHost, 0);
    return m_server.serverPort();
}

void TcpProxy::arm(Fault fault, const QByteArray& requestPrefix, int times) {
    m_fault = fault;
    m_prefix = requestPrefix;
    m_times = times;
}

void TcpProxy::setTrickle(int bytes, int intervalMs) {
    m_trickleBytes = bytes;
    m_trickleIntervalMs = intervalMs;
}

const char* TcpProxy::name(Fault fault) {
    switch (fault) {
    case Fault::None:
        return "none";
    case Fault::CutReply:
        return "cut reply";
    case Fault::StallReply:
        return "stall reply";
    case Fault::CutRequest:
        return "cut request";
    case Fault::DropRequest:
        return "drop request";
    case Fault::TruncateReply:
        return "truncate reply";
    case Fault::ResetReply:
        return "reset reply";
    case Fault::TrickleReply:
        return "trickle reply";
    }
    return "?";
}

void TcpProxy::accept() {
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        auto* upstream = new QTcpSocket(client);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
        auto state = std::make_shared<Connection>();
        QPointer<QTcpSocket> clientPtr(client);
        auto* trickle = new QTimer(client);
        trickle->setInterval(m_trickleIntervalMs);
        connect(trickle, &QTimer::timeout, client, [this, client, trickle, state] {
            client->write(state->trickle.left(m_trickleBytes));
            state->trickle.remove(0, m_trickleBytes);
            if (!state->trickle.isEmpty())
                return;
            trickle->stop();
            if (state->closeWhenDrained)
                client->disconnectFromHost();
        });
        // Connections are kept alive: every chunk that starts a request is looked at, not only the first.
        const auto forwardRequest = [this, client, upstream, state] {
            const QByteArray chunk = client->readAll();
            if (state->fault == Fault::None && m_times > 0 && chunk.startsWith(m_prefix)) {
                state->fault = m_fault;
                --m_times;
                ++m_applied;
            }
            switch (state->fault) {
            case Fault::DropRequest:
                client->abort();
                return;
            case Fault::CutRequest:
                upstream->write(chunk.left(chunk.size() / 2));
                upstream->flush();
                client->abort();
                return;
            default:
                break;
            }
            state->pendingRequest.append(chunk);
            if (upstream->state() == QAbstractSocket::ConnectedState) {
                upstream->write(state->pendingRequest);
                state->pendingRequest.clear();
            }
        };
        connect(client, &QTcpSocket::readyRead, this, forwardRequest);
        connect(upstream, &QTcpSocket::connected, this, [upstream, state] {
            if (!state->pendingRequest.isEmpty()) {
                upstream->write(state->pendingRequest);
                state->pendingRequest.clear();
            }
        });
        connect(upstream, &QTcpSocket::readyRead, this, [client, upstream, state, trickle] {
            const QByteArray bytes = upstream->readAll();
            switch (state->fault) {
            case Fault::CutReply:
                client->abort(); // the server did the work; the client never hears of it
                return;
            case Fault::StallReply:
                return; // swallow: the client waits until its own timeout
            case Fault::ResetReply:
                reset(client);
                return;
            case Fault::TruncateReply:
                client->write(bytes.left(truncationPoint(bytes)));
                upstream->disconnect();
                client->disconnectFromHost(); // after what was written is sent
                return;
            case Fault::TrickleReply:
                state->trickle.append(bytes);
                if (!trickle->isActive())
                    trickle->start();
                return;
            default:
                client->write(bytes);
            }
        });
        connect(upstream, &QTcpSocket::disconnected, this, [clientPtr, state] {
            if (!clientPtr || state->fault == Fault::StallReply)
                return;
            if (!state->trickle.isEmpty())
                state->closeWhenDrained = true;
            else
                clientPtr->disconnectFromHost();
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(upstream, &QTcpSocket::errorOccurred, this, [clientPtr, state] {
            // The server closing its side is an orderly end; a trickle still has bytes to pass on.
            if (clientPtr && state->trickle.isEmpty())
                clientPtr->abort();
        });
    }
}

} // namespace iq::test
