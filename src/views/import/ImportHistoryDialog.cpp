#include "views/import/ImportHistoryDialog.h"

#include "core/import/ColumnMapping.h"
#include "core/profile/Profile.h"
#include "views/common/ColumnWidths.h"
#include "views/import/ImportUndo.h"
#include "views/common/ProfileWorker.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace iq {
namespace {

QString shownTime(const QString& stored) {
    const QDateTime time = QDateTime::fromString(stored, Qt::ISODateWithMs);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : stored;
}

} // namespace

ImportHistoryDialog::ImportHistoryDialog(Profile& profile, QWidget* parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_worker(std::make_unique<ProfileWorker>(profile.databasePath())) {
    setWindowTitle(tr("Import history"));
    setAccessibleName(tr("Import history"));
    auto* intro = new QLabel(tr("Every import, newest first. Undoing one removes the contacts it created, "
                                "restores those it updated and takes people out of the groups it added "
                                "them to."),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 5, this);
    m_table->setAccessibleName(tr("Past imports"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("File"), tr("Format"), tr("Result"), tr("Undone")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setColumnWidth(1, 240);
    m_table->setColumnWidth(2, 130);
    // When an import ran and when it was undone show whole: a late date with two-digit day, month,
    // hour and minute is the widest this locale writes.
    const QString latestTime =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    fitColumnToTexts(m_table, 0, {latestTime});
    fitColumnToTexts(m_table, 4, {latestTime});
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Undo progress"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setAccessibleName(tr("Close"));
    m_rollback = buttons->addButton(tr("&Undo import…"), QDialogButtonBox::ActionRole);
    m_rollback->setAccessibleName(tr("Undo the selected import"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rollback, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_records.size())
            return;
        const ImportRecord& record = m_records.at(row);
        const auto answer = QMessageBox::question(
            this, tr("Undo import"),
            tr("Undo the import of %1 from %2? Contacts it created are removed, even if you edited them "
               "since.")
                .arg(record.fileName, shownTime(record.startedAt)));
        if (answer == QMessageBox::Yes)
            rollbackRow(row);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportHistoryDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(900, 420);
    updateButtons();
    reload();
}

ImportHistoryDialog::~ImportHistoryDialog() {
    m_worker.reset();
}

void ImportHistoryDialog::reload() {
    m_worker->post([this](Database* database, const QString& openError) {
        Result<QList<ImportRecord>> history = Error::make(Error::Code::Io, openError);
        if (database)
            history = ImportHistory(*database).list();
        QMetaObject::invokeMethod(
            this,
            [this, history] {
                if (history) {
                    showRecords(history.value());
                } else {
                    m_status->setText(history.errorMessage());
                }
                if (m_undoneUntilReload) {
                    m_undoneUntilReload = false;
                    setBusy(false);
                }
                Q_EMIT loaded();
            },
            Qt::QueuedConnection);
    });
}

void ImportHistoryDialog::showRecords(const QList<ImportRecord>& records) {
    m_records = records;
    m_table->setRowCount(static_cast<int>(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const ImportRecord& record = records.at(row);
        const QJsonObject& counts = record.counts;
        const QString result = tr("%1 created, %2 updated, %3 invalid")
                                   .arg(counts.value(QStringLiteral("create")).toInteger())
                                   .arg(counts.value(QStringLiteral("update")).toInteger())
                                   .arg(counts.value(QStringLiteral("invalid")).toInteger());
        const QStringList cells = {
            shownTime(record.startedAt), record.fileName, ColumnMapping(record.format, {}, {}).formatName(),
            result, record.rolledBackAt.isEmpty() ? QString() : shownTime(record.rolledBackAt)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    if (records.isEmpty())
        m_status->setText(tr("No imports yet."));
    updateButtons();
}

void ImportHistoryDialog::updateButtons() {
    const int row = m_table->currentRow();
    m_rollback->setEnabled(!m_busy && row >= 0 && row < m_records.size() &&
                           m_records.at(row).rolledBackAt.isEmpty());
    m_close->setEnabled(!m_busy);
}

void ImportHistoryDialog::setBusy(bool busy) {
    m_busy = busy;
    m_progress->setVisible(busy);
    updateButtons();
}

void ImportHistoryDialog::reject() {
    if (!m_busy)
        QDialog::reject();
}

void ImportHistoryDialog::rollbackRow(int row) {
    if (m_busy || row < 0 || row >= m_records.size())
        return;
    setBusy(true);
    m_status->setText(tr("Undoing the import…"));
    undoImport(*m_worker, m_profile, this, m_records.at(row).id, [this](bool ok, const QString& message) {
        m_status->setText(message);
        // Busy until the list shows the import as undone, so it cannot be undone twice.
        m_undoneUntilReload = true;
        reload();
        Q_EMIT rolledBack(ok, message);
    });
}

} // namespace iq
