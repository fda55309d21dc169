#pragma once

#include "core/actions/CampaignActions.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace iq {

class Profile;
class TokenStore;
class CampaignListModel;
class CampaignEditor;
class PreflightPanel;
class ProfileWorker;

// The Campaigns area: the list of campaigns with their state and counts; the selected one's message,
// audience and schedule; its pre-flight (who gets what, who does not and why); its delivery. From here a
// campaign is created, checked, sent or scheduled, paused, resumed and cancelled.
class CampaignsPage final : public QWidget {
    Q_OBJECT
public:
    explicit CampaignsPage(Profile& profile, QWidget* parent = nullptr);
    ~CampaignsPage() override;

    // The keychain's session for the calls to the server; until it is set, Send waits for a connection.
    void setTokenStore(TokenStore* tokens);

    QString currentCampaignId() const { return m_currentId; }
    void selectCampaign(const QString& id);

    // The page's controls, for keyboard users' shortcuts and for tests.
    CampaignListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    CampaignEditor* editor() const { return m_editor; }
    PreflightPanel* preflightPanel() const { return m_preflight; }
    QTableWidget* deliveryTable() const { return m_delivery; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* newButton() const { return m_newButton; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* preflightButton() const { return m_runPreflight; }
    QPushButton* sendButton() const { return m_send; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* resumeButton() const { return m_resume; }
    QPushButton* cancelButton() const { return m_cancel; }

    // Without asking: what the buttons do after their confirmation (tests and iqm-like scripting).
    bool createCampaign();
    bool saveDraft();
    void runPreflight();
    bool sendCurrent(bool confirm = true);
    bool changeCurrent(const QString& action); // "pause", "resume", "cancel"
    void refreshDelivery();

Q_SIGNALS:
    void contactOpened(const QString& contactId);
    void statusMessage(const QString& message);
    // A send went to the server: a sync brings its messages.
    void syncWanted();
    void preflightFinished();

private:
    QWidget* makeListSide();
    QWidget* makeDetailSide();
    void showCampaign(const QString& id);
    void updateButtons();
    void showStatus(const QString& message);
    CampaignActions& actions();

    Profile& m_profile;
    TokenStore* m_tokens = nullptr;
    std::unique_ptr<CampaignActions> m_actions;
    std::unique_ptr<ProfileWorker> m_worker;
    CampaignListModel* m_model = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QTableView* m_table = nullptr;
    QTabWidget* m_tabs = nullptr;
    CampaignEditor* m_editor = nullptr;
    PreflightPanel* m_preflight = nullptr;
    QLabel* m_deliverySummary = nullptr;
    QTableWidget* m_delivery = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_runPreflight = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_refresh = nullptr;
    QString m_currentId;
    Campaign m_current;
    std::optional<PreflightReport> m_lastReport;
    int m_preflightRun = 0;    // the latest run; answers of older runs are dropped
    bool m_newPending = false; // a new campaign in the form, not stored until it is saved
};

} // namespace iq
