#pragma once

#include "shared/domain/SyncConflict.h"
#include "shared/util/Result.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace iq {

class Database;
class ChangeNotifier;
class Clock;

// The conflicts a sync kept for the owner, and the two answers to each: keep what the server has (the
// sync already applied it), or re-apply this device's value, which goes out with the next sync.
class ConflictStore final {
public:
    ConflictStore(Database& database, ChangeNotifier* notifier = nullptr, const Clock* clock = nullptr);

    Result<QList<SyncConflict>> open();
    Result<int> openCount();
    Status keepServer(qint64 seq);
    Status reapplyLocal(qint64 seq);

private:
    Result<SyncConflict> get(qint64 seq);
    QString recordName(const SyncConflict& conflict);
    Status resolve(qint64 seq, const QString& resolution);

    Database& m_database;
    ChangeNotifier* m_notifier;
    const Clock& m_clock;
};

} // namespace iq
