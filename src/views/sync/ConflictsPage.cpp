#include "views/sync/ConflictsPage.h"

#include "core/actions/ConflictActions.h"
#include "core/profile/Profile.h"
#include "models/sync/ConflictListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace iq {

ConflictsPage::ConflictsPage(Profile& profile, QWidget* parent)
    : QWidget(parent)
    , m_profile(profile) {
    setAccessibleName(tr("Sync conflicts"));
    m_model = new ConflictListModel(profile.database(), profile.notifier(), this);
    auto* title = new QLabel(tr("<h2>Sync conflicts</h2>"), this);
    auto* intro = new QLabel(tr("When this computer and another one changed the same thing, the other change "
                                "was kept. Review each one: keep it, or put back what this computer had."),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Conflicts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_empty = new QLabel(tr("No conflicts. Everything synced merged cleanly."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_keep = new QPushButton(tr("&Keep the server's"), this);
    m_keep->setAccessibleName(tr("Keep the server's value"));
    m_reapply = new QPushButton(tr("&Put mine back"), this);
    m_reapply->setAccessibleName(tr("Re-apply this computer's value"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_keep);
    buttons->addWidget(m_reapply);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    connect(m_keep, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    connect(m_reapply, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConflictsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConflictsPage::updateButtons);
    updateButtons();
}

void ConflictsPage::resolveSelected(bool reapply) {
    QList<qint64> seqs;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        seqs.append(m_model->conflict(index.row()).seq);
    const QStringList problems = ConflictActions(m_profile).resolveAll(
        seqs, reapply ? ConflictActions::Keep::Local : ConflictActions::Keep::Server);
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    m_model->reload();
}

void ConflictsPage::updateButtons() {
    const bool any = m_model->rowCount() > 0;
    m_table->setVisible(any);
    m_empty->setVisible(!any);
    const bool selected = m_table->selectionModel()->hasSelection();
    m_keep->setEnabled(selected);
    m_reapply->setEnabled(selected);
    m_table->resizeColumnsToContents();
}

} // namespace iq
