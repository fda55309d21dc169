#pragma once

#include <QColor>
#include <QPalette>

class QChart;

namespace iq {

// Charts that follow the window's light or dark palette.
namespace charts {

// Dark when the palette's window colour is dark.
bool isDark(const QPalette& palette);
// Qt Charts' light or dark theme, then the palette's own background and text colours on top, so a chart
// sits in its window like any other widget. Setting a theme recolours the series: set theirs after.
void applyPalette(QChart* chart, const QPalette& palette);

// Colours that mean the same on every chart (delivered green, failed red...), readable on the palette:
// failures in the palette's error and warning colours (ColourRoles), the others a light or dark shade.
enum class Meaning { Delivered, Failed, Undeliverable, Pending, Skipped };
QColor colorOf(Meaning meaning, const QPalette& palette);

} // namespace charts
} // namespace iq
