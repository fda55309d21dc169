#pragma once

#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace iq::test {

// A loopback TCP proxy in front of a server, for cutting, stalling or slowing connections at a chosen
// point of a request or a reply: what a flaky network does to a sync, on demand.
class TcpProxy final : public QObject {
    Q_OBJECT
public:
    enum class Fault {
        None,
        CutReply, // forwards the request, lets the server answer, closes before the reply reaches the client
        StallReply,    // forwards the request, then holds the reply forever
        CutRequest,    // closes after part of the request, before the server saw all of it
        DropRequest,   // closes as soon as the request starts: the server sees nothing of it
        TruncateReply, // forwards the first part of the reply, then closes
        ResetReply,    // forwards the request, then answers the client with a TCP reset instead of the reply
        TrickleReply,  // forwards the reply a few bytes at a time, slowly but within the client's timeout
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

    // TrickleReply's pace: this many bytes every interval.
    void setTrickle(int bytes, int intervalMs);

    static const char* name(Fault fault);

private:
    void accept();
    void forwardReply(QTcpSocket* client, const QByteArray& bytes, Fault fault);

    QTcpServer m_server;
    quint16 m_targetPort;
    Fault m_fault = Fault::None;
    QByteArray m_prefix;
    int m_times = 0;
    int m_applied = 0;
    int m_trickleBytes = 64;
    int m_trickleIntervalMs = 10;
};

} // namespace iq::test
