#include "core/sync/SyncProtocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace iq::wire {

// The translation context of this file's messages: lupdate files SyncProtocolText::tr() calls under it, and
// the same context is asked for at run time.
class SyncProtocolText final {
    Q_DECLARE_TR_FUNCTIONS(iq::SyncProtocol)
};
namespace {

constexpr qint64 kMaxVersion = qint64(1) << 53; // the largest integer a JSON number holds exactly

Error badReply(const QString& where, const QString& expected) {
    return Error::make(Error::Code::Network,
                       SyncProtocolText::tr("The server's reply is not understood: \"%1\" must be %2.")
                           .arg(where, expected));
}

Result<QJsonObject> parseObject(const QByteArray& body) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::make(Error::Code::Network,
                           SyncProtocolText::tr("The server's reply is not valid JSON (byte %1: %2).")
                               .arg(error.offset)
                               .arg(error.errorString()));
    if (!document.isObject())
        return badReply(QStringLiteral("reply"), SyncProtocolText::tr("an object"));
    return document.object();
}

bool readString(const QJsonObject& object, const QString& key, const QString& where, QString& out,
                std::optional<Error>& error, bool required = true) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            error = badReply(where + key, SyncProtocolText::tr("present"));
            return false;
        }
        return true;
    }
    if (!value.isString()) {
        error = badReply(where + key, SyncProtocolText::tr("a string"));
        return false;
    }
    out = value.toString();
    return true;
}

bool readVersion(const QJsonObject& object, const QString& key, const QString& where, qint64& out,
                 std::optional<Error>& error, bool required = true) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            error = badReply(where + key, SyncProtocolText::tr("present"));
            return false;
        }
        return true;
    }
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > double(kMaxVersion) || number != double(qint64(number))) {
        error = badReply(where + key, SyncProtocolText::tr("a whole number from 0"));
        return false;
    }
    out = qint64(number);
    return true;
}

bool readBool(const QJsonObject& object, const QString& key, const QString& where, bool& out,
              std::optional<Error>& error) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isBool()) {
        error = badReply(where + key, SyncProtocolText::tr("true or false"));
        return false;
    }
    out = value.toBool();
    return true;
}

Result<Record> readRecord(const QJsonValue& value, const QString& where) {
    if (!value.isObject())
        return badReply(where, SyncProtocolText::tr("an object"));
    const QJsonObject object = value.toObject();
    Record record;
    std::optional<Error> error;
    const QString prefix = where + QLatin1Char('.');
    if (!readString(object, QStringLiteral("entity"), prefix, record.entity, error) ||
        !readString(object, QStringLiteral("id"), prefix, record.id, error) ||
        !readVersion(object, QStringLiteral("version"), prefix, record.version, error) ||
        !readBool(object, QStringLiteral("deleted"), prefix, record.deleted, error) ||
        !readBool(object, QStringLiteral("own"), prefix, record.own, error))
        return *error;
    if (!isKnownEntity(record.entity))
        return badReply(prefix + QStringLiteral("entity"), SyncProtocolText::tr("a known record type"));
    if (record.id.isEmpty())
        return badReply(prefix + QStringLiteral("id"), SyncProtocolText::tr("not empty"));
    const QJsonValue payload = object.value(QStringLiteral("payload"));
    if (!payload.isUndefined() && !payload.isNull()) {
        if (!payload.isObject())
            return badReply(prefix + QStringLiteral("payload"), SyncProtocolText::tr("an object"));
        record.payload = payload.toObject();
    } else if (!record.deleted) {
        return badReply(prefix + QStringLiteral("payload"), SyncProtocolText::tr("present"));
    }
    return record;
}

} // namespace

bool isKnownEntity(const QString& entity) {
    static const QStringList known{
        QStringLiteral("contact"), QStringLiteral("group"),    QStringLiteral("membership"),
        QStringLiteral("consent"), QStringLiteral("content"),  QStringLiteral("campaign"),
        QStringLiteral("message"), QStringLiteral("call_log"),
    };
    return known.contains(entity);
}

QJsonObject toJson(const Change& change) {
    return QJsonObject{{QStringLiteral("entity"), change.entity},
                       {QStringLiteral("id"), change.id},
                       {QStringLiteral("operation"), change.operation},
                       {QStringLiteral("baseVersion"), change.baseVersion},
                       {QStringLiteral("payload"), change.payload}};
}

