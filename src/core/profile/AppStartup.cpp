#include "core/profile/AppStartup.h"

#include "shared/util/AppIdentity.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace iq {

AppStartup::AppStartup(Program program) {
    setApplicationIdentity();
    // The server keeps its own files apart from the desktop's.
    if (program == Program::Server)
        QCoreApplication::setApplicationName(QStringLiteral("iqmsgd"));
}

AppStartup::~AppStartup() {
    removeTranslations();
}

QLocale AppStartup::installTranslations(const QString& language) {
    removeTranslations();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
        QCoreApplication::installTranslator(qtTranslator.get()))
        m_qtTranslator = std::move(qtTranslator);
    auto appTranslator = std::make_unique<QTranslator>();
    // A language we do not ship (or the C locale of a bare session) gets English, whose catalogue
    // holds the plural forms ("1 contact", "8 contacts").
    if ((appTranslator->load(locale, QStringLiteral("iqmessaging"), QStringLiteral("_"),
                             QStringLiteral(":/i18n")) ||
         appTranslator->load(QStringLiteral(":/i18n/iqmessaging_en"))) &&
        QCoreApplication::installTranslator(appTranslator.get()))
        m_appTranslator = std::move(appTranslator);
    return locale;
}

void AppStartup::removeTranslations() {
    for (auto* translator : {&m_appTranslator, &m_qtTranslator}) {
        if (*translator)
            QCoreApplication::removeTranslator(translator->get());
        translator->reset();
    }
}

QString AppStartup::keychainService() {
    const QString fromEnvironment = qEnvironmentVariable("IQM_KEYCHAIN_SERVICE");
    return fromEnvironment.isEmpty() ? QStringLiteral("IQ Messaging") : fromEnvironment;
}

Result<std::unique_ptr<Profile>> AppStartup::openProfile(const QString& profileOption) {
    return Profile::open(Profile::resolveDirectory(profileOption));
}

} // namespace iq
