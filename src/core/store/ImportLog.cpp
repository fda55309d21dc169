#include "core/store/ImportLog.h"

#include "core/store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace iq {

// The messages are the import's: asked for (and catalogued) under its context.
class ImportLogText final {
    Q_DECLARE_TR_FUNCTIONS(iq::ImportEngine)
};

namespace {

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

ImportLog::ImportLog(Database& database)
    : m_database(database) {}

Status ImportLog::begin(const QString& importId, const QString& fileName, const QString& fileHash,
                        const QString& format, const QJsonObject& mapping, const QJsonObject& options,
                        const QString& startedAt) {
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO imports (id, file_name, file_hash, format, mapping, options, started_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {importId, fileName, fileHash, format, compact(mapping), compact(options), startedAt});
    return inserted ? Status() : Status(inserted.error());
}

Status ImportLog::finish(const QString& importId, const QJsonObject& counts, const QString& finishedAt,
                         qint64 rowidBefore) {
    auto updated = m_database.exec(
        QStringLiteral("UPDATE imports SET counts = ?, finished_at = ?, created_first = ? + 1, "
                       "created_last = (SELECT max(rowid) FROM contacts WHERE rowid > ?) WHERE id = ?"),
        {compact(counts), finishedAt, rowidBefore, rowidBefore, importId});
    return updated ? Status() : Status(updated.error());
}

Result<ImportRange> ImportLog::range(const QString& importId) {
    auto found = m_database.exec(
        QStringLiteral(
            "SELECT rolled_back_at, file_name, created_first, created_last FROM imports WHERE id = ?"),
        {importId});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           ImportLogText::tr("There is no import with id %1.").arg(importId));
    ImportRange range;
    range.rolledBackAt = q.value(0).isNull() ? QString() : q.value(0).toString();
    range.fileName = q.value(1).toString();
    if (!q.value(2).isNull() && !q.value(3).isNull()) {
        range.createdFirst = q.value(2).toLongLong();
        range.createdLast = q.value(3).toLongLong();
    }
    return range;
}

Result<QList<ImportChange>> ImportLog::changes(const QString& importId) {
    auto changes =
        m_database.exec(QStringLiteral("SELECT action, contact_id, group_id, before FROM import_changes "
                                       "WHERE import_id = ? ORDER BY seq DESC"),
                        {importId});
    if (!changes)
        return changes.error();
    QList<ImportChange> list;
    QSqlQuery& q = changes.value();
    while (q.next())
        list.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return list;
}

Status ImportLog::markRolledBack(const QString& importId, const QString& at) {
    auto marked =
        m_database.exec(QStringLiteral("UPDATE imports SET rolled_back_at = ? WHERE id = ?"), {at, importId});
    return marked ? Status() : Status(marked.error());
}

Result<QList<ImportRecord>> ImportLog::history() {
    auto query = m_database.exec(QStringLiteral(
        "SELECT id, file_name, file_hash, format, counts, started_at, rolled_back_at FROM imports "
        "ORDER BY started_at DESC"));
    if (!query)
        return query.error();
    QList<ImportRecord> records;
    QSqlQuery& q = query.value();
    while (q.next()) {
        records.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(),
                        QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object(),
                        q.value(5).toString(), q.value(6).toString()});
    }
    return records;
}

ImportMatchKeys::ImportMatchKeys(Database& database)
    : m_database(database) {}

Status ImportMatchKeys::forEachNumber(const std::function<void(const QString&, const QString&)>& visit) {
    auto phones = m_database.exec(QStringLiteral(
        "SELECT p.e164, p.contact_id FROM contact_phones p JOIN contacts c ON c.id = p.contact_id "
        "WHERE c.deleted = 0 AND p.e164 <> ''"));
    if (!phones)
        return phones.error();
    while (phones.value().next())
        visit(phones.value().value(0).toString(), phones.value().value(1).toString());
    return {};
}

Status ImportMatchKeys::forEachAddress(const std::function<void(const QString&, const QString&)>& visit) {
    auto emails = m_database.exec(QStringLiteral(
        "SELECT e.address, e.contact_id FROM contact_emails e JOIN contacts c ON c.id = e.contact_id "
        "WHERE c.deleted = 0"));
    if (!emails)
        return emails.error();
    while (emails.value().next())
        visit(emails.value().value(0).toString(), emails.value().value(1).toString());
    return {};
}

Status ImportMatchKeys::forEachId(const std::function<void(const QString&)>& visit) {
    auto ids = m_database.exec(QStringLiteral("SELECT id FROM contacts WHERE deleted = 0"));
    if (!ids)
        return ids.error();
    while (ids.value().next())
        visit(ids.value().value(0).toString());
    return {};
}

Result<bool> ImportMatchKeys::hasChannelOptOut(const QString& contactId) {
    auto query = m_database.exec(
        QStringLiteral(
            "SELECT 1 FROM channel_consent WHERE contact_id = ? AND consent = 'opted_out' LIMIT 1"),
        {contactId});
    if (!query)
        return query.error();
    return query.value().next();
}

} // namespace iq
