#pragma once

#include "core/store/HistoryFilter.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace iq {

class Profile;
class HistoryModel;
class CallLogModel;
class HistoryFilterBar;
class MessageDetailPane;
class HistoryExportTask;
class CampaignReportModel;
class CampaignReportPanel;

// The History area: every message sent, with filters (campaign, status, channel, dates, search), sortable
// columns and the selected message's details, status history and error in plain words; the calls on a
// second tab, and while one campaign is chosen its report with charts on a third. The list shown exports
// as CSV. What it shows is the profile's, as of the last sync.
class HistoryPage final : public QWidget {
    Q_OBJECT
public:
    explicit HistoryPage(Profile& profile, QWidget* parent = nullptr);

    HistoryModel* messagesModel() const { return m_messages; }
    CallLogModel* callsModel() const { return m_calls; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableView* messagesTable() const { return m_messageTable; }
    QTableView* callsTable() const { return m_callTable; }
    HistoryFilterBar* messageFilters() const { return m_messageFilters; }
    HistoryFilterBar* callFilters() const { return m_callFilters; }
    MessageDetailPane* detailPane() const { return m_detail; }
    CampaignReportPanel* reportPanel() const { return m_reportPanel; }
    // The Report tab shows while the message list is filtered to one campaign.
    int reportTabIndex() const { return 2; }
    QPushButton* exportButton() const { return m_export; }
    QLabel* countLabel() const { return m_count; }
    QLabel* statusLabel() const { return m_status; }

    // Writes the list of the current tab, filtered and sorted as shown, to path (no question asked);
    // the task says when it is done.
    HistoryExportTask* exportTo(const QString& path);

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    QWidget* makeMessagesTab();
    QWidget* makeCallsTab();
    QTableView* makeTable(const QString& accessibleName);
    void fitMessageColumns();
    void showSelectedMessage();
    void updateCount();
    void askAndExport();
    void showStatus(const QString& message);
    void messageFilterChanged(const HistoryFilter& filter);
    void showReportedMessages(const QStringList& statuses, const QString& errorCode, const QString& label);
    bool callsShown() const;

    Profile& m_profile;
    HistoryModel* m_messages = nullptr;
    CallLogModel* m_calls = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_messageTable = nullptr;
    QTableView* m_callTable = nullptr;
    HistoryFilterBar* m_messageFilters = nullptr;
    HistoryFilterBar* m_callFilters = nullptr;
    MessageDetailPane* m_detail = nullptr;
    CampaignReportModel* m_report = nullptr;
    CampaignReportPanel* m_reportPanel = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace iq
