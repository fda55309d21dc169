#include "CliContext.h"
#include "Command.h"

#include "core/actions/HistoryActions.h"
#include "core/actions/TimelineActions.h"
#include "shared/util/Clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace iq::cli {
namespace {

const QString kJson = QStringLiteral("json");
const QString kCsv = QStringLiteral("csv");

QJsonValue timeOrNull(const QDateTime& time) {
    return time.isValid() ? QJsonValue(toStoredTime(time)) : QJsonValue();
}

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject messageJson(const MessageRecord& m) {
    QJsonArray history;
    for (const StatusChange& change : m.statusHistory)
        history.append(QJsonObject{{QStringLiteral("status"), change.status},
                                   {QStringLiteral("at"), timeOrNull(change.at)},
                                   {QStringLiteral("detail"), change.detail}});
    const QJsonValue error = m.errorCode.isEmpty() && m.errorMessage.isEmpty()
                                 ? QJsonValue()
                                 : QJsonObject{{QStringLiteral("code"), m.errorCode},
                                               {QStringLiteral("meaning"), HistoryActions::errorMeaning(m)},
                                               {QStringLiteral("providerMessage"), m.errorMessage}};
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("time"), timeOrNull(m.createdAt)},
            {QStringLiteral("to"), m.address},
            {QStringLiteral("contactId"), textOrNull(m.contactId)},
            {QStringLiteral("recipient"), m.recipientName},
            {QStringLiteral("channel"), m.channel},
            {QStringLiteral("campaignId"), textOrNull(m.campaignId)},
            {QStringLiteral("campaign"), m.campaignName},
            {QStringLiteral("status"), m.status},
            {QStringLiteral("error"), error},
            {QStringLiteral("segments"), m.segments},
            {QStringLiteral("text"), m.body},
            {QStringLiteral("releaseAt"), timeOrNull(m.releaseAt)},
            {QStringLiteral("updated"), timeOrNull(m.updatedAt)},
            {QStringLiteral("statusHistory"), history}};
}

QJsonObject callJson(const CallRecord& c) {
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("started"), timeOrNull(c.startedAt)},
            {QStringLiteral("from"), c.callingNumber},
            {QStringLiteral("to"), c.receivingNumber},
            {QStringLiteral("forwardedTo"), textOrNull(c.forwardingNumber)},
            {QStringLiteral("durationSeconds"), c.durationSeconds},
            {QStringLiteral("type"), c.callType},
            {QStringLiteral("outcome"), textOrNull(c.outcome)},
            {QStringLiteral("routing"), c.routing},
            {QStringLiteral("contactId"), textOrNull(c.contactId)},
            {QStringLiteral("contact"), c.contactName},
            {QStringLiteral("campaignId"), textOrNull(c.campaignId)},
            {QStringLiteral("campaign"), c.campaignName},
            {QStringLiteral("messageId"), textOrNull(c.messageId)}};
}

