#include "core/store/ConsentLedger.h"

#include "core/store/Database.h"
#include "core/store/Outbox.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>

namespace iq {

ConsentLedger::ConsentLedger(Database& database, const Clock* clock)
    : m_database(database)
    , m_clock(clock ? *clock : Clock::system()) {}

Status ConsentLedger::record(ConsentChange change) {
    if (change.groupId.isEmpty() == !change.channel.has_value())
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate(
                               "iq::ConsentLedger", "A consent change names either a group or a channel."));
    if (!change.recordedAt.isValid())
        change.recordedAt = m_clock.now();
    const QString at = toStoredTime(change.recordedAt);
    return m_database.transaction([&]() -> Status {
        auto logged = m_database.exec(
            QStringLiteral(
                "INSERT INTO consent_ledger (id, contact_id, group_id, channel, consent, method, source, "
                "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {QUuid::createUuid().toString(QUuid::WithoutBraces), change.contactId,
             change.groupId.isEmpty() ? QVariant() : QVariant(change.groupId),
             change.channel ? QVariant(toStorage(*change.channel)) : QVariant(), toStorage(change.state),
             toStorage(change.method), change.source, change.recordedBy, at});
        if (!logged)
            return logged.error();
        auto applied =
            change.channel
                ? m_database.exec(
                      QStringLiteral("INSERT INTO channel_consent (contact_id, channel, consent, "
                                     "updated_at) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                                     "consent = excluded.consent, updated_at = excluded.updated_at"),
                      {change.contactId, toStorage(*change.channel), toStorage(change.state), at})
                : m_database.exec(QStringLiteral("INSERT INTO group_members (group_id, contact_id, consent, "
                                                 "added_at) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                                                 "consent = excluded.consent"),
                                  {change.groupId, change.contactId, toStorage(change.state), at});
        if (!applied)
            return applied.error();
        // A channel's consent syncs as its own record; a group's travels with the membership (the
        // repository queues it). Changes that came from the server are not sent back to it.
        if (!change.channel || change.method == ConsentMethod::Sync)
            return {};
        const QString channel = toStorage(*change.channel);
        return Outbox::append(m_database, m_clock, QStringLiteral("consent"),
                              change.contactId + QLatin1Char(':') + channel, Outbox::Operation::Upsert, 0,
                              QJsonObject{{QStringLiteral("contactId"), change.contactId},
                                          {QStringLiteral("channel"), channel},
                                          {QStringLiteral("consent"), toStorage(change.state)},
                                          {QStringLiteral("method"), toStorage(change.method)},
                                          {QStringLiteral("source"), change.source}});
    });
}

Status ConsentLedger::optOutEverywhere(const QString& contactId, ConsentMethod method, const QString& source,
                                       const QString& recordedBy) {
    return m_database.transaction([&]() -> Status {
        for (Channel channel : {Channel::Sms, Channel::Email, Channel::Voice}) {
            ConsentChange change;
            change.contactId = contactId;
            change.channel = channel;
            change.state = ConsentState::OptedOut;
            change.method = method;
            change.source = source;
            change.recordedBy = recordedBy;
            if (Status recorded = record(change); !recorded)
                return recorded;
        }
        return {};
    });
}

Result<QList<ConsentChange>> ConsentLedger::history(const QString& contactId) {
    auto query =
        m_database.exec(QStringLiteral("SELECT group_id, channel, consent, method, source, recorded_by, "
                                       "recorded_at FROM consent_ledger WHERE contact_id = ? ORDER BY seq"),
                        {contactId});
    if (!query)
        return query.error();
    QList<ConsentChange> changes;
    QSqlQuery& q = query.value();
    while (q.next()) {
        ConsentChange change;
        change.contactId = contactId;
        change.groupId = q.value(0).toString();
        if (!q.value(1).isNull())
            change.channel = channelFromStorage(q.value(1).toString());
        change.state = consentStateFromStorage(q.value(2).toString()).value_or(ConsentState::Unknown);
        change.method = consentMethodFromStorage(q.value(3).toString()).value_or(ConsentMethod::Manual);
        change.source = q.value(4).toString();
        change.recordedBy = q.value(5).toString();
        change.recordedAt = fromStoredTime(q.value(6).toString());
        changes.append(change);
    }
    return changes;
}

Result<ConsentState> ConsentLedger::effective(const QString& contactId, const QString& groupId,
                                              Channel channel) {
    auto query = m_database.exec(
        QStringLiteral("SELECT (SELECT consent FROM channel_consent WHERE contact_id = ? AND channel = ?), "
                       "(SELECT consent FROM group_members WHERE contact_id = ? AND group_id = ?)"),
        {contactId, toStorage(channel), contactId, groupId});
    if (!query)
        return query.error();
    query.value().next();
    const auto channelState = consentStateFromStorage(query.value().value(0).toString());
    const auto groupState = consentStateFromStorage(query.value().value(1).toString());
    if (channelState == ConsentState::OptedOut)
        return ConsentState::OptedOut;
    return groupState.value_or(ConsentState::Unknown);
}

Status ConsentLedger::copyEntry(const ConsentChange& change, const QString& toContactId) {
    auto copied = m_database.exec(
        QStringLiteral(
            "INSERT INTO consent_ledger (id, contact_id, group_id, channel, consent, method, source, "
            "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {QUuid::createUuid().toString(QUuid::WithoutBraces), toContactId,
         change.groupId.isEmpty() ? QVariant() : QVariant(change.groupId),
         change.channel ? QVariant(toStorage(*change.channel)) : QVariant(), toStorage(change.state),
         toStorage(change.method), change.source, change.recordedBy, toStoredTime(change.recordedAt)});
    return copied ? Status() : Status(copied.error());
}

Result<QHash<Channel, ConsentState>> ConsentLedger::channelStates(const QString& contactId) {
    auto query = m_database.exec(
        QStringLiteral("SELECT channel, consent FROM channel_consent WHERE contact_id = ?"), {contactId});
    if (!query)
        return query.error();
    QHash<Channel, ConsentState> states;
    while (query.value().next()) {
        const auto channel = channelFromStorage(query.value().value(0).toString());
        const auto state = consentStateFromStorage(query.value().value(1).toString());
        if (channel && state)
            states.insert(*channel, *state);
    }
    query.value().finish();
    return states;
}

} // namespace iq
