#include "core/store/Settings.h"

#include "core/store/Database.h"

namespace iq {

Result<QString> Settings::value(const QString& key) {
    auto query = m_database.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!query)
        return query.error();
    QString stored = query.value().next() ? query.value().value(0).toString() : QString();
    query.value().finish();
    return stored;
}

QString Settings::value(const QString& key, const QString& fallback) {
    auto query = m_database.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!query || !query.value().next())
        return fallback;
    QString stored = query.value().value(0).toString();
    query.value().finish();
    return stored;
}

Status Settings::setValue(const QString& key, const QString& value) {
    auto stored =
        m_database.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO "
                                       "UPDATE SET value = excluded.value"),
                        {key, value});
    return stored ? Status() : Status(stored.error());
}

} // namespace iq
