#include "core/actions/ConsentActions.h"

#include "core/profile/Profile.h"
#include "core/store/ChangeNotifier.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/GroupRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace iq {

// The translation context of this file's messages: lupdate files ConsentActionsText::tr() calls under it,
// and the same context is asked for at run time.
class ConsentActionsText final {
    Q_DECLARE_TR_FUNCTIONS(iq::ConsentActions)
};

ConsentActions::ConsentActions(Profile& profile, QString actor, const Clock* clock)
    : ConsentActions(profile.database(), &profile.notifier(), std::move(actor), clock) {}

ConsentActions::ConsentActions(Database& database, ChangeNotifier* notifier, QString actor,
                               const Clock* clock)
    : m_database(database)
    , m_notifier(notifier)
    , m_actor(std::move(actor))
    , m_clock(clock) {}

Status ConsentActions::requireContacts(const QStringList& contactIds) {
    auto missing = ContactRepository(m_database).missing(contactIds);
    if (!missing)
        return missing.error();
    if (!missing.value().isEmpty())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("iq::ContactRepository", "There is no contact with id %1.")
                .arg(missing.value().first()));
    return {};
}

Status ConsentActions::optOut(const QStringList& contactIds, const QString& source, ConsentMethod method) {
    ConsentLedger ledger(m_database, m_clock);
    Status status = m_database.transaction([&]() -> Status {
        if (Status known = requireContacts(contactIds); !known)
            return known;
        for (const QString& id : contactIds) {
            if (Status recorded = ledger.optOutEverywhere(id, method, source.trimmed(), m_actor); !recorded)
                return recorded;
        }
        return {};
    });
    if (status && m_notifier)
        m_notifier->announce(Entity::Consent, contactIds);
    return status;
}

Status ConsentActions::record(const QStringList& contactIds, const QString& groupId,
                              std::optional<Channel> channel, ConsentState state, ConsentMethod method,
                              const QString& source) {
    if (source.trimmed().isEmpty())
        return Error::make(
            Error::Code::InvalidInput,
            ConsentActionsText::tr("A consent record needs its source: where and how the person agreed."));
    ConsentLedger ledger(m_database, m_clock);
    Status status = m_database.transaction([&]() -> Status {
        if (Status known = requireContacts(contactIds); !known)
            return known;
        for (const QString& id : contactIds) {
            ConsentChange change;
            change.contactId = id;
            change.groupId = groupId;
            change.channel = channel;
            change.state = state;
            change.method = method;
            change.source = source.trimmed();
            change.recordedBy = m_actor;
            if (Status recorded = ledger.record(change); !recorded)
                return recorded;
        }
        return {};
    });
    if (status && m_notifier)
        m_notifier->announce(groupId.isEmpty() ? Entity::Consent : Entity::Membership, contactIds);
    return status;
}

Result<QList<ConsentHistoryEntry>> ConsentActions::history(const QString& contactId) {
    if (Status known = requireContacts({contactId}); !known)
        return known.error();
    auto changes = ConsentLedger(m_database, m_clock).history(contactId);
    if (!changes)
        return changes.error();
    QHash<QString, QString> groupNames;
    auto groups = GroupRepository(m_database).list();
    if (!groups)
        return groups.error();
    for (const Group& group : groups.value())
        groupNames.insert(group.id, group.name);
    QList<ConsentHistoryEntry> entries;
    entries.reserve(changes.value().size());
    for (const ConsentChange& change : changes.value())
        entries.append({change, groupNames.value(change.groupId)});
    return entries;
}

Result<ConsentState> ConsentActions::effective(const QString& contactId, const QString& groupId,
                                               Channel channel) {
    return ConsentLedger(m_database, m_clock).effective(contactId, groupId, channel);
}

} // namespace iq
