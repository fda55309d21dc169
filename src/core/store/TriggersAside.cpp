#include "core/store/TriggersAside.h"

#include "core/store/Database.h"

namespace iq {

TriggersAside::TriggersAside(Database& database)
    : m_database(database) {}

Status TriggersAside::setAside(const QList<const char*>& names) {
    QList<QPair<QString, QString>> found;
    for (const char* name : names) {
        auto query = m_database.exec(
            QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?"),
            {QString::fromLatin1(name)});
        if (!query)
            return query.error();
        if (query.value().next())
            found.append({QString::fromLatin1(name), query.value().value(0).toString()});
    }
    QString script;
    for (const auto& trigger : std::as_const(found))
        script += QStringLiteral("DROP TRIGGER %1;").arg(trigger.first);
    if (script.isEmpty())
        return {};
    if (Status dropped = m_database.execScript(script); !dropped)
        return dropped;
    m_triggers += found;
    return {};
}

Status TriggersAside::restore() {
    QString script;
    for (const auto& trigger : std::as_const(m_triggers))
        script += trigger.second + QLatin1Char(';');
    if (script.isEmpty())
        return {};
    if (Status created = m_database.execScript(script); !created)
        return created;
    m_triggers.clear();
    return {};
}

} // namespace iq
