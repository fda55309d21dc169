#include "CliContext.h"
#include "Command.h"

#include "core/actions/ContactActions.h"
#include "core/import/ColumnMapping.h"
#include "core/import/ContactExporter.h"
#include "core/import/ImportEngine.h"
#include "core/import/ImportHistory.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace iq::cli {
namespace {

std::optional<QChar> parseDelimiter(const QString& text) {
    const QString lower = text.toLower();
    if (lower == QLatin1String("tab") || lower == QLatin1String("\\t") || text == QLatin1String("\t"))
        return QLatin1Char('\t');
    if (lower == QLatin1String("comma") || text == QLatin1String(","))
        return QLatin1Char(',');
    if (lower == QLatin1String("semicolon") || text == QLatin1String(";"))
        return QLatin1Char(';');
    if (lower == QLatin1String("pipe") || text == QLatin1String("|"))
        return QLatin1Char('|');
    return std::nullopt;
}

QJsonObject rowJson(const PlannedRow& row) {
    QJsonObject object{{QStringLiteral("line"), row.line},
                       {QStringLiteral("outcome"), toKey(row.outcome)},
                       {QStringLiteral("name"), row.name}};
    if (!row.detail.isEmpty())
        object.insert(QStringLiteral("detail"), row.detail);
    if (!row.changedFields.isEmpty())
        object.insert(QStringLiteral("changedFields"), QJsonArray::fromStringList(row.changedFields));
    if (!row.groups.isEmpty())
        object.insert(QStringLiteral("groups"), QJsonArray::fromStringList(row.groups));
    if (!row.phones.isEmpty())
        object.insert(QStringLiteral("phones"), QJsonArray::fromStringList(row.phones));
    if (!row.emails.isEmpty())
        object.insert(QStringLiteral("emails"), QJsonArray::fromStringList(row.emails));
    if (!row.warnings.isEmpty())
        object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(row.warnings));
    if (!row.contactId.isEmpty())
        object.insert(QStringLiteral("contactId"), row.contactId);
    if (row.optedOut)
        object.insert(QStringLiteral("optedOut"), true);
    return object;
}

void printCounts(QTextStream& out, const ImportReport& report) {
    out << Text::tr("File: %1 (%2, %3%4)")
               .arg(report.fileName, report.formatName, QString::fromLatin1(report.encoding),
                    report.delimiter.isNull()
                        ? QString()
                        : QStringLiteral(", ") +
                              Text::tr("delimiter %1").arg(CsvReader::delimiterName(report.delimiter)))
        << "\n";
    out << Text::tr("Rows: %1").arg(report.rows) << "\n";
    for (RowOutcome outcome : {RowOutcome::Create, RowOutcome::Update, RowOutcome::Unchanged,
                               RowOutcome::Skip, RowOutcome::Duplicate, RowOutcome::Invalid})
        out << "  " << displayName(outcome).leftJustified(20) << report.count(outcome) << "\n";
    out << Text::tr("Group memberships added: %1").arg(report.groupsJoined) << "\n";
    out << Text::tr("Recorded as opted out: %1").arg(report.optedOut) << "\n";
    if (!report.rejectedRowsPath.isEmpty())
        out << Text::tr("Rejected rows written to %1 (%2 rows)")
                   .arg(report.rejectedRowsPath)
                   .arg(report.rejectedRows)
            << "\n";
}

