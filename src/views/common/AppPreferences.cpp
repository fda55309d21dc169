#include "views/common/AppPreferences.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSettings>

namespace iq {
namespace {

const QString kLanguage = QStringLiteral("interface/language");
const QString kProxy = QStringLiteral("network/proxy");
const QString kProxyHost = QStringLiteral("network/proxyHost");
const QString kProxyPort = QStringLiteral("network/proxyPort");
const QString kExportFolder = QStringLiteral("exports/folder");

} // namespace

QString AppPreferences::language() {
    return QSettings().value(kLanguage).toString();
}

void AppPreferences::setLanguage(const QString& code) {
    QSettings().setValue(kLanguage, code);
}

QStringList AppPreferences::availableLanguages() {
    QStringList codes;
    // The catalogues iqcore embeds (translations/*.ts, built into :/i18n).
    for (const QString& file : QDir(QStringLiteral(":/i18n"))
                                   .entryList({QStringLiteral("iqmessaging_*.qm")}, QDir::Files, QDir::Name))
        codes << file.mid(12).chopped(3);
    codes.removeAll(QStringLiteral("en"));
    codes.prepend(QStringLiteral("en"));
    return codes;
}

bool AppPreferences::notify(const QString& key) {
    return QSettings().value(key, true).toBool();
}

void AppPreferences::setNotify(const QString& key, bool on) {
    QSettings().setValue(key, on);
}

AppPreferences::Proxy AppPreferences::proxy() {
    const QString mode = QSettings().value(kProxy).toString();
    if (mode == QLatin1String("none"))
        return Proxy::None;
    if (mode == QLatin1String("manual"))
        return Proxy::Manual;
    return Proxy::System;
}

QString AppPreferences::proxyHost() {
    return QSettings().value(kProxyHost).toString();
}

int AppPreferences::proxyPort() {
    return QSettings().value(kProxyPort, 8080).toInt();
}

void AppPreferences::setProxy(Proxy proxy, const QString& host, int port) {
    QSettings settings;
    settings.setValue(kProxy, proxy == Proxy::None     ? QStringLiteral("none")
                              : proxy == Proxy::Manual ? QStringLiteral("manual")
                                                       : QStringLiteral("system"));
    if (proxy == Proxy::Manual) {
        settings.setValue(kProxyHost, host.trimmed());
        settings.setValue(kProxyPort, port);
    }
}

void AppPreferences::applyProxy() {
    switch (proxy()) {
    case Proxy::System:
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        break;
    case Proxy::None:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case Proxy::Manual:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, proxyHost(), static_cast<quint16>(proxyPort())));
        break;
    }
}

QString AppPreferences::chosenExportFolder() {
    return QSettings().value(kExportFolder).toString();
}

QString AppPreferences::exportFolder() {
    const QString folder = chosenExportFolder();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void AppPreferences::setExportFolder(const QString& folder) {
    QSettings().setValue(kExportFolder, folder);
}

QString AppPreferences::exportPath(const QString& fileName) {
    return QDir(exportFolder()).filePath(fileName);
}

} // namespace iq
