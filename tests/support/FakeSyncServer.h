#pragma once

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QUrl>

namespace iq::test {

// An in-memory server that speaks the sync API of docs/api.md, for engine tests that need replies the
// real iqmsgd cannot be made to give on demand (scripted 429s and 5xx, expired tokens and cursors).
// Integration tests use the real iqmsgd instead.
class FakeSyncServer final : public QAbstractHttpServer {
    Q_OBJECT
public:
    struct Record {
        QString entity;
        QString id;
        qint64 version = 0;
        bool deleted = false;
        QJsonObject payload;
        qint64 seq = 0;
        QString account;
        bool own = false; // pulled with "own": true, as the device that pushed it would see it
    };
    // A reply given instead of the real one to the next request whose path contains pathPart.
    struct Fault {
        QString pathPart;
        int status = 500;
        QString code;
        int retryAfterSeconds = -1;
    };

    explicit FakeSyncServer(QObject* parent = nullptr);
    quint16 start();
    QUrl url() const;

    void addFault(const Fault& fault) { m_faults.append(fault); }
    // Every access token issued so far answers 401 token_expired from now on.
    void expireAccessTokens();
    // Every token, access and refresh, stops working.
    void revokeAll();
    // Every cursor issued so far answers 410.
    void expireCursors();

    // Stores a record as another device of the latest signed-in account would have pushed it.
    void put(const QString& entity, const QString& id, const QJsonObject& payload, bool deleted = false);
    Record record(const QString& entity, const QString& id) const;
    // The record's latest change is the pulling device's own (a push whose reply it lost).
    void markOwn(const QString& entity, const QString& id);
    qsizetype recordCount() const { return m_records.size(); }
    // Requests seen per "METHOD path" (without the query).
    int requests(const QString& methodAndPath) const { return m_requests.value(methodAndPath); }
    // Changes applied per record, to prove nothing was applied twice.
    int applyCount(const QString& entity, const QString& id) const;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    QJsonObject session(const QString& accountId, const QString& email, const QString& name);
    QJsonObject push(const QString& accountId, const QJsonArray& changes);
    void store(const QString& accountId, const QString& entity, const QString& id, const QJsonObject& payload,
               bool deleted);
    QString accountOf(const QHttpServerRequest& request, QString& code) const;

    struct Account {
        QString id;
        QString name;
        QString password;
    };
    QHash<QString, Account> m_accounts;      // by e-mail
    QHash<QString, QString> m_accessTokens;  // token -> account id
    QHash<QString, QString> m_refreshTokens; // token -> account id
    QSet<QString> m_expiredAccess;
    QMap<QString, Record> m_records;         // by entity + ':' + id
    QHash<QString, qint64> m_appliedChanges; // idempotency: entity|id|base|op|payload -> version
    QHash<QString, int> m_applyCounts;
    QHash<QString, int> m_requests;
    QList<Fault> m_faults;
    qint64 m_seq = 0;
    qint64 m_cursorEpoch = 0;
    int m_tokenCounter = 0;
    quint16 m_port = 0;
    QString m_lastAccount;
};

} // namespace iq::test
