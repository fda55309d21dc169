#include "core/store/PragmaOverride.h"

#include "core/store/Database.h"

namespace iq {

PragmaOverride::PragmaOverride(Database& database, const char* name, qint64 value)
    : m_database(database)
    , m_name(QLatin1String(name)) {
    auto current = m_database.exec(QStringLiteral("PRAGMA %1").arg(m_name));
    if (current && current.value().next())
        m_before = current.value().value(0).toString();
    if (current)
        current.value().finish();
    if (!m_before.isEmpty())
        m_database.execScript(QStringLiteral("PRAGMA %1 = %2").arg(m_name).arg(value));
}

PragmaOverride::~PragmaOverride() {
    if (!m_before.isEmpty())
        m_database.execScript(QStringLiteral("PRAGMA %1 = %2").arg(m_name).arg(m_before.toLongLong()));
}

} // namespace iq
