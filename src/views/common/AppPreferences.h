#pragma once

#include <QString>
#include <QStringList>

namespace iq {

// What belongs to this computer's user rather than to a profile, kept in QSettings: the interface
// language (taken at the next start), desktop notifications, the network proxy and the folder
// exports go to. The theme is Theme's (appearance/theme).
class AppPreferences final {
public:
    enum class Proxy { System, None, Manual };

    // "" for the system's language, else a catalogue's code ("de").
    static QString language();
    static void setLanguage(const QString& code);
    // The codes of the catalogues the application carries, English first.
    static QStringList availableLanguages();

    static QString campaignFinishedKey() { return QStringLiteral("notifications/campaignFinished"); }
    static QString optOutsKey() { return QStringLiteral("notifications/optOuts"); }
    static bool notify(const QString& key); // default true
    static void setNotify(const QString& key, bool on);

    static Proxy proxy();
    static QString proxyHost();
    static int proxyPort();
    static void setProxy(Proxy proxy, const QString& host = {}, int port = 0);
    // Makes every network request of the application go through the chosen proxy.
    static void applyProxy();

    // The folder export dialogs open in: the chosen one while it exists, else the home folder.
    static QString exportFolder();
    // The folder as chosen, empty when none was.
    static QString chosenExportFolder();
    static void setExportFolder(const QString& folder);
    // `fileName` in the export folder: what a save dialog suggests.
    static QString exportPath(const QString& fileName);
};

} // namespace iq
