// Feeds arbitrary requests to iqmsgd's sync path, below HTTP: the body through the JSON input checks
// and SyncService::push, then SyncService::pull with fuzzed query items, against a temporary SQLite
// server database with two accounts. Each input runs in a transaction that is rolled back, so every
// input meets the same database.
//
// Input: four lines (cursor, limit, pushedFrom, pushedTo), then the push body. A cursor line "#N" is
// a cursor of the fuzzed account at sequence N, "@N" one of the other account.
//
// Checks: a refusal is a 4xx that names its code (a 5xx is a bug: the input reached the database in a
// way the checks did not foresee); a push answers one result per change; a pull answers valid JSON; and
// nothing done with one account's token reads or changes the other account's records.
#include "server/api/JsonInput.h"
#include "server/store/ServerDatabase.h"
#include "server/sync/SyncService.h"
#include "shared/util/Clock.h"

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

using iq::server::ApiError;
using iq::server::ServerDatabase;
using iq::server::SyncService;

const QString kAccount = QStringLiteral("account-a");
const QString kOther = QStringLiteral("account-b");
const QString kOtherRecord = QStringLiteral("c0ffee00-0000-4000-8000-00000000000b");

class FixedClock final : public iq::Clock {
public:
    QDateTime now() const override { return QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC); }
};

void fail(const char* what, const QByteArray& detail = {}) {
    fprintf(stderr, "%s %s\n", what, detail.constData());
    abort();
}

struct World {
    QTemporaryDir dir;
    FixedClock clock;
    std::unique_ptr<ServerDatabase> database;
    std::unique_ptr<SyncService> sync;

    World() {
        auto opened =
            ServerDatabase::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("s.sqlite")));
        if (!opened)
            fail("cannot open the server database", opened.errorMessage().toUtf8());
        database = std::move(opened.value());
        sync = std::make_unique<SyncService>(*database, clock);
        for (const auto& [id, epoch] :
             {std::pair{kAccount, QStringLiteral("epochA")}, std::pair{kOther, QStringLiteral("epochB")}}) {
            if (!database->exec(QStringLiteral("INSERT INTO accounts (id, email, name, password_hash, "
                                               "cursor_epoch, created_at) VALUES (?, ?, ?, 'x', ?, ?)"),
                                {id, QString(id + QStringLiteral("@shop.example")), id, epoch,
                                 iq::toStoredTime(clock.now())}))
                fail("cannot create the accounts");
        }
        const QJsonArray changes{QJsonObject{
            {QStringLiteral("entity"), QStringLiteral("contact")},
            {QStringLiteral("id"), kOtherRecord},
            {QStringLiteral("operation"), QStringLiteral("upsert")},
            {QStringLiteral("baseVersion"), 0},
            {QStringLiteral("payload"), QJsonObject{{QStringLiteral("id"), kOtherRecord},
                                                    {QStringLiteral("givenName"), QStringLiteral("Bea")}}}}};
        if (!sync->apply(kOther, changes, QStringLiteral("other-device")).ok())
            fail("cannot store the other account's record");
    }
};

World& world() {
    static int argc = 1;
    static char name[] = "server_sync_fuzzer";
    static char* argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    static World instance;
    return instance;
}

void checkRefusal(const ApiError& error, const char* where) {
    if (error.status < 400 || error.status >= 500 || error.code.isEmpty() || error.message.isEmpty())
        fail(where, QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact));
}

QString cursorItem(const QByteArray& line) {
    if (line.startsWith('#') || line.startsWith('@'))
        return SyncService::makeCursor(line.startsWith('#') ? QStringLiteral("epochA")
                                                            : QStringLiteral("epochB"),
                                       line.mid(1).toLongLong());
    return QString::fromUtf8(line);
}

// The other account's record is exactly as it was stored, whatever the fuzzed account did.
void checkOtherAccount(SyncService& sync) {
    auto page = sync.pull(kOther, QStringLiteral("other-device"), {});
    if (!page.ok())
        fail("the other account cannot pull");
    const QJsonArray records =
        QJsonDocument::fromJson(page.value()).object().value(QStringLiteral("records")).toArray();
    if (records.size() != 1 || records.at(0)[QStringLiteral("id")].toString() != kOtherRecord ||
        records.at(0)[QStringLiteral("version")].toInteger() != 1 ||
        records.at(0)[QStringLiteral("payload")][QStringLiteral("givenName")].toString() !=
            QLatin1String("Bea"))
        fail("the other account's records changed", page.value());
}

