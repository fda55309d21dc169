#include "shared/domain/Content.h"

#include <QCoreApplication>

namespace iq {

// The kinds' names were first written in the content library's file; they keep its translation context.
class ContentText final {
    Q_DECLARE_TR_FUNCTIONS(iq::ContentRepository)
};

QString toStorage(ContentItem::Kind kind) {
    switch (kind) {
    case ContentItem::Kind::Sms:
        return QStringLiteral("sms");
    case ContentItem::Kind::Email:
        return QStringLiteral("email");
    case ContentItem::Kind::Voice:
        return QStringLiteral("voice");
    case ContentItem::Kind::Snippet:
        return QStringLiteral("snippet");
    }
    return {};
}

std::optional<ContentItem::Kind> contentKindFromStorage(const QString& text) {
    for (auto kind : {ContentItem::Kind::Sms, ContentItem::Kind::Email, ContentItem::Kind::Voice,
                      ContentItem::Kind::Snippet}) {
        if (toStorage(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QString displayName(ContentItem::Kind kind) {
    switch (kind) {
    case ContentItem::Kind::Sms:
        return ContentText::tr("SMS");
    case ContentItem::Kind::Email:
        return ContentText::tr("E-mail");
    case ContentItem::Kind::Voice:
        return ContentText::tr("Voice");
    case ContentItem::Kind::Snippet:
        return ContentText::tr("Snippet");
    }
    return {};
}

} // namespace iq
