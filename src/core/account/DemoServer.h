#pragma once

#include "shared/util/Result.h"

#include <QCoreApplication>
#include <QProcess>
#include <QString>

namespace iq {

// The demo: the reference server (iqmsgd, installed next to the application) run on this computer's
// loopback with its demo account and sample data (docs/api.md), for as long as this object lives.
class DemoServer final {
    Q_DECLARE_TR_FUNCTIONS(iq::DemoServer)
public:
    // The demo account iqmsgd --demo creates; its password is public, which is why the server
    // refuses --demo on anything but loopback.
    static QString email() { return QStringLiteral("demo@iqmessaging.example"); }
    static QString password() { return QStringLiteral("demo-password"); }

    // dataDirectory keeps the server's database between runs.
    explicit DemoServer(QString dataDirectory);
    ~DemoServer();
    Q_DISABLE_COPY_MOVE(DemoServer)

    // Starts iqmsgd on the port (0: a free one) and waits until it listens; its URL, or why not.
    Result<QString> start(int port = 0, int timeoutMs = 15000);
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QString url() const { return m_url; }

    // iqmsgd next to this program, else the one on PATH; empty when there is none.
    static QString program();

private:
    QString m_dataDirectory;
    QProcess m_process;
    QString m_url;
};

} // namespace iq
