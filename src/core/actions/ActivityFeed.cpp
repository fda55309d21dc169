#include "core/actions/ActivityFeed.h"

#include "core/store/CampaignRepository.h"

namespace iq {
namespace {

bool isUnderway(const QString& status) {
    return status == QLatin1String("scheduled") || status == QLatin1String("sending") ||
           status == QLatin1String("paused");
}

} // namespace

ActivityFeed::ActivityFeed(Database& database)
    : m_database(database) {}

Status ActivityFeed::prime() {
    auto campaigns = CampaignRepository(m_database).list();
    if (!campaigns)
        return campaigns.error();
    m_states.clear();
    for (const Campaign& c : std::as_const(campaigns.value()))
        m_states.insert(c.id, c.status);
    auto seq = OptOutArrivals(m_database).lastSeq();
    if (!seq)
        return seq.error();
    m_lastSeq = seq.value();
    return {};
}

Result<QList<CampaignEnded>> ActivityFeed::endedCampaigns() {
    auto campaigns = CampaignRepository(m_database).list();
    if (!campaigns)
        return campaigns.error();
    QList<CampaignEnded> ended;
    for (const Campaign& c : std::as_const(campaigns.value())) {
        const QString before = m_states.value(c.id);
        m_states.insert(c.id, c.status);
        const bool sent = c.status == QLatin1String("sent");
        if (isUnderway(before) && (sent || c.status == QLatin1String("failed")))
            ended << CampaignEnded{c.id, c.name, !sent, c.counts};
    }
    return ended;
}

Result<QList<OptOutArrival>> ActivityFeed::newOptOuts() {
    constexpr int kPage = 500;
    QList<OptOutArrival> all;
    while (true) {
        auto arrivals = OptOutArrivals(m_database).after(m_lastSeq, kPage);
        if (!arrivals)
            return arrivals.error();
        all << arrivals.value();
        if (!arrivals.value().isEmpty())
            m_lastSeq = arrivals.value().last().seq;
        if (arrivals.value().size() < kPage)
            return all;
    }
}

} // namespace iq
