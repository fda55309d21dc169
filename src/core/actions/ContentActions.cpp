#include "core/actions/ContentActions.h"

#include "core/profile/Profile.h"
#include "core/store/ContentRepository.h"
#include "core/store/MediaStore.h"

#include <QDir>

namespace iq {

ContentActions::ContentActions(Profile& profile, const Clock* clock)
    : ContentActions(profile.database(), &profile.notifier(), clock) {
    m_mediaDirectory = QDir(profile.directory()).filePath(QStringLiteral("media"));
}

ContentActions::ContentActions(Database& database, ChangeNotifier* notifier, const Clock* clock)
    : m_database(database)
    , m_notifier(notifier)
    , m_clock(clock) {}

Result<QList<ContentItem>> ContentActions::list(std::optional<ContentItem::Kind> kind, const QString& tag) {
    return ContentRepository(m_database, nullptr, m_clock).list(kind, tag);
}

Result<ContentItem> ContentActions::get(const QString& id) {
    return ContentRepository(m_database, nullptr, m_clock).get(id);
}

Result<QStringList> ContentActions::tags() {
    return ContentRepository(m_database, nullptr, m_clock).allTags();
}

Status ContentActions::loadSnippets(tmpl::Partials& partials) {
    return ContentRepository(m_database, nullptr, m_clock).loadSnippets(partials);
}

Result<ContentItem> ContentActions::add(ContentItem item) {
    item.id.clear();
    item.meta = {};
    return ContentRepository(m_database, m_notifier, m_clock).add(item);
}

Result<ContentItem> ContentActions::edit(ContentItem item) {
    return ContentRepository(m_database, m_notifier, m_clock).update(item);
}

Result<ContentItem> ContentActions::rename(const QString& id, const QString& name) {
    return ContentRepository(m_database, m_notifier, m_clock).rename(id, name);
}

Result<ContentItem> ContentActions::duplicate(const QString& id) {
    return ContentRepository(m_database, m_notifier, m_clock).duplicate(id);
}

Result<ContentItem> ContentActions::remove(const QString& id) {
    ContentRepository content(m_database, m_notifier, m_clock);
    auto item = content.get(id);
    if (!item)
        return item.error();
    if (Status removed = content.remove(id); !removed)
        return removed.error();
    return item;
}

Result<ContentItem> ContentActions::restore(const ContentItem& removed) {
    // The deleted id keeps its tombstone for sync; the restored item is a new record.
    return add(removed);
}

Result<ContentItem> ContentActions::saveDraft(const QString& openedId, const ContentItem& draft) {
    ContentRepository content(m_database, m_notifier, m_clock);
    ContentItem item;
    if (!openedId.isEmpty()) {
        if (auto existing = content.get(openedId))
            item = existing.value();
    }
    if (draft.name.trimmed() != item.name) {
        item.id.clear();
        item.meta = {}; // a new record: no server version of the one it was copied from
    }
    item.name = draft.name;
    item.kind = draft.kind;
    item.subject = draft.subject;
    item.body = draft.body;
    item.bodyHtml = draft.bodyHtml;
    return item.id.isEmpty() ? content.add(item) : content.update(item);
}

QString ContentActions::mediaFilePath(const QString& mediaHash) const {
    if (m_mediaDirectory.isEmpty() || mediaHash.isEmpty())
        return {};
    return MediaStore(m_database, m_mediaDirectory).filePath(mediaHash);
}

} // namespace iq
