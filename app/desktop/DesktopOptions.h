#pragma once

#include <QString>

class QApplication;

namespace iq {

// The GUI's command line: --profile DIR and --language CODE.
struct DesktopOptions {
    QString profileDirectory;
    QString language;

    static DesktopOptions parse(const QApplication& app);
};

// Loads Qt's and the application's translations for the language (the system's when empty).
void installTranslations(QApplication& app, const QString& language);

} // namespace iq
