#include "core/actions/TimelineActions.h"

#include "shared/campaign/DeliveryErrors.h"
#include "shared/domain/Consent.h"
#include "shared/util/Clock.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace iq {
namespace {

QString channelWord(const QString& channel) {
    if (channel == QLatin1String("sms"))
        return TimelineActions::tr("SMS");
    if (channel == QLatin1String("email"))
        return TimelineActions::tr("E-mail");
    if (channel == QLatin1String("voice"))
        return TimelineActions::tr("Voice");
    return channel;
}

QString statusWord(const QString& status) {
    if (status == QLatin1String("queued"))
        return TimelineActions::tr("queued");
    if (status == QLatin1String("held"))
        return TimelineActions::tr("held for quiet hours");
    if (status == QLatin1String("sent"))
        return TimelineActions::tr("sent");
    if (status == QLatin1String("delivered"))
        return TimelineActions::tr("delivered");
    if (status == QLatin1String("failed"))
        return TimelineActions::tr("failed");
    if (status == QLatin1String("undeliverable"))
        return TimelineActions::tr("undeliverable");
    if (status == QLatin1String("skipped"))
        return TimelineActions::tr("not sent");
    return status;
}

QString consentWord(const QString& consent) {
    const auto state = consentStateFromStorage(consent);
    return state ? displayName(*state) : consent;
}

QString methodWord(const QString& method) {
    static const QHash<QString, const char*> words{
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("iq::TimelineActions", "import")},
        {QStringLiteral("keyword"), QT_TRANSLATE_NOOP("iq::TimelineActions", "keyword reply")},
        {QStringLiteral("web_form"), QT_TRANSLATE_NOOP("iq::TimelineActions", "web form")},
        {QStringLiteral("paper"), QT_TRANSLATE_NOOP("iq::TimelineActions", "paper form")},
        {QStringLiteral("manual"), QT_TRANSLATE_NOOP("iq::TimelineActions", "entered by hand")},
        {QStringLiteral("sync"), QT_TRANSLATE_NOOP("iq::TimelineActions", "another device")},
        {QStringLiteral("merge"), QT_TRANSLATE_NOOP("iq::TimelineActions", "merge")}};
    const char* word = words.value(method);
    return word ? TimelineActions::tr(word) : method;
}

