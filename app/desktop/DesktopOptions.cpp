#include "DesktopOptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

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

void installTranslations(QApplication& app, const QString& language) {
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto* appTranslator = new QTranslator(&app);
    // A language we do not ship (or the C locale of a bare session) gets English, whose catalogue
    // holds the plural forms ("1 contact", "8 contacts").
    if (appTranslator->load(locale, QStringLiteral("iqmessaging"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")) ||
        appTranslator->load(QStringLiteral(":/i18n/iqmessaging_en")))
        QApplication::installTranslator(appTranslator);
}

} // namespace iq
