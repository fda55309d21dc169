#pragma once

#include "core/import/ImportSource.h"
#include "shared/domain/Consent.h"
#include "shared/util/Result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace iq {

class Database;
class Clock;
class ChangeNotifier;

struct ImportOptions {
    enum class OnDuplicate { Skip, UpdateEmpty, Overwrite };

    QString region; // for numbers without a country code; empty: the system's
    OnDuplicate onDuplicate = OnDuplicate::Skip;
    QStringList targetGroups; // every imported person joins these
    ConsentState consent = ConsentState::Unknown;
    QString consentSource; // "paper sign-up sheet, March 2026"
    ImportSourceOptions source;
    QString rejectedRowsPath; // when set, the rows not imported go there with a reason column
    // Files at least this large are committed in bulk: the per-row triggers that keep the contact list
    // columns and the search index are set aside and their work done once at the end, in the same
    // transaction. Not part of the recorded options; tests set 0 (always) or -1 (never).
    qint64 bulkFromBytes = 256 * 1024;

    QJsonObject toJson() const;
    static QString onDuplicateKey(OnDuplicate value);
    static std::optional<OnDuplicate> onDuplicateFromKey(const QString& key);
};

enum class RowOutcome { Create, Update, Unchanged, Skip, Duplicate, Invalid };
QString toKey(RowOutcome outcome);       // "create", "update", ...
QString displayName(RowOutcome outcome); // translated

// What the plan says about one row of the file.
struct PlannedRow {
    qint64 line = 0;
    RowOutcome outcome = RowOutcome::Invalid;
    QString name;
    QString detail;            // the reason (invalid, duplicate, skip) or what changes
    QStringList changedFields; // for updates
    QStringList groups;        // groups the person joins
    QStringList phones;        // as normalized (E.164) when valid, else as written
    QStringList emails;
    QStringList warnings;
    QString contactId;     // the existing contact matched, or the new one (commit)
    bool optedOut = false; // recorded as opted out (the file said so, or the profile did)
};

struct ImportReport {
    QString importId; // empty for a dry run
    QString fileName;
    QString fileHash;
    QString format;
    QString formatName;
    QByteArray encoding;
    QChar delimiter;
    QJsonObject mapping;
    bool committed = false;
    qint64 rows = 0;
    QMap<RowOutcome, qint64> counts;
    qint64 groupsJoined = 0;
    qint64 optedOut = 0;
    qint64 warnings = 0;
    QString rejectedRowsPath;
    qint64 rejectedRows = 0;

    qint64 count(RowOutcome outcome) const { return counts.value(outcome); }
    QJsonObject countsJson() const;
    QJsonObject toJson() const;
};

// Plans and commits contact imports. A plan reads the file and the profile and says, row by row, what
// would happen; a commit does exactly that in one transaction (a cancel, an error or a killed process
// leaves the profile as it was) and records the import so that ImportHistory can roll it back.
class ImportEngine final {
public:
    using RowSink = std::function<void(const PlannedRow&)>;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit ImportEngine(Database& database, ChangeNotifier* notifier = nullptr,
                          const Clock* clock = nullptr);

    // Reads the file and the profile and says, row by row, what an import would do; changes nothing.
    Result<ImportReport> plan(const QString& path, const ImportOptions& options, const RowSink& sink = {},
                              const std::atomic_bool* cancel = nullptr, const Progress& progress = {});
    // Does what the plan says in one transaction and records the import (see ImportHistory).
    Result<ImportReport> commit(const QString& path, const ImportOptions& options, const RowSink& sink = {},
                                const std::atomic_bool* cancel = nullptr, const Progress& progress = {});

private:
    Result<ImportReport> run(const QString& path, const ImportOptions& options, bool commit,
                             const RowSink& sink, const std::atomic_bool* cancel, const Progress& progress);

    Database& m_database;
    ChangeNotifier* m_notifier;
    const Clock& m_clock;
};

} // namespace iq
