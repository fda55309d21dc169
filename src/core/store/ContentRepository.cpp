#include "core/store/ContentRepository.h"

#include "core/store/ChangeNotifier.h"
#include "core/store/Database.h"
#include "core/store/Outbox.h"
#include "shared/json/ContentJson.h"
#include "shared/template/Template.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace iq {

// The translation context of this file's messages: lupdate files ContentRepositoryText::tr() calls under it,
// and the same context is asked for at run time.
class ContentRepositoryText final {
    Q_DECLARE_TR_FUNCTIONS(iq::ContentRepository)
};

namespace {

const QString kEntity = QStringLiteral("content");
const QString kColumns = QStringLiteral("id, kind, name, subject, body, body_html, media_hash, tags, "
                                        "server_version, created_at, updated_at, deleted");

// A message far beyond any SMS or e-mail is a mistake (a pasted file), not content.
constexpr qsizetype kMaxBody = 256 * 1024;

QString tagsJson(const QStringList& tags) {
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList cleanTags(const QStringList& tags) {
    QStringList result;
    for (const QString& tag : tags) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed, Qt::CaseInsensitive))
            result << trimmed;
    }
    return result;
}

Error notFound(const QString& id) {
    return Error{Error::Code::NotFound,
                 ContentRepositoryText::tr("There is no saved content with the id \"%1\".").arg(id)};
}

} // namespace

ContentRepository::ContentRepository(Database& database, ChangeNotifier* notifier, const Clock* clock)
    : m_database(database)
    , m_notifier(notifier)
    , m_clock(clock ? *clock : Clock::system()) {}

Status ContentRepository::validate(const ContentItem& item) {
    if (item.name.trimmed().isEmpty())
        return Error{Error::Code::InvalidInput, ContentRepositoryText::tr("Give the content a name.")};
    for (const QString* text : {&item.body, &item.bodyHtml, &item.subject}) {
        if (text->size() > kMaxBody)
            return Error{Error::Code::InvalidInput,
                         ContentRepositoryText::tr("\"%1\" is longer than %2 characters; shorten it.")
                             .arg(item.name)
                             .arg(kMaxBody)};
    }
    if (item.kind == ContentItem::Kind::Snippet) {
        const tmpl::Template parsed = tmpl::Template::parse(item.body);
        if (!parsed.isValid())
            return Error{Error::Code::InvalidInput,
                         ContentRepositoryText::tr("The snippet \"%1\" does not parse: %2")
                             .arg(item.name, parsed.error()->toString())};
    }
    if (!item.mediaHash.isEmpty()) {
        auto media = m_database.exec(QStringLiteral("SELECT 1 FROM media WHERE hash = ?"), {item.mediaHash});
        if (!media)
            return media.error();
        if (!media.value().next())
            return Error{
                Error::Code::NotFound,
                ContentRepositoryText::tr("The media file %1 is not in this profile.").arg(item.mediaHash)};
    }
    return {};
}

Status ContentRepository::appendToOutbox(const ContentItem& item, qint64 baseVersion, bool deleted) {
    const QJsonObject payload = deleted ? QJsonObject() : toJson(item);
    return Outbox::append(m_database, m_clock, kEntity, item.id,
                          deleted ? Outbox::Operation::Delete : Outbox::Operation::Upsert, baseVersion,
                          payload);
}

void ContentRepository::announce(const QString& id) {
    if (m_notifier && !m_database.inTransaction())
        m_notifier->announce(Entity::Content, {id});
}

Result<ContentItem> ContentRepository::add(ContentItem item) {
    item.name = item.name.trimmed();
    item.tags = cleanTags(item.tags);
    if (Status valid = validate(item); !valid)
        return valid.error();
    if (item.id.isEmpty())
        item.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.meta.createdAt = item.meta.updatedAt = m_clock.now();
    item.meta.deleted = false;
    Status status = m_database.transaction([&]() -> Status {
        auto inserted = m_database.exec(
            QStringLiteral(
                "INSERT INTO content (id, kind, name, subject, body, body_html, media_hash, tags, "
                "server_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {item.id, toStorage(item.kind), item.name, item.subject, item.body, item.bodyHtml,
             item.mediaHash.isEmpty() ? QVariant() : QVariant(item.mediaHash), tagsJson(item.tags),
             item.meta.serverVersion, toStoredTime(item.meta.createdAt), toStoredTime(item.meta.updatedAt)});
        if (!inserted)
            return inserted.error();
        return appendToOutbox(item, item.meta.serverVersion, false);
    });
    if (!status)
        return status.error();
    announce(item.id);
    return item;
}

