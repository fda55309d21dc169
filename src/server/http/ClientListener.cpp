#include "server/http/ClientListener.h"

#include <QMetaMethod>
#include <QSslSocket>

#include <functional>
#include <utility>

namespace iq::server {
namespace {

// IPv4 clients of a dual-stack socket arrive as ::ffff:a.b.c.d; count them under their IPv4 address.
QString addressKey(const QHostAddress& address) {
    bool mapped = false;
    const QHostAddress v4(address.toIPv4Address(&mapped));
    return mapped ? v4.toString() : address.toString();
}

// A socket that can count the slots its readyRead reaches: the guard's, and QHttpServer's while that
// one is connected (see ConnectionGuard).
template <typename Socket> class CountingSocket final : public Socket {
public:
    explicit CountingSocket(QObject* parent)
        : Socket(parent) {}
    Q_DISABLE_COPY_MOVE(CountingSocket)
    // QObject::receivers takes the signal only in its SIGNAL() spelling.
    int readyReadReceivers() const { return this->receivers(SIGNAL(readyRead())); }
};

template <typename Socket> std::pair<QTcpSocket*, std::function<int()>> makeSocket(QObject* parent) {
    auto* socket = new CountingSocket<Socket>(parent);
    return {socket, [socket]() {
                return socket->readyReadReceivers();
            }};
}

} // namespace

ClientListener::ClientListener(const ConnectionLimits& limits, RequestFramer::BodyLimit bodyLimit,
                               std::optional<QSslConfiguration> tls, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_bodyLimit(std::move(bodyLimit))
    , m_tls(std::move(tls)) {}

ClientListener::~ClientListener() = default;

void ClientListener::incomingConnection(qintptr handle) {
    auto [socket, readyReadReceivers] = m_tls ? makeSocket<QSslSocket>(this) : makeSocket<QTcpSocket>(this);
    if (m_tls)
        static_cast<QSslSocket*>(socket)->setSslConfiguration(*m_tls);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    auto* guard = new ConnectionGuard(socket, std::move(readyReadReceivers), m_limits, m_bodyLimit);
    const QString key = addressKey(socket->peerAddress());
    int& open = m_perAddress[key];
    if (open >= m_limits.maxPerAddress) {
        guard->refuse(ApiError::tooManyConnections(m_limits.maxPerAddress));
    } else {
        ++open;
        connect(socket, &QObject::destroyed, this, [this, key]() {
            if (--m_perAddress[key] <= 0)
                m_perAddress.remove(key);
        });
        connect(guard, &ConnectionGuard::admitted, this, &ClientListener::admit);
    }
    if (m_tls)
        static_cast<QSslSocket*>(socket)->startServerEncryption();
}

void ClientListener::admit(QTcpSocket* socket) {
    addPendingConnection(socket);
    // QAbstractHttpServer takes connections on pendingConnectionAvailable, which QTcpServer 6.4 emits
    // only for connections it made pending itself; its private argument keeps subclasses from emitting
    // it directly, its meta-method needs none.
    static const QMetaMethod pending = QMetaMethod::fromSignal(&QTcpServer::pendingConnectionAvailable);
    pending.invoke(this, Qt::DirectConnection);
    // What arrived before admission is already buffered: have QHttpServer read it.
    QMetaObject::invokeMethod(socket, &QIODevice::readyRead, Qt::QueuedConnection);
}

} // namespace iq::server
