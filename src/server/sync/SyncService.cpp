#include "server/sync/SyncService.h"

#include "server/api/JsonInput.h"
#include "server/store/ServerDatabase.h"
#include "server/store/SyncStore.h"
#include "shared/domain/Consent.h"
#include "shared/json/ContactJson.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace iq::server {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("iq::server::SyncService", text);
}

const QSet<QString>& entities() {
    static const QSet<QString> names{QStringLiteral("contact"),    QStringLiteral("group"),
                                     QStringLiteral("membership"), QStringLiteral("consent"),
                                     QStringLiteral("content"),    QStringLiteral("campaign"),
                                     QStringLiteral("message"),    QStringLiteral("call_log")};
    return names;
}

// Appends text as a JSON string literal.
void appendJsonString(QByteArray& out, const QString& text) {
    out += '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"') {
            out += "\\\"";
        } else if (u == u'\\') {
            out += "\\\\";
        } else if (u < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(u));
            out += escaped;
        } else {
            out += QString(c).toUtf8();
        }
    }
    out += '"';
}

QByteArray recordJson(const QString& entity, const QString& id, qint64 version, bool deleted,
                      const QString& payload, bool own = false) {
    QByteArray out;
    out.reserve(payload.size() + 128);
    out += "{\"entity\":";
    appendJsonString(out, entity);
    out += ",\"id\":";
    appendJsonString(out, id);
    out += ",\"version\":" + QByteArray::number(version);
    if (own)
        out += ",\"own\":true";
    out += deleted ? ",\"deleted\":true,\"payload\":null}" : ",\"deleted\":false,\"payload\":";
    if (!deleted) {
        out += payload.isEmpty() ? QByteArrayLiteral("{}") : payload.toUtf8();
        out += '}';
    }
    return out;
}

QJsonObject recordObject(const QString& entity, const QString& id, qint64 version, bool deleted,
                         const QString& payload) {
    return QJsonObject{{QStringLiteral("entity"), entity},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("deleted"), deleted},
                       {QStringLiteral("payload"),
                        deleted ? QJsonValue(QJsonValue::Null)
                                : QJsonValue(QJsonDocument::fromJson(payload.toUtf8()).object())}};
}

// Checks a payload against its entity; answers the error naming the field, or nothing.
std::optional<ApiError> validatePayload(const QString& entity, const QString& id, const QJsonObject& payload,
                                        const QString& path) {
    const QJsonValue payloadId = payload.value(QStringLiteral("id"));
    if (entity == QLatin1String("membership")) {
        QString groupId, contactId, consent;
        if (auto error = input::identifier(payload, QStringLiteral("groupId"),
                                           path + QStringLiteral(".groupId"), 100, groupId))
            return error;
        if (auto error = input::identifier(payload, QStringLiteral("contactId"),
                                           path + QStringLiteral(".contactId"), 100, contactId))
            return error;
        if (id != groupId + QLatin1Char(':') + contactId)
            return ApiError::invalidField(
                path, tr("A membership's id must be \"groupId:contactId\" of its payload."));
        if (auto error = input::string(payload, QStringLiteral("consent"), path + QStringLiteral(".consent"),
                                       1, 20, consent))
            return error;
        if (!consentStateFromStorage(consent))
            return ApiError::invalidField(
                path + QStringLiteral(".consent"),
                tr("Field \"%1.consent\" must be unknown, opted_in, opted_out or pending.").arg(path));
        return std::nullopt;
    }
    if (!payloadId.isUndefined() && payloadId.toString() != id)
        return ApiError::invalidField(path + QStringLiteral(".id"),
                                      tr("Field \"%1.id\" must equal the change's id.").arg(path));
    if (entity == QLatin1String("contact")) {
        auto contact = ContactJson::fromJson(payload);
        if (!contact.ok())
            return ApiError::invalidField(path, contact.errorMessage());
    } else if (entity == QLatin1String("group")) {
        auto group = groupFromJson(payload);
        if (!group.ok())
            return ApiError::invalidField(path, group.errorMessage());
    }
    return std::nullopt;
}

} // namespace

// One change of a push, read and checked.
struct PushChange {
    QString entity;
    QString id;
    QString operation;
    qint64 baseVersion = 0;
    QString payload; // compact JSON, empty for delete
    QString hash;
};

