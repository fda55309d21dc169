#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace iq {

class Database;
class ChangeNotifier;
class Clock;

struct SyncConflict {
    qint64 seq = 0;
    QString entity;
    QString recordId;
    QString kind; // field, deleted_on_server, edited_on_server
    QString field;
    QJsonValue localValue;
    QJsonValue serverValue;
    qint64 serverVersion = 0;
    QDateTime detectedAt;
};

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
    Status resolve(qint64 seq, const QString& resolution);

    Database& m_database;
    ChangeNotifier* m_notifier;
    const Clock& m_clock;
};

} // namespace iq
