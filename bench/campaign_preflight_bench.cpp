// Pre-flight of a large campaign (audience, exclusions, consent, rendering, segments, quiet hours) against
// rendering and segment-counting the same texts alone, rows already in memory, in the same run. Prints
// the medians of --runs runs and their ratio (docs/benchmarks.md).
//
// Usage: campaign_preflight_bench [--profile DIR] [--contacts N] [--runs R]
// The profile is made with bench/generator (N contacts in 24 groups) when it holds fewer contacts, and
// gets a group "Everyone" with all of them (opted in): the campaign goes to it and then to the
// generator's groups (members come through several groups, some opted out of one), 100,000 people.
#include "ContactGenerator.h"
#include "core/actions/GroupActions.h"
#include "core/campaign/CampaignPreflight.h"
#include "core/profile/Profile.h"
#include "core/store/AudienceRows.h"
#include "core/store/CampaignAudienceReader.h"
#include "core/store/Database.h"
#include "core/store/GroupRepository.h"
#include "core/template/ContactFields.h"
#include "shared/sms/SmsSegments.h"
#include "shared/template/Template.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <cstdio>
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

// One recipient's row kept in memory: the reference renders from these.
struct StoredRow {
    std::array<QByteArray, AudienceColumns::Count> text;
};

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QString profileDir = QDir::temp().filePath(QStringLiteral("iq-bench-preflight"));
    int contacts = 100000;
    int runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--profile"))
            profileDir = args[i + 1];
        else if (args[i] == QLatin1String("--contacts"))
            contacts = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
    }
    auto opened = Profile::open(profileDir);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    std::unique_ptr<Profile> profile = std::move(opened).value();
    Database& db = profile->database();
    if (liveContacts(db) < contacts) {
        QElapsedTimer timer;
        timer.start();
        bench::GeneratorOptions options;
        options.count = contacts - liveContacts(db);
        options.withoutGivenNamePercent = 8;
        auto generated = bench::generateContacts(db.filePath(), options);
        if (!generated) {
            std::fprintf(stderr, "could not generate contacts: %s\n", qPrintable(generated.errorMessage()));
            return 1;
        }
        std::printf("generated %d contacts in %.1f s\n", generated.value().contacts,
                    timer.elapsed() / 1000.0);
    }

    GroupActions groupActions(*profile);
    auto everyone = groupActions.find(QStringLiteral("Everyone"));
    if (!everyone) {
        everyone = groupActions.create(QStringLiteral("Everyone"));
        QStringList ids;
        for (int offset = 0;; offset += 10000) {
            auto page = AudienceRows(db).page({}, offset, 10000);
            if (!page || page.value().isEmpty())
                break;
            for (const auto& row : std::as_const(page.value()))
                ids << row.first;
        }
        if (!everyone || !groupActions.addMembers(everyone.value().id, ids, ConsentState::OptedIn,
                                                  QStringLiteral("bench"), QStringLiteral("bench"))) {
            std::fprintf(stderr, "could not make the group Everyone\n");
            return 1;
        }
    }
    auto groups = GroupRepository(db).list();
    if (!groups || groups.value().size() < 3) {
        std::fprintf(stderr, "the profile has no groups\n");
        return 1;
    }
    Campaign campaign;
    campaign.id = QStringLiteral("bench");
    campaign.name = QStringLiteral("Spring sale");
    campaign.channel = Channel::Sms;
    campaign.kind = campaign::CampaignKind::Marketing;
    campaign.body =
        QStringLiteral("Hi {{first_name|there}}, the new MacBook is in at {{business_name}}! Show this "
                       "text for 10% off until Friday. {{opt_out}}");
    campaign.audience.groups << everyone.value().id;
    for (const Group& group : std::as_const(groups.value())) {
        if (group.id != everyone.value().id)
            campaign.audience.groups << group.id;
    }

    CampaignPreflight preflight(db);
    preflight.setSettings(PreflightSettings::load(*profile));
    PreflightReport report;
    std::vector<double> preflightTimes;
    std::vector<double> renderTimes;
    const tmpl::Template compiled = tmpl::Template::parse(campaign.body);
    const unsigned columns = AudienceReader::columnsFor(compiled);
    std::vector<StoredRow> rows;
    ContactFields fields;
    fields.setSender(SenderFields::load(db));
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto result = preflight.run(campaign);
        preflightTimes.push_back(timer.nsecsElapsed() / 1e9);
        if (!result) {
            std::fprintf(stderr, "pre-flight failed: %s\n", qPrintable(result.errorMessage()));
            return 1;
        }
        report = std::move(result).value();

        if (rows.empty()) {
            // The same recipients' rows, read once and kept: the reference does no reading.
            ContactPositions wanted;
            for (const PreflightPerson& person : std::as_const(report.people))
                wanted.insert(ContactKey{person.contactId.toUtf8()}, int(wanted.size()));
            rows.resize(size_t(wanted.size()));
            (void)CampaignAudienceReader(db).forEachContact(
                wanted, columns & ((1u << AudienceColumns::Count) - 1),
                [&](const CampaignAudienceReader::ContactRow& row) {
                    for (int i = 0; i < AudienceColumns::Count; ++i)
                        rows[size_t(row.position)].text[size_t(i)] = row.text[size_t(i)].toByteArray();
                });
        }
        timer.restart();
        qint64 segments = 0;
        AudienceRow view;
        const tmpl::Escaping escaping = tmpl::escapingFor(tmpl::RenderChannel::Sms);
        for (const StoredRow& row : rows) {
            for (int i = 0; i < AudienceColumns::Count; ++i)
                view.text[size_t(i)] = row.text[size_t(i)];
            fields.setRow(view, columns, QString());
            QString text;
            compiled.renderTo(text, tmpl::Value::fromFields(&fields), escaping);
            segments += sms::countSegments(text).segments;
        }
        renderTimes.push_back(timer.nsecsElapsed() / 1e9);
        std::printf("run %d: pre-flight %.3f s, rendering and segments alone %.3f s (%lld segments)\n",
                    run + 1, preflightTimes.back(), renderTimes.back(), static_cast<long long>(segments));
    }
    const double p = median(preflightTimes);
    const double r = median(renderTimes);
    std::printf("audience %d (profile %d contacts): %d recipients, %d held, %d excluded, %lld segments\n",
                report.audience, liveContacts(db), report.recipients, report.held, report.excludedTotal,
                static_cast<long long>(report.segments));
    std::printf("median of %d runs: pre-flight %.3f s, rendering and segments alone %.3f s, ratio %.2fx\n",
                runs, p, r, r > 0 ? p / r : 0.0);
    return 0;
}
