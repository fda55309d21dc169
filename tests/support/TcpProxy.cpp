#include "TcpProxy.h"

#include <QPointer>
#include <QTcpSocket>

#include <memory>

namespace iq::test {

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

void TcpProxy::accept() {
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        auto* upstream = new QTcpSocket(client);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
        // Per connection: decided on the first bytes of its first request.
        auto decided = std::make_shared<bool>(false);
        auto fault = std::make_shared<Fault>(Fault::None);
        auto pending = std::make_shared<QByteArray>();
        QPointer<QTcpSocket> clientPtr(client);
        // Connections are kept alive: every chunk that starts a request is looked at, not only the first.
        const auto forwardRequest = [this, client, upstream, decided, fault, pending] {
            const QByteArray chunk = client->readAll();
            if (*fault == Fault::None && m_times > 0 && chunk.startsWith(m_prefix)) {
                *fault = m_fault;
                --m_times;
                ++m_applied;
            }
            *decided = true;
            if (*fault == Fault::CutRequest) {
                upstream->write(chunk.left(chunk.size() / 2));
                upstream->flush();
                client->abort();
                return;
            }
            pending->append(chunk);
            if (upstream->state() == QAbstractSocket::ConnectedState) {
                upstream->write(*pending);
                pending->clear();
            }
        };
        connect(client, &QTcpSocket::readyRead, this, forwardRequest);
        connect(upstream, &QTcpSocket::connected, this, [upstream, pending] {
            if (!pending->isEmpty()) {
                upstream->write(*pending);
                pending->clear();
            }
        });
        connect(upstream, &QTcpSocket::readyRead, this, [client, upstream, fault] {
            const QByteArray bytes = upstream->readAll();
            switch (*fault) {
            case Fault::CutReply:
                client->abort(); // the server did the work; the client never hears of it
                return;
            case Fault::StallReply:
                return; // swallow: the client waits until its own timeout
            default:
                client->write(bytes);
            }
        });
        connect(upstream, &QTcpSocket::disconnected, this, [clientPtr, fault] {
            if (clientPtr && *fault != Fault::StallReply)
                clientPtr->disconnectFromHost();
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(upstream, &QTcpSocket::errorOccurred, this, [clientPtr] {
            if (clientPtr)
                clientPtr->abort();
        });
    }
}

} // namespace iq::test
