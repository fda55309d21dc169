#include "core/profile/AccountsIndex.h"

#include "core/profile/Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace iq {

QString AccountsIndex::dataRoot() {
    // profiles/default lives two levels below the data folder.
    return QFileInfo(QFileInfo(Profile::defaultDirectory()).absolutePath()).absolutePath();
}

QString AccountsIndex::defaultPath() {
    return QDir(dataRoot()).filePath(QStringLiteral("accounts.json"));
}

Result<AccountsIndex> AccountsIndex::load(const QString& path) {
    AccountsIndex index;
    index.m_path = path;
    QFile file(path);
    if (!file.exists())
        return index;
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("iq::AccountsIndex", "Cannot read %1: %2")
                               .arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error::make(Error::Code::Corrupt,
                           QCoreApplication::translate(
                               "iq::AccountsIndex", "The list of accounts %1 is damaged (byte %2); move it "
                                                    "away and sign in again.")
                               .arg(path)
                               .arg(error.offset));
    const QJsonObject root = document.object();
    index.m_current = root.value(QStringLiteral("current")).toString();
    for (const QJsonValue& value : root.value(QStringLiteral("profiles")).toArray()) {
        const QJsonObject o = value.toObject();
        AccountEntry entry{
            o.value(QStringLiteral("profile")).toString(), o.value(QStringLiteral("server")).toString(),
            o.value(QStringLiteral("email")).toString(),   o.value(QStringLiteral("accountId")).toString(),
            o.value(QStringLiteral("name")).toString(),    o.value(QStringLiteral("signedIn")).toBool()};
        if (!entry.profileDirectory.isEmpty())
            index.m_entries.append(entry);
    }
    return index;
}

Status AccountsIndex::save() const {
    QJsonArray profiles;
    for (const AccountEntry& entry : m_entries) {
        profiles.append(QJsonObject{{QStringLiteral("profile"), entry.profileDirectory},
                                    {QStringLiteral("server"), entry.server},
                                    {QStringLiteral("email"), entry.email},
                                    {QStringLiteral("accountId"), entry.accountId},
                                    {QStringLiteral("name"), entry.name},
                                    {QStringLiteral("signedIn"), entry.signedIn}});
    }
    const QJsonObject root{{QStringLiteral("current"), m_current}, {QStringLiteral("profiles"), profiles}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit())
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("iq::AccountsIndex", "Cannot write %1: %2")
                               .arg(m_path, file.errorString()));
    return {};
}

void AccountsIndex::upsert(const AccountEntry& entry) {
    for (AccountEntry& existing : m_entries) {
        if (existing.profileDirectory == entry.profileDirectory) {
            existing = entry;
            return;
        }
    }
    m_entries.append(entry);
}

const AccountEntry* AccountsIndex::find(const QString& profileOrEmail) const {
    const QString absolute = QDir(profileOrEmail).absolutePath();
    for (const AccountEntry& entry : m_entries) {
        if (entry.profileDirectory == profileOrEmail || entry.profileDirectory == absolute ||
            entry.accountId == profileOrEmail ||
            (!entry.email.isEmpty() && entry.email.compare(profileOrEmail, Qt::CaseInsensitive) == 0))
            return &entry;
    }
    return nullptr;
}

QString AccountsIndex::newProfileDirectory(const QString& email) const {
    QString stem = email.toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("_"));
    if (stem.isEmpty())
        stem = QStringLiteral("account");
    const QDir profiles(QDir(dataRoot()).filePath(QStringLiteral("profiles")));
    QString candidate = profiles.filePath(stem);
    for (int n = 2; QFileInfo::exists(candidate) || find(candidate); ++n)
        candidate = profiles.filePath(stem + QLatin1Char('-') + QString::number(n));
    return candidate;
}

} // namespace iq
