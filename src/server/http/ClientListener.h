#pragma once

#include "server/http/ConnectionGuard.h"
#include "server/http/RequestFramer.h"

#include <QHash>
#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace iq::server {

// The listening socket in front of QHttpServer (bound to it with QAbstractHttpServer::bind). It
// accepts each connection itself, TLS included, caps the connections one address may hold, puts a
// ConnectionGuard on each, and makes a connection pending for QHttpServer only once the guard has
// seen an acceptable request head. QHttpServer 6.4 would otherwise read any body, however large,
// from any client, before a route could refuse it (docs/decisions.md).
class ClientListener final : public QTcpServer {
    Q_OBJECT
public:
    ClientListener(const ConnectionLimits& limits, RequestFramer::BodyLimit bodyLimit,
                   std::optional<QSslConfiguration> tls, QObject* parent = nullptr);
    ~ClientListener() override;
    Q_DISABLE_COPY_MOVE(ClientListener)

protected:
    void incomingConnection(qintptr handle) override;

private:
    void admit(QTcpSocket* socket);

    ConnectionLimits m_limits;
    RequestFramer::BodyLimit m_bodyLimit;
    std::optional<QSslConfiguration> m_tls;
    QHash<QString, int> m_perAddress; // open connections per client IP
};

} // namespace iq::server