void checkInputHelpers(const QJsonObject& object) {
    QString text;
    qint64 number = 0;
    if (auto error = iq::server::input::string(object, QStringLiteral("email"), QStringLiteral("email"), 3,
                                               254, text, true))
        checkRefusal(*error, "string");
    else if (text.size() < 3 || text.size() > 254)
        fail("string out of its bounds");
    if (auto error = iq::server::input::integer(object, QStringLiteral("baseVersion"),
                                                QStringLiteral("baseVersion"), 0, qint64(1) << 53, number))
        checkRefusal(*error, "integer");
    else if (number < 0 || number > (qint64(1) << 53))
        fail("integer out of its bounds");
    if (auto error =
            iq::server::input::identifier(object, QStringLiteral("id"), QStringLiteral("id"), 200, text))
        checkRefusal(*error, "identifier");
    iq::server::input::Device device;
    if (auto error = iq::server::input::device(object, device))
        checkRefusal(*error, "device");
    else if (device.id.isEmpty() || device.name.isEmpty())
        fail("device accepted without id or name");
}

// The fuzzed account starts each input empty: every record it sees is one this input applied.
void checkPush(const QJsonObject& body, const QJsonObject& reply, QSet<QString>& applied) {
    const QJsonArray changes = body.value(QStringLiteral("changes")).toArray();
    const QJsonArray results = reply.value(QStringLiteral("results")).toArray();
    if (results.size() != changes.size())
        fail("a push answered a different number of results than changes");
    for (const QJsonValue& result : results) {
        const QString status = result[QStringLiteral("status")].toString();
        const QString key = result[QStringLiteral("entity")].toString() + QLatin1Char('/') +
                            result[QStringLiteral("id")].toString();
        if (status == QLatin1String("applied")) {
            if (result[QStringLiteral("version")].toInteger() < 1)
                fail("applied without a version");
            applied.insert(key);
        } else if (status == QLatin1String("conflict")) {
            if (!applied.contains(key))
                fail("a conflict with a record this account never had", QJsonDocument(reply).toJson());
        } else if (status != QLatin1String("rejected")) {
            fail("unknown result status");
        }
    }
}

void checkPull(const QByteArray& reply, const QSet<QString>& applied) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        fail("a pull answered something that is not JSON", reply.left(200));
    const QJsonObject page = document.object();
    if (!page.value(QStringLiteral("records")).isArray() ||
        !page.value(QStringLiteral("cursor")).isString() || !page.value(QStringLiteral("hasMore")).isBool())
        fail("a pull page lacks records, cursor or hasMore", reply.left(200));
    for (const QJsonValue& record : page.value(QStringLiteral("records")).toArray()) {
        if (!applied.contains(record[QStringLiteral("entity")].toString() + QLatin1Char('/') +
                              record[QStringLiteral("id")].toString()))
            fail("a pull showed a record this account never had", reply.left(400));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    World& w = world();
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    QList<QByteArray> lines = input.split('\n');
    while (lines.size() < 5)
        lines.append(QByteArray());
    const QByteArray body =
        input.mid(lines.at(0).size() + lines.at(1).size() + lines.at(2).size() + lines.at(3).size() + 4);
    const SyncService::PullRequest request{cursorItem(lines.at(0)), QString::fromUtf8(lines.at(1)),
                                           QString::fromUtf8(lines.at(2)), QString::fromUtf8(lines.at(3))};

    QSet<QString> applied;
    const iq::Status rolledBack = w.database->transaction([&]() -> iq::Status {
        auto object = iq::server::input::parseObject(body);
        if (!object.ok()) {
            checkRefusal(object.error(), "parseObject");
        } else {
            checkInputHelpers(object.value());
            auto pushed = w.sync->push(kAccount, QStringLiteral("fuzz-device"), object.value());
            if (pushed.ok())
                checkPush(object.value(), pushed.value(), applied);
            else
                checkRefusal(pushed.error(), "push");
        }
        auto pulled = w.sync->pull(kAccount, QStringLiteral("fuzz-device"), request);
        if (pulled.ok())
            checkPull(pulled.value(), applied);
        else
            checkRefusal(pulled.error(), "pull");
        checkOtherAccount(*w.sync);
        return iq::Error::make(iq::Error::Code::InvalidInput, QStringLiteral("roll back"));
    });
    (void)rolledBack;
    return 0;
}
