// What every program sets up the same way: the keychain service, the language and its catalogues, the
// profile that opens, and the names the programs share.
#include "core/import/ImportEngine.h"
#include "core/profile/AppStartup.h"
#include "core/template/ContactFields.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

namespace {

// Restores an environment variable when a test is done with it.
class EnvironmentVariable final {
public:
    EnvironmentVariable(const char* name, const QByteArray& value)
        : m_name(name)
        , m_wasSet(qEnvironmentVariableIsSet(name))
        , m_previous(qgetenv(name)) {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~EnvironmentVariable() {
        if (m_wasSet)
            qputenv(m_name, m_previous);
        else
            qunsetenv(m_name);
    }
    Q_DISABLE_COPY_MOVE(EnvironmentVariable)

private:
    const char* m_name;
    bool m_wasSet;
    QByteArray m_previous;
};

QString usageHint() {
    return QCoreApplication::translate("iq::cli::Text", "Run 'iqm --help' for usage.");
}

QString contacts(int n) {
    return QCoreApplication::translate("iq::ContactsPage", "%n contact(s)", nullptr, n);
}

} // namespace

class TestAppStartup final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keychainServiceHonoursTheEnvironment() {
        {
            const EnvironmentVariable unset("IQM_KEYCHAIN_SERVICE", QByteArray());
            QCOMPARE(AppStartup::keychainService(), QStringLiteral("IQ Messaging"));
        }
        {
            const EnvironmentVariable empty("IQM_KEYCHAIN_SERVICE", QByteArray(""));
            QCOMPARE(AppStartup::keychainService(), QStringLiteral("IQ Messaging"));
        }
        const EnvironmentVariable own("IQM_KEYCHAIN_SERVICE", "IQ Messaging (tests)");
        QCOMPARE(AppStartup::keychainService(), QStringLiteral("IQ Messaging (tests)"));
    }

    void programsShareTheirNames_data() {
        QTest::addColumn<int>("program");
        QTest::addColumn<QString>("applicationName");
        QTest::newRow("desktop") << int(AppStartup::Program::Desktop) << "iqmessaging";
        QTest::newRow("iqm") << int(AppStartup::Program::Cli) << "iqmessaging";
        QTest::newRow("iqmsgd") << int(AppStartup::Program::Server) << "iqmsgd";
    }
    void programsShareTheirNames() {
        QFETCH(int, program);
        QFETCH(QString, applicationName);
        const AppStartup startup{AppStartup::Program(program)};
        QCOMPARE(QCoreApplication::organizationName(), QStringLiteral("IQMessaging"));
        QCOMPARE(QCoreApplication::applicationName(), applicationName);
        QCOMPARE(QCoreApplication::applicationVersion(), QStringLiteral(IQ_VERSION));
    }

    void germanCataloguesTranslateEveryLayer() {
        AppStartup startup(AppStartup::Program::Cli);
        QCOMPARE(startup.installTranslations(QStringLiteral("de")).language(), QLocale::German);
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(usageHint(), QStringLiteral("'iqm --help' zeigt die Verwendung."));
        QCOMPARE(displayName(RowOutcome::Create), QStringLiteral("Neu"));
        QCOMPARE(ContactFields::label(ContactFields::FirstName), QStringLiteral("Vorname"));
        QCOMPARE(contacts(8), QStringLiteral("8 Kontakte"));
        // Qt's own messages come in the same language.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }

    void installingAgainReplacesTheLanguage() {
        AppStartup startup(AppStartup::Program::Desktop);
        startup.installTranslations(QStringLiteral("de"));
        startup.installTranslations(QStringLiteral("fr"));
        QCOMPARE(usageHint(), QStringLiteral("Lancez 'iqm --help' pour l'utilisation."));
        startup.installTranslations(QStringLiteral("es_MX"));
        QCOMPARE(usageHint(), QStringLiteral("Ejecute 'iqm --help' para ver el uso."));
    }

    // English: the source texts, and the plural forms from the English catalogue.
    void unshippedLanguageGetsEnglish() {
        AppStartup startup(AppStartup::Program::Desktop);
        startup.installTranslations(QStringLiteral("sw"));
        QCOMPARE(usageHint(), QStringLiteral("Run 'iqm --help' for usage."));
        QCOMPARE(contacts(1), QStringLiteral("1 contact"));
        QCOMPARE(contacts(8), QStringLiteral("8 contacts"));
    }

    void catalogueGoesWithTheStartup() {
        {
            AppStartup startup(AppStartup::Program::Cli);
            startup.installTranslations(QStringLiteral("de"));
            QCOMPARE(contacts(1), QStringLiteral("1 Kontakt"));
        }
        QCOMPARE(usageHint(), QStringLiteral("Run 'iqm --help' for usage."));
        QCOMPARE(contacts(1), QStringLiteral("1 contact(s)"));
    }

    void opensTheProfileTheOptionNames() {
        const EnvironmentVariable environment("IQM_PROFILE", QByteArray());
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("new/profile"));
        auto profile = AppStartup::openProfile(folder);
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        QCOMPARE(profile.value()->directory(), QDir(folder).absolutePath());
        QVERIFY(QFileInfo::exists(profile.value()->databasePath()));
    }

    void opensTheProfileOfTheEnvironmentWithoutAnOption() {
        QTemporaryDir dir;
        const EnvironmentVariable environment("IQM_PROFILE", dir.filePath(QStringLiteral("env")).toUtf8());
        auto profile = AppStartup::openProfile(QString());
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        QCOMPARE(profile.value()->directory(), QDir(dir.filePath(QStringLiteral("env"))).absolutePath());
        // The option still comes first.
        auto chosen = AppStartup::openProfile(dir.filePath(QStringLiteral("option")));
        QVERIFY(chosen);
        QCOMPARE(chosen.value()->directory(), QDir(dir.filePath(QStringLiteral("option"))).absolutePath());
    }

    void profileThatCannotBeMadeSaysWhyInTheLanguage() {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        AppStartup startup(AppStartup::Program::Cli);
        startup.installTranslations(QStringLiteral("de"));
        auto profile = AppStartup::openProfile(dir.filePath(QStringLiteral("file/profile")));
        QVERIFY(!profile);
        QVERIFY2(profile.errorMessage().startsWith(QStringLiteral("Der Profilordner")),
                 qPrintable(profile.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestAppStartup)
#include "tst_appstartup.moc"