namespace {

std::optional<ApiError> readChange(const QJsonValue& value, int index, PushChange& change) {
    const QString path = QStringLiteral("changes[%1]").arg(index);
    if (!value.isObject())
        return ApiError::invalidField(path, tr("Field \"%1\" must be an object.").arg(path));
    const QJsonObject object = value.toObject();
    if (auto error = input::string(object, QStringLiteral("entity"), path + QStringLiteral(".entity"), 1, 40,
                                   change.entity))
        return error;
    if (!entities().contains(change.entity))
        return ApiError::invalidField(
            path + QStringLiteral(".entity"),
            tr("Field \"%1.entity\" must be one of contact, group, membership, consent, "
               "content, campaign, message, call_log.")
                .arg(path));
    if (auto error =
            input::identifier(object, QStringLiteral("id"), path + QStringLiteral(".id"), 200, change.id))
        return error;
    if (auto error = input::string(object, QStringLiteral("operation"), path + QStringLiteral(".operation"),
                                   1, 20, change.operation))
        return error;
    if (change.operation != QLatin1String("upsert") && change.operation != QLatin1String("delete"))
        return ApiError::invalidField(
            path + QStringLiteral(".operation"),
            tr("Field \"%1.operation\" must be \"upsert\" or \"delete\".").arg(path));
    if (auto error =
            input::integer(object, QStringLiteral("baseVersion"), path + QStringLiteral(".baseVersion"), 0,
                           (qint64(1) << 53), change.baseVersion))
        return error;
    QByteArray canonical = change.operation.toUtf8();
    if (change.operation == QLatin1String("upsert")) {
        const QJsonValue payload = object.value(QStringLiteral("payload"));
        if (!payload.isObject())
            return ApiError::invalidField(
                path + QStringLiteral(".payload"),
                tr("Field \"%1.payload\" must be an object for an upsert.").arg(path));
        const QByteArray compact = QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact);
        if (compact.size() > SyncService::kMaxPayloadBytes)
            return ApiError::invalidField(path + QStringLiteral(".payload"),
                                          tr("Field \"%1.payload\" is larger than 256 KiB.").arg(path));
        if (auto error = validatePayload(change.entity, change.id, payload.toObject(),
                                         path + QStringLiteral(".payload")))
            return error;
        change.payload = QString::fromUtf8(compact);
        canonical += '\n' + compact;
    }
    change.hash =
        QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
    return std::nullopt;
}

QJsonObject rejected(const PushChange& change, const ApiError& error) {
    return QJsonObject{{QStringLiteral("entity"), change.entity},
                       {QStringLiteral("id"), change.id},
                       {QStringLiteral("status"), QStringLiteral("rejected")},
                       {QStringLiteral("error"), error.toJson().value(QStringLiteral("error"))}};
}

} // namespace

Result<PullPage> PullPage::read(ServerDatabase& database, const QString& accountId, qint64 afterSeq,
                                int limit, const OwnChanges& own, const QString& pullingDevice,
                                qsizetype maxBytes) {
    PullPage page;
    page.recordsJson.reserve(std::min<qsizetype>(qsizetype(limit) * 256, maxBytes));
    page.recordsJson += '[';
    int count = 0;
    std::optional<SyncStore::ExcludedChanges> excluded;
    if (!own.isEmpty())
        excluded = SyncStore::ExcludedChanges{own.deviceId, own.from, own.to};
    // One row more than the page holds tells whether more records follow.
    const Status read = SyncStore(database).readPage(
        accountId, afterSeq, limit + 1, maxBytes, excluded, [&](const SyncStore::PulledRecord& row) {
            if (count == limit || (count > 0 && row.bytesBefore >= maxBytes)) {
                page.hasMore = true;
                return false;
            }
            const QByteArray record = recordJson(row.entity, row.id, row.version, row.deleted, row.payload,
                                                 !pullingDevice.isEmpty() && row.changedBy == pullingDevice);
            // "[", the records with their commas, "]": never past the cap unless one record alone is.
            if (count > 0 && page.recordsJson.size() + 1 + record.size() + 1 > maxBytes) {
                page.hasMore = true;
                return false;
            }
            if (count > 0)
                page.recordsJson += ',';
            page.recordsJson += record;
            page.lastSeq = row.seq;
            ++count;
            return true;
        });
    if (!read)
        return read.error();
    page.recordsJson += ']';
    return page;
}

SyncService::SyncService(ServerDatabase& database, const Clock& clock)
    : m_database(database)
    , m_store(database)
    , m_clock(clock) {}

