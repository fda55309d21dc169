#include "HistoryFixtures.h"

#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/LocalRecords.h"
#include "shared/util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>

namespace iq::test {
namespace {

bool pull(Database& database, const QString& entity, const QList<LocalRecords::NewRecord>& records) {
    auto stored = LocalRecords(database).insertNew(entity, records);
    if (!stored || !stored.value().isEmpty()) {
        qWarning("%s records refused: %s", qPrintable(entity), qPrintable(stored.errorMessage()));
        return false;
    }
    return true;
}

QJsonObject change(const QString& status, const QDateTime& at, const QString& detail) {
    return {{QStringLiteral("status"), status},
            {QStringLiteral("at"), toStoredTime(at)},
            {QStringLiteral("detail"), detail}};
}

} // namespace

bool pullHistory(Database& database, int messages, QStringList* contactIds) {
    QStringList contacts;
    const QStringList names = {QStringLiteral("Ana"), QStringLiteral("Bob"), QStringLiteral("Cleo")};
    for (int i = 0; i < names.size(); ++i) {
        Contact contact;
        contact.givenName = names.at(i);
        const QString phone = QStringLiteral("+1415555010%1").arg(i + 1);
        contact.phones = {ContactPhone{phone, phone, QStringLiteral("mobile"), QString(), true}};
        auto added = ContactRepository(database).add(contact);
        if (!added)
            return false;
        contacts << added.value().id;
    }
    if (contactIds)
        *contactIds = contacts;
    QList<LocalRecords::NewRecord> campaigns;
    for (const auto& [id, name, channel] :
         {std::tuple{"c-sms", "Spring sale", "sms"}, std::tuple{"c-voice", "Reminder call", "voice"}})
        campaigns << LocalRecords::NewRecord{
            QLatin1String(id),
            {{QStringLiteral("name"), QLatin1String(name)},
             {QStringLiteral("channel"), QLatin1String(channel)},
             {QStringLiteral("kind"), QStringLiteral("marketing")},
             {QStringLiteral("status"), QStringLiteral("sent")},
             {QStringLiteral("createdAt"), QStringLiteral("2026-03-01T08:00:00.000Z")}},
            1};
    if (!pull(database, QStringLiteral("campaign"), campaigns))
        return false;

    const QDateTime start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    QList<LocalRecords::NewRecord> records, calls;
    for (int i = 0; i < messages; ++i) {
        const bool voice = i % 5 == 4;
        const QDateTime at = start.addSecs(60 * i);
        const QString id = QStringLiteral("m-%1").arg(i, 6, 10, QLatin1Char('0'));
        const QString contact = contacts.at(i % contacts.size());
        const QString address = QStringLiteral("+1415555010%1").arg(i % contacts.size() + 1);
        static const char* const kStatuses[] = {"delivered", "failed", "undeliverable", "sent"};
        const QString status = QLatin1String(kStatuses[i % 4]);
        QString code, meaning;
        if (status == QLatin1String("failed"))
            code = QStringLiteral("30003"), meaning = QStringLiteral("The handset was off or out of reach");
        else if (status == QLatin1String("undeliverable"))
            code = QStringLiteral("30005"), meaning = QStringLiteral("The number is not in service");
        QJsonArray history{
            change(QStringLiteral("queued"), at, QString()),
            change(QStringLiteral("sent"), at.addSecs(1), QStringLiteral("Accepted by the carrier"))};
        if (status != QLatin1String("sent"))
            history.append(
                change(status, at.addSecs(2), meaning.isEmpty() ? QStringLiteral("Delivered") : meaning));
        records << LocalRecords::NewRecord{
            id,
            {{QStringLiteral("campaignId"), voice ? QStringLiteral("c-voice") : QStringLiteral("c-sms")},
             {QStringLiteral("contactId"), contact},
             {QStringLiteral("channel"), voice ? QStringLiteral("voice") : QStringLiteral("sms")},
             {QStringLiteral("address"), address},
             {QStringLiteral("body"), QStringLiteral("Message %1").arg(i)},
             {QStringLiteral("segments"), 1},
             {QStringLiteral("status"), status},
             {QStringLiteral("errorCode"), code},
             {QStringLiteral("errorMessage"), meaning},
             {QStringLiteral("statusHistory"), history},
             {QStringLiteral("createdAt"), toStoredTime(at)},
             {QStringLiteral("updatedAt"), toStoredTime(at.addSecs(2))}},
            2};
        if (voice)
            calls << LocalRecords::NewRecord{
                QStringLiteral("call-%1").arg(i),
                {{QStringLiteral("callingNumber"), QStringLiteral("simulator")},
                 {QStringLiteral("receivingNumber"), address},
                 {QStringLiteral("startedAt"), toStoredTime(at)},
                 {QStringLiteral("durationSeconds"), i % 60},
                 {QStringLiteral("routing"), QStringLiteral("outbound")},
                 {QStringLiteral("callType"), QStringLiteral("campaign")},
                 {QStringLiteral("outcome"), i % 2 ? QStringLiteral("answered") : QStringLiteral("busy")},
                 {QStringLiteral("messageId"), id},
                 {QStringLiteral("campaignId"), QStringLiteral("c-voice")},
                 {QStringLiteral("contactId"), contact}},
                3};
    }
    return pull(database, QStringLiteral("message"), records) &&
           (calls.isEmpty() || pull(database, QStringLiteral("call_log"), calls));
}

} // namespace iq::test
