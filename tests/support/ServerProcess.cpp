#include "ServerProcess.h"

#include "TestSupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>

namespace iq::test {

QString postgresDatabaseOfItsOwn(const QString& name) {
    const QString base = qEnvironmentVariable("IQ_TEST_POSTGRES_URL");
    if (base.isEmpty())
        return {};
    QUrl url(base);
    const QString database =
        QStringLiteral("iq_%1_%2").arg(name.toLower()).arg(QCoreApplication::applicationPid());
    const QString connection = QStringLiteral("create-") + database;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setPassword(url.password());
        admin.setDatabaseName(url.path().mid(1));
        if (!admin.open())
            qFatal("PostgreSQL at %s: %s", qPrintable(base), qPrintable(admin.lastError().text()));
        QSqlQuery query(admin);
        // A database left by an earlier run that was killed is replaced.
        for (const QString& statement : {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)"),
                                         QStringLiteral("CREATE DATABASE %1")}) {
            if (!query.exec(statement.arg(database)))
                qFatal("PostgreSQL: %s", qPrintable(query.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(connection);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

ServerProcess::~ServerProcess() {
    stop();
}

bool ServerProcess::start(const QString& database, const QStringList& extraArguments) {
    stop();
    m_database = database;
    m_extraArguments = extraArguments;
    return launch(0);
}

bool ServerProcess::restart() {
    const quint16 port = quint16(m_url.port());
    kill();
    return launch(port);
}

bool ServerProcess::launch(quint16 port) {
    m_output.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList arguments{QStringLiteral("--port"), QString::number(port), QStringLiteral("--database"),
                          m_database};
    arguments += m_extraArguments;
    m_process->start(binaryPath(QStringLiteral("iqmsgd")), arguments);
    if (!m_process->waitForStarted(10000)) {
        m_output = m_process->errorString();
        return false;
    }
    const QDeadlineTimer deadline(30000);
    QByteArray out;
    while (!deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(100);
        out += m_process->readAllStandardOutput();
        const qsizetype at = out.indexOf("iqmsgd listening on ");
        const qsizetype end = out.indexOf('\n', at);
        if (at >= 0 && end > at) {
            m_url = QUrl(QString::fromUtf8(out.mid(at + 20, end - at - 20).trimmed()));
            m_output = QString::fromUtf8(out);
            return true;
        }
    }
    m_output = QString::fromUtf8(out + m_process->readAllStandardError());
    return false;
}

void ServerProcess::stop() {
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished();
        }
    }
    m_process.reset();
}

void ServerProcess::kill() {
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished();
    m_process.reset();
}

bool ServerProcess::isRunning() const {
    return m_process && m_process->state() == QProcess::Running;
}

QByteArray HttpReply::header(const QByteArray& name) const {
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpReply::errorCode() const {
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString HttpReply::errorField() const {
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString();
}

void ApiClient::setHeader(const QByteArray& name, const QByteArray& value) {
    m_headers.removeIf([&](const QPair<QByteArray, QByteArray>& header) { return header.first == name; });
    if (!value.isEmpty())
        m_headers.append({name, value});
}

HttpReply ApiClient::send(const QByteArray& verb, const QString& path, const QByteArray& body,
                          const QString& token, int timeoutMs) {
    QUrl url = m_base;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1());
    for (const auto& [name, value] : std::as_const(m_headers))
        request.setRawHeader(name, value);
    QNetworkReply* reply = m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();
    HttpReply result;
    if (reply->isFinished()) {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        result.json = QJsonDocument::fromJson(result.body).object();
    } else {
        reply->abort();
    }
    reply->deleteLater();
    return result;
}

HttpReply ApiClient::post(const QString& path, const QJsonObject& body, const QString& token) {
    return send(QByteArrayLiteral("POST"), path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

HttpReply ApiClient::get(const QString& path, const QString& token) {
    return send(QByteArrayLiteral("GET"), path, {}, token);
}

HttpReply ApiClient::del(const QString& path, const QString& token) {
    return send(QByteArrayLiteral("DELETE"), path, {}, token);
}

} // namespace iq::test
