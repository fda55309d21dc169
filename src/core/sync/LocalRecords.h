#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace iq {

class Database;

// Reads and writes the local copy of synced records in their wire form (the payloads of docs/api.md),
// for every record type the profile holds. Unlike the repositories it appends nothing to the outbox:
// what it writes came from the server, or is the result of a merge the engine queues itself.
// Callers run it inside their transaction.
class LocalRecords final {
public:
    explicit LocalRecords(Database& database);

    // The record as this device has it; nullopt when it is absent or a tombstone.
    Result<std::optional<QJsonObject>> read(const QString& entity, const QString& id);
    // Stores the server's (or merged) record and its version. A record that refers to something this
    // device does not have (a membership of an unknown group) is skipped, not an error.
    Status write(const QString& entity, const QString& id, const QJsonObject& payload, qint64 version);
    Status remove(const QString& entity, const QString& id, qint64 version);
    // Records the version the server gave an acknowledged push.
    Status setVersion(const QString& entity, const QString& id, qint64 version);

    // Keys that describe the copy rather than the record; never merged or compared.
    static bool isMetaField(const QString& key);

private:
    Status writeContact(const QString& id, const QJsonObject& payload, qint64 version);
    Status writeGroup(const QString& id, const QJsonObject& payload, qint64 version);
    Status writeMembership(const QJsonObject& payload);
    Status writeConsent(const QJsonObject& payload);
    Status writeGeneric(const QString& entity, const QString& id, const QJsonObject& payload, qint64 version);

    Database& m_database;
};

} // namespace iq
