#pragma once

#include "core/actions/HistoryActions.h"
#include "models/PagedTableModel.h"

namespace iq {

class Profile;

// The calls made and received, newest first unless sorted otherwise: when, with whom, from and to
// which number, the kind of call, how it ended, how long it took and its campaign. Read a page at a
// time with the History page's filter.
class CallLogModel final : public PagedTableModel {
    Q_OBJECT
public:
    enum Column { Time, Contact, From, To, Type, Outcome, Duration, Campaign, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit CallLogModel(Profile& profile, QObject* parent = nullptr);

    void setFilter(const HistoryFilter& filter);
    const HistoryFilter& filter() const { return m_filter; }
    CallSortKey sortKey() const { return m_key; }
    Qt::SortOrder sortOrder() const { return m_order; }
    CallRecord call(int row) const { return m_rows.value(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    static QString typeName(const QString& callType);
    static QString outcomeName(const QString& outcome);
    static QString durationText(int seconds);

protected:
    Result<int> countRows() override;
    Result<int> readPage(int offset, int limit) override;
    void takePage() override;
    void clearRows() override { m_rows.clear(); }
    int loadedRows() const override { return int(m_rows.size()); }

private:
    HistoryActions m_actions;
    HistoryFilter m_filter;
    CallSortKey m_key = CallSortKey::Time;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QList<CallRecord> m_rows;
    QList<CallRecord> m_pending;
};

} // namespace iq
