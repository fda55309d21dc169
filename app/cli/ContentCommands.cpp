#include "CliContext.h"
#include "Command.h"

#include "core/actions/ContentActions.h"
#include "shared/json/ContentJson.h"
#include "shared/util/Clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace iq::cli {
namespace {

const QString kKind = QStringLiteral("kind");
const QString kName = QStringLiteral("name");
const QString kSubject = QStringLiteral("subject");
const QString kBody = QStringLiteral("body");
const QString kBodyFile = QStringLiteral("body-file");
const QString kHtml = QStringLiteral("html");
const QString kHtmlFile = QStringLiteral("html-file");
const QString kTag = QStringLiteral("tag");
const QString kNoTags = QStringLiteral("no-tags");
const QString kJson = QStringLiteral("json");

QString kindChoices() {
    return QStringLiteral("sms, email, voice, snippet");
}

QJsonObject itemJson(const ContentItem& item) {
    QJsonObject object = toJson(item);
    object.insert(QStringLiteral("serverVersion"), item.meta.serverVersion);
    return object;
}

// "-" reads standard input, so that a script can pipe a message in.
Result<QString> readText(const QString& path) {
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Error::make(Error::Code::Io,
                           Text::tr("Cannot read \"%1\": %2.").arg(path, file.errorString()));
    return QString::fromUtf8(file.readAll());
}

void addContentOptions(SubcommandParser& parser) {
    parser.addOption({kName, Text::tr("The name the library shows."), QStringLiteral("name")});
    parser.addOption({kKind, Text::tr("sms, email, voice or snippet."), QStringLiteral("kind")});
    parser.addOption({kSubject, Text::tr("The e-mail's subject."), QStringLiteral("text")});
    parser.addOption(
        {kBody, Text::tr("The text: SMS, plain e-mail, voice script or snippet."), QStringLiteral("text")});
    parser.addOption({kBodyFile, Text::tr("Read the text from FILE (UTF-8; - for standard input)."),
                      QStringLiteral("file")});
    parser.addOption({kHtml, Text::tr("The e-mail's HTML body."), QStringLiteral("html")});
    parser.addOption({kHtmlFile, Text::tr("Read the HTML body from FILE (UTF-8; - for standard input)."),
                      QStringLiteral("file")});
    parser.addOption(
        {kTag, Text::tr("A tag; repeat for several. Replaces the tags it had."), QStringLiteral("tag")});
    parser.addOption({kJson, Text::tr("Print the saved item as JSON.")});
}

// One text from either --NAME TEXT or --NAME-file FILE; nullopt when neither was given.
Result<std::optional<QString>> textOption(SubcommandParser& parser, const QString& name,
                                          const QString& fileName) {
    if (parser.isSet(name) && parser.isSet(fileName))
        return Error::make(Error::Code::InvalidInput,
                           Text::tr("Give either --%1 or --%2, not both.").arg(name, fileName));
    if (parser.isSet(name))
        return std::optional<QString>(parser.value(name));
    if (!parser.isSet(fileName))
        return std::optional<QString>();
    auto text = readText(parser.value(fileName));
    if (!text)
        return text.error();
    return std::optional<QString>(text.value());
}

// Applies the options given to the item; returns -1 to go on, or the exit status of a mistake.
int applyContentOptions(CliContext& context, SubcommandParser& parser, ContentItem& item) {
    if (parser.isSet(kKind)) {
        const auto kind = contentKindFromStorage(parser.value(kKind).trimmed().toLower());
        if (!kind)
            return context.usageError(
                Text::tr("--kind must be one of %1, not \"%2\".").arg(kindChoices(), parser.value(kKind)));
        item.kind = *kind;
    }
    if (parser.isSet(kName))
        item.name = parser.value(kName);
    if (parser.isSet(kSubject))
        item.subject = parser.value(kSubject);
    auto body = textOption(parser, kBody, kBodyFile);
    auto html = textOption(parser, kHtml, kHtmlFile);
    for (const auto* text : {&body, &html}) {
        if (!*text)
            return text->error().code == Error::Code::InvalidInput ? context.usageError(text->errorMessage())
                                                                   : context.fail(text->errorMessage());
    }
    if (body.value())
        item.body = *body.value();
    if (html.value())
        item.bodyHtml = *html.value();
    if (parser.isSet(kTag))
        item.tags = parser.values(kTag);
    return -1;
}

void printSaved(CliContext& context, SubcommandParser& parser, const QString& message,
                const ContentItem& item) {
    if (parser.isSet(kJson))
        context.printJson(QJsonDocument(itemJson(item)));
    else
        context.out() << message.arg(item.name, item.id) << "\n";
}

int contentList(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("content list"),
                            Text::tr("List the content library: saved messages and snippets."));
    parser.addOption(
        {kKind, Text::tr("Only this kind: sms, email, voice or snippet."), QStringLiteral("kind")});
    parser.addOption({kTag, Text::tr("Only items with this tag."), QStringLiteral("tag")});
    parser.addOption({kJson, Text::tr("Print a JSON array.")});
    if (int status = parser.parse(arguments); status >= 0)
        return status;
    std::optional<ContentItem::Kind> kind;
    if (parser.isSet(kKind)) {
        kind = contentKindFromStorage(parser.value(kKind).trimmed().toLower());
        if (!kind)
            return context.usageError(
                Text::tr("--kind must be one of %1, not \"%2\".").arg(kindChoices(), parser.value(kKind)));
    }
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    auto items = ContentActions(*profile).list(kind, parser.value(kTag));
    if (!items)
        return context.fail(items.errorMessage());
    QJsonArray array;
    for (const ContentItem& item : items.value()) {
        if (parser.isSet(kJson))
            array.append(itemJson(item));
        else
            context.out() << item.id << "  " << toStorage(item.kind).leftJustified(8) << "  " << item.name
                          << (item.tags.isEmpty()
                                  ? QString()
                                  : QStringLiteral("  [%1]").arg(item.tags.join(QStringLiteral(", "))))
                          << "\n";
    }
    if (parser.isSet(kJson))
        context.printJson(QJsonDocument(array));
    return Success;
}

