#include "models/PagedTableModel.h"

namespace iq {

PagedTableModel::PagedTableModel(ChangeNotifier& notifier, QList<Entity> watched, QObject* parent)
    : QAbstractTableModel(parent) {
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(50);
    // Read again as far as the user had scrolled, so the view stays where it was.
    connect(&m_reloadSoon, &QTimer::timeout, this, [this] { load(qMax(kPageSize, loadedRows())); });
    connect(&notifier, &ChangeNotifier::changed, this, [this, watched](Entity entity) {
        if (entity == Entity::Any || watched.contains(entity))
            m_reloadSoon.start();
    });
}

void PagedTableModel::reload() {
    m_reloadSoon.stop();
    load(kPageSize);
}

void PagedTableModel::reorder() {
    m_reloadSoon.stop();
    // No rows may also be a count that failed: that one is read again.
    load(kPageSize, m_total == 0);
}

void PagedTableModel::load(int rows, bool recount) {
    Result<int> count = m_total;
    if (recount)
        count = countRows();
    if (!count) {
        Q_EMIT loadFailed(count.errorMessage());
        return;
    }
    beginResetModel();
    clearRows();
    m_total = count.value();
    Result<int> read = 0;
    if (m_total > 0)
        read = readPage(0, qMin(rows, m_total));
    if (read)
        takePage();
    m_busy = true;
    endResetModel();
    m_busy = false;
    Q_EMIT totalCountChanged(m_total);
    if (!read)
        Q_EMIT loadFailed(read.errorMessage());
}

void PagedTableModel::fetchAll() {
    while (canFetchMore({}))
        fetchMore({});
}

int PagedTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : loadedRows();
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && loadedRows() < m_total;
}

void PagedTableModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    if (m_busy) {
        // Rows inserted while a change is still being announced would reach the slots that have not
        // heard of it yet.
        QMetaObject::invokeMethod(
            this, [this] { fetchMore({}); }, Qt::QueuedConnection);
        return;
    }
    const int offset = loadedRows();
    auto read = readPage(offset, kPageSize);
    if (!read) {
        m_total = offset; // stop asking for more until the next reload
        Q_EMIT loadFailed(read.errorMessage());
        return;
    }
    if (read.value() == 0) {
        m_total = offset; // rows went away since the count
        return;
    }
    m_busy = true;
    beginInsertRows({}, offset, offset + read.value() - 1);
    takePage();
    endInsertRows();
    m_busy = false;
}

} // namespace iq
