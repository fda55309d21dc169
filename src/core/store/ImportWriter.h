#pragma once

#include "shared/domain/Consent.h"
#include "shared/domain/Contact.h"
#include "shared/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

namespace iq {

class Database;
class Clock;

// The rows an import writes for the people it creates, with statements prepared once for the whole
// run: the same rows ContactRepository::add and GroupRepository::addMember write (contact, numbers,
// addresses, outbox entries, consent ledger, membership), without preparing each statement per row.
//
// For a large file it also sets aside the per-row triggers of schema 4 (list columns, the live count,
// the full-text indexes) and fills what they would have filled once at the end, inside the import's
// transaction: for the contacts created (rowid above the largest before the import) and for the
// existing ones the import touched. A cancel or a killed process rolls the trigger changes back with
// everything else.
class ImportWriter final {
public:
    ImportWriter(Database& database, const Clock& clock);
    ~ImportWriter();
    Q_DISABLE_COPY_MOVE(ImportWriter)

    Status prepare();
    // The largest contact rowid before the import (read by prepare()): every contact it creates is above.
    qint64 rowidBefore() const { return m_rowidBefore; }

    // Gives the contact a new id and its times, as ContactRepository::add does. groupNames (as
    // stored) and summary are what its memberships and consent will make of the list columns.
    Status addContact(Contact& contact, QStringList groupNames, ConsentState summary);
    // A new contact joins a group (ledger entry, membership, outbox entry).
    Status addMember(const QString& groupId, const QString& contactId, ConsentState consent,
                     const QString& source);
    Status recordChange(const QString& importId, qint64 seq, const QString& action, const QString& contactId,
                        const QString& groupId, const QString& before);

    // Bulk mode: triggers (and, when the file is about as large as the profile or larger, the
    // secondary contact indexes) aside until finishBulk(). Call inside the import's transaction.
    Status beginBulk(qint64 fileBytes);
    bool bulk() const { return m_bulk; }
    // Before an existing contact is changed in bulk mode: takes its current text out of the full-text
    // indexes and remembers it, so finishBulk() refreshes its columns and index entries.
    Status touch(const QString& contactId);
    Status finishBulk();

private:
    sqlite3_stmt* statement(int index);
    Status setChecks(bool on);
    Status step(sqlite3_stmt* statement, const char* what);
    Status appendOutbox(const QString& entity, const QString& recordId, qint64 baseVersion,
                        const QByteArray& payload);
    Status run(const QString& sql);
    QString now();
    QString orderedId();
    Error error(const char* what) const;

    Database& m_database;
    const Clock& m_clock;
    sqlite3* m_handle = nullptr;
    QList<sqlite3_stmt*> m_statements;
    QDateTime m_lastNow;
    QString m_lastNowText;
    bool m_bulk = false;
    bool m_checksOff = false;
    qint64 m_rowidBefore = 0;
    qint64 m_previousCacheSize = 0;
    QList<QPair<QString, QString>> m_triggers; // name, SQL: the triggers set aside
    QList<QPair<QString, QString>> m_indexes;  // and the indexes
    qint64 m_idMs = 0;
    int m_idCounter = 0;
};

} // namespace iq
