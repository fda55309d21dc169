// Feeds arbitrary pull replies to the client's side of a sync: the page is parsed as SyncApi parses it,
// then stored into a temporary profile twice, each time in a transaction that is rolled back: record by
// record (LocalRecords::write and remove, the way of records the device already has) and the way of an
// initial sync (runs of new records through LocalRecords::insertNew, the rest one by one). Then three
// of the page's payloads are merged as base, local and server copies (FieldMerge::mergeRecord).
//
// Checks: a record is stored or refused as invalid input, never with another error (that would stop
// every later sync at this page); both ways leave the same rows; the merge keeps its promises (an
// unchanged local copy takes the server's, an opt-out on either side wins).
#include "core/store/Database.h"
#include "core/store/LocalRecords.h"
#include "core/sync/FieldMerge.h"
#include "core/sync/SyncProtocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

using iq::LocalRecords;
using iq::wire::Record;

void fail(const char* what, const QString& detail = {}) {
    fprintf(stderr, "%s %s\n", what, qPrintable(detail));
    abort();
}

struct Profile {
    QTemporaryDir dir;
    std::unique_ptr<iq::Database> database;

    Profile() {
        auto opened = iq::Database::open(dir.filePath(QStringLiteral("profile.sqlite")));
        if (!opened)
            fail("cannot open the profile", opened.errorMessage());
        database = std::move(opened.value());
        // Records the device already has, so that pages update as well as insert.
        const iq::Status stored = database->transaction([&]() -> iq::Status {
            LocalRecords records(*database);
            if (iq::Status s = records.write(
                    QStringLiteral("contact"), QStringLiteral("known"),
                    QJsonObject{
                        {QStringLiteral("id"), QStringLiteral("known")},
                        {QStringLiteral("givenName"), QStringLiteral("Ada")},
                        {QStringLiteral("phones"),
                         QJsonArray{QJsonObject{{QStringLiteral("raw"), QStringLiteral("(415) 555-0132")},
                                                {QStringLiteral("e164"), QStringLiteral("+14155550132")},
                                                {QStringLiteral("type"), QStringLiteral("mobile")},
                                                {QStringLiteral("valid"), true}}}}},
                    3);
                !s)
                return s;
            return records.write(QStringLiteral("group"), QStringLiteral("g"),
                                 QJsonObject{{QStringLiteral("id"), QStringLiteral("g")},
                                             {QStringLiteral("name"), QStringLiteral("Mac Users")}},
                                 2);
        });
        if (!stored)
            fail("cannot store the known records", stored.errorMessage());
    }
};

Profile& profile() {
    static int argc = 1;
    static char name[] = "client_apply_fuzzer";
    static char* argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    static Profile instance;
    return instance;
}

// A refusal of one record is fine (the engine reports it and goes on); any other failure is not.
void expectStoredOrRefused(const iq::Status& status, const Record& record) {
    if (!status && status.error().code != iq::Error::Code::InvalidInput)
        fail("a pulled record failed with a storage error:",
             record.entity + QLatin1Char('/') + record.id + QStringLiteral(": ") + status.errorMessage());
    if (!status && status.errorMessage().isEmpty())
        fail("a record was refused without a reason");
}

iq::Status applyOne(LocalRecords& records, const Record& record) {
    return record.deleted ? records.remove(record.entity, record.id, record.version)
                          : records.write(record.entity, record.id, record.payload, record.version);
}

// What the rows of the profile hold, cheaply: enough to tell two ways of storing apart.
QString snapshot(iq::Database& database) {
    QString out;
    for (const char* table : {"contacts", "contact_phones", "contact_emails", "groups", "group_members",
                              "content", "campaigns", "messages", "call_logs"}) {
        auto query = database.exec(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table));
        if (!query || !query.value().next())
            fail("cannot count", QString::fromLatin1(table));
        out += QString::fromLatin1(table) + QLatin1Char('=') + query.value().value(0).toString() +
               QLatin1Char(' ');
    }
    return out;
}