// The options both commands take, and the filter they give.
void addFilterOptions(SubcommandParser& parser, bool calls) {
    parser.addOption(
        {QStringLiteral("campaign"), Text::tr("Only this campaign's, by id."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("status"),
                      calls
                          ? Text::tr("Only calls with this outcome (answered, voicemail, no_answer, busy) or "
                                     "type (inbound, outbound, campaign...); several separated by commas.")
                          : Text::tr("Only messages in this status (queued, held, sent, delivered, failed, "
                                     "undeliverable, skipped); several separated by commas."),
                      QStringLiteral("status")});
    parser.addOption(
        {QStringLiteral("channel"), Text::tr("Only sms, email or voice."), QStringLiteral("channel")});
    if (!calls)
        parser.addOption({QStringLiteral("error"),
                          Text::tr("Only messages that failed with this error code (30003...); several "
                                   "separated by commas."),
                          QStringLiteral("code")});
    parser.addOption(
        {QStringLiteral("contact"), Text::tr("Only this contact's, by id."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("since"),
                      Text::tr("From this date or time on (2026-03-01, 2026-03-01T09:30)."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("until"), Text::tr("Up to this date (the whole day) or time."),
                      QStringLiteral("date")});
    parser.addOption(
        {QStringLiteral("search"),
         Text::tr("Only those whose recipient's name, number or address, or text, contains this."),
         QStringLiteral("text")});
    parser.addOption({kJson, Text::tr("Print JSON.")});
    parser.addOption({kCsv, Text::tr("Print CSV (safe to open in a spreadsheet).")});
}

// The filter the options give, or the exit status of a usage error.
std::optional<int> readFilter(CliContext& context, const SubcommandParser& parser, HistoryFilter& filter) {
    filter.campaignId = parser.value(QStringLiteral("campaign"));
    filter.contactId = parser.value(QStringLiteral("contact"));
    filter.search = parser.value(QStringLiteral("search"));
    filter.channel = parser.value(QStringLiteral("channel")).toLower();
    if (!filter.channel.isEmpty() &&
        !QStringList{QStringLiteral("sms"), QStringLiteral("email"), QStringLiteral("voice")}.contains(
            filter.channel))
        return context.usageError(
            Text::tr("--channel must be sms, email or voice, not \"%1\".").arg(filter.channel));
    for (const QString& status : parser.values(QStringLiteral("status")))
        filter.statuses << status.toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& status : filter.statuses)
        status = status.trimmed();
    for (const char* name : {"since", "until"}) {
        const QString value = parser.value(QLatin1String(name));
        if (value.isEmpty())
            continue;
        const auto time = HistoryActions::parseTime(value, qstrcmp(name, "until") == 0);
        if (!time)
            return context.usageError(
                Text::tr("--%1 takes a date (2026-03-01) or a time (2026-03-01T09:30), not \"%2\".")
                    .arg(QLatin1String(name), value));
        (qstrcmp(name, "since") == 0 ? filter.since : filter.until) = *time;
    }
    if (parser.isSet(kJson) && parser.isSet(kCsv))
        return context.usageError(Text::tr("Choose one of --json and --csv."));
    return std::nullopt;
}

// Writes every page of a list: JSON as one array written as it is read, or plain lines.
template <typename Record>
int printPages(CliContext& context, bool json, const std::function<Result<QList<Record>>(int)>& page,
               const std::function<QJsonObject(const Record&)>& toJson,
               const std::function<QString(const Record&)>& toLine, const QString& nothing) {
    int written = 0;
    if (json)
        context.out() << "[";
    for (;;) {
        auto rows = page(written);
        if (!rows)
            return context.fail(rows.errorMessage());
        for (const Record& record : std::as_const(rows.value())) {
            if (json)
                context.out() << (written ? ",\n" : "\n")
                              << QString::fromUtf8(
                                     QJsonDocument(toJson(record)).toJson(QJsonDocument::Compact));
            else
                context.out() << toLine(record) << "\n";
            ++written;
        }
        if (rows.value().size() < HistoryActions::kPageSize)
            break;
    }
    if (json)
        context.out() << (written ? "\n]\n" : "]\n");
    else if (written == 0)
        context.out() << nothing << "\n";
    context.out().flush();
    return Success;
}

int writeCsv(CliContext& context, const std::function<Result<qint64>(QIODevice*)>& write) {
    context.out().flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return context.fail(Text::tr("Cannot write to standard output."));
    auto written = write(&out);
    if (!written)
        return context.fail(written.errorMessage());
    return Success;
}

int history(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("history"),
                            Text::tr("List the messages sent, newest first, with their status, error and "
                                     "status history, as of the last sync."));
    addFilterOptions(parser, false);
    if (int status = parser.parse(arguments); status >= 0)
        return status;
    HistoryFilter filter;
    if (auto usage = readFilter(context, parser, filter))
        return *usage;
    // Messages only, as the History page's report filters them.
    for (const QString& codes : parser.values(QStringLiteral("error")))
        filter.errorCodes << codes.split(QLatin1Char(','), Qt::SkipEmptyParts);
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    HistoryActions actions(profile->database());
    const auto key = MessageSortKey::Time;
    if (parser.isSet(kCsv))
        return writeCsv(context, [&](QIODevice* device) {
            return actions.exportMessages(device, filter, key, Qt::DescendingOrder);
        });
    return printPages<MessageRecord>(
        context, parser.isSet(kJson),
        [&](int offset) {
            return actions.messages(filter, key, Qt::DescendingOrder, offset, HistoryActions::kPageSize);
        },
        &messageJson,
        [](const MessageRecord& m) {
            QString line = toStoredTime(m.createdAt) + QStringLiteral("  ") + m.address +
                           QStringLiteral("  ") + m.status;
            if (!m.recipientName.isEmpty())
                line += QStringLiteral("  ") + m.recipientName;
            if (!m.errorCode.isEmpty() || !m.errorMessage.isEmpty())
                line += QStringLiteral("  [%1] %2").arg(m.errorCode, HistoryActions::errorMeaning(m));
            return line;
        },
        Text::tr("No messages."));
}

int calls(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("calls"),
                            Text::tr("List the calls, newest first, as of the last sync."));
    addFilterOptions(parser, true);
    if (int status = parser.parse(arguments); status >= 0)
        return status;
    HistoryFilter filter;
    if (auto usage = readFilter(context, parser, filter))
        return *usage;
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    HistoryActions actions(profile->database());
    const auto key = CallSortKey::Time;
    if (parser.isSet(kCsv))
        return writeCsv(context, [&](QIODevice* device) {
            return actions.exportCalls(device, filter, key, Qt::DescendingOrder);
        });
    return printPages<CallRecord>(
        context, parser.isSet(kJson),
        [&](int offset) {
            return actions.calls(filter, key, Qt::DescendingOrder, offset, HistoryActions::kPageSize);
        },
        &callJson,
        [](const CallRecord& c) {
            QString line = toStoredTime(c.startedAt) + QStringLiteral("  ") + c.callingNumber +
                           QStringLiteral(" -> ") + c.receivingNumber + QStringLiteral("  ") + c.callType;
            if (!c.outcome.isEmpty())
                line += QStringLiteral("  ") + c.outcome;
            line += QStringLiteral("  %1 s").arg(c.durationSeconds);
            if (!c.contactName.isEmpty())
                line += QStringLiteral("  ") + c.contactName;
            return line;
        },
        Text::tr("No calls."));
}

