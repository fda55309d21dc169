#include "CrashHarness.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QUuid>

namespace iq::test {
namespace {

const QByteArray kPassword = QByteArrayLiteral("crash-harness-password-1\n");

// A read-only look at a profile's database between two runs of iqm (or at the server's), closed again
// at once.
class Peek final {
public:
    explicit Peek(const QString& databaseFile)
        : m_name(QUuid::createUuid().toString()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(databaseFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~Peek() {
        { QSqlDatabase::database(m_name, false).close(); }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(Peek)

    bool isOpen() const { return m_open; }
    QList<QStringList> rows(const QString& sql, const QVariantList& bound = {}) const {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(sql);
        for (const QVariant& value : bound)
            query.addBindValue(value);
        QList<QStringList> out;
        if (!query.exec())
            return {{QStringLiteral("error: ") + query.lastError().text()}};
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < query.record().count(); ++i)
                row << query.value(i).toString();
            out << row;
        }
        return out;
    }
    QString one(const QString& sql, const QVariantList& bound = {}) const {
        const auto all = rows(sql, bound);
        return all.isEmpty() || all.first().isEmpty() ? QString() : all.first().first();
    }
    QSet<QString> column(const QString& sql, const QVariantList& bound = {}) const {
        QSet<QString> out;
        for (const QStringList& row : rows(sql, bound))
            out.insert(row.join(u'|'));
        return out;
    }

private:
    QString m_name;
    bool m_open = false;
};

QString profileDatabase(const QString& profileDir) {
    return QDir(profileDir).filePath(QStringLiteral("profile.sqlite"));
}

} // namespace

CrashHarness::CrashHarness(Options options)
    : m_options(std::move(options))
    , m_random(m_options.seed) {}

CrashHarness::~CrashHarness() = default;

QString CrashHarness::name(Operation operation) {
    switch (operation) {
    case Operation::Import:
        return QStringLiteral("import");
    case Operation::Push:
        return QStringLiteral("sync (push)");
    case Operation::Pull:
        return QStringLiteral("sync (pull)");
    case Operation::Export:
        return QStringLiteral("export");
    case Operation::Delete:
        return QStringLiteral("contact deletion");
    case Operation::Rollback:
        return QStringLiteral("import rollback");
    case Operation::CampaignSend:
        return QStringLiteral("campaign send");
    }
    return {};
}

bool CrashHarness::fail(const QString& why) {
    m_failure = QStringLiteral("round %1 (seed %2, account %3): %4")
                    .arg(m_figures.runs)
                    .arg(m_options.seed)
                    .arg(m_account)
                    .arg(why);
    return false;
}

bool CrashHarness::start() {
    // Messages are handed to the simulator at once, so a campaign is expanded and worked within the
    // round that sends it.
    if (!m_server.start(QStringLiteral("sqlite:") + m_work.filePath(QStringLiteral("server.sqlite")),
                        {QStringLiteral("--auth-rate"), QStringLiteral("100000"),
                         QStringLiteral("--api-rate"), QStringLiteral("100000"),
                         QStringLiteral("--simulator-delay-ms"), QStringLiteral("0"),
                         QStringLiteral("--delivery-interval-ms"), QStringLiteral("20")}))
        return fail(QStringLiteral("iqmsgd did not start: ") + m_server.output());
    return true;
}

CrashHarness::Outcome CrashHarness::iqm(const Device& device, const QStringList& arguments, int killAfterMs,
                                        const QByteArray& input) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("IQM_PROFILE"), device.dir);
    // Two devices of one account in one keychain: each under its own service name.
    environment.insert(QStringLiteral("IQM_KEYCHAIN_SERVICE"), device.keychainService);
    // accounts.json and settings stay inside the harness's folder.
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_work.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_work.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(binaryPath(QStringLiteral("iqm")), arguments);
    Outcome outcome;
    if (!process.waitForStarted()) {
        outcome.err = process.errorString().toUtf8();
        return outcome;
    }
    process.write(input);
    process.closeWriteChannel();
    if (killAfterMs >= 0 && !process.waitForFinished(killAfterMs)) {
        process.kill(); // SIGKILL: no handler, no cleanup, as in a crash or a power cut
        outcome.killed = true;
    }
    process.waitForFinished(180000);
    outcome.elapsedMs = timer.elapsed();
    outcome.exitCode = outcome.killed ? -1 : process.exitCode();
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

bool CrashHarness::iqmOk(const Device& device, const QStringList& arguments, QByteArray* out) {
    const Outcome outcome = iqm(device, arguments);
    if (outcome.exitCode != 0)
        return fail(QStringLiteral("iqm %1 in %2 failed (%3): %4")
                        .arg(arguments.join(u' '), device.dir)
                        .arg(outcome.exitCode)
                        .arg(QString::fromUtf8(outcome.err.trimmed())));
    if (out)
        *out = outcome.out;
    return true;
}

int CrashHarness::killDelay(Operation operation) {
    // Spread over the whole time the operation takes when left alone, start-up included, and a little
    // past it, so that kills land before, inside and after its transaction.
    const qint64 typical = m_typicalMs.value(operation, 300);
    std::uniform_int_distribution<int> delay(0, int(typical * 11 / 10));
    return delay(m_random);
}

QString CrashHarness::writeCsv(int index, int rows) {
    const QString tag = QStringLiteral("Crash%1x%2").arg(m_account).arg(index);
    QByteArray csv = "First Name,Last Name,E-mail Address,Notes\r\n";
    // Notes make rows about 100 bytes, so the large file passes 256 KiB and takes the bulk path.
    const QByteArray notes = QByteArray(60, 'n');
    for (int row = 0; row < rows; ++row)
        csv += QStringLiteral("P%1,%2,p%1.%3@crash.example,").arg(row).arg(tag, tag.toLower()).toUtf8() +
               notes + "\r\n";
    QFile file(m_work.filePath(tag + QStringLiteral(".csv")));
    file.open(QIODevice::WriteOnly);
    file.write(csv);
    return tag;
}

bool CrashHarness::newAccount() {
    ++m_account;
    const QString base = m_work.filePath(QStringLiteral("account%1").arg(m_account));
    m_a = {base + QStringLiteral("/a"), QStringLiteral("IQ crash harness %1 a").arg(m_account)};
    m_b = {base + QStringLiteral("/b"), QStringLiteral("IQ crash harness %1 b").arg(m_account)};
    m_expectedLive.clear();
    m_expectedDeleted.clear();
    m_importIds.clear();
    const QString email = QStringLiteral("crash%1-%2@example.com")
                              .arg(m_account)
                              .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QString server = m_server.url().toString();
    const Outcome up = iqm(m_a,
                           {QStringLiteral("account"), QStringLiteral("signup"), QStringLiteral("--server"),
                            server, QStringLiteral("--email"), email, QStringLiteral("--name"),
                            QStringLiteral("Owner"), QStringLiteral("--password-stdin")},
                           -1, kPassword);
    if (up.exitCode != 0)
        return fail(QStringLiteral("sign-up failed: ") + QString::fromUtf8(up.err));
    const Outcome in = iqm(m_b,
                           {QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--server"),
                            server, QStringLiteral("--email"), email, QStringLiteral("--password-stdin")},
                           -1, kPassword);
    if (in.exitCode != 0)
        return fail(QStringLiteral("sign-in failed: ") + QString::fromUtf8(in.err));
    return true;
}

bool CrashHarness::run() {
    for (int index = 0; index < m_options.runs; ++index) {
        if (index % m_options.runsPerAccount == 0 && !newAccount())
            return false;
        ++m_figures.runs;
        if (!round(index))
            return false;
    }
    return true;
}

bool CrashHarness::round(int index) {
    static const Operation kinds[] = {Operation::Import,   Operation::Import,       Operation::Import,
                                      Operation::Push,     Operation::Push,         Operation::Pull,
                                      Operation::Pull,     Operation::Export,       Operation::Delete,
                                      Operation::Rollback, Operation::CampaignSend, Operation::CampaignSend};
    Operation operation = kinds[std::uniform_int_distribution<int>(0, std::size(kinds) - 1)(m_random)];
    if ((operation == Operation::Rollback && m_importIds.isEmpty()) ||
        (operation == Operation::Delete && m_expectedLive.isEmpty()))
        operation = Operation::Import;

    // A committed edit on either device before anything is killed: it must survive whatever follows.
    QByteArray out;
    const Device& editor = index % 2 ? m_b : m_a;
    if (!iqmOk(editor,
               {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--first-name"),
                QStringLiteral("Edit%1").arg(index), QStringLiteral("--last-name"),
                QStringLiteral("Committed%1").arg(m_account), QStringLiteral("--json")},
               &out))
        return false;
    m_expectedLive.insert(QJsonDocument::fromJson(out).object().value(QStringLiteral("id")).toString());

    const bool calibrating = !m_typicalMs.contains(operation);
    const int delay = calibrating ? -1 : killDelay(operation);
    const int largeRows = m_options.largeImportRows, smallRows = m_options.smallImportRows;
    Outcome outcome;
    QString tag;
    int rows = 0;
    switch (operation) {
    case Operation::Import: {
        rows = std::bernoulli_distribution(0.5)(m_random) ? largeRows : smallRows;
        tag = writeCsv(index, rows);
        outcome = iqm(m_a,
                      {QStringLiteral("contacts"), QStringLiteral("import"),
                       m_work.filePath(tag + QStringLiteral(".csv")), QStringLiteral("--group"),
                       QStringLiteral("Crash"), QStringLiteral("--consent"), QStringLiteral("opted-in"),
                       QStringLiteral("--consent-source"), QStringLiteral("crash harness"),
                       QStringLiteral("--json")},
                      delay);
        break;
    }
    case Operation::Push:
    case Operation::Pull: {
        // Something to send: an import on A (left alone), then the sync that is killed, on A pushing it
        // or on B pulling it once A has sent it.
        rows = smallRows * 3;
        tag = writeCsv(index, rows);
        if (!iqmOk(m_a, {QStringLiteral("contacts"), QStringLiteral("import"),
                         m_work.filePath(tag + QStringLiteral(".csv")), QStringLiteral("--group"),
                         QStringLiteral("Crash")}))
            return false;
        if (!importWhole(tag, rows))
            return false;
        if (operation == Operation::Pull && !iqmOk(m_a, {QStringLiteral("sync")}))
            return false;
        outcome = iqm(operation == Operation::Push ? m_a : m_b, {QStringLiteral("sync")}, delay);
        break;
    }
    case Operation::Export: {
        const QString file = m_work.filePath(QStringLiteral("export%1.csv").arg(index));
        outcome = iqm(m_a, {QStringLiteral("contacts"), QStringLiteral("export"), file}, delay);
        if (QFile::exists(file)) {
            // QSaveFile: the file is there whole or not at all.
            QFile exported(file);
            exported.open(QIODevice::ReadOnly);
            const int lines = int(exported.readAll().count("\r\n")) - 1;
            const Peek a(profileDatabase(m_a.dir));
            const int live = a.one(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0")).toInt();
            if (lines != live)
                return fail(QStringLiteral("an export killed after %1 ms left %2 contacts in its file; the "
                                           "profile has %3")
                                .arg(delay)
                                .arg(lines)
                                .arg(live));
            QFile::remove(file);
        }
        break;
    }
    case Operation::Delete: {
        // On the device that made this round's edit, among the contacts it holds: one added on the other
        // device may not have reached it yet.
        QStringList live;
        {
            const Peek device(profileDatabase(editor.dir));
            const QSet<QString> held =
                device.column(QStringLiteral("SELECT id FROM contacts WHERE deleted = 0"));
            for (const QString& id : std::as_const(m_expectedLive))
                if (held.contains(id))
                    live.append(id);
        }
        live.sort();
        const QString id = live.at(std::uniform_int_distribution<int>(0, live.size() - 1)(m_random));
        outcome = iqm(editor, {QStringLiteral("contacts"), QStringLiteral("delete"), id}, delay);
        const Peek device(profileDatabase(editor.dir));
        if (device.one(QStringLiteral("SELECT deleted FROM contacts WHERE id = ?"), {id}) ==
            QStringLiteral("1")) {
            m_expectedLive.remove(id);
            m_expectedDeleted.insert(id);
        } else if (!outcome.killed) {
            return fail(QStringLiteral("iqm contacts delete %1 finished (exit %2: %3) but the contact is "
                                       "still there")
                            .arg(id)
                            .arg(outcome.exitCode)
                            .arg(QString::fromUtf8(outcome.err.trimmed())));
        }
        break;
    }
    case Operation::CampaignSend:
        if (!sendCampaign(index, delay, &outcome))
            return false;
        break;
    case Operation::Rollback: {
        const QString importId =
            m_importIds.at(std::uniform_int_distribution<int>(0, m_importIds.size() - 1)(m_random));
        QSet<QString> before;
        {
            const Peek a(profileDatabase(m_a.dir));
            before =
                a.column(QStringLiteral("SELECT c.id FROM contacts c JOIN imports i ON i.id = ? AND c.rowid "
                                        "BETWEEN i.created_first AND i.created_last WHERE c.deleted = 0"),
                         {importId});
        }
        outcome = iqm(m_a, {QStringLiteral("contacts"), QStringLiteral("import-rollback"), importId}, delay);
        const Peek a(profileDatabase(m_a.dir));
        const QSet<QString> after =
            a.column(QStringLiteral("SELECT c.id FROM contacts c JOIN imports i ON i.id = ? "
                                    "AND c.rowid BETWEEN i.created_first AND "
                                    "i.created_last WHERE c.deleted = 0"),
                     {importId});
        const bool rolledBack =
            !a.one(QStringLiteral("SELECT rolled_back_at FROM imports WHERE id = ?"), {importId}).isEmpty();
        if (!(after == before && !rolledBack) && !(after.isEmpty() && rolledBack))
            return fail(
                QStringLiteral("a rollback killed after %1 ms left %2 of %3 contacts, rolled back: %4")
                    .arg(delay)
                    .arg(after.size())
                    .arg(before.size())
                    .arg(rolledBack));
        if (rolledBack) {
            for (const QString& id : before) {
                m_expectedLive.remove(id);
                m_expectedDeleted.insert(id);
            }
            m_importIds.removeAll(importId);
        }
        break;
    }
    }

    if (!outcome.killed) {
        if (outcome.exitCode != 0)
            return fail(QStringLiteral("%1 left alone failed (%2): %3")
                            .arg(name(operation))
                            .arg(outcome.exitCode)
                            .arg(QString::fromUtf8(outcome.err.trimmed())));
        // Learns how long the operation takes; the first run of each kind is never killed for that.
        const qint64 typical = m_typicalMs.value(operation, outcome.elapsedMs);
        m_typicalMs[operation] = (typical * 3 + outcome.elapsedMs) / 4;
    } else {
        ++m_figures.killed;
        ++m_figures.killedBy[name(operation)];
    }
    if (m_options.log)
        m_options.log(
            QStringLiteral("%1 %2 %3 after %4 ms")
                .arg(index)
                .arg(name(operation), outcome.killed ? QStringLiteral("killed") : QStringLiteral("finished"))
                .arg(outcome.elapsedMs));

    if (!intact(m_a) || !intact(m_b))
        return false;
    if (operation == Operation::Import && !importWhole(tag, rows))
        return false;
    return converged();
}

// A group of its own imported and synced on A (left alone), a transactional e-mail campaign to it, and
// the send that is killed. The owner then presses Send again, as after any crash: the campaign must reach
// each member exactly once, whether the killed send had stored its request, reached the server, or both.
bool CrashHarness::sendCampaign(int index, int killAfterMs, Outcome* outcome) {
    const int rows = m_options.campaignRecipients;
    const QString tag = writeCsv(index, rows);
    if (!iqmOk(m_a, {QStringLiteral("contacts"), QStringLiteral("import"),
                     m_work.filePath(tag + QStringLiteral(".csv")), QStringLiteral("--group"), tag}))
        return false;
    if (!importWhole(tag, rows) || !iqmOk(m_a, {QStringLiteral("sync")}))
        return false;
    QByteArray out;
    if (!iqmOk(m_a,
               {QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"), tag,
                QStringLiteral("--group"), tag, QStringLiteral("--channel"), QStringLiteral("email"),
                QStringLiteral("--kind"), QStringLiteral("transactional"), QStringLiteral("--subject"),
                QStringLiteral("Your order"), QStringLiteral("--text"),
                QStringLiteral("Hello {{first_name}}, your order is ready."), QStringLiteral("--json")},
               &out))
        return false;
    const QString id = QJsonDocument::fromJson(out).object().value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return fail(QStringLiteral("iqm campaign create printed no id: ") + QString::fromUtf8(out));
    *outcome = iqm(m_a, {QStringLiteral("campaign"), QStringLiteral("send"), id}, killAfterMs);
    if (!outcome->killed)
        return sentOnce(id, rows);
    if (!intact(m_a))
        return false;
    if (!iqmOk(m_a, {QStringLiteral("campaign"), QStringLiteral("send"), id}))
        return false;
    if (!sentOnce(id, rows))
        return false;
    const Peek a(profileDatabase(m_a.dir));
    const QString status = a.one(QStringLiteral("SELECT status FROM campaigns WHERE id = ?"), {id});
    const QString waiting =
        a.one(QStringLiteral("SELECT count(*) FROM campaign_sends WHERE campaign_id = ?"), {id});
    if (status == QStringLiteral("draft") || waiting != QStringLiteral("0"))
        return fail(QStringLiteral("campaign %1 is still '%2' with %3 sends waiting after Send was pressed "
                                   "again")
                        .arg(id, status, waiting));
    return true;
}

// On the server: the campaign exists once and, once expanded, holds one message per recipient.
bool CrashHarness::sentOnce(const QString& campaignId, int recipients) {
    const QString serverFile = m_work.filePath(QStringLiteral("server.sqlite"));
    QElapsedTimer waited;
    waited.start();
    QStringList counts;
    while (waited.elapsed() < 30000) {
        {
            const Peek server(serverFile);
            const QString campaigns =
                server.one(QStringLiteral("SELECT count(*) FROM campaigns WHERE id = ?"), {campaignId});
            if (campaigns != QStringLiteral("1") && campaigns != QStringLiteral("0"))
                return fail(
                    QStringLiteral("campaign %1 is %2 times on the server").arg(campaignId, campaigns));
            counts = server
                         .rows(QStringLiteral("SELECT count(*), count(DISTINCT address) FROM "
                                              "delivery_queue WHERE campaign_id = ?"),
                               {campaignId})
                         .value(0);
            const bool expanded = server.one(QStringLiteral("SELECT expanded FROM campaigns WHERE id = ?"),
                                             {campaignId}) == QStringLiteral("1");
            if (expanded)
                break;
        }
        QThread::msleep(50);
    }
    if (counts.value(0).toInt() != recipients || counts.value(1).toInt() != recipients)
        return fail(QStringLiteral("campaign %1 has %2 messages to %3 addresses on the server; %4 recipients "
                                   "should get one each")
                        .arg(campaignId, counts.value(0), counts.value(1))
                        .arg(recipients));
    return true;
}

bool CrashHarness::intact(const Device& device) {
    const Peek peek(profileDatabase(device.dir));
    if (!peek.isOpen())
        return fail(QStringLiteral("the profile %1 does not open").arg(device.dir));
    const QString check = peek.rows(QStringLiteral("PRAGMA integrity_check")).value(0).join(u' ');
    if (check != QStringLiteral("ok"))
        return fail(QStringLiteral("integrity_check of %1: %2").arg(device.dir, check));
    return true;
}

bool CrashHarness::importWhole(const QString& tag, int rows) {
    const Peek a(profileDatabase(m_a.dir));
    const QSet<QString> ids =
        a.column(QStringLiteral("SELECT id FROM contacts WHERE family_name = ? AND deleted = 0"), {tag});
    const QStringList imports = a.column(QStringLiteral("SELECT id FROM imports WHERE file_name LIKE ?"),
                                         {QString(QStringLiteral("%") + tag + QStringLiteral(".csv"))})
                                    .values();
    const int members = a.one(QStringLiteral("SELECT count(*) FROM group_members m JOIN contacts c ON c.id = "
                                             "m.contact_id WHERE c.family_name = ?"),
                              {tag})
                            .toInt();
    if (ids.isEmpty() && imports.isEmpty() && members == 0)
        return true; // not at all
    if (ids.size() == rows && imports.size() == 1 && members == rows) {
        m_expectedLive.unite(ids);
        m_importIds << imports.first();
        return true;
    }
    return fail(QStringLiteral("import %1 half applied: %2 of %3 contacts, %4 memberships, %5 history rows")
                    .arg(tag)
                    .arg(ids.size())
                    .arg(rows)
                    .arg(members)
                    .arg(imports.size()));
}

bool CrashHarness::converged() {
    // A, then B (sending its own and receiving A's), then A again receives B's.
    for (const Device* device : {&m_a, &m_b, &m_a})
        if (!iqmOk(*device, {QStringLiteral("sync")}))
            return false;
    const QString liveSql =
        QStringLiteral("SELECT id, server_version, given_name, family_name FROM contacts WHERE deleted = 0");
    const QString memberSql = QStringLiteral(
        "SELECT g.name, m.contact_id, m.consent FROM group_members m JOIN groups g ON g.id = m.group_id "
        "JOIN contacts c ON c.id = m.contact_id WHERE c.deleted = 0 AND g.deleted = 0");
    const QString duplicateSql = QStringLiteral(
        "SELECT e.address FROM contact_emails e JOIN contacts c ON c.id = e.contact_id WHERE c.deleted = 0 "
        "GROUP BY lower(e.address) HAVING count(*) > 1");
    QMap<QString, QStringList> live[2];
    QSet<QString> members[2];
    int device = 0;
    for (const Device* each : {&m_a, &m_b}) {
        const Peek peek(profileDatabase(each->dir));
        for (const QStringList& row : peek.rows(liveSql))
            live[device].insert(row.value(0), row.mid(1));
        members[device] = peek.column(memberSql);
        const QString pending = peek.one(QStringLiteral("SELECT count(*) FROM outbox"));
        if (pending != QStringLiteral("0"))
            return fail(
                QStringLiteral("%1 changes still in the outbox of %2 after a sync").arg(pending, each->dir));
        const QSet<QString> doubled = peek.column(QStringLiteral(
            "SELECT campaign_id, address FROM messages WHERE deleted = 0 AND campaign_id IS NOT "
            "NULL GROUP BY campaign_id, address HAVING count(*) > 1"));
        if (!doubled.isEmpty())
            return fail(QStringLiteral("a campaign reached one address twice in %1: %2")
                            .arg(each->dir, QStringList(doubled.begin(), doubled.end()).join(u',')));
        const QSet<QString> duplicates = peek.column(duplicateSql);
        if (!duplicates.isEmpty())
            return fail(QStringLiteral("duplicate contacts in %1: %2")
                            .arg(each->dir, QStringList(duplicates.begin(), duplicates.end()).join(u',')));
        ++device;
    }
    for (auto it = live[0].begin(); it != live[0].end(); ++it)
        if (it->value(0) != QStringLiteral("1"))
            return fail(QStringLiteral("contact %1 (%2) is at version %3; it was never edited, so it was "
                                       "applied more than once")
                            .arg(it.key(), it->join(u' '), it->value(0)));
    if (live[0] != live[1])
        return fail(QStringLiteral("the devices differ after syncing: %1 live contacts on A, %2 on B")
                        .arg(live[0].size())
                        .arg(live[1].size()));
    if (members[0] != members[1])
        return fail(QStringLiteral("the devices differ after syncing: %1 memberships on A, %2 on B")
                        .arg(members[0].size())
                        .arg(members[1].size()));
    const QSet<QString> onA(live[0].keyBegin(), live[0].keyEnd());
    if (onA != m_expectedLive) {
        const QSet<QString> lost = m_expectedLive - onA, extra = onA - m_expectedLive;
        return fail(
            QStringLiteral("%1 committed contacts missing after syncing (%2), %3 not committed there (%4)")
                .arg(lost.size())
                .arg(QStringList(lost.begin(), lost.end()).mid(0, 3).join(u','))
                .arg(extra.size())
                .arg(QStringList(extra.begin(), extra.end()).mid(0, 3).join(u',')));
    }
    return true;
}

} // namespace iq::test
