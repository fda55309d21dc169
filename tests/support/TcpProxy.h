#pragma once

#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace iq::test {

// A loopback TCP proxy in front of a server, for cutting or stalling connections at a chosen point of a
// request or a reply: what a flaky network does to a sync, on demand.
class TcpProxy final : public QObject {
    Q_OBJECT
public:
    enum class Fault {
        None,
        CutReply, // forwards the request, lets the server answer, closes before the reply reaches the client
        StallReply, // forwards the request, then holds the reply forever
        CutRequest, // closes after part of the request, before the server saw all of it
    };

    TcpProxy(quint16 targetPort, QObject* parent = nullptr);
    quint16 start();
    quint16 port() const { return m_server.serverPort(); }
    void setTargetPort(quint16 port) { m_targetPort = port; }

    // Applies fault to the next connection whose request starts with requestPrefix ("POST
    // /api/v1/sync/push"), times times, after which connections pass untouched.
    void arm(Fault fault, const QByteArray& requestPrefix, int times = 1);
    int faultsLeft() const { return m_times; }
    int faultsApplied() const { return m_applied; }

private:
    void accept();

    QTcpServer m_server;
    quint16 m_targetPort;
    Fault m_fault = Fault::None;
    QByteArray m_prefix;
    int m_times = 0;
    int m_applied = 0;
};

} // namespace iq::test
