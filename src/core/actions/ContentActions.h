#pragma once

#include "shared/domain/Content.h"
#include "shared/util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace iq {

class ChangeNotifier;
class Clock;
class Database;
class Profile;

namespace tmpl {
class Partials;
}

// The content library as the composer, the library page and iqm use it: saved SMS, e-mail and voice
// messages and snippets. Every change is one transaction that reaches the outbox; the notifier hears of it
// after the commit.
class ContentActions final {
public:
    explicit ContentActions(Profile& profile, const Clock* clock = nullptr);
    ContentActions(Database& database, ChangeNotifier* notifier, const Clock* clock = nullptr);

    // Live items ordered by kind then name; kind and tag narrow the list when given.
    Result<QList<ContentItem>> list(std::optional<ContentItem::Kind> kind = std::nullopt,
                                    const QString& tag = {});
    Result<ContentItem> get(const QString& id);
    // Every tag in use, sorted, each once whatever its case.
    Result<QStringList> tags();
    // Every snippet by name, for rendering {{> name}}.
    Status loadSnippets(tmpl::Partials& partials);

    Result<ContentItem> add(ContentItem item);
    Result<ContentItem> edit(ContentItem item);
    Result<ContentItem> rename(const QString& id, const QString& name);
    // A copy named "NAME (copy)", "NAME (copy 2)"... with a new id.
    Result<ContentItem> duplicate(const QString& id);
    // Returns what was deleted, so that it can be restored (as a new item) right after.
    Result<ContentItem> remove(const QString& id);
    Result<ContentItem> restore(const ContentItem& removed);
    // What "Save to library" does with the composer's draft: the item opened in the composer (openedId,
    // may be empty) is updated when the name stays; a new name makes a new item and the old one stays.
    // The draft's name, kind, subject and bodies are saved; tags and media come from the opened item.
    Result<ContentItem> saveDraft(const QString& openedId, const ContentItem& draft);

    // Where a recording or attachment of the profile's media is kept; empty without a profile.
    QString mediaFilePath(const QString& mediaHash) const;

private:
    Database& m_database;
    ChangeNotifier* m_notifier;
    const Clock* m_clock;
    QString m_mediaDirectory;
};

} // namespace iq
