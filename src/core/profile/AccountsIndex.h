#pragma once

#include "shared/util/Result.h"

#include <QList>
#include <QString>

namespace iq {

// One profile the user has on this computer and the account it syncs with (none for a local profile).
struct AccountEntry {
    QString profileDirectory;
    QString server; // empty for a local-only profile
    QString email;
    QString accountId;
    QString name;
    bool signedIn = false;
};

// The small list of profiles and their accounts, kept as accounts.json in the application's data folder
// (next to profiles/). It holds no secret: tokens are in the keychain. Several accounts live side by
// side, a profile each; "current" is the one iqm and the desktop application open by default.
class AccountsIndex final {
public:
    // The application's data folder (profiles/ and accounts.json live there).
    static QString dataRoot();
    static QString defaultPath();

    static Result<AccountsIndex> load(const QString& path = defaultPath());
    Status save() const;

    QList<AccountEntry> entries() const { return m_entries; }
    QString current() const { return m_current; }
    void setCurrent(const QString& profileDirectory) { m_current = profileDirectory; }
    void upsert(const AccountEntry& entry);
    // By profile folder, e-mail (case-insensitive) or account id.
    const AccountEntry* find(const QString& profileOrEmail) const;
    // A new profile folder under dataRoot()/profiles named after the e-mail, not yet used.
    QString newProfileDirectory(const QString& email) const;

private:
    QString m_path;
    QString m_current;
    QList<AccountEntry> m_entries;
};

} // namespace iq
