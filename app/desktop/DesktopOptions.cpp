#include "DesktopOptions.h"

#include <QApplication>
#include <QCommandLineParser>

namespace iq {

DesktopOptions DesktopOptions::parse(const QApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "IQ Messaging desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("main", "Use the profile in <dir>."),
                                     QStringLiteral("dir"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QApplication::translate("main", "Show the interface in <code> (e.g. de, fr)."),
        QStringLiteral("code"));
    parser.addOption(profile);
    parser.addOption(language);
    parser.process(app);
    return {parser.value(profile), parser.value(language)};
}

} // namespace iq
