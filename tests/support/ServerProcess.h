#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace iq::test {

// A real iqmsgd on a free loopback port (--port 0; the URL is read from its first line of output).
class ServerProcess final {
public:
    ServerProcess() = default;
    ~ServerProcess();
    Q_DISABLE_COPY_MOVE(ServerProcess)

    // database: "sqlite:PATH" or a postgres:// URL. Answers false (and keeps the output) on failure.
    bool start(const QString& database, const QStringList& extraArguments = {});
    // Kills the server as a crash would and starts it again with the same database and arguments on the
    // same port, so that clients and proxies pointed at it carry on.
    bool restart();
    void stop(); // SIGTERM, then waits
    void kill(); // SIGKILL: a crash or power cut
    QUrl url() const { return m_url; }
    QString output() const { return m_output; }
    bool isRunning() const;
    qint64 pid() const { return m_process ? m_process->processId() : 0; }

private:
    bool launch(quint16 port);

    std::unique_ptr<QProcess> m_process;
    QString m_database;
    QStringList m_extraArguments;
    QUrl m_url;
    QString m_output;
};

// A database of its own on the PostgreSQL cluster of IQ_TEST_POSTGRES_URL, created empty for this
// test process and named after `name`, as a postgres:// URL; empty when the variable is not set. Every
// iqmsgd works the delivery queue of its database, so tests that share one would deliver, and fail,
// each other's campaigns with their own simulator settings.
QString postgresDatabaseOfItsOwn(const QString& name);

struct HttpReply {
    int status = 0; // 0: no HTTP reply (connection failed or timed out)
    QByteArray body;
    QJsonObject json;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray& name) const;
    QString errorCode() const; // error.code
    QString errorField() const;
};

// Blocking HTTP/JSON calls against one server, for tests.
class ApiClient final {
public:
    explicit ApiClient(QUrl base)
        : m_base(std::move(base)) {}
    Q_DISABLE_COPY_MOVE(ApiClient)

    void setBase(const QUrl& base) { m_base = base; }
    // A header sent with every later request (Idempotency-Key ...); an empty value stops sending it.
    void setHeader(const QByteArray& name, const QByteArray& value);
    HttpReply send(const QByteArray& verb, const QString& path, const QByteArray& body = {},
                   const QString& token = {}, int timeoutMs = 30000);
    HttpReply post(const QString& path, const QJsonObject& body, const QString& token = {});
    HttpReply get(const QString& path, const QString& token = {});
    HttpReply del(const QString& path, const QString& token = {});

private:
    QUrl m_base;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QNetworkAccessManager m_network;
};

} // namespace iq::test
