#pragma once

#include "core/actions/CampaignActions.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

namespace iq {

class Profile;

// The profile's campaigns, newest first: name, channel, state, recipients, delivered, failed and when.
// Reloads shortly after campaigns or their messages change (a send, a sync), keeping the rows' ids.
class CampaignListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Channel, State, Recipients, Delivered, Failed, When, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit CampaignListModel(Profile& profile, QObject* parent = nullptr);

    void reload();
    Campaign campaign(int row) const { return m_campaigns.value(row); }
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Words for a person: "Draft", "Sending", "Waiting for a connection"...
    static QString stateName(const Campaign& campaign);
    static QString channelName(iq::Channel channel);

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    Profile& m_profile;
    QList<Campaign> m_campaigns;
    QTimer m_reloadSoon;
};

} // namespace iq
