#pragma once

#include "core/store/ChangeNotifier.h"
#include "shared/util/Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

namespace iq {

// A table read a page at a time as the view scrolls (fetchMore), never whole: the count first, then
// pages in order. It reads again, as far as the user had scrolled, shortly after the notifier says one
// of the watched kinds of record changed (a sync brings messages in bursts: one reload for a burst).
class PagedTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    PagedTableModel(ChangeNotifier& notifier, QList<Entity> watched, QObject* parent = nullptr);

    // Every row the filter gives, loaded or not.
    int totalCount() const { return m_total; }
    // Reads the count and the first page again (the filter changed).
    void reload();
    // Reads the first page again and keeps the count (the order changed, not which rows there are: on
    // a million rows the count is the larger part of a reload).
    void reorder();
    // Loads every remaining page (tests, and a view that must show everything).
    void fetchAll();

    int rowCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loadFailed(const QString& message);
    void totalCountChanged(int total);

protected:
    virtual Result<int> countRows() = 0;
    // Reads rows [offset, offset + limit) into a pending page and answers how many it holds.
    virtual Result<int> readPage(int offset, int limit) = 0;
    // Appends the pending page to the rows (between begin/endInsertRows).
    virtual void takePage() = 0;
    virtual void clearRows() = 0;
    virtual int loadedRows() const = 0;

private:
    void load(int rows, bool recount = true);

    int m_total = 0;
    // Inside a reset or an insertion: a fetchMore asked for by a slot of its signals waits its turn.
    bool m_busy = false;
    QTimer m_reloadSoon;
};

} // namespace iq
