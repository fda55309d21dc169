#pragma once

#include "models/ColourRoles.h"

#include <QCoreApplication>
#include <QList>
#include <QPalette>
#include <QString>

class QWidget;

namespace iq {

// The application's look: the system's palette (the default), or light, dark or high contrast chosen
// by the owner. The choice is kept in QSettings under `appearance/theme`, applied at start and again
// whenever it changes; every widget follows because colours come from the palette or ColourRoles.
class Theme final {
    Q_DECLARE_TR_FUNCTIONS(iq::Theme)
public:
    enum class Kind { System, Light, Dark, HighContrast };

    static QList<Kind> all();
    static QString key(Kind kind); // "system", "light", "dark", "high-contrast": the stored value
    static Kind fromKey(const QString& key);
    static QString displayName(Kind kind);

    // The stored choice, System when none or unknown.
    static Kind stored();
    static void store(Kind kind);

    // Sets the application's palette (and the Fusion style, which draws any palette faithfully, for a
    // chosen theme). System goes back to the platform's palette and style.
    static void apply(Kind kind);
    static Kind current();

    // The palette of a chosen theme; for System, the platform's.
    static QPalette palette(Kind kind);
};

// Shows a widget's text in a role's colour, and keeps it so when the theme changes.
void setTextRole(QWidget* widget, ColourRole role);
// Back to the palette's text colour.
void clearTextRole(QWidget* widget);
// The error colour when `error`, else the palette's text colour.
void setErrorText(QWidget* widget, bool error);

} // namespace iq
