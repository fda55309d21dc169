#include "CliContext.h"
#include "Command.h"

#include "core/actions/CampaignActions.h"
#include "core/actions/CampaignReportActions.h"
#include "core/profile/AppStartup.h"
#include "core/sync/KeychainTokenStore.h"
#include "shared/util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace iq::cli {
namespace {

const QString kJson = QStringLiteral("json");

QJsonValue timeOrNull(const QDateTime& time) {
    return time.isValid() ? QJsonValue(toStoredTime(time)) : QJsonValue();
}

QJsonObject campaignJson(const Campaign& c) {
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("channel"), toStorage(c.channel)},
            {QStringLiteral("kind"), campaign::toWire(c.kind)},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("waitingForConnection"), c.waitingToSend},
            {QStringLiteral("sendError"), c.sendError},
            {QStringLiteral("contentId"), c.contentId.isEmpty() ? QJsonValue() : QJsonValue(c.contentId)},
            {QStringLiteral("subject"), c.subject},
            {QStringLiteral("body"), c.body},
            {QStringLiteral("audience"), c.audience.toJson()},
            {QStringLiteral("scheduledAt"), timeOrNull(c.scheduledAt)},
            {QStringLiteral("timeZone"), c.timeZone.isEmpty() ? QJsonValue() : QJsonValue(c.timeZone)},
            {QStringLiteral("sentAt"), timeOrNull(c.sentAt)},
            {QStringLiteral("counts"), c.counts},
            {QStringLiteral("createdAt"), timeOrNull(c.createdAt)}};
}

// The state in words: a draft whose send waits says so.
QString stateText(const Campaign& c) {
    return c.waitingToSend ? Text::tr("waiting for a connection") : c.status;
}

int withActions(CliContext& context, const std::function<int(CampaignActions&)>& work) {
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    KeychainTokenStore tokens(AppStartup::keychainService());
    CampaignActions actions(*profile, &tokens);
    return work(actions);
}