QString SyncService::makeCursor(const QString& epoch, qint64 seq) {
    const QByteArray raw = epoch.toLatin1() + ':' + QByteArray::number(seq);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Outcome<QJsonObject> SyncService::push(const QString& accountId, const QString& deviceId,
                                       const QJsonObject& body) {
    const QJsonValue changes = body.value(QStringLiteral("changes"));
    if (!changes.isArray())
        return ApiError::invalidField(QStringLiteral("changes"),
                                      tr("Field \"changes\" must be an array of changes."));
    const QJsonArray list = changes.toArray();
    if (list.isEmpty())
        return ApiError::invalidField(QStringLiteral("changes"), tr("Field \"changes\" must not be empty."));
    if (list.size() > kMaxChanges)
        return ApiError::tooLarge(QStringLiteral("changes"),
                                  tr("A push may carry at most %1 changes; this one has %2. Split it.")
                                      .arg(kMaxChanges)
                                      .arg(list.size()));
    auto results = apply(accountId, list, deviceId);
    if (!results.ok())
        return results.error();
    return QJsonObject{{QStringLiteral("results"), results.value()}};
}

Outcome<QJsonArray> SyncService::apply(const QString& accountId, const QJsonArray& changes,
                                       const QString& deviceId) {
    QJsonArray results;
    const Status status = m_database.transaction([&]() -> Status {
        results = QJsonArray();
        if (Status locked = m_database.lockAccount(accountId); !locked)
            return locked;
        auto account = m_store.sequence(accountId);
        if (!account)
            return account.error();
        if (!account.value())
            return Error::make(Error::Code::NotFound, tr("The account no longer exists."));
        PushState state{accountId, deviceId, account.value()->lastSeq};
        const qint64 firstSeq = state.seq;
        auto statements = m_store.preparePush();
        if (!statements)
            return statements.error();
        state.statements = statements.value().get();

        for (int i = 0; i < changes.size(); ++i) {
            PushChange change;
            if (auto error = readChange(changes.at(i), i, change)) {
                const QJsonObject object = changes.at(i).toObject();
                change.entity = object.value(QStringLiteral("entity")).toString();
                change.id = object.value(QStringLiteral("id")).toString();
                results.append(rejected(change, *error));
                continue;
            }
            auto result = applyOne(state, change, i);
            if (!result)
                return result.error();
            results.append(result.value());
        }
        if (state.seq != firstSeq)
            return m_store.setLastSeq(accountId, state.seq);
        return Status::success();
    });
    if (!status)
        return ApiError::fromStorage(status.error());
    return results;
}

Status SyncService::writeRecords(const QString& accountId, const QList<ServerRecord>& records) {
    if (records.isEmpty())
        return Status::success();
    return m_database.transaction([&]() -> Status {
        if (Status locked = m_database.lockAccount(accountId); !locked)
            return locked;
        auto account = m_store.sequence(accountId);
        if (!account)
            return account.error();
        if (!account.value())
            return Error::make(Error::Code::NotFound, tr("The account no longer exists."));
        qint64 seq = account.value()->lastSeq;
        auto statements = m_store.preparePush();
        if (!statements)
            return statements.error();
        SyncStore::PushStatements& st = *statements.value();
        const QString now = toStoredTime(m_clock.now());
        for (const ServerRecord& record : records) {
            auto stored = st.current(accountId, record.entity, record.id);
            if (!stored)
                return stored.error();
            qint64 version = stored.value() ? stored.value()->version : 0;
            if (!stored.value()) {
                auto purged = st.purgedVersion(accountId, record.entity, record.id);
                if (!purged)
                    return purged.error();
                version = purged.value();
            }
            const QString payload =
                QString::fromUtf8(QJsonDocument(record.payload).toJson(QJsonDocument::Compact));
            const SyncStore::RecordWrite write{accountId, record.entity, record.id, version + 1, ++seq,
                                               false,     payload,       now,       QVariant(),  QVariant()};
            if (Status written = st.write(write, stored.value().has_value()); !written)
                return written;
            if (!stored.value() && version > 0) {
                if (Status forgotten = st.forgetPurged(accountId, record.entity, record.id); !forgotten)
                    return forgotten;
            }
        }
        return m_store.setLastSeq(accountId, seq);
    });
}

Result<QHash<QString, QJsonObject>> SyncService::readRecords(const QString& accountId, const QString& entity,
                                                             const QStringList& ids) {
    auto payloads = m_store.payloads(accountId, entity, ids);
    if (!payloads)
        return payloads.error();
    QHash<QString, QJsonObject> records;
    for (auto it = payloads->cbegin(); it != payloads->cend(); ++it)
        records.insert(it.key(), QJsonDocument::fromJson(it.value().toUtf8()).object());
    return records;
}

Result<std::optional<QJsonObject>> SyncService::readRecord(const QString& accountId, const QString& entity,
                                                           const QString& id) {
    auto payload = m_store.payload(accountId, entity, id);
    if (!payload)
        return payload.error();
    if (!payload.value())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(QJsonDocument::fromJson(payload.value()->toUtf8()).object());
}

Result<QJsonObject> SyncService::applyOne(PushState& state, const PushChange& change, int index) {
    SyncStore::PushStatements& st = *state.statements;
    auto stored = st.current(state.accountId, change.entity, change.id);
    if (!stored)
        return stored.error();
    const bool exists = stored.value().has_value();
    const qint64 version = exists ? stored.value()->version : 0;
    const bool deleted = exists && stored.value()->deleted;
    const QString payload = exists ? stored.value()->payload : QString();
    // A purged tombstone is gone from records, but its last version is kept: versions never restart.
    qint64 purgedVersion = 0;
    if (!exists) {
        auto purged = st.purgedVersion(state.accountId, change.entity, change.id);
        if (!purged)
            return purged.error();
        purgedVersion = purged.value();
    }
    const qint64 current = exists ? version : purgedVersion;
    const bool isDelete = change.operation == QLatin1String("delete");
    auto answer = [&](const QString& status, qint64 resultVersion) {
        return QJsonObject{{QStringLiteral("entity"), change.entity},
                           {QStringLiteral("id"), change.id},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("version"), resultVersion}};
    };

    if (change.baseVersion != current) {
        auto history = readHistory(state, change, current);
        if (!history)
            return history.error();
        if (history.value().kind == History::Repeated) {
            QJsonObject repeated = answer(QStringLiteral("applied"), history.value().version);
            repeated.insert(QStringLiteral("duplicate"), true);
            return repeated;
        }
        // A record that is gone (a tombstone, or purged) is created again by a device that makes it anew:
        // memberships and channel consents keep their ids when they come back.
        const bool recreates = !isDelete && (purgedVersion > 0 || (deleted && change.baseVersion == 0));
        if (history.value().kind == History::Unrelated && !recreates) {
            if (purgedVersion > 0) // deleting what is already gone and forgotten
                return answer(QStringLiteral("applied"), purgedVersion);
            if (!exists)
                return rejected(change,
                                ApiError{404, QStringLiteral("not_found"),
                                         QStringLiteral("changes[%1].baseVersion").arg(index),
                                         tr("The server has no %1 \"%2\"; push it with baseVersion 0.")
                                             .arg(change.entity, change.id),
                                         0});
            QJsonObject conflict = answer(QStringLiteral("conflict"), version);
            conflict.insert(QStringLiteral("record"),
                            recordObject(change.entity, change.id, version, deleted, payload));
            return conflict;
        }
    }

    const qint64 newVersion = current + 1;
    const qint64 seq = ++state.seq;
    const QString now = toStoredTime(m_clock.now());
    const QVariant storedPayload = isDelete ? QVariant() : QVariant(change.payload);
    const QVariant deletedAt = isDelete ? QVariant(m_clock.now().toSecsSinceEpoch()) : QVariant();
    const QVariant device = state.deviceId.isEmpty() ? QVariant() : QVariant(state.deviceId);
    const SyncStore::RecordWrite record{state.accountId, change.entity, change.id, newVersion, seq,
                                        isDelete,        storedPayload, now,       deletedAt,  device};
    if (Status written = st.write(record, exists); !written)
        return written.error();
    if (purgedVersion > 0) {
        if (Status forgotten = st.forgetPurged(state.accountId, change.entity, change.id); !forgotten)
            return forgotten.error();
    }
    if (Status remembered =
            st.rememberApplied(state.accountId, change.entity, change.id, change.baseVersion,
                               SyncStore::AppliedChange{change.hash, newVersion, state.deviceId});
        !remembered)
        return remembered.error();
    QJsonObject applied = answer(QStringLiteral("applied"), newVersion);
    applied.insert(QStringLiteral("seq"), seq);
    return applied;
}

