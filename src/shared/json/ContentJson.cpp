#include "shared/json/ContentJson.h"

#include "shared/util/Clock.h"

#include <QJsonArray>

namespace iq {

QJsonObject toJson(const ContentItem& item) {
    return QJsonObject{{QStringLiteral("id"), item.id},
                       {QStringLiteral("kind"), toStorage(item.kind)},
                       {QStringLiteral("name"), item.name},
                       {QStringLiteral("subject"), item.subject},
                       {QStringLiteral("body"), item.body},
                       {QStringLiteral("bodyHtml"), item.bodyHtml},
                       {QStringLiteral("mediaHash"),
                        item.mediaHash.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(item.mediaHash)},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(item.tags)},
                       {QStringLiteral("createdAt"), toStoredTime(item.meta.createdAt)},
                       {QStringLiteral("updatedAt"), toStoredTime(item.meta.updatedAt)}};
}

} // namespace iq