int campaignCreate(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("campaign create"),
                            Text::tr("Make a campaign draft: its audience, channel, kind and text."));
    parser.addOption({QStringLiteral("name"), Text::tr("The campaign's name."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("group"),
                      Text::tr("A group to send to, by name or id; repeat for several."),
                      QStringLiteral("group")});
    parser.addOption({QStringLiteral("exclude-group"),
                      Text::tr("Leave out the members of this group; repeat for several."),
                      QStringLiteral("group")});
    parser.addOption({QStringLiteral("contact"),
                      Text::tr("A single contact to send to, by id; repeat for several."),
                      QStringLiteral("id")});
    parser.addOption(
        {QStringLiteral("channel"), Text::tr("sms, email or voice."), QStringLiteral("channel")});
    parser.addOption({QStringLiteral("kind"), Text::tr("marketing (the default) or transactional."),
                      QStringLiteral("kind")});
    parser.addOption({QStringLiteral("text"), Text::tr("The message, with fields such as {{first_name}}."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("template"), Text::tr("A saved message of the content library, by id."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("subject"), Text::tr("The e-mail's subject."), QStringLiteral("text")});
    parser.addOption({QStringLiteral("at"), Text::tr("When to send (ISO 8601); without it, when sent."),
                      QStringLiteral("time")});
    parser.addOption({QStringLiteral("time-zone"), Text::tr("The time zone of --at, e.g. Europe/Berlin."),
                      QStringLiteral("zone")});
    parser.addOption({kJson, Text::tr("Print the campaign as JSON.")});
    if (int status = parser.parse(arguments); status >= 0)
        return status;
    CampaignInput input;
    input.name = parser.value(QStringLiteral("name"));
    if (input.name.trimmed().isEmpty())
        return context.usageError(Text::tr("--name is required."));
    const auto channel = channelFromStorage(parser.value(QStringLiteral("channel")).trimmed().toLower());
    if (!channel)
        return context.usageError(Text::tr("--channel must be sms, email or voice."));
    input.channel = *channel;
    if (parser.isSet(QStringLiteral("kind"))) {
        const auto kind =
            campaign::campaignKindFromWire(parser.value(QStringLiteral("kind")).trimmed().toLower());
        if (!kind)
            return context.usageError(Text::tr("--kind must be marketing or transactional."));
        input.kind = *kind;
    }
    if (parser.isSet(QStringLiteral("text")) == parser.isSet(QStringLiteral("template")))
        return context.usageError(Text::tr("Give either --text or --template."));
    input.text = parser.value(QStringLiteral("text"));
    input.templateId = parser.value(QStringLiteral("template"));
    input.subject = parser.value(QStringLiteral("subject"));
    input.groups = parser.values(QStringLiteral("group"));
    input.excludeGroups = parser.values(QStringLiteral("exclude-group"));
    input.contacts = parser.values(QStringLiteral("contact"));
    if (input.groups.isEmpty() && input.contacts.isEmpty())
        return context.usageError(Text::tr("Give at least one --group or --contact."));
    if (parser.isSet(QStringLiteral("time-zone")) && !parser.isSet(QStringLiteral("at")))
        return context.usageError(Text::tr("--time-zone goes with --at."));
    input.timeZone = parser.value(QStringLiteral("time-zone"));
    if (parser.isSet(QStringLiteral("at"))) {
        auto at = CampaignActions::parseSchedule(parser.value(QStringLiteral("at")), input.timeZone);
        if (!at)
            return context.usageError(at.errorMessage());
        input.scheduledAt = at.value();
    }
    return withActions(context, [&](CampaignActions& actions) {
        auto created = actions.createDraft(input);
        if (!created)
            return context.fail(created.errorMessage());
        if (parser.isSet(kJson))
            context.printJson(QJsonDocument(campaignJson(created.value())));
        else
            context.out() << Text::tr(
                                 "Created campaign %1 (%2), a draft; 'iqm campaign preflight %2' shows who "
                                 "gets it.")
                                 .arg(created.value().name, created.value().id)
                          << "\n";
        return int(Success);
    });
}

int campaignPreflight(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("campaign preflight"),
                            Text::tr("Show who will get the campaign's message, who will not and why, and "
                                     "what it costs."));
    parser.addPositional(QStringLiteral("id"), Text::tr("The campaign's id."));
    parser.addOption({kJson, Text::tr("Print the report as JSON.")});
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;
    return withActions(context, [&](CampaignActions& actions) {
        auto report = actions.preflight(parser.positional().first());
        if (!report)
            return context.fail(report.errorMessage());
        const PreflightReport& r = report.value();
        if (parser.isSet(kJson)) {
            context.printJson(QJsonDocument(r.toJson()));
            return int(Success);
        }
        QTextStream& out = context.out();
        out << Text::tr("%1 recipient(s), %2 of them held for quiet hours; %3 excluded.")
                   .arg(r.recipients)
                   .arg(r.held)
                   .arg(r.excludedTotal)
            << "\n";
        for (auto it = r.excluded.cbegin(); it != r.excluded.cend(); ++it)
            out << "  " << campaign::displayLabel(it.key()) << ": " << it.value() << "\n";
        out << Text::tr("%1 segment(s), about %2 %3.")
                   .arg(r.segments)
                   .arg(QLocale().toString(r.cost, 'f', 2), r.currency)
            << "\n";
        for (const PreflightPerson& person : r.people) {
            QString what = campaign::toWire(person.outcome);
            if (person.outcome == campaign::Outcome::Excluded)
                what = campaign::displayLabel(person.reason);
            else if (person.outcome == campaign::Outcome::Held)
                what = Text::tr("held until %1").arg(person.releaseAt.toString(Qt::ISODate));
            out << "  " << person.name << "  "
                << (person.address.isEmpty() ? QStringLiteral("-") : person.address) << "  " << what << "\n";
        }
        return int(Success);
    });
}

int campaignSend(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(
        context, QStringLiteral("campaign send"),
        Text::tr("Send the campaign now, or at its time. Without a connection it waits and "
                 "goes out with the next sync or send."));
    parser.addPositional(QStringLiteral("id"), Text::tr("The campaign's id."));
    parser.addOption({kJson, Text::tr("Print the campaign as JSON.")});
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;
    return withActions(context, [&](CampaignActions& actions) {
        auto sent = actions.send(parser.positional().first());
        if (!sent)
            return context.fail(sent.errorMessage());
        const CampaignSendResult& r = sent.value();
        if (parser.isSet(kJson)) {
            QJsonObject object = campaignJson(r.campaign);
            object.insert(QStringLiteral("queued"), r.queued);
            if (r.queued)
                object.insert(QStringLiteral("reason"), r.reason);
            if (!r.answer.isEmpty())
                object.insert(QStringLiteral("server"), r.answer);
            context.printJson(QJsonDocument(object));
        } else if (r.queued) {
            context.out() << Text::tr("Campaign %1 is waiting for a connection: %2 It goes out with the next "
                                      "'iqm sync' or 'iqm campaign send'.")
                                 .arg(r.campaign.name, r.reason)
                          << "\n";
        } else {
            context.out() << Text::tr("Campaign %1 is %2.").arg(r.campaign.name, r.campaign.status) << "\n";
        }
        return int(Success);
    });
}

int changeCommand(CliContext& context, const QStringList& arguments, const QString& verb) {
    SubcommandParser parser(
        context, QStringLiteral("campaign ") + verb,
        verb == QLatin1String("pause")    ? Text::tr("Pause a running or scheduled campaign.")
        : verb == QLatin1String("resume") ? Text::tr("Resume a paused campaign.")
                                          : Text::tr("Cancel a campaign; sent messages stay "
                                                     "sent, the others are skipped."));
    parser.addPositional(QStringLiteral("id"), Text::tr("The campaign's id."));
    parser.addOption({kJson, Text::tr("Print the campaign as JSON.")});
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;
    return withActions(context, [&](CampaignActions& actions) {
        const QString id = parser.positional().first();
        auto changed = verb == QLatin1String("pause")    ? actions.pause(id)
                       : verb == QLatin1String("resume") ? actions.resume(id)
                                                         : actions.cancel(id);
        if (!changed)
            return context.fail(changed.errorMessage());
        if (parser.isSet(kJson))
            context.printJson(QJsonDocument(campaignJson(changed.value())));
        else
            context.out() << Text::tr("Campaign %1 is %2.").arg(changed.value().name, changed.value().status)
                          << "\n";
        return int(Success);
    });
}

int campaignPause(CliContext& context, const QStringList& arguments) {
    return changeCommand(context, arguments, QStringLiteral("pause"));
}

int campaignResume(CliContext& context, const QStringList& arguments) {
    return changeCommand(context, arguments, QStringLiteral("resume"));
}

int campaignCancel(CliContext& context, const QStringList& arguments) {
    return changeCommand(context, arguments, QStringLiteral("cancel"));
}

int campaignList(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("campaign list"),
                            Text::tr("List the campaigns, newest first, with their state and counts."));
    parser.addOption({kJson, Text::tr("Print JSON.")});
    if (int status = parser.parse(arguments); status >= 0)
        return status;
    return withActions(context, [&](CampaignActions& actions) {
        auto campaigns = actions.list();
        if (!campaigns)
            return context.fail(campaigns.errorMessage());
        if (parser.isSet(kJson)) {
            QJsonArray array;
            for (const Campaign& c : std::as_const(campaigns.value()))
                array.append(campaignJson(c));
            context.printJson(QJsonDocument(array));
            return int(Success);
        }
        if (campaigns.value().isEmpty())
            context.out() << Text::tr("No campaigns yet. Make one with 'iqm campaign create'.") << "\n";
        for (const Campaign& c : std::as_const(campaigns.value())) {
            context.out() << c.id << "  " << c.name << "  " << toStorage(c.channel) << "  " << stateText(c);
            if (c.counts.contains(QStringLiteral("recipients")))
                context.out() << "  "
                              << Text::tr("%1 recipient(s), %2 delivered")
                                     .arg(c.counts.value(QStringLiteral("recipients")).toInt())
                                     .arg(c.counts.value(QStringLiteral("delivered")).toInt());
            context.out() << "\n";
        }
        return int(Success);
    });
}

