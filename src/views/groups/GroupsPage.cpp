#include "views/groups/GroupsPage.h"

#include "core/actions/GroupActions.h"
#include "core/profile/Profile.h"
#include "models/ContactEdits.h"
#include "models/ContactsModel.h"
#include "models/GroupMembersModel.h"
#include "models/GroupsModel.h"
#include "shared/domain/Consent.h"
#include "shared/phone/PhoneNumbers.h"
#include "views/common/ColumnWidths.h"
#include "views/common/Theme.h"
#include "views/import/ContactExportTask.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace iq {
namespace {

QTableView* makeTable(QWidget* parent, const QString& name) {
    auto* table = new QTableView(parent);
    table->setAccessibleName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QLabel* makeTitle(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    label->setFont(font);
    return label;
}

} // namespace

GroupsPage::GroupsPage(Profile& profile, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_undo(undoStack) {
    m_groupsModel = new GroupsModel(profile.database(), profile.notifier(), this);
    m_membersModel = new GroupMembersModel(profile.database(), profile.notifier(), this);
    m_pickerModel = new ContactsModel(profile.database(), profile.notifier(), this);
    const QString region = PhoneNumbers(profile.setting(PhoneNumbers::regionSettingKey())).defaultRegion();
    m_membersModel->setPhoneRegion(region);
    m_pickerModel->setPhoneRegion(region);

    m_groups = makeTable(this, tr("Groups"));
    m_groups->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groups->setModel(m_groupsModel);
    m_groups->setAcceptDrops(true);
    m_groups->setDropIndicatorShown(true);
    m_groups->setDragDropMode(QAbstractItemView::DropOnly);
    // The description takes the room left, so the counts stay in view.
    m_groups->horizontalHeader()->setStretchLastSection(false);
    m_groups->setColumnWidth(GroupsModel::Name, 150);
    const QString largeCount = QLocale().toString(1000000);
    fitColumnToTexts(m_groups, GroupsModel::Members, {largeCount});
    fitColumnToTexts(m_groups, GroupsModel::OptedIn, {largeCount});
    m_groups->horizontalHeader()->setSectionResizeMode(GroupsModel::Description, QHeaderView::Stretch);

    m_members = makeTable(this, tr("Members of the group"));
    m_members->setModel(m_membersModel);
    m_members->setDragEnabled(true);
    m_members->setAcceptDrops(true);
    m_members->setDropIndicatorShown(true);
    m_members->setDragDropMode(QAbstractItemView::DragDrop);
    m_members->setDefaultDropAction(Qt::CopyAction);
    // Wide enough for a number in its international form in any language's font; consent takes the rest.
    const int phoneWidth = m_members->fontMetrics().horizontalAdvance(QStringLiteral("+44 7700 900123")) + 16;
    // Number and consent show whole; the name takes what is left.
    m_members->horizontalHeader()->setStretchLastSection(false);
    m_members->horizontalHeader()->setSectionResizeMode(GroupMembersModel::Name, QHeaderView::Stretch);
    m_members->setColumnWidth(GroupMembersModel::Mobile, phoneWidth);
    fitColumnToTexts(m_members, GroupMembersModel::Consent, consentDisplayNames());

    m_pickerSearch = new QLineEdit(this);
    m_pickerSearch->setAccessibleName(tr("Search contacts to add"));
    m_pickerSearch->setPlaceholderText(tr("Find contacts to add"));
    m_pickerSearch->setClearButtonEnabled(true);
    m_picker = makeTable(this, tr("Contacts to add"));
    m_picker->setModel(m_pickerModel);
    m_picker->setDragEnabled(true);
    m_picker->setDragDropMode(QAbstractItemView::DragOnly);
    for (int column = ContactsModel::Email; column < ContactsModel::ColumnCount; ++column)
        m_picker->hideColumn(column);
    // The number keeps its full width in this narrow pane; the name takes what is left.
    m_picker->horizontalHeader()->setStretchLastSection(false);
    m_picker->horizontalHeader()->setSectionResizeMode(ContactsModel::Name, QHeaderView::Stretch);
    m_picker->setColumnWidth(ContactsModel::Mobile, phoneWidth);
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(120);
    connect(m_pickerSearch, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, [this] { m_pickerModel->setSearch(m_pickerSearch->text()); });

    m_membersTitle = makeTitle(tr("Members"), this);
    m_error = new QLabel(this);
    m_error->setAccessibleName(tr("Last error"));
    setTextRole(m_error, ColourRole::ErrorText);
    m_error->setWordWrap(true);
    m_error->hide();

    createActions();
    auto* groupBar = new QToolBar(this);
    groupBar->setAccessibleName(tr("Group actions"));
    groupBar->addActions({m_newGroup, m_rename, m_describe, m_deleteGroup});
    // Exporting is about the members: it sits over them, where the narrow group pane cannot hide it.
    auto* memberBar = new QToolBar(this);
    memberBar->setAccessibleName(tr("Member actions"));
    memberBar->addActions({m_removeMembers});
    memberBar->addSeparator();
    memberBar->addAction(m_exportGroup);
    auto* pickerBar = new QToolBar(this);
    pickerBar->setAccessibleName(tr("Picker actions"));
    pickerBar->addActions({m_addMembers});

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(makeTitle(tr("Groups"), left));
    leftLayout->addWidget(groupBar);
    leftLayout->addWidget(m_groups, 1);
    auto* middle = new QWidget(this);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_membersTitle);
    middleLayout->addWidget(memberBar);
    middleLayout->addWidget(m_members, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(makeTitle(tr("Add contacts"), right));
    rightLayout->addWidget(new QLabel(tr("Drag contacts onto a group or the member list, or select them and "
                                         "press Add to group."),
                                      right));
    rightLayout->itemAt(rightLayout->count() - 1)->widget()->setProperty("wordWrap", true);
    rightLayout->addWidget(m_pickerSearch);
    rightLayout->addWidget(pickerBar);
    rightLayout->addWidget(m_picker, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);
    // The tables' own widths would give the groups most of the room; members need theirs to show
    // name, number and consent side by side.
    splitter->setSizes({430, 340, 240});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_groupsModel, &GroupsModel::contactsDropped, this, &GroupsPage::addMembers);
    connect(m_membersModel, &GroupMembersModel::contactsDropped, this, &GroupsPage::addMembers);
    connect(m_groupsModel, &GroupsModel::loadFailed, this, &GroupsPage::showError);
    connect(m_groups->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_membersModel->setGroup(currentGroupId());
        updateActions();
    });
    connect(m_groupsModel, &QAbstractItemModel::modelReset, this, [this] {
        m_membersModel->setGroup(currentGroupId());
        updateActions();
    });
    connect(m_groupsModel, &QAbstractItemModel::dataChanged, this, &GroupsPage::updateActions);
    connect(m_members->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GroupsPage::updateActions);
    connect(m_picker->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GroupsPage::updateActions);
    connect(m_membersModel, &QAbstractItemModel::modelReset, this, &GroupsPage::updateActions);
    if (m_groupsModel->rowCount() > 0)
        m_groups->selectRow(0);
    updateActions();
}

