#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>

namespace iq {

// What came back from one HTTP request. status 0 means no HTTP answer at all (refused, cut, timed out).
struct HttpReply {
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
    QString networkError; // why there was no answer, for the status bar
    QUrl redirectedTo;    // a 3xx answer's Location, resolved; never followed
    bool timedOut = false;
};

// Blocking HTTP/JSON calls for the sync engine. Each call waits in a local event loop, so it is used on
// the thread that created the client (a sync worker, or iqm's only thread). A transfer that makes no
// progress for transferTimeoutMs is abandoned, so a stalled connection ends as a network error.
// Redirects are never followed: requests carry a password or a bearer token, and a redirect (even to
// https, even on the same host) would hand them to an address the user never chose. A 3xx comes back
// as it is, with its location, for the caller to report.
class HttpClient final {
public:
    explicit HttpClient(QUrl baseUrl, int transferTimeoutMs = 30000);
    Q_DISABLE_COPY_MOVE(HttpClient)

    QUrl baseUrl() const { return m_baseUrl; }
    int transferTimeout() const { return m_transferTimeoutMs; }
    void setTransferTimeout(int ms) { m_transferTimeoutMs = ms; }

    using Headers = QList<QPair<QByteArray, QByteArray>>;
    // path is relative to the base URL ("/api/v1/sync/pull?cursor=..."); bearer may be empty. headers:
    // more to send (an Idempotency-Key).
    HttpReply send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& jsonBody,
                   const QString& bearer, const Headers& headers = {});

private:
    QUrl m_baseUrl;
    int m_transferTimeoutMs;
    QNetworkAccessManager m_network;
};

} // namespace iq