int campaignStatus(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("campaign status"),
                            Text::tr("Show a campaign's state and each recipient's message, from the server "
                                     "when it can be reached, else as of the last sync."));
    parser.addPositional(QStringLiteral("id"), Text::tr("The campaign's id."));
    parser.addOption({kJson, Text::tr("Print JSON.")});
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;
    return withActions(context, [&](CampaignActions& actions) {
        auto status = actions.status(parser.positional().first());
        if (!status)
            return context.fail(status.errorMessage());
        const CampaignStatus& s = status.value();
        if (!s.offlineReason.isEmpty())
            context.err() << "iqm: "
                          << Text::tr(
                                 "The server cannot be reached (%1); this is the state of the last sync.")
                                 .arg(s.offlineReason)
                          << "\n";
        if (parser.isSet(kJson)) {
            QJsonObject counts;
            for (const char* name :
                 {"queued", "held", "sent", "delivered", "failed", "undeliverable", "skipped"})
                counts.insert(QLatin1String(name), s.byStatus.value(QLatin1String(name)));
            QJsonArray messages;
            for (const CampaignMessage& m : s.messages)
                messages.append(QJsonObject{{QStringLiteral("contactId"), m.contactId},
                                            {QStringLiteral("to"), m.address},
                                            {QStringLiteral("status"), m.status},
                                            {QStringLiteral("errorCode"), m.errorCode},
                                            {QStringLiteral("errorMessage"), m.errorMessage}});
            context.printJson(QJsonDocument(QJsonObject{
                {QStringLiteral("id"), s.campaign.id},
                {QStringLiteral("name"), s.campaign.name},
                {QStringLiteral("state"), s.campaign.status},
                {QStringLiteral("waitingForConnection"), s.campaign.waitingToSend},
                {QStringLiteral("source"), s.fromServer ? QStringLiteral("server") : QStringLiteral("local")},
                {QStringLiteral("campaignCounts"), s.campaign.counts},
                {QStringLiteral("counts"), counts},
                {QStringLiteral("messages"), messages}}));
            return int(Success);
        }
        context.out() << s.campaign.name << "  " << stateText(s.campaign) << "\n";
        for (auto it = s.byStatus.cbegin(); it != s.byStatus.cend(); ++it)
            context.out() << "  " << it.key() << ": " << it.value() << "\n";
        for (const CampaignMessage& m : s.messages)
            context.out() << "  " << m.address << "  " << m.status
                          << (m.errorMessage.isEmpty() ? QString() : QStringLiteral("  ") + m.errorMessage)
                          << "\n";
        return int(Success);
    });
}

