#include "views/settings/SettingsDialog.h"

#include "shared/phone/PhoneNumbers.h"
#include "views/common/AppPreferences.h"
#include "views/common/Theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace iq {
namespace {

// Every country Qt knows, by its name in the interface's language, with its two-letter code.
QMap<QString, QString> countriesByName() {
    QMap<QString, QString> countries;
    const auto locales =
        QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale& locale : locales) {
        const QString code = QLocale::territoryToCode(locale.territory());
        if (code.size() == 2 && locale.territory() != QLocale::World)
            countries.insert(QLocale::territoryToString(locale.territory()), code);
    }
    return countries;
}

QLabel* noteLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(Profile& profile, QWidget* parent)
    : QDialog(parent)
    , m_profile(profile) {
    setWindowTitle(tr("Preferences"));
    setAccessibleName(tr("Preferences"));
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Preference groups"));
    m_tabs->addTab(buildGeneralTab(), tr("&General"));
    m_tabs->addTab(buildProfileTab(), tr("&This profile"));
    m_tabs->addTab(buildNetworkTab(), tr("&Network"));
    m_tabs->addTab(buildFilesTab(), tr("&Files"));

    m_problem = new QLabel(this);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    setTextRole(m_problem, ColourRole::ErrorText);
    m_problem->hide();

    m_buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    m_buttons->setAccessibleName(tr("Dialog buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    load();
    check();
}

QWidget* SettingsDialog::buildGeneralTab() {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_theme = new QComboBox(page);
    m_theme->setAccessibleName(tr("Theme"));
    for (Theme::Kind kind : Theme::all())
        m_theme->addItem(Theme::displayName(kind), Theme::key(kind));
    form->addRow(tr("T&heme:"), m_theme);

    m_language = new QComboBox(page);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("The system's language"), QString());
    for (const QString& code : AppPreferences::availableLanguages()) {
        const QLocale locale(code);
        m_language->addItem(QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(), code), code);
    }
    form->addRow(tr("&Language:"), m_language);
    m_languageNote = noteLabel(tr("A new language is used the next time IQ Messaging starts."), page);
    m_languageNote->setAccessibleName(tr("About the language"));
    form->addRow(QString(), m_languageNote);

    m_campaignFinished = new QCheckBox(tr("When a &campaign has finished sending"), page);
    m_campaignFinished->setAccessibleName(tr("Notify when a campaign has finished sending"));
    m_optOuts = new QCheckBox(tr("When someone &opts out"), page);
    m_optOuts->setAccessibleName(tr("Notify when someone opts out"));
    form->addRow(tr("Notify me:"), m_campaignFinished);
    form->addRow(QString(), m_optOuts);

    connect(m_theme, &QComboBox::currentIndexChanged, this, &SettingsDialog::check);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::check);
    return page;
}

QWidget* SettingsDialog::buildProfileTab() {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->addRow(noteLabel(tr("These settings belong to the open profile and travel with it."), page));

    m_region = new QComboBox(page);
    m_region->setAccessibleName(tr("Default region for numbers"));
    m_region->addItem(tr("This computer's country (%1)").arg(PhoneNumbers::systemRegion()), QString());
    const auto countries = countriesByName();
    for (auto it = countries.cbegin(); it != countries.cend(); ++it)
        m_region->addItem(QStringLiteral("%1 (%2)").arg(it.key(), it.value()), it.value());
    form->addRow(tr("Default &region for numbers:"), m_region);

    m_sendFrom = new QTimeEdit(page);
    m_sendFrom->setAccessibleName(tr("Marketing messages are sent from"));
    m_sendFrom->setDisplayFormat(QStringLiteral("HH:mm"));
    m_sendUntil = new QTimeEdit(page);
    m_sendUntil->setAccessibleName(tr("Marketing messages are sent until"));
    m_sendUntil->setDisplayFormat(QStringLiteral("HH:mm"));
    auto* window = new QHBoxLayout;
    auto* until = new QLabel(tr("&until"), page);
    until->setBuddy(m_sendUntil);
    window->addWidget(m_sendFrom);
    window->addWidget(until);
    window->addWidget(m_sendUntil);
    window->addStretch();
    auto* from = new QLabel(tr("Send marketing &from:"), page);
    from->setBuddy(m_sendFrom);
    form->addRow(from, window);
    form->addRow(QString(), noteLabel(tr("Quiet hours: outside this window, in each recipient's local time, "
                                         "a marketing message waits until it opens."),
                                      page));

    m_syncInterval = new QSpinBox(page);
    m_syncInterval->setAccessibleName(tr("Sync interval in minutes"));
    m_syncInterval->setRange(1, PreferenceActions::kMaxSyncIntervalMinutes);
    m_syncInterval->setSuffix(tr(" min"));
    form->addRow(tr("&Sync every:"), m_syncInterval);

    m_retention = new QSpinBox(page);
    m_retention->setAccessibleName(tr("Keep message history for months"));
    m_retention->setRange(0, PreferenceActions::kMaxRetentionMonths);
    m_retention->setSuffix(tr(" months"));
    m_retention->setSpecialValueText(tr("For ever"));
    form->addRow(tr("&Keep message history:"), m_retention);

    connect(m_sendFrom, &QTimeEdit::timeChanged, this, &SettingsDialog::check);
    connect(m_sendUntil, &QTimeEdit::timeChanged, this, &SettingsDialog::check);
    return page;
}

