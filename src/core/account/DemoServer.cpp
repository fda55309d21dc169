#include "core/account/DemoServer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

namespace iq {

DemoServer::DemoServer(QString dataDirectory)
    : m_dataDirectory(std::move(dataDirectory)) {}

DemoServer::~DemoServer() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(1000);
}

QString DemoServer::program() {
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("iqmsgd"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("iqmsgd"));
}

Result<QString> DemoServer::start(int port, int timeoutMs) {
    const QString server = program();
    if (server.isEmpty())
        return Error::make(Error::Code::NotFound, tr("The demo needs the IQ Messaging server (iqmsgd), "
                                                     "which is not installed."));
    if (port == 0) {
        // A port nobody uses now; the server takes it a moment later.
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return Error::make(Error::Code::Io, probe.errorString());
        port = probe.serverPort();
    }
    if (!QDir().mkpath(m_dataDirectory))
        return Error::make(Error::Code::Io,
                           tr("Cannot create %1.").arg(QDir::toNativeSeparators(m_dataDirectory)));
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(
        server, {QStringLiteral("--port"), QString::number(port), QStringLiteral("--database"),
                 QStringLiteral("sqlite:") + QDir(m_dataDirectory).filePath(QStringLiteral("iqmsgd.sqlite")),
                 QStringLiteral("--demo")});
    QByteArray output;
    const QDeadlineTimer deadline(timeoutMs);
    // iqmsgd says "listening on URL" once it accepts requests.
    while (!output.contains("listening on") && !deadline.hasExpired() &&
           m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(100);
        output += m_process.readAll();
    }
    if (!output.contains("listening on"))
        return Error::make(
            Error::Code::Io,
            tr("The demo server did not start: %1").arg(QString::fromUtf8(output.trimmed()).right(300)));
    // What it logs from now on is not read: drop it so that the pipe never fills.
    QObject::connect(&m_process, &QProcess::readyRead, &m_process, [this] { m_process.readAll(); });
    m_url = QStringLiteral("http://127.0.0.1:%1").arg(port);
    return m_url;
}

} // namespace iq