QJsonObject reportJson(const CampaignReport& r) {
    QJsonObject counts{
        {QStringLiteral("messages"), r.messages}, {QStringLiteral("delivered"), r.delivered},
        {QStringLiteral("failed"), r.failed},     {QStringLiteral("undeliverable"), r.undeliverable},
        {QStringLiteral("pending"), r.pending},   {QStringLiteral("skipped"), r.skipped},
        {QStringLiteral("optedOut"), r.optedOut}, {QStringLiteral("replies"), r.replies}};
    // Rates in percent: message outcomes of the messages, opt-outs and replies of those delivered.
    QJsonObject rates{{QStringLiteral("delivered"), CampaignReport::rate(r.delivered, r.messages)},
                      {QStringLiteral("failed"), CampaignReport::rate(r.failed, r.messages)},
                      {QStringLiteral("undeliverable"), CampaignReport::rate(r.undeliverable, r.messages)},
                      {QStringLiteral("pending"), CampaignReport::rate(r.pending, r.messages)},
                      {QStringLiteral("optedOut"), CampaignReport::rate(r.optedOut, r.delivered)},
                      {QStringLiteral("replies"), CampaignReport::rate(r.replies, r.delivered)}};
    QJsonObject byStatus;
    for (auto it = r.byStatus.cbegin(); it != r.byStatus.cend(); ++it)
        byStatus.insert(it.key(), it.value());
    QJsonArray failures;
    for (const FailureReason& f : r.failures)
        failures.append(QJsonObject{{QStringLiteral("code"), f.code},
                                    {QStringLiteral("meaning"), f.meaning},
                                    {QStringLiteral("count"), f.count}});
    QJsonArray deliveries;
    for (const DeliveryBucket& b : r.deliveries)
        deliveries.append(QJsonObject{{QStringLiteral("start"), toStoredTime(b.start)},
                                      {QStringLiteral("delivered"), b.delivered},
                                      {QStringLiteral("failed"), b.failed}});
    return {{QStringLiteral("id"), r.campaign.id},
            {QStringLiteral("name"), r.campaign.name},
            {QStringLiteral("channel"), toStorage(r.campaign.channel)},
            {QStringLiteral("state"), r.campaign.status},
            {QStringLiteral("sentAt"), timeOrNull(r.sentAt)},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("rates"), rates},
            {QStringLiteral("byStatus"), byStatus},
            {QStringLiteral("failures"), failures},
            {QStringLiteral("bucketSeconds"), r.bucketSeconds},
            {QStringLiteral("deliveries"), deliveries}};
}

