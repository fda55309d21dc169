#pragma once

#include "core/store/ConflictStore.h"
#include "shared/util/Result.h"

#include <QList>
#include <QStringList>

namespace iq {

class ChangeNotifier;
class Clock;
class Database;
class Profile;

// What the owner does with the conflicts a sync kept: the Conflicts page and iqm offer the same two
// answers. Keeping the server's value closes the conflict (the sync already applied it); keeping this
// device's value writes it back and sends it with the next sync.
class ConflictActions final {
public:
    enum class Keep { Server, Local };

    explicit ConflictActions(Profile& profile, const Clock* clock = nullptr);
    ConflictActions(Database& database, ChangeNotifier* notifier, const Clock* clock = nullptr);

    // The open conflicts, oldest first, each with the name of its record where one is known.
    Result<QList<SyncConflict>> open();
    Result<int> openCount();
    Status resolve(qint64 seq, Keep keep);
    // Each conflict on its own, so that one that cannot be resolved leaves the others resolved; returns
    // a message for each that failed.
    QStringList resolveAll(const QList<qint64>& seqs, Keep keep);

private:
    Status resolveOne(qint64 seq, Keep keep);

    Database& m_database;
    ChangeNotifier* m_notifier;
    const Clock* m_clock;
};

} // namespace iq
