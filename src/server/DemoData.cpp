#include "server/DemoData.h"

#include "server/auth/AccountService.h"
#include "server/store/ServerDatabase.h"
#include "server/store/SyncStore.h"
#include "server/sync/SyncService.h"
#include "shared/json/ContactJson.h"
#include "shared/util/Clock.h"

#include <QJsonArray>
#include <QUuid>

namespace iq::server {
namespace {

// Stable ids so that the demo looks the same on every machine.
QString demoId(const QString& name) {
    return QUuid::createUuidV5(QUuid(QStringLiteral("{5e0c7a52-9d36-4c1e-a8e4-2b1f0f6f2a11}")), name)
        .toString(QUuid::WithoutBraces);
}

QJsonObject change(const QString& entity, const QString& id, const QJsonObject& payload) {
    return QJsonObject{{QStringLiteral("entity"), entity},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("operation"), QStringLiteral("upsert")},
                       {QStringLiteral("baseVersion"), 0},
                       {QStringLiteral("payload"), payload}};
}

} // namespace

Outcome<QString> DemoData::ensure(ServerDatabase& database, const Clock& clock) {
    AccountService accounts(database, clock, TokenLifetimes{});
    auto accountId = accounts.ensureAccount(QString::fromLatin1(kEmail), QStringLiteral("Demo Computer Shop"),
                                            QString::fromLatin1(kPassword));
    if (!accountId.ok())
        return accountId.error();
    auto existing = SyncStore(database).recordCount(accountId.value());
    if (!existing)
        return ApiError::fromStorage(existing.error());
    if (existing.value() > 0)
        return accountId.value();

    const QDateTime now = clock.now();
    QJsonArray changes;
    struct Group {
        const char* name;
        const char* description;
    };
    const Group groups[] = {{"Mac Users", "Customers who bought or service a Mac"},
                            {"Gamers", "Customers interested in gaming PCs and consoles"},
                            {"Repair Customers", "Anyone with a device in the workshop"}};
    QStringList groupIds;
    for (const Group& group : groups) {
        const QString id = demoId(QString::fromLatin1(group.name));
        groupIds.append(id);
        iq::Group value{id, QString::fromLatin1(group.name), QString::fromLatin1(group.description),
                        SyncMeta{0, now, now, false}};
        changes.append(change(QStringLiteral("group"), id, iq::toJson(value)));
    }
    struct Person {
        const char* given;
        const char* family;
        const char* phone;
        const char* email;
        int group;
        const char* consent;
    };
    const Person people[] = {
        {"Ada", "Lovelace", "+14155550101", "ada@example.com", 0, "opted_in"},
        {"Alan", "Turing", "+14155550102", "alan@example.com", 0, "opted_in"},
        {"Grace", "Hopper", "+14155550103", "grace@example.com", 1, "opted_in"},
        {"Linus", "Torvalds", "+14155550104", "linus@example.com", 1, "pending"},
        {"Margaret", "Hamilton", "+14155550105", "margaret@example.com", 2, "opted_in"},
        {"Dennis", "Ritchie", "+14155550106", "dennis@example.com", 2, "opted_out"},
        {"Barbara", "Liskov", "+14155550107", "barbara@example.com", 0, "opted_in"},
        {"Ken", "Thompson", "+14155550108", "ken@example.com", 1, "unknown"},
    };
    for (const Person& person : people) {
        Contact contact;
        contact.id = demoId(QString::fromLatin1(person.email));
        contact.givenName = QString::fromLatin1(person.given);
        contact.familyName = QString::fromLatin1(person.family);
        contact.language = QStringLiteral("en");
        contact.phones.append(ContactPhone{QString::fromLatin1(person.phone),
                                           QString::fromLatin1(person.phone), QStringLiteral("mobile"),
                                           QStringLiteral("mobile"), true});
        contact.emails.append(ContactEmail{QString::fromLatin1(person.email), QStringLiteral("home")});
        contact.meta = SyncMeta{0, now, now, false};
        changes.append(change(QStringLiteral("contact"), contact.id, ContactJson::toJson(contact)));
        const QString groupId = groupIds.at(person.group);
        changes.append(change(QStringLiteral("membership"), groupId + QLatin1Char(':') + contact.id,
                              QJsonObject{{QStringLiteral("groupId"), groupId},
                                          {QStringLiteral("contactId"), contact.id},
                                          {QStringLiteral("consent"), QString::fromLatin1(person.consent)},
                                          {QStringLiteral("method"), QStringLiteral("paper")},
                                          {QStringLiteral("source"), QStringLiteral("demo")}}));
    }
    const std::pair<const char*, const char*> templates[] = {
        {"New MacBook arrived", "Hi {{first_name}}, the new MacBook you asked about has arrived. Drop by!"},
        {"Repair ready", "Hi {{first_name}}, your device is repaired and ready for pick-up."},
        {"Gaming night", "Hi {{first_name}}, join our gaming night this Friday at 7 pm."}};
    for (const auto& [name, body] : templates) {
        const QString id = demoId(QString::fromLatin1(name));
        changes.append(change(QStringLiteral("content"), id,
                              QJsonObject{{QStringLiteral("id"), id},
                                          {QStringLiteral("name"), QString::fromLatin1(name)},
                                          {QStringLiteral("kind"), QStringLiteral("sms")},
                                          {QStringLiteral("body"), QString::fromLatin1(body)}}));
    }
    SyncService sync(database, clock);
    auto results = sync.apply(accountId.value(), changes);
    if (!results.ok())
        return results.error();
    return accountId.value();
}

} // namespace iq::server
