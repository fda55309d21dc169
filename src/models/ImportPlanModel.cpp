#include "models/ImportPlanModel.h"

#include "models/ColourRoles.h"

#include <QBrush>
#include <QColor>

namespace iq {

ImportPlanModel::ImportPlanModel(QObject* parent)
    : QAbstractTableModel(parent) {}

ImportPlanModel::~ImportPlanModel() = default;

int ImportPlanModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int ImportPlanModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const PlannedRow& ImportPlanModel::plannedRow(int row) const {
    return m_rows.at(static_cast<size_t>(m_visible.at(static_cast<size_t>(row))));
}

QVariant ImportPlanModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlannedRow& row = plannedRow(index.row());
    if (role == OutcomeRole)
        return static_cast<int>(row.outcome);
    if (role == Qt::ForegroundRole) {
        if (row.outcome == RowOutcome::Invalid)
            return QBrush(roleColour(ColourRole::ErrorText));
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QString separator = QStringLiteral(", ");
    switch (index.column()) {
    case Line:
        return row.line;
    case Outcome: {
        QString text = displayName(row.outcome);
        if (row.optedOut)
            text += QStringLiteral(" · ") + tr("opted out");
        return text;
    }
    case Name:
        return row.name;
    case Phones:
        return row.phones.join(separator);
    case Emails:
        return row.emails.join(separator);
    case Groups:
        return row.groups.join(separator);
    case Details: {
        QStringList parts;
        if (!row.detail.isEmpty())
            parts << row.detail;
        if (!row.changedFields.isEmpty())
            parts << tr("changes %1").arg(row.changedFields.join(separator));
        for (const QString& warning : row.warnings)
            parts << (role == Qt::ToolTipRole ? warning : tr("note: %1").arg(warning));
        return parts.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Line");
    case Outcome:
        return tr("Outcome");
    case Name:
        return tr("Name");
    case Phones:
        return tr("Phone numbers");
    case Emails:
        return tr("E-mail addresses");
    case Groups:
        return tr("Groups");
    case Details:
        return tr("Reason or changes");
    default:
        return {};
    }
}

void ImportPlanModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_visible.clear();
    m_counts.clear();
    m_kept.clear();
    m_total = 0;
    m_dropped = 0;
    endResetModel();
    Q_EMIT countsChanged();
}

void ImportPlanModel::appendRows(const QList<PlannedRow>& rows) {
    std::vector<int> added;
    for (const PlannedRow& row : rows) {
        ++m_total;
        ++m_counts[row.outcome];
        qint64& kept = m_kept[row.outcome];
        if (kept >= kMaxRowsPerOutcome) {
            ++m_dropped;
            continue;
        }
        ++kept;
        m_rows.push_back(row);
        if (accepts(row))
            added.push_back(static_cast<int>(m_rows.size() - 1));
    }
    if (!added.empty()) {
        const int first = static_cast<int>(m_visible.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_visible.insert(m_visible.end(), added.begin(), added.end());
        endInsertRows();
    }
    if (!rows.isEmpty())
        Q_EMIT countsChanged();
}

void ImportPlanModel::setOutcomeFilter(std::optional<RowOutcome> outcome) {
    if (outcome == m_filter)
        return;
    beginResetModel();
    m_filter = outcome;
    m_visible.clear();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (accepts(m_rows[i]))
            m_visible.push_back(static_cast<int>(i));
    }
    endResetModel();
}

} // namespace iq