Result<ContentItem> ContentRepository::update(ContentItem item) {
    item.name = item.name.trimmed();
    item.tags = cleanTags(item.tags);
    if (Status valid = validate(item); !valid)
        return valid.error();
    auto existing = get(item.id);
    if (!existing)
        return existing.error();
    item.meta.createdAt = existing.value().meta.createdAt;
    item.meta.serverVersion = existing.value().meta.serverVersion;
    item.meta.updatedAt = m_clock.now();
    Status status = m_database.transaction([&]() -> Status {
        auto updated = m_database.exec(
            QStringLiteral("UPDATE content SET kind = ?, name = ?, subject = ?, body = ?, body_html = ?, "
                           "media_hash = ?, tags = ?, updated_at = ? WHERE id = ? AND deleted = 0"),
            {toStorage(item.kind), item.name, item.subject, item.body, item.bodyHtml,
             item.mediaHash.isEmpty() ? QVariant() : QVariant(item.mediaHash), tagsJson(item.tags),
             toStoredTime(item.meta.updatedAt), item.id});
        if (!updated)
            return updated.error();
        if (updated.value().numRowsAffected() != 1)
            return notFound(item.id);
        return appendToOutbox(item, item.meta.serverVersion, false);
    });
    if (!status)
        return status.error();
    announce(item.id);
    return item;
}

Result<ContentItem> ContentRepository::rename(const QString& id, const QString& name) {
    auto item = get(id);
    if (!item)
        return item.error();
    item.value().name = name;
    return update(item.value());
}

Result<ContentItem> ContentRepository::duplicate(const QString& id) {
    auto original = get(id);
    if (!original)
        return original.error();
    auto all = list(original.value().kind);
    if (!all)
        return all.error();
    QStringList names;
    for (const ContentItem& item : all.value())
        names << item.name;
    ContentItem copy = original.value();
    copy.id.clear();
    copy.meta = {};
    copy.name = ContentRepositoryText::tr("%1 (copy)").arg(original.value().name);
    for (int n = 2; names.contains(copy.name, Qt::CaseInsensitive); ++n)
        copy.name = ContentRepositoryText::tr("%1 (copy %2)").arg(original.value().name).arg(n);
    return add(copy);
}

Status ContentRepository::remove(const QString& id) {
    auto item = get(id);
    if (!item)
        return item.error();
    Status status = m_database.transaction([&]() -> Status {
        auto removed = m_database.exec(
            QStringLiteral("UPDATE content SET deleted = 1, body = '', body_html = '', subject = '', "
                           "updated_at = ? WHERE id = ? AND deleted = 0"),
            {toStoredTime(m_clock.now()), id});
        if (!removed)
            return removed.error();
        return appendToOutbox(item.value(), item.value().meta.serverVersion, true);
    });
    if (!status)
        return status;
    announce(id);
    return {};
}

Result<QList<ContentItem>> ContentRepository::load(const QString& where, const QVariantList& values) {
    auto query =
        m_database.exec(QStringLiteral("SELECT %1 FROM content WHERE %2").arg(kColumns, where), values);
    if (!query)
        return query.error();
    QList<ContentItem> items;
    QSqlQuery& q = query.value();
    while (q.next()) {
        ContentItem item;
        item.id = q.value(0).toString();
        item.kind = contentKindFromStorage(q.value(1).toString()).value_or(ContentItem::Kind::Sms);
        item.name = q.value(2).toString();
        item.subject = q.value(3).toString();
        item.body = q.value(4).toString();
        item.bodyHtml = q.value(5).toString();
        item.mediaHash = q.value(6).toString();
        for (const QJsonValue& tag : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array())
            item.tags << tag.toString();
        item.meta.serverVersion = q.value(8).toLongLong();
        item.meta.createdAt = fromStoredTime(q.value(9).toString());
        item.meta.updatedAt = fromStoredTime(q.value(10).toString());
        item.meta.deleted = q.value(11).toInt() != 0;
        items.append(item);
    }
    return items;
}

Result<ContentItem> ContentRepository::get(const QString& id) {
    auto items = load(QStringLiteral("id = ? AND deleted = 0"), {id});
    if (!items)
        return items.error();
    if (items.value().isEmpty())
        return notFound(id);
    return items.value().first();
}

Result<QList<ContentItem>> ContentRepository::list(std::optional<ContentItem::Kind> kind,
                                                   const QString& tag) {
    auto items = kind ? load(QStringLiteral("deleted = 0 AND kind = ? ORDER BY name COLLATE NOCASE, id"),
                             {toStorage(*kind)})
                      : load(QStringLiteral("deleted = 0 ORDER BY kind, name COLLATE NOCASE, id"), {});
    if (!items || tag.isEmpty())
        return items;
    QList<ContentItem> tagged;
    for (const ContentItem& item : items.value()) {
        if (item.tags.contains(tag, Qt::CaseInsensitive))
            tagged.append(item);
    }
    return tagged;
}

Result<QStringList> ContentRepository::allTags() {
    auto items = list();
    if (!items)
        return items.error();
    QStringList tags;
    for (const ContentItem& item : items.value()) {
        for (const QString& tag : item.tags) {
            if (!tags.contains(tag, Qt::CaseInsensitive))
                tags << tag;
        }
    }
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

Result<QStringList> ContentRepository::snippetNames() {
    auto snippets = list(ContentItem::Kind::Snippet);
    if (!snippets)
        return snippets.error();
    QStringList names;
    for (const ContentItem& item : snippets.value())
        names << item.name;
    return names;
}

Status ContentRepository::loadSnippets(tmpl::Partials& partials) {
    auto snippets = list(ContentItem::Kind::Snippet);
    if (!snippets)
        return snippets.error();
    for (const ContentItem& item : snippets.value())
        partials.insert(item.name, item.body);
    return {};
}

} // namespace iq
