#include "views/history/CampaignReportPanel.h"

#include "models/CampaignReportModel.h"
#include "views/common/ChartTheme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QTableView>
#include <QValueAxis>

namespace iq {
namespace {

constexpr int kStatusRows[] = {CampaignReportModel::Delivered, CampaignReportModel::Failed,
                               CampaignReportModel::Undeliverable, CampaignReportModel::Pending,
                               CampaignReportModel::Skipped};

charts::Meaning meaningOf(int row) {
    switch (row) {
    case CampaignReportModel::Delivered:
        return charts::Meaning::Delivered;
    case CampaignReportModel::Failed:
        return charts::Meaning::Failed;
    case CampaignReportModel::Undeliverable:
        return charts::Meaning::Undeliverable;
    case CampaignReportModel::Pending:
        return charts::Meaning::Pending;
    default:
        return charts::Meaning::Skipped;
    }
}

int countOf(const CampaignReport& r, int row) {
    switch (row) {
    case CampaignReportModel::Delivered:
        return r.delivered;
    case CampaignReportModel::Failed:
        return r.failed;
    case CampaignReportModel::Undeliverable:
        return r.undeliverable;
    case CampaignReportModel::Pending:
        return r.pending;
    default:
        return r.skipped;
    }
}

// A chart's series and axes go before new ones are added.
void clearChart(QChart* chart) {
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// The locale's short time without seconds: a report's times are minutes at best.
QString shortTime(const QTime& time) {
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return QLocale().toString(time, format);
}

QString shortDateTime(const QDateTime& utc) {
    const QDateTime local = utc.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           shortTime(local.time());
}

} // namespace

CampaignReportPanel::CampaignReportPanel(CampaignReportModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model) {
    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Campaign report summary"));
    m_summary->setWordWrap(true);
    m_figures = new QTableView(this);
    m_figures->setAccessibleName(tr("Campaign figures"));
    m_figures->setModel(m_model);
    m_figures->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_figures->setSelectionMode(QAbstractItemView::SingleSelection);
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->verticalHeader()->hide();
    m_figures->horizontalHeader()->setSectionResizeMode(CampaignReportModel::Figure, QHeaderView::Stretch);
    m_figures->setToolTip(tr("Double-click a figure to list its messages"));
    // As tall as its rows: the status chart beside it takes the height it needs.
    m_figures->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_figures->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timeView = makeChartView(tr("Deliveries over time"));
    m_statusView = makeChartView(tr("Status breakdown"));
    m_failureView = makeChartView(tr("Failures by reason"));

    auto* layout = new QGridLayout(this);
    layout->addWidget(m_summary, 0, 0, 1, 2);
    layout->addWidget(m_figures, 1, 0, Qt::AlignTop);
    layout->addWidget(m_statusView, 1, 1);
    layout->addWidget(m_timeView, 2, 0);
    layout->addWidget(m_failureView, 2, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(1, 1);
    layout->setRowStretch(2, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &CampaignReportPanel::rebuild);
    connect(m_figures, &QTableView::activated, this,
            [this](const QModelIndex& index) { showFigure(index.row()); });
    rebuild();
}

QChartView* CampaignReportPanel::makeChartView(const QString& name) {
    auto* chart = new QChart;
    chart->setTitle(name);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    auto* view = new QChartView(chart, this);
    view->setAccessibleName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 220);
    return view;
}

void CampaignReportPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_rebuilding)
        rebuild();
}

void CampaignReportPanel::rebuild() {
    m_rebuilding = true;
    const CampaignReport& report = m_model->report();
    m_summary->setText(summaryText(report));
    m_figures->resizeColumnToContents(CampaignReportModel::Count);
    m_figures->resizeColumnToContents(CampaignReportModel::Rate);
    buildTimeChart(report);
    buildStatusChart(report);
    buildFailureChart(report);
    m_rebuilding = false;
}

QString CampaignReportPanel::summaryText(const CampaignReport& report) const {
    if (m_model->campaignId().isEmpty())
        return tr("Choose a campaign to see its report.");
    const QString sent =
        report.sentAt.isValid() ? tr("sent %1").arg(shortDateTime(report.sentAt)) : tr("not sent yet");
    return tr("%1, %2: %3. Opt-outs and replies are counted from the send on, their rates of the "
              "messages delivered.")
        .arg(report.campaign.name, sent, tr("%n message(s)", nullptr, report.messages));
}

