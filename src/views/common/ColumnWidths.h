#pragma once

#include <QStringList>

class QTableView;

namespace iq {

// Sets a column as wide as the widest of texts or its own title (with room for the sort arrow): for
// short texts of a known shape (a consent word, a date, a count) that must show whole in every
// language and locale.
void fitColumnToTexts(QTableView* table, int column, const QStringList& texts);

} // namespace iq
