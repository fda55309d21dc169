#include "views/composer/ContentLibraryPage.h"

#include "core/actions/ContentActions.h"
#include "core/profile/Profile.h"
#include "models/ContentListModel.h"
#include "views/composer/VoicePreview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace iq {

ContentLibraryPage::ContentLibraryPage(Profile& profile, QWidget* parent)
    : QWidget(parent)
    , m_profile(profile) {
    auto* title = new QLabel(tr("Content library"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_kindFilter = new QComboBox(this);
    m_kindFilter->setAccessibleName(tr("Show kind"));
    m_kindFilter->addItem(tr("Everything"), QString());
    for (auto kind : {ContentItem::Kind::Sms, ContentItem::Kind::Email, ContentItem::Kind::Voice,
                      ContentItem::Kind::Snippet})
        m_kindFilter->addItem(displayName(kind), toStorage(kind));
    m_tagFilter = new QComboBox(this);
    m_tagFilter->setAccessibleName(tr("Show tag"));

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_kindFilter);
    header->addWidget(m_tagFilter);

    m_model = new ContentListModel(profile.database(), profile.notifier(), this);
    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Saved content"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(ContentListModel::Name, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Library status"));
    m_status->setWordWrap(true);

    m_open = new QPushButton(tr("&Open in composer"), this);
    m_open->setAccessibleName(tr("Open in composer"));
    m_duplicate = new QPushButton(tr("D&uplicate"), this);
    m_duplicate->setAccessibleName(tr("Duplicate"));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_rename = new QPushButton(tr("&Rename…"), this);
    m_rename->setAccessibleName(tr("Rename"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setAccessibleName(tr("Delete"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_undo = new QPushButton(tr("&Undo delete"), this);
    m_undo->setAccessibleName(tr("Undo delete"));
    m_undo->hide();
    m_voice = new VoicePreview(this);
    m_play = new QPushButton(tr("&Play recording"), this);
    m_play->setAccessibleName(tr("Play recording"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    buttons->addWidget(m_play);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &ContentLibraryPage::applyFilter);
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, &ContentLibraryPage::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        reloadTags();
        updateButtons();
    });
    connect(m_model, &ContentListModel::loadFailed, this, &ContentLibraryPage::showError);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContentLibraryPage::updateButtons);
    connect(m_table, &QTableView::activated, this, [this] { Q_EMIT openRequested(currentId()); });
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(currentId()); });
    connect(m_duplicate, &QPushButton::clicked, this, &ContentLibraryPage::duplicateCurrent);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const ContentItem item = m_model->item(m_table->currentIndex().row());
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Rename"), tr("New name:"), QLineEdit::Normal, item.name, &ok);
        if (ok)
            renameCurrent(name);
    });
    connect(m_delete, &QPushButton::clicked, this, &ContentLibraryPage::deleteCurrent);
    connect(m_undo, &QPushButton::clicked, this, &ContentLibraryPage::undoDelete);
    connect(m_play, &QPushButton::clicked, this, &ContentLibraryPage::playCurrent);
    reloadTags();
    updateButtons();
}

QString ContentLibraryPage::currentId() const {
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->item(index.row()).id : QString();
}

void ContentLibraryPage::selectId(const QString& id) {
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void ContentLibraryPage::reloadTags() {
    const QString current = m_tagFilter->currentData().toString();
    QSignalBlocker blocker(m_tagFilter);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("Any tag"), QString());
    auto tags = ContentActions(m_profile).tags();
    if (tags) {
        for (const QString& tag : tags.value())
            m_tagFilter->addItem(tag, tag);
    }
    m_tagFilter->setCurrentIndex(std::max(0, m_tagFilter->findData(current)));
}

void ContentLibraryPage::applyFilter() {
    const QString kind = m_kindFilter->currentData().toString();
    m_model->setFilter(kind.isEmpty() ? std::nullopt : contentKindFromStorage(kind),
                       m_tagFilter->currentData().toString());
}

void ContentLibraryPage::updateButtons() {
    const bool selected = m_table->currentIndex().isValid() && m_table->selectionModel()->hasSelection();
    for (QPushButton* button : {m_open, m_duplicate, m_rename, m_delete})
        button->setEnabled(selected);
    const ContentItem item = selected ? m_model->item(m_table->currentIndex().row()) : ContentItem();
    const bool recording = selected && !item.mediaHash.isEmpty();
    m_play->setVisible(recording);
    m_play->setEnabled(recording && m_voice->canPlay());
    m_play->setText(recording && !m_voice->canPlay() ? m_voice->whyNoPlayback() : tr("&Play recording"));
    if (m_model->rowCount() == 0)
        m_status->setText(tr("Nothing saved yet: write a message in Compose and press “Save to library”."));
    else if (m_deletedId.isEmpty())
        m_status->setText(m_model->rowCount() == 1 ? tr("1 item") : tr("%1 items").arg(m_model->rowCount()));
}

void ContentLibraryPage::duplicateCurrent() {
    auto copy = ContentActions(m_profile).duplicate(currentId());
    if (!copy)
        return showError(copy.errorMessage());
    selectId(copy.value().id);
}

void ContentLibraryPage::renameCurrent(const QString& name) {
    const QString id = currentId();
    auto renamed = ContentActions(m_profile).rename(id, name);
    if (!renamed)
        return showError(renamed.errorMessage());
    selectId(id);
}

void ContentLibraryPage::deleteCurrent() {
    const QString id = currentId();
    if (id.isEmpty())
        return;
    auto removed = ContentActions(m_profile).remove(id);
    if (!removed)
        return showError(removed.errorMessage());
    m_deletedId = id;
    m_deleted = removed.value();
    m_status->setText(tr("Deleted “%1”.").arg(m_deleted.name));
    m_undo->show();
}

void ContentLibraryPage::undoDelete() {
    if (m_deletedId.isEmpty())
        return;
    m_deletedId.clear();
    m_undo->hide();
    auto restored = ContentActions(m_profile).restore(m_deleted);
    if (!restored)
        return showError(restored.errorMessage());
    selectId(restored.value().id);
    m_status->setText(tr("Restored “%1”.").arg(m_deleted.name));
}

void ContentLibraryPage::playCurrent() {
    const ContentItem item = m_model->item(m_table->currentIndex().row());
    if (item.mediaHash.isEmpty())
        return;
    m_voice->play(ContentActions(m_profile).mediaFilePath(item.mediaHash));
}

void ContentLibraryPage::showError(const QString& message) {
    m_status->setText(message);
}

} // namespace iq
