#pragma once

#include "shared/util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace iq {

class Database;

// Reads and writes the local copy of synced records in their wire form (the payloads of docs/api.md),
// for every record type the profile holds. Unlike the repositories it appends nothing to the outbox:
// what it writes came from the server, or is the result of a merge the engine queues itself.
// Callers run it inside their transaction.
class LocalRecords final {
public:
    struct NewRecord {
        QString id;
        QJsonObject payload;
        qint64 version = 0;
    };

    explicit LocalRecords(Database& database);

    // The record as this device has it; nullopt when it is absent or a tombstone.
    Result<std::optional<QJsonObject>> read(const QString& entity, const QString& id);
    // The records among `ids` this device has, live, by id: read together, for pushing many at once.
    Result<QHash<QString, QJsonObject>> readMany(const QString& entity, const QStringList& ids);
    // Stores the server's (or merged) record and its version. A record that refers to something this
    // device does not have yet (a membership of a group, a message of a campaign that comes later in the
    // pull) is not written, and *waiting (when given) is set, for the caller to keep the record until
    // its referent arrives. Without `waiting`, a record that canUnlink() is written with its links to
    // what is missing left empty.
    Status write(const QString& entity, const QString& id, const QJsonObject& payload, qint64 version,
                 bool* waiting = nullptr);
    Status remove(const QString& entity, const QString& id, qint64 version);
    // Records the version the server gave an acknowledged push.
    Status setVersion(const QString& entity, const QString& id, qint64 version);
    // The table whose server_version column holds the records' versions; empty for the types that keep
    // theirs in sync_base only (memberships, consent).
    static QString versionTable(const QString& entity);

    // Whether a record of the type means something without what it refers to: a message or call log
    // whose campaign or contact was deleted for good, say (a membership without its group does not).
    static bool canUnlink(const QString& entity);

    // The record types insertNew() takes: the ones kept in a table of their own, one row per record.
    static bool insertsInBulk(const QString& entity);
    // The ids among `ids` that have a row here, live or a tombstone (entity as for insertsInBulk()).
    Result<QSet<QString>> present(const QString& entity, const QStringList& ids);
    // Stores records of one type that have no row here at all, with a few statements for all of them
    // rather than several per record: an initial sync brings hundreds of thousands. Gives back the
    // positions of the records it left alone because they are not valid; write() refuses those with
    // the usual message. When a statement fails nothing of the run stays written and the error is
    // returned, so the caller can store the same records one by one instead.
    Result<QList<qsizetype>> insertNew(const QString& entity, const QList<NewRecord>& records);

    // Whether this device ever changes records of the type itself. Delivery records and call logs come
    // from the service alone: no local edit of them is ever merged, so their sync base needs only the
    // version, not a copy of the record (half of an initial sync's records, and as many bytes).
    static bool editedHere(const QString& entity);

    // Keys that describe the copy rather than the record; never merged or compared.
    static bool isMetaField(const QString& key);

private:
    Status writeContact(const QString& id, const QJsonObject& payload, qint64 version);
    Status writeGroup(const QString& id, const QJsonObject& payload, qint64 version);
    Status writeMembership(const QJsonObject& payload, bool* waiting);
    Status writeConsent(const QJsonObject& payload, bool* waiting);
    Status writeGeneric(const QString& entity, const QString& id, const QJsonObject& payload, qint64 version,
                        bool* waiting);
    Status insertNewContacts(const QList<NewRecord>& records, QList<qsizetype>& skipped);
    Status insertNewGeneric(const QString& entity, const QList<NewRecord>& records,
                            QList<qsizetype>& skipped);

    Database& m_database;
};

} // namespace iq
