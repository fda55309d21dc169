#include "views/contacts/ContactsPage.h"
#include "views/common/ColumnWidths.h"
#include "views/common/Theme.h"

#include "core/profile/Profile.h"
#include "models/ContactsModel.h"
#include "models/DuplicatePairsModel.h"
#include "shared/domain/Consent.h"
#include "views/contacts/ConsentDialogs.h"
#include "views/contacts/ContactDetailPane.h"
#include "views/contacts/ContactEditorDialog.h"
#include "views/contacts/ContactFilterBar.h"
#include "views/contacts/DuplicatesDialog.h"
#include "views/contacts/MergeContactsDialog.h"
#include "views/import/ContactExportTask.h"

#include <QAction>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace iq {

ContactsPage::ContactsPage(Profile& profile, ContactsModel& model, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_model(model)
    , m_controller(new ContactsController(profile, model, undoStack, this)) {
    m_title = new QLabel(tr("Contacts"), this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of contacts"));

    m_empty = new QLabel(tr("No contacts yet. Add one with New contact (Ctrl+N), import a file with File > "
                            "Import contacts (Ctrl+I) or by dropping it here, or use “iqm contacts add”; "
                            "they appear here at once."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setAccessibleName(tr("No contacts"));

    m_error = new QLabel(this);
    m_error->setAccessibleName(tr("Last error"));
    m_error->setWordWrap(true);
    setTextRole(m_error, ColourRole::ErrorText);
    m_error->hide();

    m_filters = new ContactFilterBar(profile, this);
    connect(m_filters, &ContactFilterBar::filterChanged, this,
            [this](const ContactFilter& filter) { m_model.setFilter(filter); });

    buildTable();
    m_detail = new ContactDetailPane(profile, m_controller->phoneNumbers(), this);
    createActions();
    buildLayout();
    connectModel();
    updateCount(m_model.totalCount());
    updateActions();
    setAcceptDrops(true);
}

ContactsPage::~ContactsPage() = default;

void ContactsPage::buildTable() {
    m_table = new QTableView(this);
    m_table->setModel(&m_model);
    m_table->setAccessibleName(tr("Contacts list"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ContactsModel::Name, Qt::AscendingOrder);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Every row is one line high: the view must not measure a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    // Fixed widths that fit a laptop screen with the detail pane open; the groups column takes what
    // is left, so every column is visible without scrolling sideways.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setColumnWidth(ContactsModel::Name, 160);
    m_table->setColumnWidth(ContactsModel::Mobile, 125);
    m_table->setColumnWidth(ContactsModel::Email, 190);
    fitColumnToTexts(m_table, ContactsModel::Consent, consentDisplayNames());
    // A late date with two-digit day, month, hour and minute: the widest this locale writes.
    fitColumnToTexts(
        m_table, ContactsModel::Updated,
        {QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat)});
    m_table->horizontalHeader()->setSectionResizeMode(ContactsModel::Groups, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
}

void ContactsPage::buildLayout() {
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({900, 250});
    splitter->setChildrenCollapsible(false);

    auto* toolbar = new QToolBar(this);
    toolbar->setAccessibleName(tr("Contact actions"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_new, m_edit, m_delete});
    toolbar->addSeparator();
    toolbar->addActions({m_addToGroup, m_removeFromGroup});
    toolbar->addSeparator();
    toolbar->addActions({m_optOut, m_recordConsent});
    toolbar->addSeparator();
    toolbar->addAction(m_merge);

    // Tools for the whole list (finding duplicates, import, export) sit by the title rather than in the
    // toolbar, where a narrow window or a longer language would tuck them behind the overflow button.
    auto* duplicatesButton = new QToolButton(this);
    duplicatesButton->setDefaultAction(m_findDuplicates);
    duplicatesButton->setAccessibleName(m_findDuplicates->text());
    auto* importButton = new QToolButton(this);
    importButton->setText(tr("Import…"));
    importButton->setAccessibleName(tr("Import contacts"));
    importButton->setToolTip(tr("Import contacts from a CSV or vCard file (Ctrl+I), or drop the file here"));
    connect(importButton, &QToolButton::clicked, this, [this] { Q_EMIT importFileDropped({}); });
    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setAccessibleName(tr("Export contacts"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->addActions({m_exportAll, m_exportShown});

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(duplicatesButton);
    header->addWidget(importButton);
    header->addWidget(exportButton);
    header->addSpacing(12);
    header->addWidget(m_count);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_filters);
    layout->addWidget(toolbar);
    layout->addWidget(m_error);
    layout->addWidget(m_empty);
    layout->addWidget(splitter, 1);
}

void ContactsPage::connectModel() {
    connect(&m_model, &ContactsModel::totalCountChanged, this, &ContactsPage::updateCount);
    connect(&m_model, &ContactsModel::loadFailed, this, &ContactsPage::showError);
    connect(m_controller, &ContactsController::errorChanged, this, &ContactsPage::showError);
    connect(m_controller, &ContactsController::statusMessage, this, &ContactsPage::statusMessage);
    connect(m_controller, &ContactsController::contactToSelect, this, &ContactsPage::selectContact);
    connect(m_controller, &ContactsController::detailsChanged, this, [this](const QString& contactId) {
        m_detail->showContact(contactId.isEmpty() ? m_detail->contactId() : contactId);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_detail->showContact(current.isValid() ? m_model.contactIdAt(current.row()) : QString());
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContactsPage::updateActions);
    // The selected person's details follow changes made anywhere.
    connect(&m_model, &QAbstractItemModel::layoutChanged, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        m_detail->showContact(current.isValid() ? m_model.contactIdAt(current.row()) : QString());
        updateActions();
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] { editCurrent(); });
}

void ContactsPage::createActions() {
    auto make = [this](const QString& text, const QKeySequence& shortcut, void (ContactsPage::*slot)()) {
        auto* action = new QAction(text, this);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            action->setToolTip(
                QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
        }
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_new = make(tr("New contact…"), QKeySequence::New, &ContactsPage::newContact);
    m_edit = make(tr("Edit…"), QKeySequence(Qt::Key_F2), &ContactsPage::editCurrent);
    m_delete = make(tr("Delete"), QKeySequence::Delete, &ContactsPage::deleteSelected);
    m_addToGroup =
        make(tr("Add to group…"), QKeySequence(Qt::CTRL | Qt::Key_G), &ContactsPage::addSelectedToGroup);
    m_removeFromGroup = make(tr("Remove from group…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
                             &ContactsPage::removeSelectedFromGroup);
    m_optOut = make(tr("Opt out…"), QKeySequence(), &ContactsPage::optOutSelected);
    m_recordConsent = make(tr("Record consent…"), QKeySequence(), &ContactsPage::recordConsentForSelected);
    m_merge = make(tr("Merge…"), QKeySequence(Qt::CTRL | Qt::Key_M), &ContactsPage::mergeSelected);
    m_findDuplicates = make(tr("Find duplicates…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                            &ContactsPage::findDuplicates);
    m_exportAll = new QAction(tr("Export all contacts…"), this);
    connect(m_exportAll, &QAction::triggered, this, [this] { exportWithDialog(false); });
    m_exportShown = new QAction(tr("Export the contacts shown…"), this);
    m_exportShown->setToolTip(tr("Export the contacts the search and filters list"));
    connect(m_exportShown, &QAction::triggered, this, [this] { exportWithDialog(true); });
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        searchField()->setFocus();
        searchField()->selectAll();
    });
    addAction(find);
}

QLineEdit* ContactsPage::searchField() const {
    return m_filters->searchField();
}

void ContactsPage::applySearchNow() {
    m_filters->applyNow();
}

void ContactsPage::updateActions() {
    const int selected = static_cast<int>(m_table->selectionModel()->selectedRows().size());
    m_edit->setEnabled(selected == 1);
    m_merge->setEnabled(selected == 2);
    for (QAction* action : {m_delete, m_addToGroup, m_removeFromGroup, m_optOut, m_recordConsent})
        action->setEnabled(selected > 0);
}

void ContactsPage::updateCount(int total) {
    m_count->setText(m_model.filter().isEmpty() ? tr("%n contact(s)", nullptr, total)
                                                : tr("%n matching contact(s)", nullptr, total));
    m_empty->setVisible(total == 0 && m_model.filter().isEmpty());
    m_exportAll->setEnabled(m_model.filter().isEmpty() ? total > 0 : true);
    m_exportShown->setEnabled(!m_model.filter().isEmpty() && total > 0);
}

void ContactsPage::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        Q_EMIT errorOccurred(message);
}

QStringList ContactsPage::selectedContactIds() const {
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        ids << m_model.contactIdAt(index.row());
    ids.removeAll(QString());
    return ids;
}

void ContactsPage::selectContact(const QString& contactId) {
    const int row = m_model.rowOfContact(contactId);
    if (row < 0)
        return;
    const QModelIndex index = m_model.index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ContactsPage::newContact() {
    ContactEditorDialog dialog(m_controller->phoneNumbers(), Contact{}, this);
    if (dialog.exec() == QDialog::Accepted)
        addContact(dialog.contact());
}

void ContactsPage::editCurrent() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const std::optional<Contact> contact = m_controller->contact(m_model.contactIdAt(current.row()));
    if (!contact)
        return;
    ContactEditorDialog dialog(m_controller->phoneNumbers(), *contact, this);
    if (dialog.exec() == QDialog::Accepted)
        editContact(*contact, dialog.contact());
}

void ContactsPage::deleteSelected() {
    deleteContacts(selectedContactIds());
}

void ContactsPage::addSelectedToGroup() {
    const QStringList ids = selectedContactIds();
    if (ids.isEmpty())
        return;
    AddToGroupDialog dialog(m_controller->groups(), static_cast<int>(ids.size()), this);
    if (dialog.exec() == QDialog::Accepted)
        addToGroup(ids, dialog.groupName(), dialog.consent(), dialog.source());
}

void ContactsPage::removeSelectedFromGroup() {
    const QStringList ids = selectedContactIds();
    const QList<Group> groups = m_controller->groups();
    if (ids.isEmpty() || groups.isEmpty())
        return;
    QStringList names;
    for (const Group& group : groups)
        names << group.name;
    bool ok = false;
    const QString name = QInputDialog::getItem(
        this, tr("Remove from group"),
        tr("Remove %n contact(s) from:", nullptr, static_cast<int>(ids.size())), names, 0, false, &ok);
    if (ok)
        removeFromGroup(ids, groups.at(names.indexOf(name)).id);
}

void ContactsPage::optOutSelected() {
    const QStringList ids = selectedContactIds();
    if (ids.isEmpty())
        return;
    const QModelIndex current = m_table->currentIndex();
    OptOutDialog dialog(
        static_cast<int>(ids.size()),
        current.isValid() ? m_model.index(current.row(), ContactsModel::Name).data().toString() : QString(),
        this);
    if (dialog.exec() == QDialog::Accepted)
        optOut(ids, dialog.source());
}

void ContactsPage::recordConsentForSelected() {
    const QStringList ids = selectedContactIds();
    if (ids.isEmpty())
        return;
    RecordConsentDialog dialog(m_controller->groups(), this);
    if (dialog.exec() == QDialog::Accepted)
        recordConsent(ids, dialog.groupId(), dialog.channel(), dialog.state(), dialog.method(),
                      dialog.source());
}

void ContactsPage::mergeSelected() {
    const QStringList ids = selectedContactIds();
    if (ids.size() == 2)
        askToMerge(ids.at(0), ids.at(1));
}

void ContactsPage::findDuplicates() {
    DuplicatesDialog dialog(m_profile.databasePath(), this);
    dialog.model()->setPhoneRegion(m_controller->phoneNumbers().defaultRegion());
    connect(&dialog, &DuplicatesDialog::mergeRequested, this,
            [this, &dialog](const QString& firstId, const QString& secondId) {
                if (askToMerge(firstId, secondId))
                    dialog.reload();
            });
    dialog.exec();
}

bool ContactsPage::askToMerge(const QString& firstId, const QString& secondId) {
    const auto pair = m_controller->mergePair(firstId, secondId);
    if (!pair)
        return false;
    MergeContactsDialog dialog(pair->first, pair->second, pair->firstGroups, pair->secondGroups,
                               m_controller->phoneNumbers().defaultRegion(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return mergeContacts(dialog.keptId(), dialog.otherId(), dialog.choices());
}

void ContactsPage::exportWithDialog(bool onlyShown) {
    ContactExporter::Format format = ContactExporter::Format::Csv;
    const QString path =
        ContactExportTask::chooseFile(this, onlyShown ? tr("contacts-selection") : tr("contacts"), &format);
    if (!path.isEmpty())
        exportContacts(onlyShown, path, format);
}

namespace {

QString droppedFile(const QMimeData* mime) {
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    return mime->urls().first().toLocalFile();
}

} // namespace

void ContactsPage::dragEnterEvent(QDragEnterEvent* event) {
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ContactsPage::dropEvent(QDropEvent* event) {
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT importFileDropped(path);
}

void ContactsPage::setDefaultRegion(const QString& region) {
    m_controller->setDefaultRegion(region);
}

} // namespace iq