Result<Session> parseSession(const QByteArray& body) {
    auto object = parseObject(body);
    if (!object)
        return object.error();
    Session session;
    std::optional<Error> error;
    const QJsonObject& o = object.value();
    if (!readString(o, QStringLiteral("accountId"), {}, session.accountId, error) ||
        !readString(o, QStringLiteral("email"), {}, session.email, error, false) ||
        !readString(o, QStringLiteral("name"), {}, session.name, error, false) ||
        !readString(o, QStringLiteral("accessToken"), {}, session.accessToken, error) ||
        !readString(o, QStringLiteral("refreshToken"), {}, session.refreshToken, error) ||
        !readVersion(o, QStringLiteral("expiresIn"), {}, session.expiresIn, error, false) ||
        !readBool(o, QStringLiteral("unusualSignIn"), {}, session.unusualSignIn, error))
        return *error;
    if (session.accessToken.isEmpty() || session.refreshToken.isEmpty())
        return badReply(QStringLiteral("accessToken"), SyncProtocolText::tr("not empty"));
    return session;
}

Result<QList<PushResult>> parsePushReply(const QByteArray& body) {
    auto object = parseObject(body);
    if (!object)
        return object.error();
    const QJsonValue results = object.value().value(QStringLiteral("results"));
    if (!results.isArray())
        return badReply(QStringLiteral("results"), SyncProtocolText::tr("an array"));
    QList<PushResult> list;
    const QJsonArray array = results.toArray();
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("results[%1]").arg(i);
        if (!array.at(i).isObject())
            return badReply(where, SyncProtocolText::tr("an object"));
        const QJsonObject item = array.at(i).toObject();
        const QString prefix = where + QLatin1Char('.');
        PushResult result;
        std::optional<Error> error;
        if (!readString(item, QStringLiteral("entity"), prefix, result.entity, error) ||
            !readString(item, QStringLiteral("id"), prefix, result.id, error) ||
            !readString(item, QStringLiteral("status"), prefix, result.status, error) ||
            !readVersion(item, QStringLiteral("version"), prefix, result.version, error, false) ||
            !readVersion(item, QStringLiteral("seq"), prefix, result.seq, error, false))
            return *error;
        if (result.status != QLatin1String("applied") && result.status != QLatin1String("conflict") &&
            result.status != QLatin1String("rejected"))
            return badReply(prefix + QStringLiteral("status"),
                            SyncProtocolText::tr("applied, conflict or rejected"));
        const QJsonValue record = item.value(QStringLiteral("record"));
        if (!record.isUndefined() && !record.isNull()) {
            auto parsed = readRecord(record, prefix + QStringLiteral("record"));
            if (!parsed)
                return parsed.error();
            result.record = parsed.value();
        }
        if (result.status == QLatin1String("conflict") && !result.record)
            return badReply(prefix + QStringLiteral("record"), SyncProtocolText::tr("present on a conflict"));
        const QJsonValue why = item.value(QStringLiteral("error"));
        if (why.isObject())
            result.error = why.toObject().value(QStringLiteral("message")).toString();
        else if (why.isString())
            result.error = why.toString();
        list.append(result);
    }
    return list;
}

Result<PullPage> parsePullReply(const QByteArray& body) {
    auto object = parseObject(body);
    if (!object)
        return object.error();
    const QJsonObject& o = object.value();
    PullPage page;
    std::optional<Error> error;
    if (!readString(o, QStringLiteral("cursor"), {}, page.cursor, error) ||
        !readBool(o, QStringLiteral("hasMore"), {}, page.hasMore, error))
        return *error;
    const QJsonValue records = o.value(QStringLiteral("records"));
    if (!records.isArray())
        return badReply(QStringLiteral("records"), SyncProtocolText::tr("an array"));
    const QJsonArray array = records.toArray();
    page.records.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        // The place of the record is only spelled out for the error: a page holds a thousand records.
        auto record = readRecord(array.at(i), QString());
        if (!record)
            return readRecord(array.at(i), QStringLiteral("records[%1]").arg(i)).error();
        page.records.append(std::move(record).value());
    }
    return page;
}

ApiError parseError(const QByteArray& body) {
    ApiError error;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue inner = object.value(QStringLiteral("error"));
    if (inner.isObject()) {
        const QJsonObject e = inner.toObject();
        error.code = e.value(QStringLiteral("code")).toString();
        error.field = e.value(QStringLiteral("field")).toString();
        error.message = e.value(QStringLiteral("message")).toString();
    } else if (inner.isString()) {
        error.code = inner.toString();
    }
    return error;
}

std::optional<qint64> parseRetryAfter(const QByteArray& header) {
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(std::min<qint64>(seconds, 24 * 3600));
    const QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(text).left(29),
                                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return std::nullopt;
    QDateTime utc = at;
    utc.setTimeZone(QTimeZone::utc());
    return std::clamp<qint64>(QDateTime::currentDateTimeUtc().secsTo(utc), 0, 24 * 3600);
}

} // namespace iq::wire
