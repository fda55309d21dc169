#pragma once

#include "core/actions/CampaignReportActions.h"
#include "core/store/ChangeNotifier.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace iq {

class Profile;

// One campaign's report as a table of figures (delivered, failed, undeliverable, pending, not sent,
// opted out since, replied) with their counts and rates; the whole report for the charts. Reads it
// again, once a burst of changes has passed, when messages, consent or campaigns change.
class CampaignReportModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Figure, Count, Rate, ColumnCount };
    enum Row { Delivered, Failed, Undeliverable, Pending, Skipped, OptedOut, Replied, RowCount };
    // The message statuses a row stands for (empty for opt-outs and replies), as a QStringList.
    enum Role { StatusesRole = Qt::UserRole + 1 };

    explicit CampaignReportModel(Profile& profile, QObject* parent = nullptr);

    // An empty id clears the report.
    void setCampaign(const QString& campaignId);
    // While inactive (its view hidden) the report is not read: a campaign chosen or a change of the
    // profile waits until it is shown again. Active by default.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    QString campaignId() const { return m_campaignId; }
    const CampaignReport& report() const { return m_report; }
    void reload();

    static QStringList statusesOf(Row row);
    static QString figureName(Row row);
    // "58.3 %" in the user's locale.
    static QString rateText(double percent);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    int countOf(Row row) const;
    int wholeOf(Row row) const;

    CampaignReportActions m_actions;
    QString m_campaignId;
    CampaignReport m_report;
    QTimer m_reload;
    bool m_active = true;
    bool m_stale = false; // something changed while inactive
};

} // namespace iq
