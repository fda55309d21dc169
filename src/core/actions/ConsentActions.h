#pragma once

#include "core/store/ConsentLedger.h"
#include "shared/domain/Consent.h"
#include "shared/util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace iq {

class ChangeNotifier;
class Clock;
class Database;
class Profile;

// One entry of a person's consent history, with the name of its group (empty for a channel, and for a
// group deleted since).
struct ConsentHistoryEntry {
    ConsentChange change;
    QString groupName;
};

// The user-level consent actions. Every change is appended to the ledger with its method and source,
// in one transaction for the whole selection; nothing here takes a recorded change back. `actor`
// ("desktop", "iqm") is who the ledger says recorded it.
class ConsentActions final {
public:
    ConsentActions(Profile& profile, QString actor, const Clock* clock = nullptr);
    ConsentActions(Database& database, ChangeNotifier* notifier, QString actor, const Clock* clock = nullptr);

    // Opts every contact out of every channel. An unknown id refuses the whole selection.
    Status optOut(const QStringList& contactIds, const QString& source,
                  ConsentMethod method = ConsentMethod::Manual);
    // Records one consent for a group (groupId) or a whole channel. The source (where and how the person
    // agreed or refused) is required; an unknown contact refuses the whole selection.
    Status record(const QStringList& contactIds, const QString& groupId, std::optional<Channel> channel,
                  ConsentState state, ConsentMethod method, const QString& source);
    // Oldest first, as recorded; an unknown or deleted contact has none to show.
    Result<QList<ConsentHistoryEntry>> history(const QString& contactId);
    Result<ConsentState> effective(const QString& contactId, const QString& groupId, Channel channel);

private:
    Status requireContacts(const QStringList& contactIds);

    Database& m_database;
    ChangeNotifier* m_notifier;
    QString m_actor;
    const Clock* m_clock;
};

} // namespace iq
