#include "core/account/SyncController.h"
#include "core/actions/ContactActions.h"
#include "core/actions/PreferenceActions.h"
#include "core/campaign/CampaignPreflight.h"
#include "core/profile/Profile.h"
#include "core/sync/TokenStore.h"
#include "models/ContactsModel.h"
#include "views/MainWindow.h"
#include "views/common/AppPreferences.h"
#include "views/common/Theme.h"
#include "views/contacts/ContactEditorDialog.h"
#include "views/contacts/ContactsPage.h"
#include "views/settings/SettingsDialog.h"
#include "views/sync/SyncUi.h"

#include "TestSupport.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

#include <functional>

using namespace iq;

namespace {

template <typename T> void answerNextDialog(std::function<void(T*)> answer) {
    QTimer::singleShot(0, qApp, [answer] {
        T* dialog = nullptr;
        for (int attempt = 0; attempt < 50 && !dialog; ++attempt) {
            dialog = qobject_cast<T*>(QApplication::activeModalWidget());
            if (!dialog)
                QTest::qWait(20);
        }
        QVERIFY2(dialog, "the expected dialog did not open");
        answer(dialog);
    });
}

void clickOk(SettingsDialog* dialog) {
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
}

} // namespace

class TestSettingsDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("IQMessagingTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
    }

    void init() {
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_profileDir = std::make_unique<QTemporaryDir>();
        auto profile = Profile::open(m_profileDir->path());
        QVERIFY(profile.ok());
        m_profile = std::move(profile).value();
    }

    void cleanup() {
        Theme::apply(Theme::Kind::System);
        AppPreferences::setProxy(AppPreferences::Proxy::System);
        AppPreferences::applyProxy();
        m_profile.reset();
    }

    // What is stored shows in the dialog; nothing chosen shows the defaults.
    void loadsWhatIsStored() {
        {
            SettingsDialog fresh(*m_profile);
            QCOMPARE(fresh.themeBox()->currentData().toString(), QStringLiteral("system"));
            QVERIFY(fresh.campaignFinishedBox()->isChecked()); // notifications default to on
            QVERIFY(fresh.optOutsBox()->isChecked());
            QCOMPARE(fresh.sendFromEdit()->time(), QTime(8, 0));
            QCOMPARE(fresh.sendUntilEdit()->time(), QTime(21, 0));
            QCOMPARE(fresh.syncIntervalBox()->value(), 5);
            QCOMPARE(fresh.retentionBox()->value(), 0);
            QCOMPARE(fresh.retentionBox()->text(), QStringLiteral("For ever"));
            QVERIFY(fresh.systemProxyButton()->isChecked());
            QVERIFY(!fresh.proxyHostEdit()->isEnabled());
            QVERIFY(fresh.regionBox()->currentData().toString().isEmpty());
        }
        QSettings settings;
        settings.setValue(QStringLiteral("appearance/theme"), QStringLiteral("high-contrast"));
        settings.setValue(QStringLiteral("interface/language"), QStringLiteral("de"));
        settings.setValue(QStringLiteral("notifications/optOuts"), false);
        settings.setValue(QStringLiteral("network/proxy"), QStringLiteral("manual"));
        settings.setValue(QStringLiteral("network/proxyHost"), QStringLiteral("proxy.example.com"));
        settings.setValue(QStringLiteral("network/proxyPort"), 3128);
        settings.setValue(QStringLiteral("exports/folder"), m_dir.path());
        QVERIFY(m_profile->setSetting(QStringLiteral("default_region"), QStringLiteral("GB")));
        QVERIFY(m_profile->setSetting(QStringLiteral("campaign.quiet_hours"), QStringLiteral("09:30-20:00")));
        QVERIFY(m_profile->setSetting(QStringLiteral("sync.interval_minutes"), QStringLiteral("15")));
        QVERIFY(m_profile->setSetting(QStringLiteral("history.retention_months"), QStringLiteral("24")));

        SettingsDialog dialog(*m_profile);
        QCOMPARE(dialog.themeBox()->currentData().toString(), QStringLiteral("high-contrast"));
        QCOMPARE(dialog.languageBox()->currentData().toString(), QStringLiteral("de"));
        QVERIFY(dialog.campaignFinishedBox()->isChecked());
        QVERIFY(!dialog.optOutsBox()->isChecked());
        QVERIFY(dialog.manualProxyButton()->isChecked());
        QCOMPARE(dialog.proxyHostEdit()->text(), QStringLiteral("proxy.example.com"));
        QCOMPARE(dialog.proxyPortBox()->value(), 3128);
        QCOMPARE(QDir::fromNativeSeparators(dialog.exportFolderEdit()->text()), m_dir.path());
        QCOMPARE(dialog.regionBox()->currentData().toString(), QStringLiteral("GB"));
        QCOMPARE(dialog.sendFromEdit()->time(), QTime(9, 30));
        QCOMPARE(dialog.sendUntilEdit()->time(), QTime(20, 0));
        QCOMPARE(dialog.syncIntervalBox()->value(), 15);
        QCOMPARE(dialog.retentionBox()->value(), 24);
    }

    // Each value lands where its reader looks: QSettings for the computer, the profile for the rest.
    void savesEachValueWhereItBelongs() {
        SettingsDialog dialog(*m_profile);
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("dark")));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("fr")));
        QVERIFY(dialog.languageBox()->currentIndex() > 0);
        dialog.campaignFinishedBox()->setChecked(false);
        dialog.regionBox()->setCurrentIndex(dialog.regionBox()->findData(QStringLiteral("DE")));
        dialog.sendFromEdit()->setTime(QTime(10, 0));
        dialog.sendUntilEdit()->setTime(QTime(19, 30));
        dialog.syncIntervalBox()->setValue(30);
        dialog.retentionBox()->setValue(12);
        dialog.noProxyButton()->setChecked(true);
        dialog.exportFolderEdit()->setText(QDir::toNativeSeparators(m_dir.path()));
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        dialog.buttons()->button(QDialogButtonBox::Apply)->click();
        QCOMPARE(applied.count(), 1);

        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(settings.value(QStringLiteral("interface/language")).toString(), QStringLiteral("fr"));
        QCOMPARE(settings.value(QStringLiteral("notifications/campaignFinished")).toBool(), false);
        QCOMPARE(settings.value(QStringLiteral("notifications/optOuts")).toBool(), true);
        QCOMPARE(settings.value(QStringLiteral("network/proxy")).toString(), QStringLiteral("none"));
        QCOMPARE(settings.value(QStringLiteral("exports/folder")).toString(), m_dir.path());
        QCOMPARE(m_profile->setting(QStringLiteral("default_region")), QStringLiteral("DE"));
        QCOMPARE(m_profile->setting(QStringLiteral("campaign.quiet_hours")), QStringLiteral("10:00-19:30"));
        QCOMPARE(m_profile->setting(QStringLiteral("sync.interval_minutes")), QStringLiteral("30"));
        QCOMPARE(m_profile->setting(QStringLiteral("history.retention_months")), QStringLiteral("12"));
        // The language waits for the next start, and the dialog says so.
        bool noted = false;
        for (QLabel* label : dialog.findChildren<QLabel*>())
            noted |= label->text().contains(QStringLiteral("next time IQ Messaging starts"));
        QVERIFY(noted);
        // Applied at once: the theme and the proxy.
        QCOMPARE(Theme::current(), Theme::Kind::Dark);
        QVERIFY(isDarkPalette(QApplication::palette()));
        QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);
    }

    void cancelKeepsWhatWasStored() {
        SettingsDialog dialog(*m_profile);
        dialog.syncIntervalBox()->setValue(42);
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("light")));
        dialog.buttons()->button(QDialogButtonBox::Cancel)->click();
        QVERIFY(m_profile->setting(QStringLiteral("sync.interval_minutes")).isEmpty());
        QVERIFY(!QSettings().contains(QStringLiteral("appearance/theme")));
    }

    // A value that cannot be used is named, and nothing is saved while it stands.
    void badInputIsNamed() {
        SettingsDialog dialog(*m_profile);
        dialog.show();
        QPushButton* ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog.problemLabel()->isHidden());

        dialog.manualProxyButton()->setChecked(true);
        QVERIFY(dialog.proxyHostEdit()->isEnabled());
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problemLabel()->isVisible());
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("proxy's host name")));
        QTest::keyClicks(dialog.proxyHostEdit(), QStringLiteral("bad host"));
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("\"bad host\" is not a host name")));
        dialog.proxyHostEdit()->setText(QStringLiteral("proxy.example.com"));
        QVERIFY(ok->isEnabled());

        dialog.sendFromEdit()->setTime(QTime(21, 0));
        dialog.sendUntilEdit()->setTime(QTime(8, 0));
        QVERIFY(!ok->isEnabled());
        QVERIFY(
            dialog.problemLabel()->text().contains(QStringLiteral("start before it ends (21:00 to 08:00)")));
        QVERIFY(!dialog.apply());
        QVERIFY(m_profile->setting(QStringLiteral("campaign.quiet_hours")).isEmpty());
        dialog.sendUntilEdit()->setTime(QTime(22, 0));

        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder"));
        dialog.exportFolderEdit()->setText(missing);
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("does not exist")));
        QVERIFY(dialog.problemLabel()->text().contains(QDir::toNativeSeparators(missing)) ||
                dialog.problemLabel()->text().contains(missing));
        QVERIFY(!ok->isEnabled());
        dialog.exportFolderEdit()->clear();
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog.problemLabel()->isHidden());

        // The store refuses the same values whoever asks.
        ProfilePreferences wrong;
        wrong.defaultRegion = QStringLiteral("Germany");
        QVERIFY(PreferenceActions::validate(wrong).errorMessage().contains(QStringLiteral("two-letter")));
        QVERIFY(!PreferenceActions(*m_profile).save(wrong));
        QVERIFY(m_profile->setting(QStringLiteral("default_region")).isEmpty());
    }

    void everyControlIsNamedAndLabelled() {
        SettingsDialog dialog(*m_profile);
        for (QWidget* widget : dialog.findChildren<QWidget*>()) {
            const bool control = qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractButton*>(widget) ||
                                 qobject_cast<QLineEdit*>(widget) || qobject_cast<QAbstractSpinBox*>(widget);
            if (!control || qobject_cast<QLineEdit*>(widget->parentWidget()) ||
                qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) ||
                qobject_cast<QComboBox*>(widget->parentWidget()))
                continue; // the inner parts of a spin box or combo box
            if (widget->parent() == dialog.buttons() || widget->inherits("QTabBar"))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
        // The keyboard reaches each control through its label.
        for (QWidget* control : std::initializer_list<QWidget*>{
                 dialog.themeBox(), dialog.languageBox(), dialog.regionBox(), dialog.sendFromEdit(),
                 dialog.sendUntilEdit(), dialog.syncIntervalBox(), dialog.retentionBox(),
                 dialog.proxyHostEdit(), dialog.proxyPortBox(), dialog.exportFolderEdit()}) {
            bool labelled = false;
            for (QLabel* label : dialog.findChildren<QLabel*>())
                labelled |= label->buddy() == control;
            QVERIFY2(labelled, qPrintable(control->accessibleName()));
        }
    }

    // Ctrl+, in the window opens the dialog; a changed value takes effect where it is read.
    void changedValuesTakeEffect() {
        MemoryTokenStore tokens;
        SyncController sync(*m_profile, tokens);
        MainWindow window(*m_profile);
        SyncUi syncUi(window, *m_profile, tokens, sync);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(sync.periodMs(), 5 * 60 * 1000);
        QVERIFY(window.settingsAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));

        answerNextDialog<SettingsDialog>([this](SettingsDialog* dialog) {
            dialog->regionBox()->setCurrentIndex(dialog->regionBox()->findData(QStringLiteral("GB")));
            dialog->syncIntervalBox()->setValue(20);
            dialog->sendFromEdit()->setTime(QTime(9, 0));
            dialog->sendUntilEdit()->setTime(QTime(18, 0));
            dialog->manualProxyButton()->setChecked(true);
            dialog->proxyHostEdit()->setText(QStringLiteral("proxy.example.com"));
            dialog->proxyPortBox()->setValue(3128);
            dialog->exportFolderEdit()->setText(m_dir.path());
            dialog->themeBox()->setCurrentIndex(
                dialog->themeBox()->findData(QStringLiteral("high-contrast")));
            clickOk(dialog);
        });
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QTRY_VERIFY(!window.findChild<SettingsDialog*>() || window.findChild<SettingsDialog*>()->isHidden());

        // The sync timer, the campaign pre-flight, the proxy, the export dialogs and the theme.
        QCOMPARE(sync.periodMs(), 20 * 60 * 1000);
        QCOMPARE(PreflightSettings::load(*m_profile).quietHours,
                 (campaign::QuietHoursPolicy{QTime(9, 0), QTime(18, 0)}));
        QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::HttpProxy);
        QCOMPARE(QNetworkProxy::applicationProxy().hostName(), QStringLiteral("proxy.example.com"));
        QCOMPARE(QNetworkProxy::applicationProxy().port(), 3128);
        QCOMPARE(AppPreferences::exportPath(QStringLiteral("contacts.csv")),
                 QDir(m_dir.path()).filePath(QStringLiteral("contacts.csv")));
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));

        // A number typed without its country code in a new contact is read as British now.
        QCOMPARE(window.contactsPage()->phoneNumbers().defaultRegion(), QStringLiteral("GB"));
        answerNextDialog<ContactEditorDialog>([](ContactEditorDialog* editor) {
            editor->givenNameField()->setText(QStringLiteral("Olivia"));
            QTest::keyClicks(editor->phoneFields().first(), QStringLiteral("07400 123456"));
            editor->buttons()->button(QDialogButtonBox::Save)->click();
        });
        window.contactsPage()->newAction()->trigger();
        QTRY_COMPARE(window.contactsModel()->rowCount(), 1);
        const QString id = window.contactsModel()->contactIdAt(0);
        auto contact = ContactActions(*m_profile, QStringLiteral("test")).get(id);
        QVERIFY(contact.ok());
        QCOMPARE(contact->phones.first().e164, QStringLiteral("+447400123456"));
    }

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_profileDir;
    std::unique_ptr<Profile> m_profile;
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
