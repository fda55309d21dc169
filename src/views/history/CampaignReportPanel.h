#pragma once

#include "core/actions/CampaignReportActions.h"

#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QHorizontalBarSeries;
class QLabel;
class QPieSeries;
class QStackedBarSeries;
class QTableView;

namespace iq {

class CampaignReportModel;

// A campaign's report on the History page: its figures with their rates, and three charts: messages
// delivered and failed over time, the status breakdown and the failures by reason. Clicking a bar, a
// slice or a figure asks for the message list to show those messages. The charts follow the light or
// dark palette and describe their figures in words for screen readers.
class CampaignReportPanel final : public QWidget {
    Q_OBJECT
public:
    explicit CampaignReportPanel(CampaignReportModel* model, QWidget* parent = nullptr);

    CampaignReportModel* model() const { return m_model; }
    QLabel* summaryLabel() const { return m_summary; }
    QTableView* figuresTable() const { return m_figures; }
    QChartView* timeChart() const { return m_timeView; }
    QChartView* statusChart() const { return m_statusView; }
    QChartView* failureChart() const { return m_failureView; }
    QStackedBarSeries* timeSeries() const { return m_timeSeries; }
    QPieSeries* statusSeries() const { return m_statusSeries; }
    QHorizontalBarSeries* failureSeries() const { return m_failureSeries; }

public Q_SLOTS:
    // What a click on the status chart's slice, the failure chart's bar or the time chart's set does.
    void showStatusSlice(int slice);
    void showFailureReason(int reason);
    void showOutcome(bool delivered);

Q_SIGNALS:
    // Show the campaign's messages in these statuses (and with this error code when not empty); the
    // label says it in words for the filter.
    void filterRequested(const QStringList& statuses, const QString& errorCode, const QString& label);

protected:
    void changeEvent(QEvent* event) override;

private:
    QChartView* makeChartView(const QString& name);
    void rebuild();
    void buildTimeChart(const CampaignReport& report);
    void buildStatusChart(const CampaignReport& report);
    void buildFailureChart(const CampaignReport& report);
    QString summaryText(const CampaignReport& report) const;
    QString timeDescription(const CampaignReport& report) const;
    QString bucketLabel(const DeliveryBucket& bucket, int seconds, bool severalDays) const;
    void showFigure(int row);

    CampaignReportModel* m_model;
    QLabel* m_summary = nullptr;
    QTableView* m_figures = nullptr;
    QChartView* m_timeView = nullptr;
    QChartView* m_statusView = nullptr;
    QChartView* m_failureView = nullptr;
    QStackedBarSeries* m_timeSeries = nullptr;
    QPieSeries* m_statusSeries = nullptr;
    QHorizontalBarSeries* m_failureSeries = nullptr;
    QList<int> m_sliceRows; // the model's row each slice of the status chart stands for
    bool m_rebuilding = false;
};

} // namespace iq
