// Personalized SMS at scale: render and count segments for every contact of a profile, and the work
// the composer does on each keystroke of a 1,600-character template. Prints medians of several runs
// and ratios to a reference measured in the same run (reading the same rows without rendering; a
// segment count of the unrendered template).
//
// Usage: bench_templates [--profile DIR] [--contacts N] [--runs R]
// A profile holding N contacts is opened read-only. Otherwise it is made with bench/generator (N contacts, 8%
// without a first name, names with accents GSM-7 cannot carry) when it holds fewer.
#include "ContactGenerator.h"
#include "core/content/Compliance.h"
#include "core/profile/Profile.h"
#include "core/store/Database.h"
#include "core/template/AudienceSummary.h"
#include "core/template/ContactFields.h"
#include "shared/sms/SmsSegments.h"
#include "shared/template/Template.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace iq;

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

int liveContacts(Database& db) {
    auto query = db.exec(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0"));
    return query && query.value().next() ? query.value().value(0).toInt() : 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QString profileDir = QDir::temp().filePath(QStringLiteral("iq-bench-templates"));
    int contacts = 1000000;
    int runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--profile"))
            profileDir = args[i + 1];
        else if (args[i] == QLatin1String("--contacts"))
            contacts = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
    }

    // A profile that already holds the audience is only read: opened read-only, so that a large
    // generated profile is never migrated or written by a run.
    const QString databasePath = QDir(profileDir).filePath(Profile::databaseFileName());
    std::unique_ptr<Database> readOnly;
    if (QFileInfo::exists(databasePath)) {
        auto opened = Database::open(databasePath, Database::Mode::ReadOnly);
        if (opened && liveContacts(*opened.value()) >= contacts)
            readOnly = std::move(opened).value();
    }
    std::unique_ptr<Profile> profile;
    if (!readOnly) {
        auto created = Profile::open(profileDir);
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.errorMessage()));
            return 1;
        }
        profile = std::move(created).value();
        Database& db = profile->database();
        if (liveContacts(db) < contacts) {
            QElapsedTimer timer;
            timer.start();
            bench::GeneratorOptions options;
            options.count = contacts - liveContacts(db);
            options.withoutGivenNamePercent = 8;
            auto generated = bench::generateContacts(db.filePath(), options);
            if (!generated) {
                std::fprintf(stderr, "could not generate contacts: %s\n",
                             qPrintable(generated.errorMessage()));
                return 1;
            }
            std::printf("generated contacts in %.1f s\n", timer.elapsed() / 1000.0);
        }
    }
    Database& db = readOnly ? *readOnly : profile->database();
    const int audience = liveContacts(db);
    std::printf("profile %s: %d contacts%s\n", qPrintable(profileDir), audience,
                readOnly ? " (opened read-only)" : "");

    const SenderFields sender{QStringLiteral("Mac Corner"), SenderFields::defaultOptOutText()};
    const tmpl::Template sms = tmpl::Template::parse(
        QStringLiteral("Hi {{first_name|there}}, the new MacBook is in at {{business_name}}! Show this text "
                       "for 10% off until Friday. {{opt_out}}"));

    // References, alternated with the full pass in each run: reading every column the reader offers
    // through QSqlQuery (how the audience was read before), the same through SQLite's API, and only
    // the columns this template needs, each with nothing done to the rows.
    const unsigned columns = AudienceReader::columnsFor(sms);
    std::vector<double> qtReadTimes;
    std::vector<double> readTimes;
    std::vector<double> narrowTimes;
    std::vector<double> fullTimes;
    AudienceSummary last;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        {
            QSqlQuery query(db.connection());
            query.setForwardOnly(true);
            query.exec(QStringLiteral("SELECT c.id, c.given_name, c.middle_name, c.family_name, c.list_name, "
                                      "c.organization, c.custom_fields, c.primary_phone, c.primary_email "
                                      "FROM contacts c WHERE c.deleted = 0"));
            qint64 characters = 0;
            while (query.next()) {
                for (int i = 0; i < 9; ++i)
                    characters += query.value(i).toString().size();
            }
            Q_UNUSED(characters)
        }
        qtReadTimes.push_back(timer.nsecsElapsed() / 1e9);

        timer.restart();
        int seen = 0;
        (void)AudienceReader(db).forEach({}, sender, [&](const QString&, const ContactFields&) {
            ++seen;
            return true;
        });
        readTimes.push_back(timer.nsecsElapsed() / 1e9);

        timer.restart();
        (void)AudienceReader(db).forEach(
            {}, sender,
            [&](const QString&, const ContactFields&) {
                ++seen;
                return true;
            },
            columns);
        narrowTimes.push_back(timer.nsecsElapsed() / 1e9);

        timer.restart();
        auto summary = AudienceSummarizer::summarize(db, {}, sms, tmpl::RenderChannel::Sms, nullptr, sender);
        fullTimes.push_back(timer.nsecsElapsed() / 1e9);
        if (!summary) {
            std::fprintf(stderr, "%s\n", qPrintable(summary.errorMessage()));
            return 1;
        }
        last = summary.value();
        std::printf("run %d: QSqlQuery read %.3f s, read %.3f s, read of the template's columns %.3f s, "
                    "read + render + count %.3f s\n",
                    run + 1, qtReadTimes.back(), readTimes.back(), narrowTimes.back(), fullTimes.back());
    }

    // Rendering and counting alone, on one thread: the template's columns of every row read into
    // memory first, then each row made into fields, rendered and counted, as the rendering thread of
    // AudienceSummarizer::summarize does.
    std::vector<QByteArray> texts;
    std::vector<int> readColumns;
    for (int i = 0; i < AudienceColumns::Count; ++i) {
        if (columns & (1u << i))
            readColumns.push_back(i);
    }
    texts.reserve(static_cast<size_t>(audience) * readColumns.size());
    (void)AudienceReader(db).forEachRow({}, columns, [&](const AudienceRow& row) {
        for (int column : readColumns)
            texts.push_back(row.text[column].toByteArray());
        return true;
    });
    std::vector<double> renderTimes;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        AudienceSummarizer summarizer(sms, tmpl::RenderChannel::Sms);
        ContactFields fields;
        fields.setSender(sender);
        AudienceRow row;
        for (size_t i = 0; i < texts.size();) {
            for (int column : readColumns)
                row.text[column] = texts[i++];
            fields.setRow(row, columns, {});
            summarizer.add(fields, fields.value(ContactFields::Name));
        }
        renderTimes.push_back(timer.nsecsElapsed() / 1e9);
    }
    texts.clear();
    texts.shrink_to_fit();

    const double qtRead = median(qtReadTimes);
    const double read = median(readTimes);
    const double narrow = median(narrowTimes);
    const double full = median(fullTimes);
    std::printf("read %d contacts, every column, QSqlQuery: median %.3f s over %d runs\n", audience, qtRead,
                runs);
    std::printf("read %d contacts, every column (reference): median %.3f s\n", audience, read);
    std::printf("read %d contacts, the template's columns:   median %.3f s\n", audience, narrow);
    std::printf("read + render + count segments:          median %.3f s (%.2fx the read of every column, "
                "%.2fx the QSqlQuery read)\n",
                full, full / read, full / qtRead);
    const double render = median(renderTimes);
    std::printf("render + count alone, rows in memory, one thread: median %.3f s (%.0f ns/contact)\n", render,
                render * 1e9 / std::max(audience, 1));
    std::printf("  %d recipients, %lld segments, %d UCS-2, %d with a fallback; by segments:", last.recipients,
                static_cast<long long>(last.totalSegments), last.ucs2Recipients, last.fallbackRecipients);
    for (auto it = last.recipientsBySegments.cbegin(); it != last.recipientsBySegments.cend(); ++it)
        std::printf(" %d:%d", it.key(), it.value());
    std::printf("\n");
    // What the composer does on a keystroke: parse, render for one recipient, analyze segments,
    // unknown names and compliance, on a 1,600-character template.
    QString big = QStringLiteral("Hi {{first_name|there}}! ");
    while (big.size() < 1560)
        big += QStringLiteral("New stock at {{business_name}}: “MacBook” deals… ");
    big = big.left(1570) + QStringLiteral(" {{opt_out}}");
    big = big.left(1600);
    ContactFields fields;
    fields.setSender(sender);
    fields.set(ContactFields::FirstName, QStringLiteral("Ann"));
    const QStringList known = fields.availableNames();
    std::vector<double> keystroke;
    std::vector<double> reference;
    for (int i = 0; i < 300; ++i) {
        QString edited = big;
        edited[800 + (i % 50)] = QLatin1Char('a' + (i % 26));
        QElapsedTimer timer;
        timer.start();
        const tmpl::Template parsed = tmpl::Template::parse(edited);
        const tmpl::RenderOutput output =
            parsed.render(tmpl::Value::fromFields(&fields), tmpl::Escaping::None);
        const sms::SegmentAnalysis analysis = sms::analyzeSegments(output.text);
        const auto unknown = parsed.unknownNames(known, {});
        ComplianceInput input;
        input.source = edited;
        input.rendered = output.text;
        input.businessName = sender.businessName;
        input.segments = analysis.count.segments;
        const auto warnings = Compliance::check(input);
        keystroke.push_back(timer.nsecsElapsed() / 1e6);
        timer.restart();
        (void)sms::analyzeSegments(edited);
        reference.push_back(timer.nsecsElapsed() / 1e6);
        Q_UNUSED(unknown)
        Q_UNUSED(warnings)
    }
    std::printf(
        "preview update, %lld-character template: median %.3f ms, p95 %.3f ms (segment count of the "
        "template alone: %.3f ms, ratio %.1fx)\n",
        static_cast<long long>(big.size()), median(keystroke),
        [&] {
            std::vector<double> sorted = keystroke;
            std::sort(sorted.begin(), sorted.end());
            return sorted[sorted.size() * 95 / 100];
        }(),
        median(reference), median(keystroke) / median(reference));
    return 0;
}