void printItem(CliContext& context, const ContentItem& item) {
    QTextStream& out = context.out();
    out << Text::tr("Name: %1").arg(item.name) << "\n"
        << Text::tr("Kind: %1").arg(toStorage(item.kind)) << "\n";
    if (!item.subject.isEmpty())
        out << Text::tr("Subject: %1").arg(item.subject) << "\n";
    if (!item.tags.isEmpty())
        out << Text::tr("Tags: %1").arg(item.tags.join(QStringLiteral(", "))) << "\n";
    if (!item.mediaHash.isEmpty())
        out << Text::tr("Recording: %1").arg(item.mediaHash) << "\n";
    out << Text::tr("Changed: %1").arg(toStoredTime(item.meta.updatedAt)) << "\n\n";
    const QString text = item.body.isEmpty() ? item.bodyHtml : item.body;
    out << text;
    if (!text.endsWith(QLatin1Char('\n')))
        out << "\n";
}

int contentShow(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("content show"), Text::tr("Print one saved item."));
    parser.addPositional(QStringLiteral("id"), Text::tr("The item's id."));
    parser.addOption({kJson, Text::tr("Print it as JSON.")});
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    auto item = ContentActions(*profile).get(parser.positional().first());
    if (!item)
        return context.fail(item.errorMessage());
    if (parser.isSet(kJson))
        context.printJson(QJsonDocument(itemJson(item.value())));
    else
        printItem(context, item.value());
    return Success;
}

int contentAdd(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("content add"),
                            Text::tr("Save a message or a snippet to the content library."));
    addContentOptions(parser);
    if (int status = parser.parse(arguments); status >= 0)
        return status;
    if (!parser.isSet(kName))
        return context.usageError(Text::tr("iqm content add: give the item a name with --name."));
    ContentItem item;
    if (int status = applyContentOptions(context, parser, item); status >= 0)
        return status;
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    auto saved = ContentActions(*profile).add(item);
    if (!saved)
        return context.fail(saved.errorMessage());
    printSaved(context, parser, Text::tr("Added %1 (%2)"), saved.value());
    return Success;
}

int contentEdit(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("content edit"),
                            Text::tr("Change a saved item; what is not given stays as it is."));
    parser.addPositional(QStringLiteral("id"), Text::tr("The item's id."));
    addContentOptions(parser);
    parser.addOption({kNoTags, Text::tr("Remove every tag.")});
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;
    const QStringList changes{kName, kKind, kSubject, kBody, kBodyFile, kHtml, kHtmlFile, kTag, kNoTags};
    if (std::none_of(changes.cbegin(), changes.cend(),
                     [&](const QString& name) { return parser.isSet(name); }))
        return context.usageError(
            Text::tr("iqm content edit: nothing to change; see --help for the options."));
    if (parser.isSet(kTag) && parser.isSet(kNoTags))
        return context.usageError(Text::tr("Give either --tag or --no-tags, not both."));
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    ContentActions content(*profile);
    auto item = content.get(parser.positional().first());
    if (!item)
        return context.fail(item.errorMessage());
    if (int status = applyContentOptions(context, parser, item.value()); status >= 0)
        return status;
    if (parser.isSet(kNoTags))
        item.value().tags.clear();
    auto saved = content.edit(item.value());
    if (!saved)
        return context.fail(saved.errorMessage());
    printSaved(context, parser, Text::tr("Saved %1 (%2)"), saved.value());
    return Success;
}

int contentDuplicate(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("content duplicate"),
                            Text::tr("Copy a saved item under a new name, \"NAME (copy)\"."));
    parser.addPositional(QStringLiteral("id"), Text::tr("The item's id."));
    parser.addOption({kJson, Text::tr("Print the copy as JSON.")});
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    auto copy = ContentActions(*profile).duplicate(parser.positional().first());
    if (!copy)
        return context.fail(copy.errorMessage());
    printSaved(context, parser, Text::tr("Added %1 (%2)"), copy.value());
    return Success;
}

int contentDelete(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(
        context, QStringLiteral("content delete"),
        Text::tr("Delete a saved item (a tombstone stays until the deletion has synced)."));
    parser.addPositional(QStringLiteral("id"), Text::tr("The item's id."));
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    auto removed = ContentActions(*profile).remove(parser.positional().first());
    if (!removed)
        return context.fail(removed.errorMessage());
    context.out() << Text::tr("Deleted %1 (%2)").arg(removed.value().name, removed.value().id) << "\n";
    return Success;
}

} // namespace

QList<Command> contentCommands() {
    return {
        {QStringLiteral("content list"), Text::tr("List saved messages and snippets"), &contentList},
        {QStringLiteral("content show"), Text::tr("Print one saved item"), &contentShow},
        {QStringLiteral("content add"), Text::tr("Save a message or snippet"), &contentAdd},
        {QStringLiteral("content edit"), Text::tr("Change a saved item"), &contentEdit},
        {QStringLiteral("content duplicate"), Text::tr("Copy a saved item"), &contentDuplicate},
        {QStringLiteral("content delete"), Text::tr("Delete a saved item"), &contentDelete},
    };
}

} // namespace iq::cli
