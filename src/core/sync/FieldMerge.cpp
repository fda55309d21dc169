#include "core/sync/FieldMerge.h"

#include "core/store/LocalRecords.h"

#include <QSet>

namespace iq {

MergeOutcome mergeRecord(const QJsonObject& base, const QJsonObject& local, const QJsonObject& server) {
    MergeOutcome outcome;
    outcome.merged = server;
    QSet<QString> keys;
    for (auto it = local.begin(); it != local.end(); ++it)
        keys.insert(it.key());
    for (auto it = server.begin(); it != server.end(); ++it)
        keys.insert(it.key());
    const QString optedOut = QStringLiteral("opted_out");
    // Deterministic order, so conflict records come out the same on every run.
    QStringList ordered(keys.begin(), keys.end());
    ordered.sort();
    for (const QString& key : std::as_const(ordered)) {
        if (LocalRecords::isMetaField(key))
            continue;
        const QJsonValue b = base.value(key), l = local.value(key), s = server.value(key);
        if (!local.contains(key))
            continue; // the local change did not touch (or know) this field
        const bool localChanged = l != b;
        const bool serverChanged = s != b;
        if (!localChanged || l == s)
            continue;
        if (serverChanged && key == QLatin1String("consent") &&
            (l.toString() == optedOut || s.toString() == optedOut)) {
            outcome.merged.insert(key, optedOut);
            continue;
        }
        if (serverChanged) {
            outcome.conflicts.append({key, l, s});
            continue;
        }
        outcome.merged.insert(key, l);
    }
    for (auto it = outcome.merged.begin(); it != outcome.merged.end(); ++it) {
        if (!LocalRecords::isMetaField(it.key()) && it.value() != server.value(it.key())) {
            outcome.differsFromServer = true;
            break;
        }
    }
    return outcome;
}

} // namespace iq
