#include "core/store/HistoryFilter.h"

#include "shared/util/Clock.h"

namespace iq {
namespace {

// A LIKE pattern that finds text anywhere, with LIKE's own wildcards taken literally.
QString containsPattern(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QString(QLatin1Char('%') + escaped + QLatin1Char('%'));
}

// The digits of a search that looks like (part of) a phone number, else "".
QString searchedDigits(const QString& search) {
    QString digits;
    for (const QChar c : search) {
        if (c.isDigit())
            digits += c;
        else if (!QStringLiteral(" +-().").contains(c))
            return {};
    }
    return digits.size() >= 3 ? digits : QString();
}

} // namespace

QString HistoryConditions::where() const {
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

void HistoryConditions::addIn(const QString& column, const QStringList& list) {
    QStringList marks;
    for (const QString& value : list) {
        marks << QStringLiteral("?");
        values << value;
    }
    clauses << column + QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
}

void HistoryConditions::addRange(const QString& column, const QDateTime& since, const QDateTime& until) {
    // Stored times are UTC ISO text with milliseconds, which compares as it sorts.
    if (since.isValid())
        add(column + QStringLiteral(" >= ?"), {toStoredTime(since)});
    if (until.isValid())
        add(column + QStringLiteral(" < ?"), {toStoredTime(until)});
}

void HistoryConditions::addSearch(const QStringList& textColumns, const QStringList& numberColumns,
                                  const QString& search) {
    const QString text = search.trimmed();
    if (text.isEmpty())
        return;
    QStringList any;
    QVariantList bound;
    const QString pattern = containsPattern(text);
    for (const QString& column : textColumns + numberColumns) {
        any << column + QStringLiteral(" LIKE ? ESCAPE '\\'");
        bound << pattern;
    }
    if (const QString digits = searchedDigits(text); !digits.isEmpty() && digits != text) {
        for (const QString& column : numberColumns) {
            any << column + QStringLiteral(" LIKE ?");
            bound << QString(QLatin1Char('%') + digits + QLatin1Char('%'));
        }
    }
    add(QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'), bound);
}

} // namespace iq
