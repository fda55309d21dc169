#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace iq {

// Colours for meanings the palette has no role for (an error, a warning, a template's fields), made
// from the current palette so that they read on light, dark and high-contrast themes alike: each text
// colour keeps a contrast of at least 4.5:1 (WCAG AA) with the palette's window and base colours.
// Pages and models ask for a role; nothing in the interface names a fixed colour.
enum class ColourRole {
    ErrorText,
    WarningText,
    FieldText,         // a template's {{field}}
    FieldBackground,   // behind a template's {{field}}
    ControlText,       // a template's {{#section}}, {{> snippet}}
    ControlBackground, // behind a template's control tags
};

// The colour of `role` for `palette` (by default the application's).
QColor roleColour(ColourRole role);
QColor roleColour(ColourRole role, const QPalette& palette);

// Text in a <span> of the role's colour, for labels that show rich text; `html` is already escaped.
QString colouredHtml(ColourRole role, const QString& html);

// WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21).
double relativeLuminance(const QColor& colour);
double contrastRatio(const QColor& a, const QColor& b);

// True when the palette draws light text on a dark window (Qt 6.4 has no colour scheme hint).
bool isDarkPalette(const QPalette& palette);

} // namespace iq
