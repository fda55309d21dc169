#pragma once

#include "shared/util/Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace iq {

class Database;

// Takes named triggers out of the schema for a stretch of bulk writing that does their work itself,
// and puts them back exactly as they were. Both happen inside the caller's transaction, so a rollback
// restores them too and no other connection ever sees the schema without them.
//
// Worth it for single-row statements run thousands of times: a statement that fires a trigger opens a
// statement journal, and once a large statement of the transaction has made SQLite's journal spill to
// a file, every such statement writes each page it touches to that file.
class TriggersAside final {
public:
    explicit TriggersAside(Database& database);

    // Drops those of `names` that exist, remembering their definitions.
    Status setAside(const QList<const char*>& names);
    // Re-creates what setAside() dropped.
    Status restore();
    bool isEmpty() const { return m_triggers.isEmpty(); }

private:
    Database& m_database;
    QList<QPair<QString, QString>> m_triggers; // name, CREATE statement
};

} // namespace iq
