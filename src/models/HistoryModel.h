#pragma once

#include "core/actions/HistoryActions.h"
#include "models/PagedTableModel.h"

namespace iq {

class Profile;

// The messages the server sent, newest first unless sorted otherwise: when, to whom, on which channel,
// of which campaign, their status and the error's meaning. Read a page at a time through
// HistoryActions with the page's filter; sortable by any column in SQL.
class HistoryModel final : public PagedTableModel {
    Q_OBJECT
public:
    enum Column { Time, Recipient, To, Channel, Campaign, Status, Error, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, ErrorCodeRole };

    explicit HistoryModel(Profile& profile, QObject* parent = nullptr);

    void setFilter(const HistoryFilter& filter);
    const HistoryFilter& filter() const { return m_filter; }
    MessageSortKey sortKey() const { return m_key; }
    Qt::SortOrder sortOrder() const { return m_order; }
    MessageRecord message(int row) const { return m_rows.value(row); }
    int rowOf(const QString& messageId) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    // Words for a person.
    static QString statusName(const QString& status);
    static QString channelName(const QString& channel);
    static QString timeText(const QDateTime& time);

protected:
    Result<int> countRows() override;
    Result<int> readPage(int offset, int limit) override;
    void takePage() override;
    void clearRows() override { m_rows.clear(); }
    int loadedRows() const override { return int(m_rows.size()); }

private:
    HistoryActions m_actions;
    HistoryFilter m_filter;
    MessageSortKey m_key = MessageSortKey::Time;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QList<MessageRecord> m_rows;
    QList<MessageRecord> m_pending;
};

} // namespace iq
