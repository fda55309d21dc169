#pragma once

#include <QString>

namespace iq {

class Database;

// Sets a connection setting (a PRAGMA such as cache_size or synchronous) for as long as it lives and
// puts back the value it found. The names and values come from the code, never from input.
class PragmaOverride final {
public:
    PragmaOverride(Database& database, const char* name, qint64 value);
    ~PragmaOverride();
    Q_DISABLE_COPY_MOVE(PragmaOverride)

private:
    Database& m_database;
    QString m_name;
    QString m_before;
};

} // namespace iq