void CampaignReportPanel::buildTimeChart(const CampaignReport& report) {
    QChart* chart = m_timeView->chart();
    clearChart(chart);
    m_timeSeries = new QStackedBarSeries(chart);
    auto* delivered = new QBarSet(tr("Delivered"), m_timeSeries);
    auto* failed = new QBarSet(tr("Failed or undeliverable"), m_timeSeries);
    QStringList categories;
    int highest = 1;
    const bool severalDays =
        !report.deliveries.isEmpty() && report.deliveries.first().start.toLocalTime().date() !=
                                            report.deliveries.last().start.toLocalTime().date();
    for (const DeliveryBucket& bucket : report.deliveries) {
        *delivered << bucket.delivered;
        *failed << bucket.failed;
        categories << bucketLabel(bucket, report.bucketSeconds, severalDays);
        highest = qMax(highest, bucket.delivered + bucket.failed);
    }
    m_timeSeries->append(delivered);
    m_timeSeries->append(failed);
    m_timeSeries->setBarWidth(0.9);
    chart->addSeries(m_timeSeries);
    // Up to 48 bars: a label under every few, so that each can be read.
    auto* x = new QCategoryAxis(chart);
    x->setRange(-0.5, qMax(0.5, categories.size() - 0.5));
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = qMax(1, int((categories.size() + 5) / 6));
    for (int i = 0; i < categories.size(); i += step)
        x->append(categories.at(i), i);
    x->setGridLineVisible(false);
    auto* y = new QValueAxis(chart);
    y->setRange(0, highest);
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    m_timeSeries->attachAxis(x);
    m_timeSeries->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    charts::applyPalette(chart, palette());
    delivered->setColor(charts::colorOf(charts::Meaning::Delivered, palette()));
    failed->setColor(charts::colorOf(charts::Meaning::Failed, palette()));
    for (QBarSet* set : {delivered, failed})
        set->setBorderColor(set->color());
    connect(delivered, &QBarSet::clicked, this, [this] { showOutcome(true); });
    connect(failed, &QBarSet::clicked, this, [this] { showOutcome(false); });
    m_timeView->setAccessibleDescription(timeDescription(report));
}

QString CampaignReportPanel::bucketLabel(const DeliveryBucket& bucket, int seconds, bool severalDays) const {
    const QDateTime local = bucket.start.toLocalTime();
    const QString date = QLocale().toString(local.date(), QLocale::ShortFormat);
    if (seconds >= 86400)
        return date;
    const QString time = shortTime(local.time());
    return severalDays ? date + QLatin1Char(' ') + time : time;
}

QString CampaignReportPanel::timeDescription(const CampaignReport& report) const {
    if (report.deliveries.isEmpty())
        return tr("No message has been delivered or has failed yet.");
    const int seconds = report.bucketSeconds;
    const QString interval = seconds >= 86400  ? tr("%n day(s)", nullptr, seconds / 86400)
                             : seconds >= 3600 ? tr("%n hour(s)", nullptr, seconds / 3600)
                                               : tr("%n minute(s)", nullptr, seconds / 60);
    const DeliveryBucket* busiest = &report.deliveries.first();
    int delivered = 0, failed = 0;
    for (const DeliveryBucket& bucket : report.deliveries) {
        delivered += bucket.delivered;
        failed += bucket.failed;
        if (bucket.delivered > busiest->delivered)
            busiest = &bucket;
    }
    const QLocale locale;
    const auto when = [](const QDateTime& time) {
        return shortDateTime(time);
    };
    return tr("Messages delivered and failed from %1 to %2, in intervals of %3: %4 delivered and %5 failed. "
              "The most deliveries, %6, came in the interval from %7.")
        .arg(when(report.deliveries.first().start), when(report.deliveries.last().start.addSecs(seconds)),
             interval, locale.toString(delivered), locale.toString(failed),
             locale.toString(busiest->delivered), when(busiest->start));
}

