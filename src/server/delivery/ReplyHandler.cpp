#include "server/delivery/ReplyHandler.h"

#include "server/api/JsonInput.h"
#include "server/campaign/MessageRecord.h"
#include "server/store/AccountStore.h"
#include "server/store/ServerDatabase.h"
#include "server/sync/SyncService.h"
#include "shared/json/ContactJson.h"
#include "shared/phone/PhoneNumbers.h"
#include "shared/sms/SmsSegments.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace iq::server {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("iq::server::ReplyHandler", text);
}

QString wire(ReplyKeyword keyword) {
    switch (keyword) {
    case ReplyKeyword::OptOut:
        return QStringLiteral("opt_out");
    case ReplyKeyword::OptIn:
        return QStringLiteral("opt_in");
    case ReplyKeyword::Help:
        return QStringLiteral("help");
    case ReplyKeyword::None:
        break;
    }
    return QStringLiteral("none");
}

QString confirmation(ReplyKeyword keyword, const QString& business) {
    const QString prefix = business.isEmpty() ? QString() : business + QStringLiteral(": ");
    switch (keyword) {
    case ReplyKeyword::OptOut:
        return prefix + QStringLiteral("You are unsubscribed and will get no more messages. Reply START to "
                                       "subscribe again.");
    case ReplyKeyword::OptIn:
        return prefix + QStringLiteral("You are subscribed again. Reply STOP to unsubscribe, HELP for help.");
    case ReplyKeyword::Help:
        return prefix + QStringLiteral("Reply STOP to unsubscribe, START to subscribe again.");
    case ReplyKeyword::None:
        break;
    }
    return {};
}

} // namespace

ReplyHandler::ReplyHandler(ServerDatabase& database, SyncService& sync, const Clock& clock,
                           const PhoneNumbers& phones)
    : m_database(database)
    , m_sync(sync)
    , m_clock(clock)
    , m_phones(phones)
    , m_records(database)
    , m_queue(database) {}

ReplyKeyword ReplyHandler::classify(const QString& text) {
    QString word = text;
    const auto ignored = [](QChar c) {
        return c.isSpace() || c.isPunct() || c.isSymbol();
    };
    while (!word.isEmpty() && ignored(word.front()))
        word.remove(0, 1);
    while (!word.isEmpty() && ignored(word.back()))
        word.chop(1);
    word = word.toUpper();
    static const QStringList optOut{QStringLiteral("STOP"),        QStringLiteral("STOPALL"),
                                    QStringLiteral("UNSUBSCRIBE"), QStringLiteral("CANCEL"),
                                    QStringLiteral("END"),         QStringLiteral("QUIT"),
                                    QStringLiteral("REVOKE"),      QStringLiteral("OPTOUT")};
    static const QStringList optIn{QStringLiteral("START"), QStringLiteral("UNSTOP"), QStringLiteral("YES")};
    if (optOut.contains(word))
        return ReplyKeyword::OptOut;
    if (optIn.contains(word))
        return ReplyKeyword::OptIn;
    if (word == QLatin1String("HELP"))
        return ReplyKeyword::Help;
    return ReplyKeyword::None;
}

Result<QStringList> ReplyHandler::contactsWith(const QString& accountId, const QString& e164) {
    QStringList ids;
    const Status read = m_records.forEachRecord(
        accountId, QStringLiteral("contact"), [&](const QString& id, const QString& text) {
            QJsonObject payload = QJsonDocument::fromJson(text.toUtf8()).object();
            payload.insert(QStringLiteral("id"), id);
            auto contact = ContactJson::fromJson(payload);
            if (!contact)
                return;
            for (const ContactPhone& phone : contact->phones) {
                // The stored E.164 form answers for nearly every number; only numbers stored without one are
                // read again.
                const QString number = phone.e164.isEmpty() ? m_phones.normalize(phone.raw).e164 : phone.e164;
                if (number == e164) {
                    ids.append(id);
                    return;
                }
            }
        });
    if (!read)
        return read.error();
    return ids;
}