int contactsImport(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(
        context, QStringLiteral("contacts import"),
        Text::tr("Import contacts from a CSV or vCard file. Prints the plan with --dry-run."));
    parser.addPositional(QStringLiteral("file"), Text::tr("The CSV or vCard file."), QStringLiteral("FILE"));
    parser.addOption({QStringLiteral("region"),
                      Text::tr("Region for numbers without a country code, e.g. US."),
                      QStringLiteral("region")});
    parser.addOption({QStringLiteral("group"),
                      Text::tr("Add everyone imported to this group (repeat for several)."),
                      QStringLiteral("group")});
    parser.addOption({QStringLiteral("on-duplicate"),
                      Text::tr("When a row matches a contact by number or e-mail: skip (default), update "
                               "(fill empty fields) or overwrite."),
                      QStringLiteral("policy"), QStringLiteral("skip")});
    parser.addOption(
        {QStringLiteral("consent"),
         Text::tr("Consent to record for the groups: opted-in, opted-out, pending or unknown (default)."),
         QStringLiteral("state"), QStringLiteral("unknown")});
    parser.addOption({QStringLiteral("consent-source"),
                      Text::tr("Where that consent came from, e.g. \"paper sign-up sheet, March 2026\"."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("mapping"), Text::tr("Use a column mapping saved with --save-mapping."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("save-mapping"), Text::tr("Save the column mapping used to this file."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("encoding"), Text::tr("The file's encoding (default: detected)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("delimiter"),
                      Text::tr("comma, semicolon, tab or pipe (default: detected)."), QStringLiteral("d")});
    parser.addOption({QStringLiteral("no-header"), Text::tr("The first row is data, not column names.")});
    parser.addOption(
        {QStringLiteral("skip-unmapped"),
         Text::tr("Drop columns that map to no field instead of keeping them as custom fields.")});
    parser.addOption({QStringLiteral("rejected"),
                      Text::tr("Write the rows not imported, with a reason, to this CSV."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("dry-run"), Text::tr("Show what would happen; change nothing.")});
    parser.addOption({QStringLiteral("json"), Text::tr("Print JSON.")});
    parser.addOption({QStringLiteral("progress"), Text::tr("Report progress on standard error.")});
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;

    ImportOptions options;
    options.region = parser.value(QStringLiteral("region")).toUpper();
    options.targetGroups = parser.values(QStringLiteral("group"));
    const auto policy = ImportOptions::onDuplicateFromKey(parser.value(QStringLiteral("on-duplicate")));
    if (!policy)
        return context.usageError(Text::tr("--on-duplicate must be skip, update or overwrite, not \"%1\".")
                                      .arg(parser.value(QStringLiteral("on-duplicate"))));
    options.onDuplicate = *policy;
    const auto consent = parseConsentState(parser.value(QStringLiteral("consent")));
    if (!consent)
        return context.usageError(
            Text::tr("--consent must be opted-in, opted-out, pending or unknown, not \"%1\".")
                .arg(parser.value(QStringLiteral("consent"))));
    options.consent = *consent;
    options.consentSource = parser.value(QStringLiteral("consent-source"));
    if (options.consent == ConsentState::OptedIn && options.consentSource.trimmed().isEmpty())
        return context.usageError(
            Text::tr("--consent opted-in needs --consent-source saying where the consent came from."));
    options.source.csv.encoding = parser.value(QStringLiteral("encoding")).toLatin1();
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const auto delimiter = parseDelimiter(parser.value(QStringLiteral("delimiter")));
        if (!delimiter)
            return context.usageError(Text::tr("--delimiter must be comma, semicolon, tab or pipe."));
        options.source.csv.delimiter = *delimiter;
    }
    if (parser.isSet(QStringLiteral("no-header")))
        options.source.csv.header = CsvOptions::Header::No;
    options.source.keepUnmappedColumns = !parser.isSet(QStringLiteral("skip-unmapped"));
    options.rejectedRowsPath = parser.value(QStringLiteral("rejected"));
    const QString file = parser.positional().first();

    if (parser.isSet(QStringLiteral("mapping"))) {
        // The mapping names columns by header, so read the file's header first.
        QFile mappingFile(parser.value(QStringLiteral("mapping")));
        if (!mappingFile.open(QIODevice::ReadOnly))
            return context.fail(Text::tr("Cannot read the mapping %1: %2")
                                    .arg(mappingFile.fileName(), mappingFile.errorString()));
        const QJsonObject saved = QJsonDocument::fromJson(mappingFile.readAll()).object();
        auto probe = ImportSource::open(file, options.source);
        if (!probe)
            return context.fail(probe.errorMessage());
        auto mapping = ColumnMapping::fromJson(saved, probe.value()->mapping().headers());
        if (!mapping)
            return context.fail(mapping.errorMessage());
        options.source.mapping = mapping.value();
    }

    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    if (options.region.isEmpty())
        options.region = profile->setting(QStringLiteral("default_region"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool asJson = parser.isSet(QStringLiteral("json"));
    QJsonArray rows;
    ImportEngine engine(profile->database(), &profile->notifier());
    auto sink = [&](const PlannedRow& row) {
        if (!dryRun && row.outcome != RowOutcome::Invalid)
            return; // a commit reports counts; the rows not imported are listed
        if (asJson) {
            rows.append(rowJson(row));
            return;
        }
        QString line = QStringLiteral("%1  %2  %3")
                           .arg(row.line, 6)
                           .arg(displayName(row.outcome).leftJustified(18), row.name);
        if (!row.detail.isEmpty())
            line += QStringLiteral("  — ") + row.detail;
        if (!row.changedFields.isEmpty())
            line += QStringLiteral("  [") + row.changedFields.join(QStringLiteral(", ")) + QLatin1Char(']');
        if (!row.groups.isEmpty())
            line += QStringLiteral("  ") + Text::tr("groups: %1").arg(row.groups.join(QStringLiteral(", ")));
        if (row.optedOut)
            line += QStringLiteral("  ") + Text::tr("(opted out)");
        for (const QString& warning : row.warnings)
            line += QStringLiteral("\n        ") + Text::tr("note: %1").arg(warning);
        context.out() << line << "\n";
    };
    auto progress = [&](qint64 done, qint64 total) {
        if (parser.isSet(QStringLiteral("progress")))
            context.err() << "progress " << done << "/" << total << Qt::endl;
    };
    auto report = dryRun ? engine.plan(file, options, sink, nullptr, progress)
                         : engine.commit(file, options, sink, nullptr, progress);
    if (!report)
        return context.fail(report.errorMessage());
    if (parser.isSet(QStringLiteral("save-mapping"))) {
        QSaveFile out(parser.value(QStringLiteral("save-mapping")));
        if (!out.open(QIODevice::WriteOnly) ||
            out.write(QJsonDocument(report.value().mapping).toJson()) < 0 || !out.commit())
            return context.fail(
                Text::tr("Cannot save the mapping to %1: %2").arg(out.fileName(), out.errorString()));
    }
    if (asJson) {
        QJsonObject object = report.value().toJson();
        object.insert(dryRun ? QStringLiteral("plan") : QStringLiteral("rejected"), rows);
        context.printJson(QJsonDocument(object));
    } else {
        printCounts(context.out(), report.value());
        if (dryRun)
            context.out() << Text::tr("Dry run: nothing was changed.") << "\n";
        else
            context.out()
                << Text::tr("Imported. To undo: iqm contacts import-rollback %1").arg(report.value().importId)
                << "\n";
    }
    return Success;
}

int contactsImportRollback(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("contacts import-rollback"),
                            Text::tr("Undo an import as a whole."));
    parser.addPositional(QStringLiteral("import-id"), Text::tr("The id the import printed."),
                         QStringLiteral("IMPORT_ID"));
    parser.addOption({QStringLiteral("json"), Text::tr("Print JSON.")});
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    auto result =
        ImportHistory(profile->database(), &profile->notifier()).rollback(parser.positional().first());
    if (!result)
        return context.fail(result.errorMessage());
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonDocument(result.value()));
    } else {
        const QJsonObject& r = result.value();
        context.out() << Text::tr("Rolled back the import of %1: %2 contacts removed, %3 restored, %4 group "
                                  "memberships removed, %5 groups removed.")
                             .arg(r.value(QStringLiteral("file")).toString())
                             .arg(r.value(QStringLiteral("contactsRemoved")).toInteger())
                             .arg(r.value(QStringLiteral("contactsRestored")).toInteger())
                             .arg(r.value(QStringLiteral("membershipsRemoved")).toInteger())
                             .arg(r.value(QStringLiteral("groupsRemoved")).toInteger())
                      << "\n";
    }
    return Success;
}

int contactsImports(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("contacts imports"), Text::tr("List past imports."));
    parser.addOption({QStringLiteral("json"), Text::tr("Print JSON.")});
    if (int status = parser.parse(arguments); status >= 0)
        return status;
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    auto history = ImportHistory(profile->database()).list();
    if (!history)
        return context.fail(history.errorMessage());
    QJsonArray array;
    for (const ImportRecord& record : history.value()) {
        if (!parser.isSet(QStringLiteral("json"))) {
            context.out() << record.id << "  " << record.startedAt << "  " << record.fileName << "  "
                          << Text::tr("%1 new, %2 updated")
                                 .arg(record.counts.value(QStringLiteral("create")).toInteger())
                                 .arg(record.counts.value(QStringLiteral("update")).toInteger())
                          << (record.rolledBackAt.isEmpty()
                                  ? QString()
                                  : QStringLiteral("  ") + Text::tr("(rolled back)"))
                          << "\n";
            continue;
        }
        array.append(
            QJsonObject{{QStringLiteral("id"), record.id},
                        {QStringLiteral("file"), record.fileName},
                        {QStringLiteral("sha256"), record.fileHash},
                        {QStringLiteral("format"), record.format},
                        {QStringLiteral("counts"), record.counts},
                        {QStringLiteral("startedAt"), record.startedAt},
                        {QStringLiteral("rolledBackAt"),
                         record.rolledBackAt.isEmpty() ? QJsonValue() : QJsonValue(record.rolledBackAt)}});
    }
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(array));
    return Success;
}

int contactsExport(CliContext& context, const QStringList& arguments) {
    SubcommandParser parser(context, QStringLiteral("contacts export"),
                            Text::tr("Export contacts to CSV (the layout import reads back) or vCard 4.0."));
    parser.addPositional(QStringLiteral("file"), Text::tr("Where to write; - for standard output."),
                         QStringLiteral("FILE"));
    parser.addOption({QStringLiteral("format"), Text::tr("csv (default) or vcard."), QStringLiteral("format"),
                      QStringLiteral("csv")});
    parser.addOption(
        {QStringLiteral("group"), Text::tr("Only the members of this group."), QStringLiteral("group")});
    parser.addOption({QStringLiteral("search"),
                      Text::tr("Only contacts whose name, number or e-mail contains this."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("no-spreadsheet-safety"),
                      Text::tr("Write cells exactly, without the apostrophe that stops spreadsheets running "
                               "cells starting with = + - @ as formulas.")});
    if (int status = parser.parse(arguments, 1, 1); status >= 0)
        return status;
    ContactExporter::Options options;
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format == QLatin1String("vcard") || format == QLatin1String("vcf"))
        options.format = ContactExporter::Format::VCard;
    else if (format != QLatin1String("csv"))
        return context.usageError(Text::tr("--format must be csv or vcard, not \"%1\".").arg(format));
    options.spreadsheetSafe = !parser.isSet(QStringLiteral("no-spreadsheet-safety"));
    Profile* profile = context.profile();
    if (!profile)
        return UserError;
    ContactActions exporter(*profile, QStringLiteral("iqm"));
    ExportSelection selection;
    selection.search = parser.value(QStringLiteral("search"));
    if (parser.isSet(QStringLiteral("group"))) {
        auto group = exporter.findGroup(parser.value(QStringLiteral("group")));
        if (!group)
            return context.fail(group.errorMessage());
        selection.groupId = group.value().id;
    }
    const QString file = parser.positional().first();
    Result<qint64> written = qint64(0);
    if (file == QLatin1String("-")) {
        context.out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return context.fail(Text::tr("Cannot write to standard output."));
        written = exporter.exportTo(&out, selection, options);
    } else {
        written = exporter.exportToFile(file, selection, options);
    }
    if (!written)
        return context.fail(written.errorMessage());
    if (file != QLatin1String("-"))
        context.out() << Text::tr("Exported %1 contacts to %2").arg(written.value()).arg(file) << "\n";
    return Success;
}

} // namespace

QList<Command> importCommands() {
    return {
        {QStringLiteral("contacts import"),
         Text::tr("Import contacts from CSV or vCard (--dry-run: the plan)"), &contactsImport},
        {QStringLiteral("contacts import-rollback"), Text::tr("Undo an import"), &contactsImportRollback},
        {QStringLiteral("contacts imports"), Text::tr("List past imports"), &contactsImports},
        {QStringLiteral("contacts export"), Text::tr("Export contacts to CSV or vCard"), &contactsExport},
    };
}

} // namespace iq::cli
