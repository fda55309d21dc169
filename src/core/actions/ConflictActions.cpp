#include "core/actions/ConflictActions.h"

#include "core/profile/Profile.h"
#include "core/store/ChangeNotifier.h"

namespace iq {

ConflictActions::ConflictActions(Profile& profile, const Clock* clock)
    : ConflictActions(profile.database(), &profile.notifier(), clock) {}

ConflictActions::ConflictActions(Database& database, ChangeNotifier* notifier, const Clock* clock)
    : m_database(database)
    , m_notifier(notifier)
    , m_clock(clock) {}

Result<QList<SyncConflict>> ConflictActions::open() {
    return ConflictStore(m_database, nullptr, m_clock).open();
}

Result<int> ConflictActions::openCount() {
    return ConflictStore(m_database, nullptr, m_clock).openCount();
}

Status ConflictActions::resolveOne(qint64 seq, Keep keep) {
    ConflictStore store(m_database, m_notifier, m_clock);
    return keep == Keep::Local ? store.reapplyLocal(seq) : store.keepServer(seq);
}

Status ConflictActions::resolve(qint64 seq, Keep keep) {
    Status status = resolveOne(seq, keep);
    // The count of open conflicts shows in more than one place.
    if (status && m_notifier)
        m_notifier->announce(Entity::Any);
    return status;
}

QStringList ConflictActions::resolveAll(const QList<qint64>& seqs, Keep keep) {
    QStringList problems;
    for (qint64 seq : seqs) {
        if (Status status = resolveOne(seq, keep); !status)
            problems << status.errorMessage();
    }
    if (m_notifier)
        m_notifier->announce(Entity::Any);
    return problems;
}

} // namespace iq
