#pragma once

#include "shared/domain/Contact.h"
#include "shared/domain/Content.h"
#include "shared/util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace iq {

class Database;
class ChangeNotifier;
class Clock;

namespace tmpl {
class Partials;
}

// The content library. Every write is one transaction that appends the change to the outbox (entity
// "content", the payload in the sync API's shape) and is announced on the notifier after it commits.
class ContentRepository final {
public:
    ContentRepository(Database& database, ChangeNotifier* notifier = nullptr, const Clock* clock = nullptr);

    Result<ContentItem> add(ContentItem item);
    Result<ContentItem> update(ContentItem item);
    Result<ContentItem> rename(const QString& id, const QString& name);
    // A copy named "NAME (copy)", "NAME (copy 2)"... with a new id.
    Result<ContentItem> duplicate(const QString& id);
    // Leaves a tombstone for sync.
    Status remove(const QString& id);

    Result<ContentItem> get(const QString& id);
    // Live items ordered by kind then name; kind and tag narrow the list when given.
    Result<QList<ContentItem>> list(std::optional<ContentItem::Kind> kind = std::nullopt,
                                    const QString& tag = {});
    Result<QStringList> allTags();
    // Every snippet by name, for rendering {{> name}}.
    Result<QStringList> snippetNames();
    Status loadSnippets(tmpl::Partials& partials);

private:
    Status validate(const ContentItem& item);
    Status appendToOutbox(const ContentItem& item, qint64 baseVersion, bool deleted);
    Result<QList<ContentItem>> load(const QString& where, const QVariantList& values);
    void announce(const QString& id);

    Database& m_database;
    ChangeNotifier* m_notifier;
    const Clock& m_clock;
};

} // namespace iq
