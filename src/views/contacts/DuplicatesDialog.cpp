#include "views/contacts/DuplicatesDialog.h"

#include "core/actions/ContactActions.h"
#include "core/store/Database.h"
#include "models/DuplicatePairsModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace iq {

DuplicatesDialog::DuplicatesDialog(QString databasePath, QWidget* parent)
    : QDialog(parent)
    , m_databasePath(std::move(databasePath))
    , m_model(new DuplicatePairsModel(this)) {
    setWindowTitle(tr("Likely duplicates"));
    setAccessibleName(tr("Likely duplicates"));

    auto* intro = new QLabel(tr("These contacts share a phone number or an e-mail address. Merge the ones "
                                "that are the same person; leave the others as they are."),
                             this);
    intro->setWordWrap(true);

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Duplicate search status"));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Looking for duplicates"));
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Likely duplicate contacts"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(DuplicatePairsModel::First, 200);
    m_table->setColumnWidth(DuplicatePairsModel::Second, 200);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_merge = buttons->addButton(tr("Merge…"), QDialogButtonBox::ActionRole);
    m_merge->setAccessibleName(tr("Merge the selected pair"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto requestMerge = [this] {
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid())
            return;
        const DuplicatePair& pair = m_model->pairAt(current.row());
        Q_EMIT mergeRequested(pair.firstId, pair.secondId);
    };
    connect(m_merge, &QPushButton::clicked, this, requestMerge);
    connect(m_table, &QTableView::activated, this, requestMerge);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DuplicatesDialog::updateButtons);
    connect(&m_watcher, &QFutureWatcher<Result<QList<DuplicatePair>>>::finished, this,
            &DuplicatesDialog::showResult);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 420);
    reload();
}

void DuplicatesDialog::reload() {
    if (m_loading)
        return;
    m_loading = true;
    m_status->setText(tr("Looking for contacts that share a number or an e-mail address…"));
    m_busy->show();
    m_merge->setEnabled(false);
    const QString path = m_databasePath;
    m_watcher.setFuture(QtConcurrent::run([path]() -> Result<QList<DuplicatePair>> {
        auto database = Database::open(path);
        if (!database)
            return database.error();
        return ContactActions(*database.value(), nullptr, QStringLiteral("desktop")).duplicates();
    }));
}

void DuplicatesDialog::showResult() {
    m_loading = false;
    m_busy->hide();
    const Result<QList<DuplicatePair>> result = m_watcher.result();
    if (!result) {
        m_model->setPairs({});
        m_status->setText(tr("Could not look for duplicates: %1").arg(result.errorMessage()));
    } else {
        m_model->setPairs(result.value());
        m_status->setText(
            result.value().isEmpty()
                ? tr("No likely duplicates: every number and e-mail address belongs to one contact.")
                : tr("%n pair(s) of contacts share a number or an e-mail address.", nullptr,
                     static_cast<int>(result.value().size())));
        if (!result.value().isEmpty())
            m_table->selectRow(0);
    }
    updateButtons();
    Q_EMIT loaded();
}

void DuplicatesDialog::updateButtons() {
    m_merge->setEnabled(!m_loading && m_table->selectionModel()->hasSelection());
}

} // namespace iq