Outcome<QJsonObject> ReplyHandler::handle(const QString& accountId, const QJsonObject& body,
                                          const QString& source) {
    QString from, text;
    if (auto error = input::string(body, QStringLiteral("from"), QStringLiteral("from"), 1, 40, from, true))
        return *error;
    if (auto error = input::string(body, QStringLiteral("text"), QStringLiteral("text"), 0, 1600, text))
        return *error;
    const ContactPhone number = m_phones.normalize(from);
    if (!number.valid || number.e164.isEmpty())
        return ApiError::invalidField(
            QStringLiteral("from"),
            tr("Field \"from\" must be a valid phone number in E.164 (+15551234567)."));
    const ReplyKeyword keyword = classify(text);
    QStringList contacts;
    const Status status = m_database.transaction([&]() -> Status {
        if (Status locked = m_database.lockAccount(accountId); !locked)
            return locked;
        auto found = contactsWith(accountId, number.e164);
        if (!found)
            return found.error();
        contacts = found.value();
        if (keyword == ReplyKeyword::None)
            return Status::success();
        const QDateTime now = m_clock.now();
        QList<ServerRecord> records;
        if (keyword == ReplyKeyword::OptOut || keyword == ReplyKeyword::OptIn) {
            const QString consent =
                keyword == ReplyKeyword::OptOut ? QStringLiteral("opted_out") : QStringLiteral("opted_in");
            const QString where =
                QStringLiteral("%1: SMS reply \"%2\" from %3").arg(source, text.trimmed(), number.e164);
            for (const QString& contactId : std::as_const(contacts))
                records.append({QStringLiteral("consent"), contactId + QStringLiteral(":sms"),
                                QJsonObject{{QStringLiteral("contactId"), contactId},
                                            {QStringLiteral("channel"), QStringLiteral("sms")},
                                            {QStringLiteral("consent"), consent},
                                            {QStringLiteral("method"), QStringLiteral("keyword")},
                                            {QStringLiteral("source"), where},
                                            {QStringLiteral("at"), toStoredTime(now)}}});
        }
        if (keyword == ReplyKeyword::OptOut) {
            auto skipped =
                m_queue.skipUnsentTo(accountId, QStringLiteral("sms"), number.e164, now.toMSecsSinceEpoch());
            if (!skipped)
                return skipped.error();
            for (const QString& messageId : std::as_const(skipped.value())) {
                auto payload = m_sync.readRecord(accountId, QStringLiteral("message"), messageId);
                if (!payload)
                    return payload.error();
                QJsonObject message = payload.value().value_or(QJsonObject());
                messagerecord::advance(message, QStringLiteral("skipped"), now,
                                       QStringLiteral("The recipient opted out by reply"));
                records.append({QStringLiteral("message"), messageId, message});
            }
        }
        if (Status written = m_sync.writeRecords(accountId, records); !written)
            return written;
        auto profile = AccountStore(m_database).profile(accountId);
        if (!profile)
            return profile.error();
        return confirm(accountId, contacts.value(0), number.e164,
                       confirmation(keyword, profile.value() ? profile.value()->name : QString()));
    });
    if (!status)
        return ApiError::fromStorage(status.error());
    return QJsonObject{{QStringLiteral("handled"), wire(keyword)},
                       {QStringLiteral("contacts"), QJsonArray::fromStringList(contacts)}};
}

Status ReplyHandler::confirm(const QString& accountId, const QString& contactId, const QString& to,
                             const QString& text) {
    const QDateTime now = m_clock.now();
    DeliveryQueue::Message message;
    message.messageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    message.accountId = accountId;
    message.contactId = contactId;
    message.channel = QStringLiteral("sms");
    message.address = to;
    message.body = text;
    message.segments = sms::countSegments(text).segments;
    message.status = QStringLiteral("queued");
    message.notBefore = now.toMSecsSinceEpoch();
    message.state = QStringLiteral("pending");
    if (Status queued = m_queue.enqueue({message}); !queued)
        return queued;
    return m_sync.writeRecords(accountId, {{QStringLiteral("message"), message.messageId,
                                            messagerecord::make({{},
                                                                 contactId,
                                                                 message.channel,
                                                                 to,
                                                                 text,
                                                                 message.segments,
                                                                 message.status,
                                                                 {},
                                                                 QStringLiteral("Reply to a keyword")},
                                                                now)}});
}

} // namespace iq::server
