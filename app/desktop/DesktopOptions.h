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

} // namespace iq
