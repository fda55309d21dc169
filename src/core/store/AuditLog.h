#pragma once

#include "shared/util/Result.h"

#include <QJsonObject>
#include <QString>

namespace iq {

class Database;

// What happened to the profile that its owner may want to review later (sign-ins, exports, erasures):
// the append-only `audit_events` table.
class AuditLog final {
public:
    explicit AuditLog(Database& database)
        : m_database(database) {}

    // kind: a stable word ("sign_in"); actor: who did it; detail: what the event needs to be understood.
    Status record(const QString& kind, const QString& actor, const QJsonObject& detail, const QString& at);

private:
    Database& m_database;
};

} // namespace iq
