#include "FakeSyncServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

namespace iq::test {
namespace {

using Status = QHttpServerResponder::StatusCode;

QJsonObject errorBody(const QString& code, const QString& message = {}) {
    return QJsonObject{{QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("code"), code},
                                    {QStringLiteral("message"), message.isEmpty() ? code : message}}}};
}

QString methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    default:
        return QStringLiteral("OTHER");
    }
}

QJsonObject recordJson(const FakeSyncServer::Record& record) {
    QJsonObject json{{QStringLiteral("entity"), record.entity},
                     {QStringLiteral("id"), record.id},
                     {QStringLiteral("version"), record.version},
                     {QStringLiteral("deleted"), record.deleted},
                     {QStringLiteral("payload"), record.deleted ? QJsonValue() : QJsonValue(record.payload)}};
    if (record.own)
        json.insert(QStringLiteral("own"), true);
    return json;
}

} // namespace

FakeSyncServer::FakeSyncServer(QObject* parent)
    : QAbstractHttpServer(parent) {}

quint16 FakeSyncServer::start() {
    m_port = listen(QHostAddress::LocalHost, 0);
    return m_port;
}

QUrl FakeSyncServer::url() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void FakeSyncServer::expireAccessTokens() {
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end(); ++it)
        m_expiredAccess.insert(it.key());
}

void FakeSyncServer::revokeAll() {
    m_accessTokens.clear();
    m_refreshTokens.clear();
}

void FakeSyncServer::expireCursors() {
    m_cursorEpoch++;
}

void FakeSyncServer::put(const QString& entity, const QString& id, const QJsonObject& payload, bool deleted) {
    store(m_lastAccount, entity, id, payload, deleted);
}

void FakeSyncServer::store(const QString& accountId, const QString& entity, const QString& id,
                           const QJsonObject& payload, bool deleted) {
    Record& record = m_records[accountId + QLatin1Char(':') + entity + QLatin1Char(':') + id];
    record.account = accountId;
    record.entity = entity;
    record.id = id;
    record.version++;
    record.deleted = deleted;
    record.payload = payload;
    record.seq = ++m_seq;
    record.own = false;
}

void FakeSyncServer::markOwn(const QString& entity, const QString& id) {
    for (Record& record : m_records) {
        if (record.entity == entity && record.id == id)
            record.own = true;
    }
}

FakeSyncServer::Record FakeSyncServer::record(const QString& entity, const QString& id) const {
    for (const Record& record : m_records) {
        if (record.entity == entity && record.id == id)
            return record;
    }
    return {};
}

int FakeSyncServer::applyCount(const QString& entity, const QString& id) const {
    return m_applyCounts.value(entity + QLatin1Char(':') + id);
}

QJsonObject FakeSyncServer::session(const QString& accountId, const QString& email, const QString& name) {
    const QString access = QStringLiteral("access-%1").arg(++m_tokenCounter);
    const QString refresh = QStringLiteral("refresh-%1").arg(m_tokenCounter);
    m_accessTokens.insert(access, accountId);
    m_lastAccount = accountId;
    m_refreshTokens.insert(refresh, accountId);
    return QJsonObject{{QStringLiteral("accountId"), accountId},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("accessToken"), access},
                       {QStringLiteral("refreshToken"), refresh},
                       {QStringLiteral("expiresIn"), 900},
                       {QStringLiteral("unusualSignIn"), false}};
}

QString FakeSyncServer::accountOf(const QHttpServerRequest& request, QString& code) const {
    const QByteArray header = request.value("Authorization");
    const QString token = QString::fromUtf8(header.mid(7));
    if (!header.startsWith("Bearer ") || !m_accessTokens.contains(token)) {
        code = QStringLiteral("unauthorized");
        return {};
    }
    if (m_expiredAccess.contains(token)) {
        code = QStringLiteral("token_expired");
        return {};
    }
    return m_accessTokens.value(token);
}

QJsonObject FakeSyncServer::push(const QString& accountId, const QJsonArray& changes) {
    QJsonArray results;
    for (const QJsonValue& value : changes) {
        const QJsonObject change = value.toObject();
        const QString entity = change.value(QStringLiteral("entity")).toString();
        const QString id = change.value(QStringLiteral("id")).toString();
        const QString operation = change.value(QStringLiteral("operation")).toString();
        const qint64 base = change.value(QStringLiteral("baseVersion")).toInteger();
        const QJsonObject payload = change.value(QStringLiteral("payload")).toObject();
        const QString identity = accountId + QLatin1Char('|') + entity + QLatin1Char('|') + id +
                                 QLatin1Char('|') + QString::number(base) + QLatin1Char('|') + operation +
                                 QLatin1Char('|') +
                                 QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        QJsonObject result{{QStringLiteral("entity"), entity}, {QStringLiteral("id"), id}};
        if (m_appliedChanges.contains(identity)) {
            result.insert(QStringLiteral("status"), QStringLiteral("applied"));
            result.insert(QStringLiteral("version"), m_appliedChanges.value(identity));
            result.insert(QStringLiteral("duplicate"), true);
            results.append(result);
            continue;
        }
        const QString key = accountId + QLatin1Char(':') + entity + QLatin1Char(':') + id;
        const Record current = m_records.value(key);
        if (current.version != base) {
            result.insert(QStringLiteral("status"), QStringLiteral("conflict"));
            result.insert(QStringLiteral("version"), current.version);
            result.insert(QStringLiteral("record"), recordJson(current));
            results.append(result);
            continue;
        }
        store(accountId, entity, id, payload, operation == QLatin1String("delete"));
        m_applyCounts[entity + QLatin1Char(':') + id]++;
        const qint64 version = m_records.value(key).version;
        m_appliedChanges.insert(identity, version);
        result.insert(QStringLiteral("status"), QStringLiteral("applied"));
        result.insert(QStringLiteral("version"), version);
        results.append(result);
    }
    return QJsonObject{{QStringLiteral("results"), results}};
}

