#include "CliContext.h"
#include "Command.h"

#include "core/actions/ConsentActions.h"
#include "core/actions/ContactActions.h"
#include "shared/json/ContactJson.h"
#include "shared/util/Clock.h"

#include <QJsonArray>

namespace iq::cli {
namespace {

const QString kActor = QStringLiteral("iqm");

QJsonObject pairJson(const DuplicatePair& pair) {
    return {{QStringLiteral("first"),
             QJsonObject{{QStringLiteral("id"), pair.firstId}, {QStringLiteral("name"), pair.firstName}}},
            {QStringLiteral("second"),
             QJsonObject{{QStringLiteral("id"), pair.secondId}, {QStringLiteral("name"), pair.secondName}}},
            {QStringLiteral("sharedNumbers"), QJsonArray::fromStringList(pair.sharedNumbers)},
            {QStringLiteral("sharedEmails"), QJsonArray::fromStringList(pair.sharedEmails)}};
}

int contactsDuplicates(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("contacts duplicates"),
                            Text::tr("List pairs of contacts that share a phone number or an e-mail address, "
                                     "the most recently changed first."));
    parser.addOption({QStringLiteral("limit"), Text::tr("At most this many pairs (default 5000)."),
                      QStringLiteral("n"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("json"), Text::tr("Print a JSON array.")});
    if (int status = parser.parse(arguments); status >= 0)
        return status;
    bool numeric = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&numeric);
    if (!numeric || limit <= 0)
        return context.usageError(Text::tr("--limit must be a positive number, not \"%1\".")
                                      .arg(parser.value(QStringLiteral("limit"))));
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    auto pairs = ContactActions(*profile, kActor).duplicates(limit);
    if (!pairs)
        return context.fail(pairs.errorMessage());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const DuplicatePair& pair : pairs.value())
            array.append(pairJson(pair));
        context.printJson(QJsonDocument(array));
        return Success;
    }
    for (const DuplicatePair& pair : pairs.value()) {
        context.out() << pair.firstId << "  " << pair.firstName.leftJustified(24) << "  " << pair.secondId
                      << "  " << pair.secondName.leftJustified(24) << "  "
                      << (pair.sharedNumbers + pair.sharedEmails).join(QStringLiteral(", ")) << "\n";
    }
    return Success;
}

int contactsMerge(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(
        context, QStringLiteral("contacts merge"),
        Text::tr("Merge two contacts into one: numbers, e-mails, custom fields, groups and consent history "
                 "of both; where they disagree on consent the stricter wins. The kept contact's fields win "
                 "where it has them. Cannot be undone."));
    parser.addPositional(QStringLiteral("a"), Text::tr("One contact's id."), QStringLiteral("A"));
    parser.addPositional(QStringLiteral("b"), Text::tr("The other contact's id."), QStringLiteral("B"));
    parser.addOption({QStringLiteral("keep"),
                      Text::tr("The id of the contact that stays (A or B; default A). The other is deleted."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("json"), Text::tr("Print the merged contact as JSON.")});
    if (int status = parser.parse(arguments, 2, 2); status >= 0)
        return status;
    const QString a = parser.positional().at(0);
    const QString b = parser.positional().at(1);
    const QString keep = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : a;
    if (keep != a && keep != b)
        return context.usageError(Text::tr("--keep must be %1 or %2, not \"%3\".").arg(a, b, keep));
    const QString other = keep == a ? b : a;
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    ContactActions contacts(*profile, kActor);
    auto merged = contacts.merge(keep, other);
    if (!merged)
        return context.fail(merged.errorMessage());
    if (parser.isSet(QStringLiteral("json"))) {
        auto groups = contacts.memberships(keep);
        context.printJson(QJsonDocument(
            ContactJson::toJson(merged.value().contact, groups ? groups.value() : QList<GroupMembership>())));
        return Success;
    }
    context.out() << Text::tr("Merged %1 into %2 (%3): %n group(s) joined", nullptr,
                              merged.value().groupsJoined)
                         .arg(other, merged.value().contact.shownName(), keep)
                  << ", "
                  << Text::tr("%n consent change(s) recorded.", nullptr, merged.value().consentRecorded)
                  << "\n";
    return Success;
}

QJsonObject historyJson(const ConsentHistoryEntry& entry) {
    const ConsentChange& change = entry.change;
    return {
        {QStringLiteral("recordedAt"), toStoredTime(change.recordedAt)},
        {QStringLiteral("state"), toStorage(change.state)},
        {QStringLiteral("channel"), change.channel ? QJsonValue(toStorage(*change.channel)) : QJsonValue()},
        {QStringLiteral("groupId"), change.groupId.isEmpty() ? QJsonValue() : QJsonValue(change.groupId)},
        {QStringLiteral("groupName"), change.groupId.isEmpty() ? QJsonValue() : QJsonValue(entry.groupName)},
        {QStringLiteral("method"), toStorage(change.method)},
        {QStringLiteral("source"), change.source},
        {QStringLiteral("recordedBy"), change.recordedBy}};
}

int contactsConsentHistory(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("contacts consent-history"),
                            Text::tr("Show every consent change recorded for a contact, oldest first."));
    parser.addPositional(QStringLiteral("id"), Text::tr("The contact's id."));
    parser.addOption({QStringLiteral("json"), Text::tr("Print a JSON array.")});
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    auto history = ConsentActions(*profile, kActor).history(parser.positional().first());
    if (!history)
        return context.fail(history.errorMessage());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ConsentHistoryEntry& entry : history.value())
            array.append(historyJson(entry));
        context.printJson(QJsonDocument(array));
        return Success;
    }
    for (const ConsentHistoryEntry& entry : history.value()) {
        const ConsentChange& change = entry.change;
        const QString scope =
            change.channel
                ? toStorage(*change.channel)
                : Text::tr("group %1").arg(entry.groupName.isEmpty() ? change.groupId : entry.groupName);
        context.out() << toStoredTime(change.recordedAt) << "  " << toStorage(change.state).leftJustified(10)
                      << "  " << scope.leftJustified(20) << "  " << toStorage(change.method).leftJustified(8)
                      << "  " << change.source << "\n";
    }
    return Success;
}

