#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace iq {

struct FieldConflict {
    QString field;
    QJsonValue local;
    QJsonValue server;
};

struct MergeOutcome {
    QJsonObject merged;
    QList<FieldConflict> conflicts; // same field changed on both sides: the server's value was kept
    bool differsFromServer = false; // the merged record still has local changes to push
};

// Three-way merge of one record, field by field, against the last version both sides agreed on (base):
// a field changed on one side only takes that side's value; a field changed on both sides to different
// values keeps the server's and reports the local one. A consent field is the exception: an opt-out on
// either side wins, because messaging someone who said stop is worse than missing someone who said yes.
MergeOutcome mergeRecord(const QJsonObject& base, const QJsonObject& local, const QJsonObject& server);

} // namespace iq
