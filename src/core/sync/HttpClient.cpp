#include "core/sync/HttpClient.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

namespace iq {

HttpClient::HttpClient(QUrl baseUrl, int transferTimeoutMs)
    : m_baseUrl(std::move(baseUrl))
    , m_transferTimeoutMs(transferTimeoutMs) {
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpReply HttpClient::send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& jsonBody,
                           const QString& bearer, const Headers& headers) {
    QString base = m_baseUrl.toString(QUrl::StripTrailingSlash);
    QNetworkRequest request(QUrl(base + pathAndQuery));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "IQMessaging/" IQ_VERSION);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    for (const auto& header : headers)
        request.setRawHeader(header.first, header.second);
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // A retried request must not ride on a connection the server already dropped.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, jsonBody));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.retryAfter = reply->rawHeader("Retry-After");
    if (result.status >= 300 && result.status < 400) {
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        result.redirectedTo = target.isRelative() ? request.url().resolved(target) : target;
    }
    if (reply->error() != QNetworkReply::NoError && result.status == 0) {
        result.networkError = reply->errorString();
        result.timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                          reply->error() == QNetworkReply::TimeoutError;
    }
    return result;
}

} // namespace iq