// The state and method of a consent command; answers a usage error's exit status, or -1 to go on.
int readConsent(CliContext& context, const SubcommandParser& parser, ConsentState& state,
                ConsentMethod& method) {
    const auto parsedState = parseConsentState(parser.value(QStringLiteral("state")));
    if (!parsedState)
        return context.usageError(
            Text::tr("--state must be opted-in, opted-out, pending or unknown, not \"%1\".")
                .arg(parser.value(QStringLiteral("state"))));
    QString methodText = parser.value(QStringLiteral("method"));
    const auto parsedMethod =
        consentMethodFromStorage(methodText.replace(QLatin1Char('-'), QLatin1Char('_')));
    if (!parsedMethod || *parsedMethod == ConsentMethod::Sync || *parsedMethod == ConsentMethod::Merge ||
        *parsedMethod == ConsentMethod::Import)
        return context.usageError(Text::tr("--method must be manual, paper, web-form or keyword, not \"%1\".")
                                      .arg(parser.value(QStringLiteral("method"))));
    state = *parsedState;
    method = *parsedMethod;
    return -1;
}

int contactsConsent(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("contacts consent"),
                            Text::tr("Record a contact's consent for a whole channel or for one group, with "
                                     "where and how it was given."));
    parser.addPositional(QStringLiteral("id"), Text::tr("The contact's id."));
    parser.addOption(
        {QStringLiteral("channel"), Text::tr("sms, email or voice."), QStringLiteral("channel")});
    parser.addOption({QStringLiteral("group"), Text::tr("A group (name or id) instead of a channel."),
                      QStringLiteral("group")});
    parser.addOption({QStringLiteral("state"),
                      Text::tr("opted-in, opted-out, pending or unknown (required)."),
                      QStringLiteral("state")});
    parser.addOption({QStringLiteral("method"), Text::tr("manual (default), paper, web-form or keyword."),
                      QStringLiteral("method"), QStringLiteral("manual")});
    parser.addOption({QStringLiteral("source"),
                      Text::tr("Where and how the person agreed or refused (required)."),
                      QStringLiteral("text")});
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;
    if (parser.isSet(QStringLiteral("channel")) == parser.isSet(QStringLiteral("group")))
        return context.usageError(Text::tr("Give either --channel or --group."));
    ConsentState state = ConsentState::Unknown;
    ConsentMethod method = ConsentMethod::Manual;
    if (int status = readConsent(context, parser, state, method); status >= 0)
        return status;
    std::optional<Channel> channel;
    if (parser.isSet(QStringLiteral("channel"))) {
        channel = channelFromStorage(parser.value(QStringLiteral("channel")).toLower());
        if (!channel)
            return context.usageError(Text::tr("--channel must be sms, email or voice, not \"%1\".")
                                          .arg(parser.value(QStringLiteral("channel"))));
    }
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    QString groupId;
    if (parser.isSet(QStringLiteral("group"))) {
        auto group = ContactActions(*profile, kActor).findGroup(parser.value(QStringLiteral("group")));
        if (!group)
            return context.fail(group.errorMessage());
        groupId = group.value().id;
    }
    const QString id = parser.positional().first();
    if (Status recorded =
            ConsentActions(*profile, kActor)
                .record({id}, groupId, channel, state, method, parser.value(QStringLiteral("source")));
        !recorded)
        return context.fail(recorded.errorMessage());
    context.out() << Text::tr("Recorded %1 for %2").arg(toStorage(state), id) << "\n";
    return Success;
}

} // namespace

QList<Command> contactMaintenanceCommands() {
    return {
        {QStringLiteral("contacts duplicates"), Text::tr("List likely duplicate contacts"),
         &contactsDuplicates},
        {QStringLiteral("contacts merge"), Text::tr("Merge two contacts into one"), &contactsMerge},
        {QStringLiteral("contacts consent"), Text::tr("Record consent for a channel or a group"),
         &contactsConsent},
        {QStringLiteral("contacts consent-history"), Text::tr("Show a contact's consent history"),
         &contactsConsentHistory},
    };
}

} // namespace iq::cli
