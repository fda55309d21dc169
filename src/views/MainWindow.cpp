#include "views/MainWindow.h"

#include "core/profile/Profile.h"
#include "core/store/ExternalChangeWatcher.h"
#include "models/ContactsModel.h"
#include "shared/phone/PhoneNumbers.h"
#include "views/campaigns/CampaignsPage.h"
#include "views/common/AreaIcon.h"
#include "views/composer/ComposerPage.h"
#include "views/composer/ContentLibraryPage.h"
#include "views/contacts/ContactsPage.h"
#include "views/groups/GroupsPage.h"
#include "views/help/KeyboardShortcuts.h"
#include "views/history/HistoryPage.h"
#include "views/import/ImportHistoryDialog.h"
#include "views/import/ImportWizard.h"
#include "views/settings/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace iq {

MainWindow::MainWindow(Profile& profile, QWidget* parent)
    : QMainWindow(parent)
    , m_profile(profile) {
    setWindowTitle(tr("IQ Messaging"));
    setAccessibleName(tr("IQ Messaging main window"));
    setWindowIcon(QIcon(QStringLiteral(":/iq/icons/iqmessaging.svg")));

    m_sidebar = new QListWidget(this);
    m_sidebar->setAccessibleName(tr("Areas"));
    m_sidebar->setMinimumWidth(160);
    m_sidebar->setMaximumWidth(240);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget::item { padding: 6px 10px; }"));

    m_pages = new QStackedWidget(this);
    m_pages->setAccessibleName(tr("Current area"));

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_contactsModel = new ContactsModel(profile.database(), profile.notifier(), this);
    m_undoStack = new QUndoStack(this);
    m_contactsPage = new ContactsPage(profile, *m_contactsModel, *m_undoStack, this);
    addArea(areaIcon(QStringLiteral("contacts")), tr("Contacts"),
            tr("People you message, with their numbers and groups"), m_contactsPage);
    m_groupsPage = new GroupsPage(profile, *m_undoStack, this);
    addArea(areaIcon(QStringLiteral("groups")), tr("Groups"),
            tr("Groups of contacts, their members and consent"), m_groupsPage);
    auto* composer = new ComposerPage(profile, this);
    addArea(areaIcon(QStringLiteral("compose")), tr("Compose"),
            tr("Write a message and see exactly what each recipient gets"), composer);
    m_campaignsPage = new CampaignsPage(profile, this);
    addArea(areaIcon(QStringLiteral("campaigns")), tr("Campaigns"),
            tr("Send a message to your groups, now or later, and see who got it"), m_campaignsPage);
    connect(m_campaignsPage, &CampaignsPage::contactOpened, this, [this](const QString& id) {
        m_sidebar->setCurrentRow(m_pages->indexOf(m_contactsPage));
        m_contactsPage->selectContact(id);
    });
    m_historyPage = new HistoryPage(profile, this);
    addArea(areaIcon(QStringLiteral("history")), tr("History"),
            tr("Every message sent and every call, with its status and why it failed"), m_historyPage);
    auto* library = new ContentLibraryPage(profile, this);
    addArea(areaIcon(QStringLiteral("library")), tr("Content library"),
            tr("Saved messages, snippets and recordings"), library);
    connect(library, &ContentLibraryPage::openRequested, this, [this, composer](const QString& id) {
        composer->openContent(id);
        m_sidebar->setCurrentRow(m_pages->indexOf(composer));
    });

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);

    m_accountStatus = new QLabel(this);
    m_accountStatus->setAccessibleName(tr("Account"));
    m_accountStatus->setToolTip(tr("Profile folder: %1").arg(QDir::toNativeSeparators(profile.directory())));
    showAccount({});
    m_countStatus = new QLabel(this);
    m_countStatus->setAccessibleName(tr("Contact count"));
    statusBar()->addWidget(m_accountStatus, 1);
    statusBar()->addPermanentWidget(m_countStatus);
    connect(m_contactsModel, &ContactsModel::totalCountChanged, this, &MainWindow::updateStatus);
    connect(m_contactsModel, &ContactsModel::loadFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    updateStatus(m_contactsModel->totalCount());

    // Changes committed by iqm or another window arrive through SQLite's data_version.
    m_watcher = new ExternalChangeWatcher(profile.database(), profile.notifier(), this);

    connect(m_contactsPage, &ContactsPage::importFileDropped, this,
            [this](const QString& path) { openImportWizard(path); });
    auto showStatus = [this](const QString& message) {
        statusBar()->showMessage(message, 10000);
    };
    connect(m_contactsPage, &ContactsPage::statusMessage, this, showStatus);
    connect(m_groupsPage, &GroupsPage::statusMessage, this, showStatus);
    connect(m_campaignsPage, &CampaignsPage::statusMessage, this, showStatus);
    connect(m_historyPage, &HistoryPage::statusMessage, this, showStatus);

    createMenus();
    // Large enough for the contacts table's columns and the detail pane side by side, never larger
    // than the screen.
    const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
    resize(qMin(1360, available.width() * 9 / 10), qMin(860, available.height() * 9 / 10));

    // The window opens where the owner left it last time.
    const int lastArea = profile.setting(QStringLiteral("window/area")).toInt();
    if (lastArea > 0 && lastArea < m_sidebar->count())
        m_sidebar->setCurrentRow(lastArea);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_profile.setSetting(QStringLiteral("window/area"), QString::number(row));
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::addArea(const QIcon& icon, const QString& name, const QString& accessibleDescription,
                         QWidget* page) {
    auto* item = new QListWidgetItem(icon, name, m_sidebar);
    item->setToolTip(accessibleDescription);
    item->setData(Qt::AccessibleDescriptionRole, accessibleDescription);
    m_pages->addWidget(page);
    const int index = m_sidebar->count();
    if (index <= 9) {
        auto* action = new QAction(tr("Go to %1").arg(name), this);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + index)));
        connect(action, &QAction::triggered, this, [this, index] { m_sidebar->setCurrentRow(index - 1); });
        addAction(action);
    }
}