Result<SyncService::HistoryAnswer> SyncService::readHistory(PushState& state, const PushChange& change,
                                                            qint64 currentVersion) {
    // The versions made from the change's base, one applied change after another. When they all came
    // from this device (its replies were lost, so it never learnt their versions), what it sends now was
    // made on top of them. A bound on the walk keeps a hostile base from costing more than a few reads.
    constexpr int kMaxSteps = 64;
    qint64 base = change.baseVersion;
    std::optional<SyncStore::AppliedChange> first;
    for (int step = 0; step < kMaxSteps; ++step) {
        auto applied = state.statements->applied(state.accountId, change.entity, change.id, base);
        if (!applied)
            return applied.error();
        if (!applied.value())
            break;
        const SyncStore::AppliedChange found = *applied.value();
        if (!first)
            first = found;
        if (state.deviceId.isEmpty() || found.deviceId != state.deviceId || found.resultVersion <= base)
            break;
        if (found.resultVersion == currentVersion)
            return HistoryAnswer{found.hash == change.hash ? History::Repeated : History::BuiltOnOwn,
                                 currentVersion};
        base = found.resultVersion;
    }
    // A plain retry of a change applied before another device's: it is answered as applied again.
    if (first && first->hash == change.hash)
        return HistoryAnswer{History::Repeated, first->resultVersion};
    return HistoryAnswer{History::Unrelated, 0};
}

