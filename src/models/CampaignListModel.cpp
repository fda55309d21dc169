#include "models/CampaignListModel.h"

#include "core/actions/CampaignActions.h"
#include "core/profile/Profile.h"
#include "core/store/ChangeNotifier.h"

#include <QLocale>

namespace iq {

CampaignListModel::CampaignListModel(Profile& profile, QObject* parent)
    : QAbstractTableModel(parent)
    , m_profile(profile) {
    // A send or a sync changes many messages at once: one reload for the burst.
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(50);
    connect(&m_reloadSoon, &QTimer::timeout, this, &CampaignListModel::reload);
    connect(&profile.notifier(), &ChangeNotifier::changed, this, [this](Entity entity) {
        if (entity == Entity::Campaign || entity == Entity::Message || entity == Entity::Any)
            m_reloadSoon.start();
    });
    reload();
}

void CampaignListModel::reload() {
    auto campaigns = CampaignActions(m_profile, nullptr).list();
    if (!campaigns) {
        Q_EMIT loadFailed(campaigns.errorMessage());
        return;
    }
    beginResetModel();
    m_campaigns = campaigns.value();
    endResetModel();
}

int CampaignListModel::rowOf(const QString& id) const {
    for (int row = 0; row < m_campaigns.size(); ++row) {
        if (m_campaigns.at(row).id == id)
            return row;
    }
    return -1;
}

int CampaignListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_campaigns.size());
}

int CampaignListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString CampaignListModel::channelName(iq::Channel channel) {
    switch (channel) {
    case iq::Channel::Sms:
        return tr("SMS");
    case iq::Channel::Email:
        return tr("E-mail");
    case iq::Channel::Voice:
        return tr("Voice");
    }
    return {};
}

QString CampaignListModel::stateName(const Campaign& campaign) {
    if (campaign.waitingToSend)
        return tr("Waiting for a connection");
    const QString& status = campaign.status;
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("scheduled"))
        return tr("Scheduled");
    if (status == QLatin1String("sending"))
        return tr("Sending");
    if (status == QLatin1String("paused"))
        return tr("Paused");
    if (status == QLatin1String("sent"))
        return tr("Sent");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    return status;
}

QVariant CampaignListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_campaigns.size())
        return {};
    const Campaign& campaign = m_campaigns.at(index.row());
    if (role == IdRole)
        return campaign.id;
    if (role == Qt::TextAlignmentRole && index.column() >= Recipients && index.column() <= Failed)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == State && !campaign.sendError.isEmpty())
        return campaign.sendError;
    if (role != Qt::DisplayRole)
        return {};
    auto count = [&](const char* key) -> QVariant {
        const QJsonValue value = campaign.counts.value(QLatin1String(key));
        return value.isUndefined() ? QVariant(QString()) : QVariant(value.toInt());
    };
    switch (index.column()) {
    case Name:
        return campaign.name;
    case Channel:
        return channelName(campaign.channel);
    case State:
        return stateName(campaign);
    case Recipients:
        return count("recipients");
    case Delivered:
        return count("delivered");
    case Failed: {
        const QJsonValue failed = campaign.counts.value(QLatin1String("failed"));
        const QJsonValue undeliverable = campaign.counts.value(QLatin1String("undeliverable"));
        if (failed.isUndefined() && undeliverable.isUndefined())
            return QString();
        return failed.toInt() + undeliverable.toInt();
    }
    case When: {
        const QDateTime when = campaign.sentAt.isValid()        ? campaign.sentAt
                               : campaign.scheduledAt.isValid() ? campaign.scheduledAt
                                                                : campaign.updatedAt;
        return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
    }
    default:
        return {};
    }
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Campaign");
    case Channel:
        return tr("Channel");
    case State:
        return tr("State");
    case Recipients:
        return tr("Recipients");
    case Delivered:
        return tr("Delivered");
    case Failed:
        return tr("Failed");
    case When:
        return tr("When");
    default:
        return {};
    }
}

} // namespace iq