void MainWindow::showAccount(const QString& text) {
    m_accountStatus->setText(
        text.isEmpty() ? tr("Local profile: %1").arg(QDir::toNativeSeparators(m_profile.directory())) : text);
}

void MainWindow::createMenus() {
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    m_importAction = fileMenu->addAction(tr("&Import contacts…"), this, [this] { openImportWizard(); });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportAction = fileMenu->addAction(tr("&Export contacts…"), this,
                                         [this] { m_contactsPage->exportAllAction()->trigger(); });
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_importHistoryAction =
        fileMenu->addAction(tr("Import &history…"), this, [this] { openImportHistory(); });
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    m_settingsAction = editMenu->addAction(tr("&Preferences…"), this, [this] { openSettings(); });
    m_settingsAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence::Preferences});
    m_settingsAction->setMenuRole(QAction::PreferencesRole);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts =
        helpMenu->addAction(tr("&Keyboard Shortcuts"), this, [this] { openKeyboardShortcuts(); });
    shortcuts->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence::HelpContents});
    helpMenu->addAction(tr("&About IQ Messaging"), this, [this] {
        QMessageBox::about(
            this, tr("About IQ Messaging"),
            tr("<p><b>IQ Messaging %1</b></p><p>Message the customers who opted in, by SMS, "
               "e-mail and voice.</p><p>Profile: %2</p>")
                .arg(QApplication::applicationVersion(), m_profile.directory().toHtmlEscaped()));
    });
}

void MainWindow::updateStatus(int contactCount) {
    m_countStatus->setText(tr("%n contact(s)", nullptr, contactCount));
}

ImportWizard* MainWindow::openImportWizard(const QString& path) {
    auto* wizard = new ImportWizard(m_profile, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &ImportWizard::importFinished, this, [this, wizard](bool ok) {
        if (ok && wizard->importReport())
            statusBar()->showMessage(tr("Imported %1.").arg(wizard->importReport()->fileName), 10000);
    });
    wizard->show();
    if (!path.isEmpty()) {
        wizard->setFilePath(path);
        wizard->next();
    }
    return wizard;
}

QList<KeyboardShortcuts::Area> MainWindow::shortcutAreas() const {
    QList<KeyboardShortcuts::Area> areas;
    for (int row = 0; row < m_sidebar->count() && row < m_pages->count(); ++row)
        areas.append({m_sidebar->item(row)->text(), m_pages->widget(row)});
    return areas;
}

KeyboardShortcutsDialog* MainWindow::openKeyboardShortcuts() {
    auto* dialog = new KeyboardShortcutsDialog(KeyboardShortcuts::collect(this, shortcutAreas()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

SettingsDialog* MainWindow::openSettings() {
    auto* dialog = new SettingsDialog(m_profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &SettingsDialog::applied, this, [this] {
        const QString region = m_profile.setting(PhoneNumbers::regionSettingKey());
        m_contactsPage->setDefaultRegion(region);
        m_groupsPage->setDefaultRegion(region);
        Q_EMIT preferencesChanged();
    });
    dialog->show();
    return dialog;
}

ImportHistoryDialog* MainWindow::openImportHistory() {
    auto* dialog = new ImportHistoryDialog(m_profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

} // namespace iq
