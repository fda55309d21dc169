#include "views/history/HistoryPage.h"

#include "core/profile/Profile.h"
#include "models/CallLogModel.h"
#include "models/CampaignReportModel.h"
#include "models/HistoryModel.h"
#include "views/common/AppPreferences.h"
#include "views/common/ColumnWidths.h"
#include "views/history/CampaignReportPanel.h"
#include "views/history/HistoryExportTask.h"
#include "views/history/HistoryFilterBar.h"
#include "views/history/MessageDetailPane.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace iq {

HistoryPage::HistoryPage(Profile& profile, QWidget* parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_messages(new HistoryModel(profile, this))
    , m_calls(new CallLogModel(profile, this))
    , m_report(new CampaignReportModel(profile, this)) {
    auto* title = new QLabel(tr("History"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setAccessibleName(tr("Export the list shown as CSV"));
    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of rows"));
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_count);
    header->addWidget(m_export);

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Messages or calls"));
    m_tabs->tabBar()->setAccessibleName(tr("Messages or calls"));
    m_tabs->addTab(makeMessagesTab(), tr("&Messages"));
    m_tabs->addTab(makeCallsTab(), tr("Ca&lls"));
    m_reportPanel = new CampaignReportPanel(m_report, this);
    m_tabs->addTab(m_reportPanel, tr("&Report"));
    m_tabs->setTabVisible(reportTabIndex(), false);

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("History status"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    connect(m_tabs, &QTabWidget::currentChanged, this, &HistoryPage::updateCount);
    // A campaign's report is read only while its tab is shown: choosing a campaign to filter the list,
    // or a sync, costs nothing more.
    m_report->setActive(false);
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { m_report->setActive(index == reportTabIndex()); });
    connect(m_export, &QPushButton::clicked, this, &HistoryPage::askAndExport);
    for (PagedTableModel* model :
         {static_cast<PagedTableModel*>(m_messages), static_cast<PagedTableModel*>(m_calls)}) {
        connect(model, &PagedTableModel::totalCountChanged, this, &HistoryPage::updateCount);
        connect(model, &PagedTableModel::loadFailed, this, &HistoryPage::showStatus);
    }
    connect(m_report, &CampaignReportModel::loadFailed, this, &HistoryPage::showStatus);
    connect(m_reportPanel, &CampaignReportPanel::filterRequested, this, &HistoryPage::showReportedMessages);
    updateCount();
}

QTableView* HistoryPage::makeTable(const QString& accessibleName) {
    auto* table = new QTableView(this);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSortIndicatorShown(true);
    // Newest first until a header is clicked; the order is the model's (SQL), not the view's.
    table->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    return table;
}

QWidget* HistoryPage::makeMessagesTab() {
    auto* tab = new QWidget(this);
    m_messageFilters = new HistoryFilterBar(m_profile, HistoryFilterBar::Kind::Messages, tab);
    m_messageTable = makeTable(tr("Messages"));
    m_messageTable->setModel(m_messages);
    m_messageTable->setSortingEnabled(true);
    m_detail = new MessageDetailPane(tab);
    auto* splitter = new QSplitter(tab);
    splitter->addWidget(m_messageTable);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    fitMessageColumns();
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_messageFilters);
    layout->addWidget(splitter, 1);

    connect(m_messageFilters, &HistoryFilterBar::filterChanged, this, &HistoryPage::messageFilterChanged);
    connect(m_messageTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPage::showSelectedMessage);
    // A reload (a sync, a filter) keeps the message shown selected when the list still holds it.
    connect(m_messages, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_messages->rowOf(m_detail->messageId());
        if (row >= 0)
            m_messageTable->selectRow(row);
        else
            m_detail->clear();
    });
    return tab;
}

