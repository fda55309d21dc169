#pragma once

#include "shared/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace iq {

class Database;

// An opt-out a sync brought in (a STOP to the server, a change made on another device).
struct OptOutArrival {
    qint64 seq = 0; // its place in the consent ledger
    QString contactId;
    QString name;    // the contact's name as listed; empty when they have none
    QString channel; // sms, email or voice; empty for a group's opt-out
    QDateTime recordedAt;
};

// Reads the opt-outs pulled into the consent ledger after a given entry, in the order they came.
class OptOutArrivals final {
public:
    explicit OptOutArrivals(Database& database)
        : m_database(database) {}

    // The ledger's last entry (0 when it is empty): later ones are new.
    Result<qint64> lastSeq();
    // At most `limit` opt-outs pulled after entry `seq`, oldest first.
    Result<QList<OptOutArrival>> after(qint64 seq, int limit = 500);

private:
    Database& m_database;
};

} // namespace iq
