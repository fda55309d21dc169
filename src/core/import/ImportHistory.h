#pragma once

#include "core/store/ImportLog.h"
#include "shared/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace iq {

class Database;
class Clock;
class ChangeNotifier;

// The imports made into a profile, and undoing one of them.
class ImportHistory final {
public:
    explicit ImportHistory(Database& database, ChangeNotifier* notifier = nullptr,
                           const Clock* clock = nullptr);

    // Newest first.
    Result<QList<ImportRecord>> list();
    // Undoes one import in one transaction: removes the contacts it created, restores those it updated,
    // takes people out of the groups it added them to, removes groups it created that are now empty.
    // Answers what it did (contactsRemoved, contactsRestored, membershipsRemoved, groupsRemoved).
    Result<QJsonObject> rollback(const QString& importId);

private:
    struct Undone {
        qint64 removed = 0, restored = 0, left = 0, groupsRemoved = 0;
    };
    Status undo(const QList<ImportChange>& changes, Undone& undone);

    Database& m_database;
    ChangeNotifier* m_notifier;
    const Clock& m_clock;
};

} // namespace iq