QWidget* SettingsDialog::buildNetworkTab() {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_systemProxy = new QRadioButton(tr("Use the &system's proxy settings"), page);
    m_systemProxy->setAccessibleName(tr("Use the system's proxy settings"));
    m_noProxy = new QRadioButton(tr("&No proxy"), page);
    m_noProxy->setAccessibleName(tr("No proxy"));
    m_manualProxy = new QRadioButton(tr("&Manual proxy:"), page);
    m_manualProxy->setAccessibleName(tr("Manual proxy"));
    auto* group = new QButtonGroup(page);
    for (QRadioButton* button : {m_systemProxy, m_noProxy, m_manualProxy})
        group->addButton(button);
    form->addRow(tr("Proxy:"), m_systemProxy);
    form->addRow(QString(), m_noProxy);
    form->addRow(QString(), m_manualProxy);

    m_proxyHost = new QLineEdit(page);
    m_proxyHost->setAccessibleName(tr("Proxy host"));
    m_proxyHost->setPlaceholderText(tr("proxy.example.com"));
    m_proxyPort = new QSpinBox(page);
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    m_proxyPort->setRange(1, 65535);
    form->addRow(tr("&Host:"), m_proxyHost);
    form->addRow(tr("&Port:"), m_proxyPort);

    auto toggled = [this] {
        m_proxyHost->setEnabled(m_manualProxy->isChecked());
        m_proxyPort->setEnabled(m_manualProxy->isChecked());
        check();
    };
    connect(group, &QButtonGroup::buttonToggled, this, toggled);
    connect(m_proxyHost, &QLineEdit::textChanged, this, &SettingsDialog::check);
    return page;
}

QWidget* SettingsDialog::buildFilesTab() {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_exportFolder = new QLineEdit(page);
    m_exportFolder->setAccessibleName(tr("Export folder"));
    m_exportFolder->setPlaceholderText(QDir::toNativeSeparators(QDir::homePath()));
    m_browse = new QPushButton(tr("&Browse…"), page);
    m_browse->setAccessibleName(tr("Choose the export folder"));
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Export folder"), AppPreferences::exportFolder());
        if (!folder.isEmpty())
            m_exportFolder->setText(QDir::toNativeSeparators(folder));
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_exportFolder, 1);
    row->addWidget(m_browse);
    auto* label = new QLabel(tr("&Exports go to:"), page);
    label->setBuddy(m_exportFolder);
    form->addRow(label, row);
    form->addRow(QString(), noteLabel(tr("Where export dialogs open; empty means your home folder."), page));
    connect(m_exportFolder, &QLineEdit::textChanged, this, &SettingsDialog::check);
    return page;
}

