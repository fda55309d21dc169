#pragma once

#include "core/import/ImportEngine.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>
#include <vector>

namespace iq {

// The plan of an import, row by row, as the import wizard shows it: what happens to each row of the
// file and why, filtered by outcome. Rows arrive in batches while the plan is read. A million-row
// file keeps the first rows of each outcome (kMaxRowsPerOutcome); the counts always cover every row.
class ImportPlanModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Line, Outcome, Name, Phones, Emails, Groups, Details, ColumnCount };
    enum Role { OutcomeRole = Qt::UserRole + 1 };
    static constexpr qsizetype kMaxRowsPerOutcome = 50000;

    explicit ImportPlanModel(QObject* parent = nullptr);
    ~ImportPlanModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void appendRows(const QList<PlannedRow>& rows);
    // Shows only rows of this outcome; nullopt shows every row.
    void setOutcomeFilter(std::optional<RowOutcome> outcome);
    std::optional<RowOutcome> outcomeFilter() const { return m_filter; }

    qint64 count(RowOutcome outcome) const { return m_counts.value(outcome); }
    qint64 totalCount() const { return m_total; }
    // Rows counted but not kept for the table.
    qint64 droppedRows() const { return m_dropped; }
    const PlannedRow& plannedRow(int row) const;

Q_SIGNALS:
    // The counts changed, also when the new rows were only counted.
    void countsChanged();

private:
    bool accepts(const PlannedRow& row) const { return !m_filter || row.outcome == *m_filter; }

    std::vector<PlannedRow> m_rows;
    std::vector<int> m_visible; // indexes into m_rows
    std::optional<RowOutcome> m_filter;
    QHash<RowOutcome, qint64> m_counts;
    QHash<RowOutcome, qint64> m_kept;
    qint64 m_total = 0;
    qint64 m_dropped = 0;
};

} // namespace iq
