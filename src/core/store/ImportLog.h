#pragma once

#include "shared/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace iq {

class Database;

// One import as the history lists it.
struct ImportRecord {
    QString id;
    QString fileName;
    QString fileHash;
    QString format;
    QJsonObject counts;
    QString startedAt;
    QString rolledBackAt;
};

// What a rollback needs to know of an import.
struct ImportRange {
    QString fileName;
    QString rolledBackAt;               // empty while it stands
    std::optional<qint64> createdFirst; // the rowids of the contacts it created (schema 6 on)
    std::optional<qint64> createdLast;
};

// A change an import made to an existing record, kept so that the import can be rolled back.
struct ImportChange {
    QString action; // created, updated, joined, group
    QString contactId;
    QString groupId;
    QString before; // the contact as it was, as JSON (updated)
};

// The imports table and the changes recorded with each import: what the import history shows and
// what a rollback undoes.
class ImportLog final {
public:
    explicit ImportLog(Database& database);

    Status begin(const QString& importId, const QString& fileName, const QString& fileHash,
                 const QString& format, const QJsonObject& mapping, const QJsonObject& options,
                 const QString& startedAt);
    // The contacts created are the rowids after rowidBefore (the largest before the import; see 0006.sql).
    Status finish(const QString& importId, const QJsonObject& counts, const QString& finishedAt,
                  qint64 rowidBefore);
    // NotFound when there is no such import.
    Result<ImportRange> range(const QString& importId);
    // Newest first: the order a rollback undoes them in.
    Result<QList<ImportChange>> changes(const QString& importId);
    Status markRolledBack(const QString& importId, const QString& at);
    // Newest first.
    Result<QList<ImportRecord>> history();

private:
    Database& m_database;
};

// The live contacts' keys an import matches its rows against, read in one pass each.
class ImportMatchKeys final {
public:
    explicit ImportMatchKeys(Database& database);

    Status forEachNumber(const std::function<void(const QString& e164, const QString& contactId)>& visit);
    Status forEachAddress(const std::function<void(const QString& address, const QString& contactId)>& visit);
    Status forEachId(const std::function<void(const QString& contactId)>& visit);
    Result<bool> hasChannelOptOut(const QString& contactId);

private:
    Database& m_database;
};

} // namespace iq