void printReport(CliContext& context, const CampaignReport& r) {
    const auto line = [&](const QString& label, int count, int whole) {
        context.out() << "  " << label << ": " << count << " ("
                      << QString::number(CampaignReport::rate(count, whole), 'f', 1) << "%)\n";
    };
    context.out() << r.campaign.name << "  " << stateText(r.campaign) << "\n";
    context.out() << "  " << Text::tr("Messages: %1").arg(r.messages) << "\n";
    line(Text::tr("Delivered"), r.delivered, r.messages);
    line(Text::tr("Failed"), r.failed, r.messages);
    line(Text::tr("Undeliverable"), r.undeliverable, r.messages);
    line(Text::tr("Still pending"), r.pending, r.messages);
    line(Text::tr("Opted out since"), r.optedOut, r.delivered);
    line(Text::tr("Replied"), r.replies, r.delivered);
    if (!r.failures.isEmpty())
        context.out() << Text::tr("Failures by reason:") << "\n";
    for (const FailureReason& f : r.failures)
        context.out() << "  " << (f.code.isEmpty() ? Text::tr("(no code)") : f.code) << "  " << f.count
                      << (f.meaning.isEmpty() ? QString() : QStringLiteral("  ") + f.meaning) << "\n";
}

int campaignReport(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("campaign report"),
                            Text::tr("What a campaign achieved, as of the last sync: delivered, failed, "
                                     "undeliverable and pending messages, opt-outs and replies since, "
                                     "failures by reason and deliveries over time."));
    parser.addPositional(QStringLiteral("id"), Text::tr("The campaign's id."));
    parser.addOption({kJson, Text::tr("Print JSON.")});
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    auto report = CampaignReportActions(profile->database()).report(parser.positional().first());
    if (!report)
        return context.fail(report.errorMessage());
    if (parser.isSet(kJson))
        context.printJson(QJsonDocument(reportJson(report.value())));
    else
        printReport(context, report.value());
    return int(Success);
}

} // namespace

QList<Command> campaignCommands() {
    return {
        {QStringLiteral("campaign create"), Text::tr("Make a campaign draft"), &campaignCreate},
        {QStringLiteral("campaign preflight"), Text::tr("Who gets a campaign, who does not and why"),
         &campaignPreflight},
        {QStringLiteral("campaign send"), Text::tr("Send a campaign (queued while offline)"), &campaignSend},
        {QStringLiteral("campaign pause"), Text::tr("Pause a running campaign"), &campaignPause},
        {QStringLiteral("campaign resume"), Text::tr("Resume a paused campaign"), &campaignResume},
        {QStringLiteral("campaign cancel"), Text::tr("Cancel a campaign"), &campaignCancel},
        {QStringLiteral("campaign list"), Text::tr("List campaigns"), &campaignList},
        {QStringLiteral("campaign status"), Text::tr("A campaign's state and messages"), &campaignStatus},
        {QStringLiteral("campaign report"), Text::tr("What a campaign achieved, with failures by reason"),
         &campaignReport},
    };
}

} // namespace iq::cli
