#pragma once

#include "shared/domain/Contact.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace iq {

// A saved message: an SMS, an e-mail (subject, HTML and plain body), a voice message (a script read
// aloud, or a recorded audio file in media) or a snippet other templates include ({{> signature}}).
struct ContentItem {
    enum class Kind { Sms, Email, Voice, Snippet };
    QString id;
    Kind kind = Kind::Sms;
    QString name;
    QString subject;
    QString body; // SMS text, plain e-mail body, voice script or snippet
    QString bodyHtml;
    QString mediaHash; // an audio recording or an attachment; empty for none
    QStringList tags;
    SyncMeta meta;
};

QString toStorage(ContentItem::Kind kind);
std::optional<ContentItem::Kind> contentKindFromStorage(const QString& text);
QString displayName(ContentItem::Kind kind);

} // namespace iq