void CampaignReportPanel::buildStatusChart(const CampaignReport& report) {
    QChart* chart = m_statusView->chart();
    clearChart(chart);
    m_statusSeries = new QPieSeries(chart);
    m_sliceRows.clear();
    QStringList words;
    for (int row : kStatusRows) {
        const int count = countOf(report, row);
        if (count == 0)
            continue;
        const QString name = CampaignReportModel::figureName(CampaignReportModel::Row(row));
        const QString rate = CampaignReportModel::rateText(CampaignReport::rate(count, report.messages));
        const QString text = tr("%1: %2 (%3)").arg(name, QLocale().toString(count), rate);
        QPieSlice* slice = m_statusSeries->append(text, count);
        const int index = int(m_sliceRows.size());
        m_sliceRows << row;
        connect(slice, &QPieSlice::clicked, this, [this, index] { showStatusSlice(index); });
        words << text;
    }
    chart->addSeries(m_statusSeries);
    chart->legend()->setAlignment(Qt::AlignRight);
    charts::applyPalette(chart, palette());
    const auto slices = m_statusSeries->slices();
    for (int i = 0; i < slices.size(); ++i) {
        slices.at(i)->setColor(charts::colorOf(meaningOf(m_sliceRows.at(i)), palette()));
        slices.at(i)->setBorderColor(palette().color(QPalette::Base));
    }
    m_statusView->setAccessibleDescription(
        words.isEmpty() ? tr("No messages.")
                        : tr("Status breakdown of %n message(s): ", nullptr, report.messages) +
                              words.join(QStringLiteral("; ")) + QLatin1Char('.'));
}

void CampaignReportPanel::buildFailureChart(const CampaignReport& report) {
    QChart* chart = m_failureView->chart();
    clearChart(chart);
    m_failureSeries = new QHorizontalBarSeries(chart);
    auto* set = new QBarSet(tr("Failures"), m_failureSeries);
    QStringList categories, words;
    int highest = 1;
    // Horizontal bars are drawn from the bottom up: the most frequent reason goes last, on top.
    for (qsizetype i = report.failures.size() - 1; i >= 0; --i) {
        const FailureReason& f = report.failures.at(i);
        const QString code = f.code.isEmpty() ? tr("no code") : f.code;
        QString label = f.meaning.isEmpty() ? code : code + QStringLiteral(" · ") + f.meaning;
        if (label.size() > 42)
            label = label.left(41) + QChar(0x2026);
        categories << label;
        *set << f.count;
        highest = qMax(highest, f.count);
    }
    for (const FailureReason& f : report.failures)
        words << tr("%1 (%2): %3")
                     .arg(f.meaning.isEmpty() ? tr("unknown reason") : f.meaning,
                          f.code.isEmpty() ? tr("no code") : f.code, QLocale().toString(f.count));
    m_failureSeries->append(set);
    chart->addSeries(m_failureSeries);
    auto* y = new QBarCategoryAxis(chart);
    y->append(categories);
    auto* x = new QValueAxis(chart);
    x->setRange(0, highest);
    x->setLabelFormat(QStringLiteral("%d"));
    x->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    m_failureSeries->attachAxis(y);
    m_failureSeries->attachAxis(x);
    chart->legend()->hide();
    charts::applyPalette(chart, palette());
    set->setColor(charts::colorOf(charts::Meaning::Failed, palette()));
    set->setBorderColor(set->color());
    const int reasons = int(report.failures.size());
    connect(set, &QBarSet::clicked, this,
            [this, reasons](int index) { showFailureReason(reasons - 1 - index); });
    m_failureView->setAccessibleDescription(
        words.isEmpty() ? tr("No message failed.")
                        : tr("Failures by reason: %1.").arg(words.join(QStringLiteral("; "))));
}

void CampaignReportPanel::showFigure(int row) {
    const QStringList statuses = CampaignReportModel::statusesOf(CampaignReportModel::Row(row));
    if (!statuses.isEmpty())
        Q_EMIT filterRequested(statuses, {}, CampaignReportModel::figureName(CampaignReportModel::Row(row)));
}

void CampaignReportPanel::showStatusSlice(int slice) {
    if (slice >= 0 && slice < m_sliceRows.size())
        showFigure(m_sliceRows.at(slice));
}

void CampaignReportPanel::showFailureReason(int reason) {
    const QList<FailureReason>& failures = m_model->report().failures;
    if (reason < 0 || reason >= failures.size())
        return;
    const FailureReason& f = failures.at(reason);
    Q_EMIT filterRequested({QStringLiteral("failed"), QStringLiteral("undeliverable")}, f.code,
                           f.meaning.isEmpty() ? f.code : f.meaning);
}

void CampaignReportPanel::showOutcome(bool delivered) {
    if (delivered)
        showFigure(CampaignReportModel::Delivered);
    else
        Q_EMIT filterRequested({QStringLiteral("failed"), QStringLiteral("undeliverable")}, {},
                               tr("Failed or undeliverable"));
}

} // namespace iq