QString oneByOne(iq::Database& database, const QList<Record>& page) {
    QString rows;
    (void)database.transaction([&]() -> iq::Status {
        LocalRecords records(database);
        for (const Record& record : page)
            expectStoredOrRefused(applyOne(records, record), record);
        rows = snapshot(database);
        return iq::Error::make(iq::Error::Code::InvalidInput, QStringLiteral("roll back"));
    });
    return rows;
}

// As SyncEngine::applyRecords: runs of records of one type that the profile has no row of go in bulk.
QString inBulk(iq::Database& database, const QList<Record>& page) {
    QString rows;
    (void)database.transaction([&]() -> iq::Status {
        LocalRecords records(database);
        QList<bool> isNew(page.size(), false);
        QSet<QString> seen;
        for (qsizetype i = 0; i < page.size(); ++i) {
            const Record& record = page.at(i);
            const QString key = record.entity + QLatin1Char('/') + record.id;
            if (record.deleted || !LocalRecords::insertsInBulk(record.entity) || seen.contains(key))
                continue;
            seen.insert(key);
            auto present = records.present(record.entity, {record.id});
            if (!present)
                fail("present() failed", present.errorMessage());
            isNew[i] = present.value().isEmpty();
        }
        qsizetype next = 0;
        while (next < page.size()) {
            if (!isNew.at(next)) {
                expectStoredOrRefused(applyOne(records, page.at(next)), page.at(next));
                ++next;
                continue;
            }
            qsizetype end = next + 1;
            while (end < page.size() && isNew.at(end) && page.at(end).entity == page.at(next).entity)
                ++end;
            QList<LocalRecords::NewRecord> run;
            for (qsizetype i = next; i < end; ++i)
                run.append({page.at(i).id, page.at(i).payload, page.at(i).version});
            auto skipped = records.insertNew(page.at(next).entity, run);
            for (qsizetype i = next; i < end; ++i) {
                if (!skipped || skipped.value().contains(i - next))
                    expectStoredOrRefused(applyOne(records, page.at(i)), page.at(i));
            }
            next = end;
        }
        rows = snapshot(database);
        return iq::Error::make(iq::Error::Code::InvalidInput, QStringLiteral("roll back"));
    });
    return rows;
}

void checkMerge(const QJsonObject& base, const QJsonObject& local, const QJsonObject& server) {
    const iq::MergeOutcome outcome = iq::mergeRecord(base, local, server);
    for (auto it = outcome.merged.begin(); it != outcome.merged.end(); ++it) {
        if (!local.contains(it.key()) && !server.contains(it.key()))
            fail("the merge made up a field", it.key());
    }
    QSet<QString> conflicting;
    for (const iq::FieldConflict& conflict : outcome.conflicts) {
        if (conflicting.contains(conflict.field) ||
            outcome.merged.value(conflict.field) != server.value(conflict.field))
            fail("a conflict did not keep the server's value", conflict.field);
        conflicting.insert(conflict.field);
    }
    if (local == base && (outcome.merged != server || !outcome.conflicts.isEmpty()))
        fail("an unchanged local copy did not take the server's");
    const QString consent = QStringLiteral("consent");
    const QString optedOut = QStringLiteral("opted_out");
    const bool serverOptedOut =
        server.value(consent).toString() == optedOut && server.value(consent) != base.value(consent);
    const bool localOptedOut = local.contains(consent) && local.value(consent).toString() == optedOut &&
                               local.value(consent) != base.value(consent);
    if ((serverOptedOut || localOptedOut) && outcome.merged.value(consent).toString() != optedOut)
        fail("an opt-out was lost in a merge");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Profile& p = profile();
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    auto page = iq::wire::parsePullReply(body);
    if (!page)
        return 0;
    const QList<Record>& records = page.value().records;
    const QString one = oneByOne(*p.database, records);
    const QString bulk = inBulk(*p.database, records);
    if (one != bulk)
        fail("storing in bulk left other rows than storing one by one:", one + QStringLiteral(" / ") + bulk);
    if (records.size() >= 3)
        checkMerge(records.at(0).payload, records.at(1).payload, records.at(2).payload);
    return 0;
}