GroupsPage::~GroupsPage() = default;

void GroupsPage::createActions() {
    auto make = [this](const QString& text, const QKeySequence& shortcut) {
        auto* action = new QAction(text, this);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        addAction(action);
        return action;
    };
    m_newGroup = make(tr("New group…"), QKeySequence::New);
    m_rename = make(tr("Rename…"), QKeySequence(Qt::Key_F2));
    m_describe = make(tr("Describe…"), QKeySequence());
    m_deleteGroup = make(tr("Delete group…"), QKeySequence());
    m_addMembers = make(tr("Add to group"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_removeMembers = make(tr("Remove from group"), QKeySequence::Delete);
    m_exportGroup = make(tr("Export group…"), QKeySequence());
    m_exportGroup->setToolTip(tr("Export the members of this group to CSV or vCard"));
    connect(m_exportGroup, &QAction::triggered, this, [this] {
        const QModelIndex current = m_groups->currentIndex();
        if (!current.isValid())
            return;
        ContactExporter::Format format = ContactExporter::Format::Csv;
        const QString path = ContactExportTask::chooseFile(
            this, m_groupsModel->index(current.row(), GroupsModel::Name).data().toString(), &format);
        if (!path.isEmpty())
            exportGroup(currentGroupId(), path, format);
    });
    connect(m_newGroup, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New group"), tr("Name of the new group:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            createGroup(name);
    });
    connect(m_rename, &QAction::triggered, this, [this] {
        const QModelIndex current = m_groups->currentIndex();
        if (!current.isValid())
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Rename group"), tr("New name:"), QLineEdit::Normal,
            m_groupsModel->index(current.row(), GroupsModel::Name).data().toString(), &ok);
        if (ok)
            renameGroup(currentGroupId(), name);
    });
    connect(m_describe, &QAction::triggered, this, [this] {
        const QModelIndex current = m_groups->currentIndex();
        if (!current.isValid())
            return;
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(
            this, tr("Describe group"), tr("What the group is for:"),
            m_groupsModel->index(current.row(), GroupsModel::Description).data().toString(), &ok);
        if (ok)
            describeGroup(currentGroupId(), text);
    });
    connect(m_deleteGroup, &QAction::triggered, this, [this] {
        const QModelIndex current = m_groups->currentIndex();
        if (!current.isValid())
            return;
        const QString name = m_groupsModel->index(current.row(), GroupsModel::Name).data().toString();
        if (QMessageBox::question(this, tr("Delete group"),
                                  tr("Delete the group “%1”? Its contacts stay; only the group and its "
                                     "memberships go. The consent history is kept.")
                                      .arg(name),
                                  QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel) == QMessageBox::Yes)
            deleteGroup(currentGroupId());
    });
    connect(m_addMembers, &QAction::triggered, this, [this] {
        QStringList ids;
        const QModelIndexList rows = m_picker->selectionModel()->selectedRows();
        for (const QModelIndex& index : rows)
            ids << m_pickerModel->contactIdAt(index.row());
        addMembers(currentGroupId(), ids);
    });
    connect(m_removeMembers, &QAction::triggered, this, [this] {
        QStringList ids;
        const QModelIndexList rows = m_members->selectionModel()->selectedRows();
        for (const QModelIndex& index : rows)
            ids << m_membersModel->contactIdAt(index.row());
        removeMembers(currentGroupId(), ids);
    });
}

