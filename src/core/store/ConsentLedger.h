#pragma once

#include "shared/domain/Consent.h"
#include "shared/util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace iq {

class Database;
class Clock;

// One consent change as the ledger keeps it. Exactly one of groupId and channel is set: a change
// to a group membership, or to the contact's consent for a whole channel.
struct ConsentChange {
    QString contactId;
    QString groupId;
    std::optional<Channel> channel;
    ConsentState state = ConsentState::Unknown;
    ConsentMethod method = ConsentMethod::Manual;
    QString source;     // "paper sign-up sheet, March 2026", "STOP reply to +14155550100", ...
    QString recordedBy; // the user or system that recorded it
    QDateTime recordedAt;
};

// Appends consent changes and applies them to the current state, in the caller's transaction.
// Nothing updates or deletes ledger rows (the schema refuses it).
class ConsentLedger final {
public:
    ConsentLedger(Database& database, const Clock* clock = nullptr);

    Status record(ConsentChange change);
    // A person asked to hear nothing more: opted out of every channel, with where that came from.
    Status optOutEverywhere(const QString& contactId, ConsentMethod method, const QString& source,
                            const QString& recordedBy = {});
    Result<QList<ConsentChange>> history(const QString& contactId);
    // Appends a change as it was recorded, to another contact's history (a merge moves the other person's
    // ledger along); it changes no current state.
    Status copyEntry(const ConsentChange& change, const QString& toContactId);
    // The contact's current consent per channel, for the channels that have one.
    Result<QHash<Channel, ConsentState>> channelStates(const QString& contactId);
    // The consent that applies to messaging this contact in this group on this channel: an opt-out
    // of the channel overrides the group's.
    Result<ConsentState> effective(const QString& contactId, const QString& groupId, Channel channel);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace iq
