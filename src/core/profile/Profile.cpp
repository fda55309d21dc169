#include "core/profile/Profile.h"

#include "core/profile/AccountsIndex.h"
#include "core/store/Settings.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace iq {

QString Profile::defaultDirectory() {
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share/IQ Messaging");
    return base + QStringLiteral("/profiles/default");
}

QString Profile::resolveDirectory(const QString& commandLineValue) {
    if (!commandLineValue.isEmpty())
        return QDir(commandLineValue).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable("IQM_PROFILE");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    // The profile last signed in to or switched to, when there is a list of accounts.
    if (auto index = AccountsIndex::load(); index.ok() && !index.value().current().isEmpty())
        return index.value().current();
    return defaultDirectory();
}

Profile::Profile(QString directory, std::unique_ptr<Database> database)
    : m_directory(std::move(directory))
    , m_database(std::move(database)) {}

Profile::~Profile() = default;

QString Profile::databasePath() const {
    return QDir(m_directory).filePath(databaseFileName());
}

Result<std::unique_ptr<Profile>> Profile::open(const QString& directory) {
    if (!QDir(directory).exists()) {
        if (!QDir().mkpath(directory))
            return Error::make(Error::Code::Io,
                               QObject::tr("Cannot create the profile folder %1.").arg(directory));
        // A new profile folder is its owner's alone (the database, its copies, media and exports).
        QFile::setPermissions(directory,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    auto database = Database::open(QDir(directory).filePath(databaseFileName()));
    if (!database)
        return database.error();
    return std::unique_ptr<Profile>(new Profile(QDir(directory).absolutePath(), std::move(database).value()));
}

QString Profile::setting(const QString& key, const QString& fallback) {
    return Settings(*m_database).value(key, fallback);
}

Status Profile::setSetting(const QString& key, const QString& value) {
    return Settings(*m_database).setValue(key, value);
}

} // namespace iq
