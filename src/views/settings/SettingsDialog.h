#pragma once

#include "core/actions/PreferenceActions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTimeEdit;
class QPushButton;

namespace iq {

class Profile;

// The application's preferences in one dialog: appearance, language and notifications, kept for
// this computer's user (QSettings), the network proxy and the export folder; and what belongs to the
// open profile (its `settings` table): the default region for numbers, quiet hours, the sync
// interval and how long message history is kept. OK and Apply save and apply what can be applied at
// once (the theme, the proxy) and tell the window (applied()); the language waits for the next start.
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(Profile& profile, QWidget* parent = nullptr);

    // Saves everything; false (with the problem shown) when a value is not usable.
    bool apply();
    // The first unusable value in words, or an empty string.
    QString problem() const;

    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* themeBox() const { return m_theme; }
    QComboBox* languageBox() const { return m_language; }
    QCheckBox* campaignFinishedBox() const { return m_campaignFinished; }
    QCheckBox* optOutsBox() const { return m_optOuts; }
    QComboBox* regionBox() const { return m_region; }
    QTimeEdit* sendFromEdit() const { return m_sendFrom; }
    QTimeEdit* sendUntilEdit() const { return m_sendUntil; }
    QSpinBox* syncIntervalBox() const { return m_syncInterval; }
    QSpinBox* retentionBox() const { return m_retention; }
    QRadioButton* systemProxyButton() const { return m_systemProxy; }
    QRadioButton* noProxyButton() const { return m_noProxy; }
    QRadioButton* manualProxyButton() const { return m_manualProxy; }
    QLineEdit* proxyHostEdit() const { return m_proxyHost; }
    QSpinBox* proxyPortBox() const { return m_proxyPort; }
    QLineEdit* exportFolderEdit() const { return m_exportFolder; }
    QLabel* problemLabel() const { return m_problem; }
    QDialogButtonBox* buttons() const { return m_buttons; }

Q_SIGNALS:
    void applied();

private:
    QWidget* buildGeneralTab();
    QWidget* buildProfileTab();
    QWidget* buildNetworkTab();
    QWidget* buildFilesTab();
    void load();
    void check();
    ProfilePreferences profilePreferences() const;

    Profile& m_profile;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QCheckBox* m_campaignFinished = nullptr;
    QCheckBox* m_optOuts = nullptr;
    QComboBox* m_region = nullptr;
    QTimeEdit* m_sendFrom = nullptr;
    QTimeEdit* m_sendUntil = nullptr;
    QSpinBox* m_syncInterval = nullptr;
    QSpinBox* m_retention = nullptr;
    QRadioButton* m_systemProxy = nullptr;
    QRadioButton* m_noProxy = nullptr;
    QRadioButton* m_manualProxy = nullptr;
    QLineEdit* m_proxyHost = nullptr;
    QSpinBox* m_proxyPort = nullptr;
    QLineEdit* m_exportFolder = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_loadedLanguage;
};

} // namespace iq
