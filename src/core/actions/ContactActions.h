#pragma once

#include "core/contacts/ContactMerger.h"
#include "core/import/ContactExporter.h"
#include "core/store/DuplicateFinder.h"
#include "shared/domain/Contact.h"
#include "shared/util/Result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

class QIODevice;

namespace iq {

class ChangeNotifier;
class Clock;
class Database;
class PhoneNumbers;
class Profile;

// The fields an edit changes; a field left empty (nullopt) keeps its value.
struct ContactChanges {
    std::optional<QString> givenName;
    std::optional<QString> middleName;
    std::optional<QString> familyName;
    std::optional<QString> displayName;
    std::optional<QString> organization;
    std::optional<QString> notes;
    std::optional<QString> language;     // a BCP 47 tag such as "de" or "pt-BR"; empty clears it
    std::optional<QString> timeZone;     // an IANA name such as "Europe/Berlin"; empty clears it
    std::optional<QStringList> phones;   // as typed; replaces every number
    std::optional<QStringList> emails;   // replaces every address
    QMap<QString, QString> customFields; // an empty value removes the field
    // An invalid number is refused with its reason unless this is set; then it is kept as typed, as
    // the editor keeps it, and never messaged.
    bool keepInvalidPhones = false;
};

// What a deletion took away, so that undoing it can bring everything back.
struct DeletedContact {
    Contact contact;
    QList<GroupMembership> memberships;
};

// Where new contacts go besides the list: groups by name (made when missing), with the consent given.
struct GroupPlacement {
    QStringList groupNames;
    ConsentState consent = ConsentState::Unknown;
    QString source;
};

// The user-level actions on contacts, each in one transaction that also queues the change for sync
// and records consent in the ledger where it changes. The desktop and iqm both go through here, so
// they do the same thing; `actor` ("desktop", "iqm") is who the ledger says recorded a change.
class ContactActions final {
public:
    ContactActions(Profile& profile, QString actor, const Clock* clock = nullptr);
    // For a worker thread's own connection; notifier may be null when nobody listens there.
    ContactActions(Database& database, ChangeNotifier* notifier, QString actor, const Clock* clock = nullptr);

    Result<Contact> get(const QString& id);
    Result<QList<GroupMembership>> memberships(const QString& contactId);
    // The groups a contact can be put in, by name.
    Result<QList<Group>> groups();
    Result<Group> findGroup(const QString& nameOrId);
    Result<int> count();

    // Refuses an e-mail address without its @ and a contact with nothing to call them by.
    Result<Contact> add(const Contact& contact, const GroupPlacement& placement = {});
    // Stores the whole contact as given (the editor's result), after the same checks as add().
    Result<Contact> update(const Contact& contact);
    // Changes the given fields only, checking each; numbers are normalized for the profile's region.
    Result<Contact> edit(const QString& id, const ContactChanges& changes, const PhoneNumbers& phoneNumbers);
    // Deletes every one of ids or none; answers what undo needs to bring them back.
    Result<QList<DeletedContact>> remove(const QStringList& ids);
    // Brings deleted contacts back with their fields and groups (undoing remove()).
    Status restore(const QList<DeletedContact>& deleted);

    // Puts the contacts in the group; members already there keep their consent. Answers the newcomers.
    Result<QStringList> addToGroup(const QStringList& ids, const QString& groupId, ConsentState consent,
                                   const QString& source);
    // The group of that name, made when there is none.
    Result<Group> findOrAddGroup(const QString& name);
    // Takes the contacts out of the group; answers who left and the consent each had there.
    Result<QHash<QString, ConsentState>> removeFromGroup(const QStringList& ids, const QString& groupId);
    // Undoes removeFromGroup(): each back with the consent they had, noted in the ledger with source.
    Status rejoinGroup(const QString& groupId, const QHash<QString, ConsentState>& members,
                       const QString& source);
    // Undoes addToGroup(): takes the newcomers out again.
    Status leaveGroup(const QString& groupId, const QStringList& ids);

    Result<QList<DuplicatePair>> duplicates(int limit = 5000);
    // Merges other into kept; not undoable (consent records are never taken back). Unknown or equal
    // ids are refused before anything is written.
    Result<MergeOutcome> merge(const QString& keptId, const QString& otherId, const MergeChoices& choices);
    // The same with the kept contact's values except where it has none (MergeChoices::preferFilled).
    Result<MergeOutcome> merge(const QString& keptId, const QString& otherId);

    Result<qint64> exportTo(QIODevice* device, const ExportSelection& selection,
                            const ContactExporter::Options& options,
                            const std::atomic_bool* cancel = nullptr);
    Result<qint64> exportToFile(const QString& path, const ExportSelection& selection,
                                const ContactExporter::Options& options,
                                const std::atomic_bool* cancel = nullptr);

    // Why the contact cannot be stored as it is, or an empty string.
    static QString problem(const Contact& contact);

private:
    Status apply(Contact& contact, const ContactChanges& changes, const PhoneNumbers& phoneNumbers) const;

    Database& m_database;
    ChangeNotifier* m_notifier;
    QString m_actor;
    const Clock* m_clock;
};

} // namespace iq
