#pragma once

#include "core/store/ChangeNotifier.h"
#include "core/store/Database.h"
#include "shared/util/Result.h"

#include <QString>

#include <memory>

namespace iq {

// A profile is a folder holding one SQLite database (profile.sqlite) and the profile's files
// (media/, exports/). Every executable picks it the same way: --profile DIR, else IQM_PROFILE,
// else the default folder under the user's application data.
class Profile final {
public:
    static QString defaultDirectory();
    // The folder to use given a --profile value (may be empty); the environment comes second.
    static QString resolveDirectory(const QString& commandLineValue);

    // Creates the folder and database on first use; refuses a corrupt or newer database untouched.
    static Result<std::unique_ptr<Profile>> open(const QString& directory);
    ~Profile();
    Q_DISABLE_COPY_MOVE(Profile)

    QString directory() const { return m_directory; }
    QString databasePath() const;
    Database& database() { return *m_database; }
    ChangeNotifier& notifier() { return m_notifier; }

    QString setting(const QString& key, const QString& fallback = {});
    Status setSetting(const QString& key, const QString& value);

    static QString databaseFileName() { return QStringLiteral("profile.sqlite"); }

private:
    Profile(QString directory, std::unique_ptr<Database> database);

    QString m_directory;
    std::unique_ptr<Database> m_database;
    ChangeNotifier m_notifier;
};

} // namespace iq