Outcome<QByteArray> SyncService::pull(const QString& accountId, const QString& deviceId,
                                      const PullRequest& request) {
    const QString& cursor = request.cursor;
    int limit = kDefaultPullLimit;
    if (!request.limit.isEmpty()) {
        bool ok = false;
        limit = request.limit.toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxPullLimit)
            return ApiError::invalidField(
                QStringLiteral("limit"),
                tr("Query item \"limit\" must be a whole number from 1 to %1.").arg(kMaxPullLimit));
    }
    OwnChanges own;
    if (!request.pushedFrom.isEmpty() || !request.pushedTo.isEmpty()) {
        bool fromOk = false, toOk = false;
        own.from = request.pushedFrom.toLongLong(&fromOk);
        own.to = request.pushedTo.toLongLong(&toOk);
        if (!fromOk || own.from < 1)
            return ApiError::invalidField(QStringLiteral("pushedFrom"),
                                          tr("Query item \"pushedFrom\" must be a whole number from 1, given "
                                             "together with \"pushedTo\"."));
        if (!toOk || own.to < own.from)
            return ApiError::invalidField(
                QStringLiteral("pushedTo"),
                tr("Query item \"pushedTo\" must be a whole number no smaller than \"pushedFrom\"."));
        own.deviceId = deviceId;
    }
    auto account = m_store.sequence(accountId);
    if (!account)
        return ApiError::fromStorage(account.error());
    if (!account.value())
        return ApiError::unauthorized(tr("The account no longer exists."));
    const qint64 lastSeq = account.value()->lastSeq;
    const qint64 minSeq = account.value()->minSeq;
    const QString epoch = account.value()->cursorEpoch;

    qint64 after = 0;
    if (!cursor.isEmpty()) {
        const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
        const int colon = raw.indexOf(':');
        bool ok = false;
        after = colon > 0 ? raw.mid(colon + 1).toLongLong(&ok) : 0;
        if (!ok || raw.left(colon) != epoch.toLatin1() || after < 0 || after > lastSeq)
            return ApiError::cursorExpired(
                tr("The server does not know this cursor; pull again from the start (empty cursor)."));
        if (after < minSeq)
            return ApiError::cursorExpired(
                tr("This cursor is older than the changes the server keeps; pull again from the start."));
    }
    auto page = PullPage::read(m_database, accountId, after, limit, own, deviceId);
    if (!page)
        return ApiError::fromStorage(page.error());
    qint64 next = std::max(page->lastSeq, after);
    // The device's own changes after the last record sent were left out: the cursor goes past them.
    // Every change up to lastSeq was committed before the page was read, so none is passed unseen.
    if (!page->hasMore && !own.isEmpty())
        next = std::max(next, std::min(own.to, lastSeq));
    QByteArray reply;
    reply.reserve(page->recordsJson.size() + 100);
    reply += "{\"records\":" + page->recordsJson + ",\"cursor\":\"" + makeCursor(epoch, next).toLatin1() +
             "\",\"hasMore\":" + (page->hasMore ? QByteArrayLiteral("true") : QByteArrayLiteral("false")) +
             '}';
    return reply;
}

Status SyncService::purgeTombstones(int days) {
    const qint64 horizon = m_clock.now().toSecsSinceEpoch() - qint64(days) * 24 * 3600;
    return m_database.transaction([&]() -> Status { return m_store.purgeTombstones(horizon); });
}

} // namespace iq::server
