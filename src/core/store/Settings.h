#pragma once

#include "shared/util/Result.h"

#include <QString>

namespace iq {

class Database;

// The profile's key-value settings (the `settings` table): sync cursors, the business name, the opt-out
// text, preferences. Values are text; what they mean belongs to whoever reads them.
class Settings final {
public:
    explicit Settings(Database& database)
        : m_database(database) {}

    // The stored value, or an empty string when the key has none.
    Result<QString> value(const QString& key);
    // The stored value, or fallback when there is none or it cannot be read.
    QString value(const QString& key, const QString& fallback);
    Status setValue(const QString& key, const QString& value);

private:
    Database& m_database;
};

} // namespace iq