QWidget* HistoryPage::makeCallsTab() {
    auto* tab = new QWidget(this);
    m_callFilters = new HistoryFilterBar(m_profile, HistoryFilterBar::Kind::Calls, tab);
    m_callTable = makeTable(tr("Calls"));
    m_callTable->setModel(m_calls);
    m_callTable->setSortingEnabled(true);
    const QString time = HistoryModel::timeText(QDateTime(QDate(2026, 12, 31), QTime(23, 59)));
    const QString number = QStringLiteral("+441234567890");
    fitColumnToTexts(m_callTable, CallLogModel::Time, {time});
    fitColumnToTexts(m_callTable, CallLogModel::From, {number});
    fitColumnToTexts(m_callTable, CallLogModel::To, {number});
    fitColumnToTexts(m_callTable, CallLogModel::Outcome,
                     {CallLogModel::outcomeName(QStringLiteral("voicemail")),
                      CallLogModel::outcomeName(QStringLiteral("no_answer"))});
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_callFilters);
    layout->addWidget(m_callTable, 1);
    connect(m_callFilters, &HistoryFilterBar::filterChanged, m_calls, &CallLogModel::setFilter);
    return tab;
}

// The short columns show whole in every language; the error's meaning takes the rest.
void HistoryPage::fitMessageColumns() {
    fitColumnToTexts(m_messageTable, HistoryModel::Time,
                     {HistoryModel::timeText(QDateTime(QDate(2026, 12, 31), QTime(23, 59)))});
    fitColumnToTexts(m_messageTable, HistoryModel::To, {QStringLiteral("+441234567890")});
    QStringList channels, statuses;
    for (const char* channel : {"sms", "email", "voice"})
        channels << HistoryModel::channelName(QLatin1String(channel));
    for (const char* status : {"queued", "delivered", "failed", "undeliverable", "skipped"})
        statuses << HistoryModel::statusName(QLatin1String(status));
    fitColumnToTexts(m_messageTable, HistoryModel::Channel, channels);
    fitColumnToTexts(m_messageTable, HistoryModel::Status, statuses);
}

void HistoryPage::showSelectedMessage() {
    const QModelIndex current = m_messageTable->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    m_detail->showMessage(m_messages->message(current.row()));
}

void HistoryPage::messageFilterChanged(const HistoryFilter& filter) {
    m_messages->setFilter(filter);
    m_tabs->setTabVisible(reportTabIndex(), !filter.campaignId.isEmpty());
    // The report follows the campaign chosen, not the other parts of the filter.
    m_report->setCampaign(filter.campaignId);
}

void HistoryPage::showReportedMessages(const QStringList& statuses, const QString& errorCode,
                                       const QString& label) {
    m_messageFilters->showOnly(statuses, label, errorCode, label);
    m_tabs->setCurrentIndex(0);
}

bool HistoryPage::callsShown() const {
    return m_tabs->currentIndex() == 1;
}

void HistoryPage::updateCount() {
    const bool messages = !callsShown();
    const int total = messages ? m_messages->totalCount() : m_calls->totalCount();
    m_count->setText(messages ? tr("%n message(s)", nullptr, total) : tr("%n call(s)", nullptr, total));
    m_export->setEnabled(total > 0);
}

HistoryExportTask* HistoryPage::exportTo(const QString& path) {
    HistoryExportRequest request;
    if (!callsShown()) {
        request.filter = m_messages->filter();
        request.key = m_messages->sortKey();
        request.order = m_messages->sortOrder();
    } else {
        request.filter = m_calls->filter();
        request.key = m_calls->sortKey();
        request.order = m_calls->sortOrder();
    }
    auto* task = new HistoryExportTask(m_profile, window());
    connect(task, &HistoryExportTask::finished, this, [this](bool, qint64, const QString& message) {
        showStatus(message);
        updateCount(); // enables Export again
    });
    m_export->setEnabled(false);
    task->start(request, path);
    return task;
}

void HistoryPage::askAndExport() {
    const QString name = callsShown() ? tr("calls") : tr("messages");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export history"),
        AppPreferences::exportPath(
            QStringLiteral("%1-%2.csv").arg(name, QDate::currentDate().toString(Qt::ISODate))),
        tr("CSV spreadsheet (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    exportTo(path);
}

void HistoryPage::showStatus(const QString& message) {
    m_status->setText(message);
    Q_EMIT statusMessage(message);
}

} // namespace iq