void GroupsPage::updateActions() {
    const bool group = !currentGroupId().isEmpty();
    m_rename->setEnabled(group);
    m_describe->setEnabled(group);
    m_deleteGroup->setEnabled(group);
    m_exportGroup->setEnabled(group);
    m_addMembers->setEnabled(group && m_picker->selectionModel()->hasSelection());
    m_removeMembers->setEnabled(group && m_members->selectionModel()->hasSelection());
    const QModelIndex current = m_groups->currentIndex();
    m_membersTitle->setText(
        current.isValid() ? tr("Members of %1").arg(m_groupsModel->index(current.row(), 0).data().toString())
                          : tr("Members"));
}

void GroupsPage::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString GroupsPage::currentGroupId() const {
    const QModelIndex current = m_groups->currentIndex();
    return current.isValid() ? m_groupsModel->groupIdAt(current.row()) : QString();
}

void GroupsPage::selectGroup(const QString& groupId) {
    const int row = m_groupsModel->rowOfGroup(groupId);
    if (row >= 0)
        m_groups->selectionModel()->setCurrentIndex(
            m_groupsModel->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool GroupsPage::createGroup(const QString& name, const QString& description) {
    showError({});
    auto group = GroupActions(m_profile).create(name, description);
    if (!group) {
        showError(group.errorMessage());
        return false;
    }
    m_groupsModel->reload();
    selectGroup(group.value().id);
    return true;
}

bool GroupsPage::renameGroup(const QString& groupId, const QString& name) {
    showError({});
    auto group = GroupActions(m_profile).rename(groupId, name);
    if (!group) {
        showError(group.errorMessage());
        return false;
    }
    m_groupsModel->reload();
    selectGroup(groupId);
    return true;
}

bool GroupsPage::describeGroup(const QString& groupId, const QString& description) {
    showError({});
    auto group = GroupActions(m_profile).describe(groupId, description);
    if (!group) {
        showError(group.errorMessage());
        return false;
    }
    m_groupsModel->reload();
    return true;
}

bool GroupsPage::deleteGroup(const QString& groupId) {
    showError({});
    if (Status removed = GroupActions(m_profile).remove(groupId); !removed) {
        showError(removed.errorMessage());
        return false;
    }
    m_groupsModel->reload();
    return true;
}

void GroupsPage::addMembers(const QString& groupId, const QStringList& contactIds) {
    if (groupId.isEmpty() || contactIds.isEmpty())
        return;
    showError({});
    auto group = GroupActions(m_profile).get(groupId);
    if (!group) {
        showError(group.errorMessage());
        return;
    }
    m_undo.push(new AddToGroupEdit({m_profile.database(), m_profile.notifier(),
                                    [this](const QString& m) {
                                        showError(m);
                                    }},
                                   groupId, group.value().name, contactIds, ConsentState::Unknown,
                                   tr("Added on the Groups page")));
    m_groupsModel->reload();
    m_membersModel->reload();
}

void GroupsPage::removeMembers(const QString& groupId, const QStringList& contactIds) {
    if (groupId.isEmpty() || contactIds.isEmpty())
        return;
    showError({});
    auto group = GroupActions(m_profile).get(groupId);
    if (!group) {
        showError(group.errorMessage());
        return;
    }
    m_undo.push(new RemoveFromGroupEdit({m_profile.database(), m_profile.notifier(),
                                         [this](const QString& m) {
                                             showError(m);
                                         }},
                                        groupId, group.value().name, contactIds));
    m_groupsModel->reload();
    m_membersModel->reload();
}

ContactExportTask* GroupsPage::exportGroup(const QString& groupId, const QString& path,
                                           ContactExporter::Format format) {
    auto* task = new ContactExportTask(m_profile, this);
    connect(task, &ContactExportTask::finished, this, [this](bool ok, qint64, const QString& message) {
        if (ok)
            Q_EMIT statusMessage(message);
        else
            showError(message);
    });
    showError({});
    ContactFilter filter;
    filter.groupId = groupId;
    task->start(filter, path, format);
    return task;
}

void GroupsPage::setDefaultRegion(const QString& region) {
    const QString resolved = PhoneNumbers(region).defaultRegion();
    m_membersModel->setPhoneRegion(resolved);
    m_pickerModel->setPhoneRegion(resolved);
}

} // namespace iq
