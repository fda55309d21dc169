#pragma once

#include "core/store/HistoryFilter.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace iq {

class Profile;

// The History page's filters above a list: campaign, status, channel (messages only), a date range and
// a search. Says filterChanged once the choice settles (typing waits a moment).
class HistoryFilterBar final : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Messages, Calls };

    HistoryFilterBar(Profile& profile, Kind kind, QWidget* parent = nullptr);

    HistoryFilter filter() const;
    // Reads the campaigns again, keeping the one chosen.
    void reloadCampaigns();
    void clear();
    // Shows only messages in these statuses (and with this error code when not empty), keeping the
    // campaign: what a click on a campaign report's chart asks. label names the statuses when the
    // status list has no such choice yet, errorLabel the error for its button.
    void showOnly(const QStringList& statuses, const QString& label, const QString& errorCode = {},
                  const QString& errorLabel = {});

    QComboBox* campaignField() const { return m_campaign; }
    QComboBox* statusField() const { return m_status; }
    QComboBox* channelField() const { return m_channel; }
    QDateEdit* sinceField() const { return m_since; }
    QDateEdit* untilField() const { return m_until; }
    QLineEdit* searchField() const { return m_search; }
    QPushButton* clearButton() const { return m_clear; }
    QPushButton* errorButton() const { return m_error; }

Q_SIGNALS:
    void filterChanged(const iq::HistoryFilter& filter);

private:
    void addStatuses(Kind kind);
    void changed();
    void setErrorCode(const QString& code, const QString& label);

    Profile& m_profile;
    QComboBox* m_campaign = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_channel = nullptr;
    QDateEdit* m_since = nullptr;
    QDateEdit* m_until = nullptr;
    QLineEdit* m_search = nullptr;
    QPushButton* m_clear = nullptr;
    QPushButton* m_error = nullptr; // shows the error code chosen on a report; a click removes it
    QString m_errorCode;
    QTimer m_typing;
    bool m_quiet = false; // setting fields in code says nothing until the end
};

} // namespace iq
