#include "views/common/ColumnWidths.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace iq {

void fitColumnToTexts(QTableView* table, int column, const QStringList& texts) {
    QHeaderView* header = table->horizontalHeader();
    const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
    int widest = header->fontMetrics().horizontalAdvance(title) + header->fontMetrics().height();
    for (const QString& text : texts)
        widest = std::max(widest, table->fontMetrics().horizontalAdvance(text));
    const int padding = 2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 12;
    table->setColumnWidth(column, widest + padding);
}

} // namespace iq
