#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace iq {

// A change a sync could not merge alone, kept for the owner to decide.
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
    QString recordName; // the name a person knows the record by; may be empty
};

} // namespace iq
