#pragma once

#include "core/actions/CampaignActions.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace iq {

class Profile;

// The form of one campaign: its name, channel and kind, the text (new or from a saved template), who it
// goes to (groups, minus excluded groups) and when (now, or a date, time and zone). A campaign that has
// been handed to the server is shown read-only.
class CampaignEditor final : public QWidget {
    Q_OBJECT
public:
    explicit CampaignEditor(Profile& profile, QWidget* parent = nullptr);

    // Fills the form; the groups and templates are read again.
    void setCampaign(const Campaign& campaign);
    // An empty form for a new campaign.
    void clear();
    // What the form says. The schedule is invalid when "Send now" is chosen.
    CampaignInput input() const;
    void setEditable(bool editable);
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QListWidget* groupList() const { return m_groups; }
    QListWidget* excludeList() const { return m_exclude; }
    QComboBox* channelBox() const { return m_channel; }
    QComboBox* kindBox() const { return m_kind; }
    QCheckBox* scheduleBox() const { return m_schedule; }
    QDateTimeEdit* whenEdit() const { return m_when; }

Q_SIGNALS:
    void changed();

private:
    void loadGroups(const QStringList& included, const QStringList& excluded);
    void loadTemplates(const QString& selectedId);
    void applyTemplate();
    void updateCounter();
    void updateChannel();
    void markChanged();

    Profile& m_profile;
    QLineEdit* m_name = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_template = nullptr;
    QLabel* m_subjectLabel = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_counter = nullptr;
    QListWidget* m_groups = nullptr;
    QListWidget* m_exclude = nullptr;
    QLabel* m_singleContacts = nullptr;
    QCheckBox* m_schedule = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QComboBox* m_zone = nullptr;
    QStringList m_contacts; // single contacts of the campaign, kept as they are
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace iq
