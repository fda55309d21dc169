#include "core/store/AccountRecords.h"

#include "core/store/Database.h"

namespace iq {

Status AccountRecords::remember(const QString& accountId, const QString& server, const QString& email,
                                const QString& name, const QString& at) {
    auto stored = m_database.exec(
        QStringLiteral(
            "INSERT INTO accounts (id, server_url, email, display_name, created_at, updated_at) VALUES "
            "(?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET server_url = excluded.server_url, "
            "email = excluded.email, display_name = excluded.display_name, updated_at = "
            "excluded.updated_at"),
        {accountId, server, email, name, at, at});
    return stored ? Status() : Status(stored.error());
}

QString AccountRecords::latestBusinessName() {
    auto query = m_database.exec(QStringLiteral("SELECT business_name FROM accounts WHERE deleted = 0 AND "
                                                "business_name <> '' ORDER BY updated_at DESC LIMIT 1"));
    if (!query || !query.value().next())
        return {};
    QString name = query.value().value(0).toString();
    query.value().finish();
    return name;
}

} // namespace iq
