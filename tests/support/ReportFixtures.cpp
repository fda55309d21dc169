#include "ReportFixtures.h"

#include "core/store/ConsentLedger.h"
#include "core/store/Database.h"
#include "core/store/LocalRecords.h"
#include "shared/util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>

namespace iq::test {
namespace {

constexpr int kChunk = 5000;

bool pull(Database& database, const QString& entity, const QList<LocalRecords::NewRecord>& records) {
    auto stored = LocalRecords(database).insertNew(entity, records);
    if (!stored || !stored.value().isEmpty()) {
        qWarning("%s records refused: %s", qPrintable(entity), qPrintable(stored.errorMessage()));
        return false;
    }
    return true;
}

QJsonObject change(const QString& status, const QDateTime& at, const QString& detail = {}) {
    return {{QStringLiteral("status"), status},
            {QStringLiteral("at"), toStoredTime(at)},
            {QStringLiteral("detail"), detail}};
}

struct Outcome {
    const char* status;
    const char* code;
};

// Per mille, in order: what the i-th message ends as.
Outcome outcomeOf(int i) {
    const unsigned spread = (unsigned(i) * 2654435761u) % 1000u;
    if (spread < 820)
        return {"delivered", ""};
    if (spread < 870)
        return {"failed", "30003"};
    if (spread < 885)
        return {"failed", "30008"};
    if (spread < 925)
        return {"undeliverable", "30005"};
    if (spread < 945)
        return {"undeliverable", "30006"};
    if (spread < 960)
        return {"undeliverable", "30007"};
    if (spread < 985)
        return {"sent", ""};
    return {"skipped", ""};
}

QString contactId(int i) {
    return QStringLiteral("report-contact-%1").arg(i, 7, 10, QLatin1Char('0'));
}

QString number(int i) {
    return QStringLiteral("+1415%1").arg(2000000 + i, 7, 10, QLatin1Char('0'));
}

LocalRecords::NewRecord contactRecord(int i) {
    const QJsonArray phones{QJsonObject{{QStringLiteral("raw"), number(i)},
                                        {QStringLiteral("e164"), number(i)},
                                        {QStringLiteral("type"), QStringLiteral("mobile")},
                                        {QStringLiteral("label"), QString()},
                                        {QStringLiteral("valid"), true}}};
    return {contactId(i),
            {{QStringLiteral("givenName"), QStringLiteral("Customer")},
             {QStringLiteral("familyName"), QString::number(i + 1)},
             {QStringLiteral("phones"), phones},
             {QStringLiteral("emails"), QJsonArray()},
             {QStringLiteral("createdAt"), QStringLiteral("2026-01-02T03:04:05.000Z")},
             {QStringLiteral("updatedAt"), QStringLiteral("2026-01-02T03:04:05.000Z")}},
            1};
}

LocalRecords::NewRecord messageRecord(int i) {
    const QDateTime sent = reportCampaignSentAt();
    const Outcome outcome = outcomeOf(i);
    const QString status = QLatin1String(outcome.status);
    // Most outcomes come in the first minutes, the last after three hours.
    const double u = double((unsigned(i) * 40503u) % 1000u) / 1000.0;
    const QDateTime final = sent.addSecs(60 + qint64(180 * 60 * u * u * u));
    QJsonArray history{change(QStringLiteral("queued"), sent)};
    if (status != QLatin1String("skipped"))
        history.append(
            change(QStringLiteral("sent"), sent.addSecs(20), QStringLiteral("Accepted by the carrier")));
    if (status != QLatin1String("sent"))
        history.append(change(status, final));
    return {QStringLiteral("report-message-%1").arg(i, 7, 10, QLatin1Char('0')),
            {{QStringLiteral("campaignId"), reportCampaignId()},
             {QStringLiteral("contactId"), contactId(i)},
             {QStringLiteral("channel"), QStringLiteral("sms")},
             {QStringLiteral("address"), number(i)},
             {QStringLiteral("body"),
              QStringLiteral("Spring sale: 20% off everything until Sunday. Reply STOP to opt out.")},
             {QStringLiteral("segments"), 1},
             {QStringLiteral("status"), status},
             {QStringLiteral("errorCode"), QLatin1String(outcome.code)},
             {QStringLiteral("errorMessage"), QString()},
             {QStringLiteral("statusHistory"), history},
             {QStringLiteral("createdAt"), toStoredTime(sent)},
             {QStringLiteral("updatedAt"), toStoredTime(final)}},
            2};
}

} // namespace

bool pullReportCampaign(Database& database, int messages) {
    const LocalRecords::NewRecord campaign{
        reportCampaignId(),
        {{QStringLiteral("name"), QStringLiteral("Spring sale")},
         {QStringLiteral("channel"), QStringLiteral("sms")},
         {QStringLiteral("kind"), QStringLiteral("marketing")},
         {QStringLiteral("status"), QStringLiteral("sent")},
         {QStringLiteral("sentAt"), toStoredTime(reportCampaignSentAt())},
         {QStringLiteral("createdAt"), QStringLiteral("2026-03-01T16:00:00.000Z")}},
        1};
    if (!pull(database, QStringLiteral("campaign"), {campaign}))
        return false;
    const Status written = database.transaction([&]() -> Status {
        for (int first = 0; first < messages; first += kChunk) {
            QList<LocalRecords::NewRecord> contacts, records;
            for (int i = first; i < qMin(messages, first + kChunk); ++i) {
                contacts << contactRecord(i);
                records << messageRecord(i);
            }
            if (!pull(database, QStringLiteral("contact"), contacts) ||
                !pull(database, QStringLiteral("message"), records))
                return Error::make(Error::Code::InvalidInput, QStringLiteral("refused"));
        }
        ConsentLedger ledger(database);
        for (int i = 0; i < messages; i += 97) {
            ConsentChange stop;
            stop.contactId = contactId(i);
            stop.channel = Channel::Sms;
            stop.state = ConsentState::OptedOut;
            stop.method = ConsentMethod::Sync;
            stop.recordedBy = QStringLiteral("keyword");
            stop.source = QStringLiteral("simulator: SMS reply \"STOP\" from ") + number(i);
            stop.recordedAt = reportCampaignSentAt().addSecs(3600);
            if (Status recorded = ledger.record(stop); !recorded)
                return recorded;
        }
        return {};
    });
    if (!written)
        qWarning("%s", qPrintable(written.errorMessage()));
    return written.ok();
}

} // namespace iq::test