void SettingsDialog::load() {
    m_theme->setCurrentIndex(m_theme->findData(Theme::key(Theme::stored())));
    m_loadedLanguage = AppPreferences::language();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_loadedLanguage)));
    m_campaignFinished->setChecked(AppPreferences::notify(AppPreferences::campaignFinishedKey()));
    m_optOuts->setChecked(AppPreferences::notify(AppPreferences::optOutsKey()));

    const ProfilePreferences preferences = PreferenceActions(m_profile).load();
    const int region = m_region->findData(preferences.defaultRegion);
    m_region->setCurrentIndex(std::max(0, region));
    m_sendFrom->setTime(preferences.sendWindow.start);
    m_sendUntil->setTime(preferences.sendWindow.end);
    m_syncInterval->setValue(preferences.syncIntervalMinutes);
    m_retention->setValue(preferences.retentionMonths);

    const AppPreferences::Proxy proxy = AppPreferences::proxy();
    (proxy == AppPreferences::Proxy::Manual ? m_manualProxy
     : proxy == AppPreferences::Proxy::None ? m_noProxy
                                            : m_systemProxy)
        ->setChecked(true);
    m_proxyHost->setText(AppPreferences::proxyHost());
    m_proxyPort->setValue(AppPreferences::proxyPort());
    m_proxyHost->setEnabled(m_manualProxy->isChecked());
    m_proxyPort->setEnabled(m_manualProxy->isChecked());
    m_exportFolder->setText(QDir::toNativeSeparators(AppPreferences::chosenExportFolder()));
}

ProfilePreferences SettingsDialog::profilePreferences() const {
    ProfilePreferences preferences;
    preferences.defaultRegion = m_region->currentData().toString();
    preferences.sendWindow = {m_sendFrom->time(), m_sendUntil->time()};
    preferences.syncIntervalMinutes = m_syncInterval->value();
    preferences.retentionMonths = m_retention->value();
    return preferences;
}

QString SettingsDialog::problem() const {
    if (m_manualProxy->isChecked()) {
        static const QRegularExpression host(
            QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.:\\[\\]-]*[A-Za-z0-9\\]])?$"));
        const QString text = m_proxyHost->text().trimmed();
        if (text.isEmpty())
            return tr("Manual proxy: enter the proxy's host name, or choose another proxy setting.");
        if (!host.match(text).hasMatch())
            return tr("Manual proxy: \"%1\" is not a host name.").arg(text);
    }
    const QString folder = m_exportFolder->text().trimmed();
    if (!folder.isEmpty() && !QFileInfo(QDir::fromNativeSeparators(folder)).isDir())
        return tr("Exports: the folder \"%1\" does not exist.").arg(folder);
    return PreferenceActions::validate(profilePreferences()).errorMessage();
}

void SettingsDialog::check() {
    if (!m_buttons)
        return; // still being built
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(text.isEmpty());
    const bool languageChanged = m_language->currentData().toString() != m_loadedLanguage;
    m_languageNote->setText(languageChanged
                                ? tr("The new language is used the next time IQ Messaging starts.")
                                : tr("A new language is used the next time IQ Messaging starts."));
}

bool SettingsDialog::apply() {
    const QString text = problem();
    if (!text.isEmpty()) {
        check();
        return false;
    }
    if (Status saved = PreferenceActions(m_profile).save(profilePreferences()); !saved) {
        m_problem->setText(saved.errorMessage());
        m_problem->show();
        return false;
    }
    const Theme::Kind theme = Theme::fromKey(m_theme->currentData().toString());
    Theme::store(theme);
    if (theme != Theme::current())
        Theme::apply(theme);
    AppPreferences::setLanguage(m_language->currentData().toString());
    AppPreferences::setNotify(AppPreferences::campaignFinishedKey(), m_campaignFinished->isChecked());
    AppPreferences::setNotify(AppPreferences::optOutsKey(), m_optOuts->isChecked());
    const AppPreferences::Proxy proxy = m_manualProxy->isChecked() ? AppPreferences::Proxy::Manual
                                        : m_noProxy->isChecked()   ? AppPreferences::Proxy::None
                                                                   : AppPreferences::Proxy::System;
    AppPreferences::setProxy(proxy, m_proxyHost->text(), m_proxyPort->value());
    AppPreferences::applyProxy();
    AppPreferences::setExportFolder(QDir::fromNativeSeparators(m_exportFolder->text().trimmed()));
    Q_EMIT applied();
    return true;
}

} // namespace iq
