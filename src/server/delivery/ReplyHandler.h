#pragma once

#include "server/api/ApiError.h"
#include "server/store/DeliveryQueue.h"
#include "server/store/SyncStore.h"

#include <QJsonObject>
#include <QString>

namespace iq {
class Clock;
class PhoneNumbers;
} // namespace iq

namespace iq::server {

class ServerDatabase;
class SyncService;

// What an inbound text asks for.
enum class ReplyKeyword { None, OptOut, OptIn, Help };

// An inbound SMS, whichever way it came (a provider's webhook, the simulator's route): STOP and its
// synonyms opt every contact of the account with that number out of SMS, START and its synonyms opt them
// back in, HELP is answered. Each consent change is a `consent` record (method "keyword") that every
// device pulls; unsent messages to an opted-out number are skipped; the confirmation goes out as a
// message of its own.
class ReplyHandler final {
public:
    ReplyHandler(ServerDatabase& database, SyncService& sync, const Clock& clock, const PhoneNumbers& phones);
    Q_DISABLE_COPY_MOVE(ReplyHandler)

    // The whole message, any case, surrounding blanks and punctuation ignored.
    static ReplyKeyword classify(const QString& text);

    // body: {"from": E164, "text": "..."}; source: where it came from, for the consent ledger.
    Outcome<QJsonObject> handle(const QString& accountId, const QJsonObject& body, const QString& source);

private:
    Result<QStringList> contactsWith(const QString& accountId, const QString& e164);
    Status confirm(const QString& accountId, const QString& contactId, const QString& to,
                   const QString& text);

    ServerDatabase& m_database;
    SyncService& m_sync;
    const Clock& m_clock;
    const PhoneNumbers& m_phones;
    SyncStore m_records;
    DeliveryQueue m_queue;
};

} // namespace iq::server
