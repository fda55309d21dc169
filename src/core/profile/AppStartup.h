#pragma once

#include "core/profile/Profile.h"
#include "shared/util/Result.h"

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace iq {

// What iqmessaging, iqm and iqmsgd set up the same way before their first window or command, so that
// the programs agree on the profile they open, the keychain entries they read and the language they
// speak. One object lives for the whole of main(): the translators it installs go when it does.
class AppStartup final {
public:
    enum class Program { Desktop, Cli, Server };

    // Sets the names the programs share (where profiles live, settings, the version).
    explicit AppStartup(Program program);
    ~AppStartup();
    Q_DISABLE_COPY_MOVE(AppStartup)

    // Installs Qt's and the product's catalogues for the language ("de", "fr_CA"), the system's when
    // empty, and makes it the default locale. A language we do not ship gets English. Installing again
    // replaces what was installed before. Answers the locale chosen.
    QLocale installTranslations(const QString& language);

    // The keychain service the tokens are kept under: IQM_KEYCHAIN_SERVICE when set, so that a test or a
    // second installation keeps its own entries, and every program finds the same ones.
    static QString keychainService();

    // The profile a --profile value (possibly empty) names, then IQM_PROFILE, then the accounts' current
    // one, opened (and created on first use).
    static Result<std::unique_ptr<Profile>> openProfile(const QString& profileOption);

private:
    void removeTranslations();

    std::unique_ptr<QTranslator> m_qtTranslator;
    std::unique_ptr<QTranslator> m_appTranslator;
};

} // namespace iq