bool FakeSyncServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
    QHttpServerResponder responder = makeResponder(request, socket);
    const QString path = request.url().path();
    const QString method = methodName(request.method());
    m_requests[method + QLatin1Char(' ') + path]++;
    const auto reply = [&](const QJsonObject& body, int status, const QByteArray& retryAfter = {}) {
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        if (retryAfter.isEmpty())
            responder.write(bytes, {{"Content-Type", "application/json"}}, Status(status));
        else
            responder.write(bytes, {{"Content-Type", "application/json"}, {"Retry-After", retryAfter}},
                            Status(status));
    };

    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        if (path.contains(m_faults.at(i).pathPart)) {
            const Fault fault = m_faults.takeAt(i);
            reply(errorBody(fault.code.isEmpty() ? QStringLiteral("internal") : fault.code), fault.status,
                  fault.retryAfterSeconds >= 0 ? QByteArray::number(fault.retryAfterSeconds) : QByteArray());
            return true;
        }
    }

    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    if (path == QLatin1String("/api/v1/accounts") && method == QLatin1String("POST")) {
        const QString email = body.value(QStringLiteral("email")).toString().toLower();
        if (m_accounts.contains(email)) {
            reply(errorBody(QStringLiteral("email_taken")), 409);
            return true;
        }
        Account account{QUuid::createUuid().toString(QUuid::WithoutBraces),
                        body.value(QStringLiteral("name")).toString(),
                        body.value(QStringLiteral("password")).toString()};
        m_accounts.insert(email, account);
        reply(session(account.id, email, account.name), 201);
        return true;
    }
    if (path == QLatin1String("/api/v1/sessions") && method == QLatin1String("POST")) {
        const QString email = body.value(QStringLiteral("email")).toString().toLower();
        const Account account = m_accounts.value(email);
        if (account.id.isEmpty() || account.password != body.value(QStringLiteral("password")).toString()) {
            reply(
                errorBody(QStringLiteral("invalid_credentials"), QStringLiteral("Wrong e-mail or password.")),
                401);
            return true;
        }
        reply(session(account.id, email, account.name), 200);
        return true;
    }
    if (path == QLatin1String("/api/v1/sessions/refresh") && method == QLatin1String("POST")) {
        const QString refresh = body.value(QStringLiteral("refreshToken")).toString();
        if (!m_refreshTokens.contains(refresh)) {
            reply(errorBody(QStringLiteral("invalid_refresh_token")), 401);
            return true;
        }
        const QString accountId = m_refreshTokens.take(refresh);
        reply(session(accountId, {}, {}), 200);
        return true;
    }
    QString code;
    const QString accountId = accountOf(request, code);
    if (accountId.isEmpty()) {
        reply(errorBody(code), 401);
        return true;
    }
    if (path == QLatin1String("/api/v1/sessions/current") && method == QLatin1String("DELETE")) {
        const QString token = QString::fromUtf8(request.value("Authorization").mid(7));
        m_accessTokens.remove(token);
        responder.write(Status::NoContent);
        return true;
    }
    if (path == QLatin1String("/api/v1/sync/push") && method == QLatin1String("POST")) {
        reply(push(accountId, body.value(QStringLiteral("changes")).toArray()), 200);
        return true;
    }
    if (path == QLatin1String("/api/v1/sync/pull") && method == QLatin1String("GET")) {
        const QUrlQuery query = request.query();
        const QString cursor = query.queryItemValue(QStringLiteral("cursor"));
        const int limit = std::clamp(query.queryItemValue(QStringLiteral("limit")).toInt(), 1, 1000);
        qint64 after = 0;
        if (!cursor.isEmpty()) {
            const QStringList parts = cursor.split(QLatin1Char('.'));
            bool ok = parts.size() == 2 && parts.at(0).toLongLong() == m_cursorEpoch;
            after = ok ? parts.at(1).toLongLong(&ok) : 0;
            if (!ok || after > m_seq) {
                reply(errorBody(QStringLiteral("cursor_expired")), 410);
                return true;
            }
        }
        QList<Record> changed;
        for (const Record& record : std::as_const(m_records)) {
            if (record.seq > after && record.account == accountId)
                changed.append(record);
        }
        std::sort(changed.begin(), changed.end(),
                  [](const Record& a, const Record& b) { return a.seq < b.seq; });
        const bool hasMore = changed.size() > limit;
        changed = changed.mid(0, limit);
        QJsonArray records;
        for (const Record& record : std::as_const(changed))
            records.append(recordJson(record));
        const qint64 last = changed.isEmpty() ? after : changed.last().seq;
        reply(QJsonObject{{QStringLiteral("records"), records},
                          {QStringLiteral("cursor"), QStringLiteral("%1.%2").arg(m_cursorEpoch).arg(last)},
                          {QStringLiteral("hasMore"), hasMore}},
              200);
        return true;
    }
    reply(errorBody(QStringLiteral("not_found")), 404);
    return true;
}

void FakeSyncServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) {
    makeResponder(request, socket).write(Status::NotFound);
}

} // namespace iq::test
