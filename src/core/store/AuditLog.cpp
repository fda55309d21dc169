#include "core/store/AuditLog.h"

#include "core/store/Database.h"

#include <QJsonDocument>

namespace iq {

Status AuditLog::record(const QString& kind, const QString& actor, const QJsonObject& detail,
                        const QString& at) {
    auto stored = m_database.exec(
        QStringLiteral("INSERT INTO audit_events (kind, actor, detail, at) VALUES (?, ?, ?, ?)"),
        {kind, actor, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), at});
    return stored ? Status() : Status(stored.error());
}

} // namespace iq