int contactsTimeline(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("contacts timeline"),
                            Text::tr("Show everything between the business and a contact, newest first: "
                                     "messages with their status, calls, replies, consent changes, "
                                     "imports and merges, as of the last sync."));
    parser.addPositional(QStringLiteral("id"), Text::tr("The contact's id."));
    parser.addOption({kJson, Text::tr("Print a JSON array.")});
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    auto events = TimelineActions(profile->database()).timeline(parser.positional().first());
    if (!events)
        return context.fail(events.errorMessage());
    if (parser.isSet(kJson)) {
        QJsonArray array;
        for (const TimelineEvent& event : std::as_const(events.value()))
            array.append(TimelineActions::toJson(event));
        context.printJson(QJsonDocument(array));
        return Success;
    }
    for (const TimelineEvent& event : std::as_const(events.value()))
        context.out() << toStoredTime(event.at) << "  "
                      << TimelineActions::toWire(event.kind).leftJustified(8) << "  " << event.summary
                      << "\n";
    if (events.value().isEmpty())
        context.out() << Text::tr("Nothing yet.") << "\n";
    return Success;
}

} // namespace

QList<Command> historyCommands() {
    return {
        {QStringLiteral("history"), Text::tr("The messages sent, with status and errors"), &history},
        {QStringLiteral("calls"), Text::tr("The calls made and received"), &calls},
        {QStringLiteral("contacts timeline"), Text::tr("Everything between the business and a contact"),
         &contactsTimeline},
    };
}

} // namespace iq::cli