QString messageSummary(const QJsonObject& d) {
    const QString channel = channelWord(d.value(QStringLiteral("channel")).toString());
    const QString status = statusWord(d.value(QStringLiteral("status")).toString());
    const QString campaign = d.value(QStringLiteral("campaign")).toString();
    const QString firstDetail = d.value(QStringLiteral("statusHistory"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("detail"))
                                    .toString();
    QString line;
    if (!campaign.isEmpty())
        line = TimelineActions::tr("%1 \u201c%2\u201d: %3").arg(channel, campaign, status);
    else if (firstDetail == QLatin1String("Reply to a keyword"))
        line = TimelineActions::tr("%1 answer to their keyword reply: %2").arg(channel, status);
    else
        line = TimelineActions::tr("%1 message: %2").arg(channel, status);
    const QString code = d.value(QStringLiteral("errorCode")).toString();
    QString meaning = code.isEmpty() ? QString() : campaign::displayMeaning(code);
    if (meaning.isEmpty())
        meaning = d.value(QStringLiteral("providerMessage")).toString();
    if (!meaning.isEmpty())
        line = TimelineActions::tr("%1 (%2)").arg(line, meaning);
    return line;
}

QString callSummary(const QJsonObject& d) {
    const QString type = d.value(QStringLiteral("type")).toString();
    const QString from = d.value(QStringLiteral("from")).toString();
    const QString to = d.value(QStringLiteral("to")).toString();
    QString line;
    if (type == QLatin1String("campaign"))
        line = TimelineActions::tr("Call of \u201c%1\u201d to %2")
                   .arg(d.value(QStringLiteral("campaign")).toString(), to);
    else if (type == QLatin1String("outbound"))
        line = TimelineActions::tr("Call to %1").arg(to);
    else if (type == QLatin1String("forwarded"))
        line = TimelineActions::tr("Call from %1, forwarded to %2")
                   .arg(from, d.value(QStringLiteral("forwardedTo")).toString());
    else if (type == QLatin1String("missed"))
        line = TimelineActions::tr("Missed call from %1").arg(from);
    else if (type == QLatin1String("voicemail"))
        line = TimelineActions::tr("Voicemail from %1").arg(from);
    else
        line = TimelineActions::tr("Call from %1").arg(from);
    const QString outcome = d.value(QStringLiteral("outcome")).toString();
    if (!outcome.isEmpty())
        line = TimelineActions::tr("%1, %2").arg(line, outcome);
    const int seconds = d.value(QStringLiteral("durationSeconds")).toInt();
    return seconds > 0 ? TimelineActions::tr("%1, %n s", nullptr, seconds).arg(line) : line;
}

// "simulator: SMS reply "Stop." from +14155550101" -> "Stop."
QString replyText(const QString& source) {
    static const QRegularExpression quoted(QStringLiteral("reply \"(.*)\""));
    const QRegularExpressionMatch match = quoted.match(source);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString consentScope(const QJsonObject& d) {
    const QString channel = d.value(QStringLiteral("channel")).toString();
    if (!channel.isEmpty())
        return TimelineActions::tr("all %1").arg(channelWord(channel));
    const QString group = d.value(QStringLiteral("group")).toString();
    return group.isEmpty() ? TimelineActions::tr("a deleted group") : group;
}

QString replySummary(const QJsonObject& d) {
    const QString text = replyText(d.value(QStringLiteral("source")).toString());
    const QString consent = consentWord(d.value(QStringLiteral("consent")).toString());
    if (text.isEmpty())
        return TimelineActions::tr("Keyword reply: %1 for %2").arg(consent, consentScope(d));
    return TimelineActions::tr("Replied \u201c%1\u201d: %2 for %3").arg(text, consent, consentScope(d));
}

QString consentSummary(const QJsonObject& d) {
    return TimelineActions::tr("%1 for %2 (%3)")
        .arg(consentWord(d.value(QStringLiteral("consent")).toString()), consentScope(d),
             methodWord(d.value(QStringLiteral("method")).toString()));
}

QString importSummary(const QJsonObject& d) {
    QStringList what;
    for (const QJsonValue& change : d.value(QStringLiteral("changes")).toArray()) {
        const QString action = change.toString();
        if (action == QLatin1String("created"))
            what << TimelineActions::tr("added as a new contact");
        else if (action == QLatin1String("updated"))
            what << TimelineActions::tr("details updated");
        else if (action == QLatin1String("joined")) {
            QStringList groups;
            for (const QJsonValue& group : d.value(QStringLiteral("groups")).toArray())
                groups << group.toString();
            what << TimelineActions::tr("added to %1").arg(groups.join(QStringLiteral(", ")));
        }
    }
    QString line = TimelineActions::tr("Import of %1: %2")
                       .arg(d.value(QStringLiteral("fileName")).toString(), what.join(QStringLiteral("; ")));
    if (!d.value(QStringLiteral("rolledBackAt")).toString().isEmpty())
        line = TimelineActions::tr("%1 (rolled back)").arg(line);
    return line;
}

} // namespace

Result<QList<TimelineEvent>> TimelineActions::timeline(const QString& contactId) {
    auto events = m_timeline.events(contactId);
    if (!events)
        return events.error();
    for (TimelineEvent& event : events.value())
        event.summary = summaryOf(event);
    return events;
}

QString TimelineActions::toWire(TimelineKind kind) {
    switch (kind) {
    case TimelineKind::Message:
        return QStringLiteral("message");
    case TimelineKind::Call:
        return QStringLiteral("call");
    case TimelineKind::Reply:
        return QStringLiteral("reply");
    case TimelineKind::Consent:
        return QStringLiteral("consent");
    case TimelineKind::Import:
        return QStringLiteral("import");
    case TimelineKind::Merge:
        return QStringLiteral("merge");
    }
    return {};
}

QString TimelineActions::kindName(TimelineKind kind) {
    switch (kind) {
    case TimelineKind::Message:
        return tr("Message");
    case TimelineKind::Call:
        return tr("Call");
    case TimelineKind::Reply:
        return tr("Reply");
    case TimelineKind::Consent:
        return tr("Consent");
    case TimelineKind::Import:
        return tr("Import");
    case TimelineKind::Merge:
        return tr("Merge");
    }
    return {};
}

QString TimelineActions::summaryOf(const TimelineEvent& event) {
    const QJsonObject& d = event.details;
    switch (event.kind) {
    case TimelineKind::Message:
        return messageSummary(d);
    case TimelineKind::Call:
        return callSummary(d);
    case TimelineKind::Reply:
        return replySummary(d);
    case TimelineKind::Consent:
        return consentSummary(d);
    case TimelineKind::Import:
        return importSummary(d);
    case TimelineKind::Merge:
        return tr("Merged with %1").arg(d.value(QStringLiteral("otherName")).toString());
    }
    return {};
}

QJsonObject TimelineActions::toJson(const TimelineEvent& event) {
    return {{QStringLiteral("time"), event.at.isValid() ? QJsonValue(toStoredTime(event.at)) : QJsonValue()},
            {QStringLiteral("kind"), toWire(event.kind)},
            {QStringLiteral("summary"), event.summary},
            {QStringLiteral("recordId"), event.recordId},
            {QStringLiteral("details"), event.details}};
}

} // namespace iq
