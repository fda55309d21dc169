#pragma once

#include "server/campaign/CampaignRequest.h"
#include "server/store/DeliveryQueue.h"
#include "server/sync/SyncService.h"
#include "shared/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace iq {
class PhoneNumbers;
}

namespace iq::server {

class SyncStore;

// What a campaign's audience came to: one message (record and queue row) per person sent or held, and
// how many people get nothing, by reason.
struct Expansion {
    QList<DeliveryQueue::Message> messages;
    QList<ServerRecord> records; // the `message` records, in the order of messages
    QMap<QString, qint64> excluded;
    qint64 held = 0;

    qint64 excludedTotal() const;
};

// Expands a campaign from the account's own records at send time: its contacts, memberships and channel
// consents. Members in audience order (the groups' members, then the single contacts; minus the members of
// the excluded groups; each person once), the facts of each (numbers re-read with libphonenumber, group
// and channel consent, own time zone, the body rendered with the shared template engine) and the decision
// of iqshared's AudienceClassifier with QuietHours: whatever the client sent, an opted-out person or
// address gets nothing.
class AudienceExpander final {
public:
    AudienceExpander(SyncStore& records, const PhoneNumbers& phones);

    Result<Expansion> expand(const QString& accountId, const CampaignRequest& campaign,
                             const QString& businessName, const QDateTime& now);

private:
    SyncStore& m_records;
    const PhoneNumbers& m_phones;
};

} // namespace iq::server
