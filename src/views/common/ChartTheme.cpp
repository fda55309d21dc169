#include "views/common/ChartTheme.h"

#include "models/ColourRoles.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace iq::charts {

bool isDark(const QPalette& palette) {
    return isDarkPalette(palette);
}

void applyPalette(QChart* chart, const QPalette& palette) {
    // A theme is costly to set (it restyles everything): only when it changes.
    const QChart::ChartTheme theme = isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundRoundness(0);
    const QColor text = palette.color(QPalette::Text);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(palette.color(QPalette::Mid));
        axis->setLinePenColor(palette.color(QPalette::Mid));
    }
}

QColor colorOf(Meaning meaning, const QPalette& palette) {
    const bool dark = isDark(palette);
    switch (meaning) {
    case Meaning::Delivered:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case Meaning::Failed:
        return roleColour(ColourRole::ErrorText, palette);
    case Meaning::Undeliverable:
        return roleColour(ColourRole::WarningText, palette);
    case Meaning::Pending:
        return dark ? QColor(0x42, 0xa5, 0xf5) : QColor(0x15, 0x65, 0xc0);
    case Meaning::Skipped:
        return dark ? QColor(0xbd, 0xbd, 0xbd) : QColor(0x75, 0x75, 0x75);
    }
    return palette.color(QPalette::Text);
}

} // namespace iq::charts
