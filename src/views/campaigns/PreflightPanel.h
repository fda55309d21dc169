#pragma once

#include "core/campaign/CampaignPreflight.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QTableView;

namespace iq {

class PreflightPeopleModel;

// A pre-flight report: how many get the message, how many wait for quiet hours to end, who gets nothing
// and why, the segments and the cost; then every person with their outcome. A person opens with Enter
// or a double click.
class PreflightPanel final : public QWidget {
    Q_OBJECT
public:
    explicit PreflightPanel(QWidget* parent = nullptr);

    void showReport(const PreflightReport& report);
    void showRunning();
    void showError(const QString& message);
    // Nothing checked yet (a new or changed campaign).
    void clear(const QString& hint);

    QTableView* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }
    PreflightPeopleModel* model() const { return m_model; }

Q_SIGNALS:
    void contactOpened(const QString& contactId);

private:
    void openCurrent();

    QLabel* m_summary = nullptr;
    QLabel* m_excluded = nullptr;
    QProgressBar* m_busy = nullptr;
    QComboBox* m_filter = nullptr;
    QTableView* m_table = nullptr;
    PreflightPeopleModel* m_model = nullptr;
};

} // namespace iq
