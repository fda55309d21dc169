#include "CliContext.h"
#include "Command.h"

#include "core/store/RecipientLookup.h"
#include "core/template/ContactFields.h"
#include "shared/sms/SmsSegments.h"
#include "shared/template/Template.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace iq::cli {
namespace {

QJsonObject segmentsJson(const sms::SegmentCount& count) {
    return QJsonObject{{QStringLiteral("encoding"), sms::toString(count.encoding)},
                       {QStringLiteral("segments"), count.segments},
                       {QStringLiteral("characters"), count.characters},
                       {QStringLiteral("unicodeScalars"), count.unicodeScalars},
                       {QStringLiteral("messageSize"), count.messageSize},
                       {QStringLiteral("totalSize"), count.totalSize}};
}

int render(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("render"),
                            Text::tr("Render a message template for one contact or for given data."));
    parser.addOption({QStringLiteral("template"), Text::tr("Read the template from FILE (UTF-8)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("text"), Text::tr("The template itself."), QStringLiteral("template")});
    parser.addOption(
        {QStringLiteral("contact"), Text::tr("Render for the contact with this id."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("group"),
                      Text::tr("With --contact: the group name {{group}} prints (default: the contact's "
                               "first group)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("data"), Text::tr("Render with this JSON object instead of a contact."),
                      QStringLiteral("json")});
    parser.addOption({QStringLiteral("channel"),
                      Text::tr("sms (default), email-html, email-text or voice; email-html escapes values "
                               "for HTML."),
                      QStringLiteral("channel"), QStringLiteral("sms")});
    parser.addOption({QStringLiteral("json"),
                      Text::tr("Print a JSON object: the text, the fallbacks used, warnings and, for SMS, "
                               "the segments.")});
    if (int status = parser.parse(arguments); status >= 0)
        return status;

    const bool fromFile = parser.isSet(QStringLiteral("template"));
    if (fromFile == parser.isSet(QStringLiteral("text")))
        return context.usageError(
            Text::tr("Give the template with either --template FILE or --text TEMPLATE."));
    if (parser.isSet(QStringLiteral("contact")) == parser.isSet(QStringLiteral("data")))
        return context.usageError(
            Text::tr("Say whom to render for with either --contact ID or --data JSON."));
    const auto channel = tmpl::renderChannelFromString(parser.value(QStringLiteral("channel")));
    if (!channel)
        return context.usageError(
            Text::tr("--channel must be sms, email-html, email-text or voice, not \"%1\".")
                .arg(parser.value(QStringLiteral("channel"))));

    QString source = parser.value(QStringLiteral("text"));
    if (fromFile) {
        const QString path = parser.value(QStringLiteral("template"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(
                Text::tr("Cannot read the template \"%1\": %2.").arg(path, file.errorString()));
        source = QString::fromUtf8(file.readAll());
    }
    const tmpl::Template parsed = tmpl::Template::parse(source);
    if (!parsed.isValid())
        return context.fail(parsed.error()->toString());

    tmpl::Value data;
    ContactFields fields;
    QStringList knownNames;
    if (parser.isSet(QStringLiteral("data"))) {
        QJsonParseError error{};
        const QJsonDocument document =
            QJsonDocument::fromJson(parser.value(QStringLiteral("data")).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return context.fail(
                error.error != QJsonParseError::NoError
                    ? Text::tr("--data is not valid JSON at byte %1: %2.")
                          .arg(error.offset)
                          .arg(error.errorString())
                    : Text::tr("--data must be a JSON object, like {\"first_name\": \"Ann\"}."));
        data = tmpl::Value::fromObject(document.object());
        knownNames = document.object().keys();
    } else {
        Profile* profile = context.profile();
        if (!profile)
            return UserError;
        auto recipient = RecipientLookup(profile->database()).get(parser.value(QStringLiteral("contact")));
        if (!recipient)
            return context.fail(recipient.errorMessage());
        const QString group = parser.isSet(QStringLiteral("group")) ? parser.value(QStringLiteral("group"))
                                                                    : recipient.value().firstGroupName;
        fields.setSender(SenderFields::load(profile->database()));
        fields.setContact(recipient.value().contact, group);
        data = tmpl::Value::fromFields(&fields);
        knownNames = fields.availableNames();
    }

    QStringList warnings;
    for (const tmpl::Diagnostic& diagnostic : parsed.unknownNames(knownNames, {}))
        warnings << diagnostic.toString();
    const tmpl::RenderOutput output = parsed.render(data, tmpl::escapingFor(*channel));
    warnings << output.problems;

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object{
            {QStringLiteral("text"), output.text},
            {QStringLiteral("channel"), tmpl::toString(*channel)},
            {QStringLiteral("fallbacksUsed"), QJsonArray::fromStringList(output.fallbacksUsed)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
        if (*channel == tmpl::RenderChannel::Sms)
            object.insert(QStringLiteral("segments"), segmentsJson(sms::countSegments(output.text)));
        context.printJson(QJsonDocument(object));
    } else {
        for (const QString& warning : warnings)
            context.err() << Text::tr("warning: %1").arg(warning) << "\n";
        context.out() << output.text;
        if (!output.text.endsWith(QLatin1Char('\n')))
            context.out() << "\n";
    }
    return Success;
}

int segments(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(
        context, QStringLiteral("segments"),
        Text::tr("Count the SMS segments of a message. Without TEXT, each line of standard "
                 "input is a JSON string; one JSON object is printed per message."));
    parser.addPositional(QStringLiteral("text"), Text::tr("The message."), QStringLiteral("[TEXT]"));
    if (int status = parser.parse(arguments, 0, 1); status >= 0)
        return status;
    auto print = [&](const QString& text) {
        context.out() << QString::fromUtf8(QJsonDocument(segmentsJson(sms::countSegments(text)))
                                               .toJson(QJsonDocument::Compact))
                      << "\n";
    };
    if (!parser.positional().isEmpty()) {
        print(parser.positional().first());
        return Success;
    }
    QTextStream in(stdin);
    in.setEncoding(QStringConverter::Utf8);
    int lineNumber = 0;
    QString line;
    while (in.readLineInto(&line)) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        // A JSON string is not a document on its own: read it as the only element of an array.
        QJsonParseError error{};
        const QJsonDocument document =
            QJsonDocument::fromJson(QByteArray("[") + line.toUtf8() + QByteArray("]"), &error);
        if (error.error != QJsonParseError::NoError || document.array().size() != 1 ||
            !document.array().first().isString())
            return context.fail(
                Text::tr("Line %1 of the input is not a JSON string (like \"Hello\").").arg(lineNumber));
        print(document.array().first().toString());
        context.out().flush();
    }
    return Success;
}

} // namespace

QList<Command> templateCommands() {
    return {
        {QStringLiteral("render"), Text::tr("Render a template for a contact or JSON data"), render},
        {QStringLiteral("segments"), Text::tr("Count SMS segments and the encoding of messages"), segments},
    };
}

} // namespace iq::cli
