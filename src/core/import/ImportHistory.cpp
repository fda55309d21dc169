#include "core/import/ImportHistory.h"

#include "core/store/ChangeNotifier.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/GroupRepository.h"
#include "shared/json/ContactJson.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace iq {

// The messages are the import's: asked for (and catalogued) under its context.
class ImportHistoryText final {
    Q_DECLARE_TR_FUNCTIONS(iq::ImportEngine)
};

ImportHistory::ImportHistory(Database& database, ChangeNotifier* notifier, const Clock* clock)
    : m_database(database)
    , m_notifier(notifier)
    , m_clock(clock ? *clock : Clock::system()) {}

Result<QList<ImportRecord>> ImportHistory::list() {
    return ImportLog(m_database).history();
}

Result<QJsonObject> ImportHistory::rollback(const QString& importId) {
    QJsonObject result;
    ImportLog log(m_database);
    Status status = m_database.transaction([&]() -> Status {
        auto range = log.range(importId);
        if (!range)
            return range.error();
        if (!range.value().rolledBackAt.isEmpty())
            return Error::make(Error::Code::Conflict,
                               ImportHistoryText::tr("Import %1 was already rolled back on %2.")
                                   .arg(importId, range.value().rolledBackAt));
        result.insert(QStringLiteral("file"), range.value().fileName);
        Undone undone;
        // The contacts it created, as the import records them since schema 6.
        if (range.value().createdFirst && range.value().createdLast) {
            auto gone = ContactRepository(m_database, nullptr, &m_clock)
                            .removeRowidRange(*range.value().createdFirst, *range.value().createdLast);
            if (!gone)
                return gone.error();
            undone.removed += gone.value();
        }
        auto changes = log.changes(importId);
        if (!changes)
            return changes.error();
        if (Status done = undo(changes.value(), undone); !done)
            return done;
        result.insert(QStringLiteral("contactsRemoved"), undone.removed);
        result.insert(QStringLiteral("contactsRestored"), undone.restored);
        result.insert(QStringLiteral("membershipsRemoved"), undone.left);
        result.insert(QStringLiteral("groupsRemoved"), undone.groupsRemoved);
        return log.markRolledBack(importId, toStoredTime(m_clock.now()));
    });
    if (!status)
        return status.error();
    result.insert(QStringLiteral("importId"), importId);
    if (m_notifier) {
        m_notifier->announce(Entity::Contact);
        m_notifier->announce(Entity::Group);
        m_notifier->announce(Entity::Membership);
    }
    return result;
}

Status ImportHistory::undo(const QList<ImportChange>& changes, Undone& undone) {
    ContactRepository contacts(m_database, nullptr, &m_clock);
    GroupRepository groups(m_database, nullptr, &m_clock);
    for (const ImportChange& change : changes) {
        if (change.action == QLatin1String("created")) {
            Status gone = contacts.remove(change.contactId);
            if (!gone && gone.error().code != Error::Code::NotFound)
                return gone;
            undone.removed += gone.ok();
        } else if (change.action == QLatin1String("updated")) {
            auto before = ContactJson::fromJson(QJsonDocument::fromJson(change.before.toUtf8()).object());
            if (!before)
                return before.error();
            auto back = contacts.update(before.value());
            if (!back && back.error().code != Error::Code::NotFound)
                return back.error();
            undone.restored += back.ok();
        } else if (change.action == QLatin1String("joined")) {
            Status out = groups.removeMember(change.groupId, change.contactId);
            if (!out && out.error().code != Error::Code::NotFound)
                return out;
            undone.left += out.ok();
        }
    }
    // Groups last, once the people the import put in them are gone.
    for (const ImportChange& change : changes) {
        if (change.action != QLatin1String("group"))
            continue;
        auto members = groups.members(change.groupId);
        if (members && members.value().isEmpty()) {
            if (Status gone = groups.remove(change.groupId); gone)
                ++undone.groupsRemoved;
        }
    }
    return {};
}

} // namespace iq
