#pragma once

#include "shared/util/Result.h"

#include <QJsonObject>
#include <QString>

namespace iq {

class Database;
class Clock;

// Appends a local change for the sync engine to push. Always called inside the transaction that
// makes the change, so a change and its outbox entry are stored together or not at all.
class Outbox final {
public:
    enum class Operation { Upsert, Delete };

    static Status append(Database& database, const Clock& clock, const QString& entity,
                         const QString& recordId, Operation operation, qint64 baseVersion,
                         const QJsonObject& payload);
    static Result<int> pendingCount(Database& database);
    // Changes the sync set aside because the server cannot take them (sync_set_aside).
    static Result<int> setAsideCount(Database& database);
};

} // namespace iq
