#include "ContactGenerator.h"

#include "core/store/Database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <vector>

namespace iq::bench {
namespace {

const char* const kGivenNames[] = {
    "James",     "Mary",   "John",        "Patricia", "Robert", "Jennifer", "Michael", "Linda",    "William",
    "Elizabeth", "David",  "Barbara",     "Richard",  "Susan",  "Joseph",   "Jessica", "Thomas",   "Sarah",
    "Charles",   "Karen",  "Christopher", "Nancy",    "Daniel", "Lisa",     "Matthew", "Betty",    "Anthony",
    "Margaret",  "Mark",   "Sandra",      "José",     "María",  "Zoë",      "Chloé",   "Renée",    "André",
    "François",  "Björn",  "Søren",       "Łukasz",   "Ana",    "Luis",     "Carmen",  "Jorge",    "Sofía",
    "Mateo",     "Lucía",  "Hugo",        "Inés",     "Noé",    "Wei",      "Mei",     "Hiroshi",  "Yuki",
    "Priya",     "Arjun",  "Fatima",      "Omar",     "Aisha",  "Mohammed", "Olivia",  "Liam",     "Emma",
    "Noah",      "Ava",    "Ethan",       "Mia",      "Lucas",  "Amelia",   "Mason",   "Harper",   "Logan",
    "Evelyn",    "Elijah", "Abigail",     "Aiden",    "Emily",  "Jackson",  "Ella",    "Sebastian"};
const char* const kFamilyNames[] = {
    "Smith",     "Johnson",    "Williams",  "Brown",   "Jones",    "Garcia",   "Miller",   "Davis",
    "Rodriguez", "Martinez",   "Hernandez", "Lopez",   "Gonzalez", "Wilson",   "Anderson", "Thomas",
    "Taylor",    "Moore",      "Jackson",   "Martin",  "Lee",      "Perez",    "Thompson", "White",
    "Harris",    "Sanchez",    "Clark",     "Ramirez", "Lewis",    "Robinson", "Núñez",    "Muñoz",
    "Peña",      "Gómez",      "Díaz",      "Pérez",   "Müller",   "Schäfer",  "Øster",    "Dvořák",
    "O'Brien",   "McAllister", "Nguyen",    "Kim",     "Patel",    "Singh",    "Chen",     "Wang",
    "Tanaka",    "Sato",       "Walker",    "Young",   "Allen",    "King",     "Wright",   "Scott",
    "Torres",    "Hill",       "Flores",    "Green",   "Adams",    "Nelson",   "Baker",    "Hall",
    "Rivera",    "Campbell",   "Mitchell",  "Carter",  "Roberts",  "Phillips"};
const char* const kDomains[] = {"gmail.com",        "yahoo.com",        "outlook.com",
                                "icloud.com",       "hotmail.com",      "example.com",
                                "mail.example.org", "shop.example.net", "fastmail.com"};
const char* const kGroups[] = {
    "Mac Users",    "Windows Users",  "Newsletter",     "VIP Customers", "Repairs",         "Gamers",
    "Students",     "Small Business", "Printer Ink",    "Trade-in",      "Workshop: Photo", "Workshop: Video",
    "Loyalty Gold", "Loyalty Silver", "Back to School", "Black Friday",  "iPhone",          "Android",
    "Accessories",  "Service Plan",   "Downtown Store", "Mall Store",    "Online Orders",   "Warranty"};
// Area codes in use, so generated numbers are valid for libphonenumber.
const int kAreaCodes[] = {
    201, 202, 203, 205, 206, 207, 208, 209, 210, 212, 213, 214, 215, 216, 217, 218, 219, 224, 225, 228, 229,
    231, 234, 239, 240, 248, 251, 252, 253, 254, 256, 260, 262, 267, 269, 270, 276, 281, 301, 302, 303, 304,
    305, 307, 308, 309, 310, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 323, 330, 334, 336, 337, 339,
    347, 351, 352, 360, 361, 386, 401, 402, 404, 405, 406, 407, 408, 409, 410, 412, 413, 414, 415, 417, 419,
    423, 424, 425, 430, 432, 434, 435, 440, 443, 469, 478, 479, 480, 484, 501, 502, 503, 504, 505, 507, 508,
    509, 510, 512, 513, 515, 516, 517, 518, 520, 530, 540, 541, 551, 559, 561, 562, 563, 567, 570, 571, 573,
    574, 575, 580, 585, 586, 601, 602, 603, 605, 606, 607, 608, 609, 610, 612, 614, 615, 616, 617, 618, 619,
    620, 623, 626, 630, 631, 636, 641, 646, 650, 651, 660, 661, 662, 678, 682, 701, 702, 703, 704, 706, 707,
    708, 712, 713, 714, 715, 716, 717, 718, 719, 720, 724, 727, 731, 732, 734, 740, 754, 757, 760, 763, 765,
    770, 772, 773, 774, 775, 781, 785, 786, 801, 802, 803, 804, 805, 806, 808, 810, 812, 813, 814, 815, 816,
    817, 818, 828, 830, 831, 832, 843, 845, 847, 848, 850, 856, 857, 858, 859, 860, 862, 863, 864, 865, 870,
    901, 903, 904, 906, 907, 908, 909, 910, 912, 913, 914, 915, 916, 917, 918, 919, 920, 925, 928, 931, 936,
    937, 940, 941, 949, 951, 952, 954, 956, 970, 971, 972, 973, 978, 979, 980, 985, 989};

template <typename T, std::size_t N> const T& pick(QRandomGenerator& random, const T (&items)[N]) {
    return items[random.bounded(static_cast<quint32>(N))];
}

QString digitsForSearch(const QString& text) {
    QString digits;
    for (const QChar c : text) {
        if (c != u' ' && c != u'-' && c != u'(' && c != u')' && c != u'.' && c != u'+' && c != u'/')
            digits += c;
    }
    return digits;
}

struct Phone {
    QString raw, e164, type;
    bool valid = true;
};

Phone makePhone(QRandomGenerator& random, int invalidPercent) {
    Phone phone;
    const quint32 roll = random.bounded(100u);
    if (static_cast<int>(roll) < invalidPercent) {
        static const char* const junk[] = {"n/a", "555-01", "ask at desk", "0000", "12345"};
        phone.raw = QString::fromUtf8(pick(random, junk));
        phone.type = QStringLiteral("unknown");
        phone.valid = false;
        return phone;
    }
    if (roll < 8) { // a UK mobile
        const QString rest = QStringLiteral("%1").arg(random.bounded(100000000u), 8, 10, QLatin1Char('0'));
        phone.e164 = QStringLiteral("+4474") + rest;
        phone.raw = roll % 2 ? QStringLiteral("074%1 %2").arg(rest.left(2), rest.mid(2))
                             : QStringLiteral("+44 74%1 %2").arg(rest.left(2), rest.mid(2));
        phone.type = QStringLiteral("mobile");
        return phone;
    }
    const int area = pick(random, kAreaCodes);
    const int exchange = 200 + static_cast<int>(random.bounded(800u));
    const int line = static_cast<int>(random.bounded(10000u));
    const QString a = QString::number(area);
    const QString e = QString::number(exchange);
    const QString l = QStringLiteral("%1").arg(line, 4, 10, QLatin1Char('0'));
    phone.e164 = QStringLiteral("+1") + a + e + l;
    switch (roll % 4) {
    case 0:
        phone.raw = QStringLiteral("(%1) %2-%3").arg(a, e, l);
        break;
    case 1:
        phone.raw = QStringLiteral("%1-%2-%3").arg(a, e, l);
        break;
    case 2:
        phone.raw = QStringLiteral("+1 %1 %2 %3").arg(a, e, l);
        break;
    default:
        phone.raw = a + e + l;
        break;
    }
    phone.type = QStringLiteral("fixed_line_or_mobile");
    return phone;
}

QString uuid(QRandomGenerator& random) {
    const quint64 a = random.generate64();
    const quint64 b = random.generate64();
    const QString hex =
        QStringLiteral("%1%2").arg(a, 16, 16, QLatin1Char('0')).arg(b, 16, 16, QLatin1Char('0'));
    return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QStringLiteral("-4") + hex.mid(13, 3) +
           QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

class Statement final {
public:
    Statement(sqlite3* db, const char* sql) {
        m_ok = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(Statement)
    bool ok() const { return m_ok; }
    void text(int i, const QString& value) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    }
    void integer(int i, qint64 value) { sqlite3_bind_int64(m_stmt, i, value); }
    bool run() {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE;
    }

private:
    sqlite3_stmt* m_stmt = nullptr;
    bool m_ok = false;
};

Error sqliteError(sqlite3* db, const QString& what) {
    return Error::make(Error::Code::Io, what + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(db)));
}

} // namespace

Result<GeneratorReport> generateContacts(const QString& databasePath, const GeneratorOptions& options) {
    {
        // Creates the file and brings it to the current schema.
        auto database = Database::open(databasePath);
        if (!database)
            return database.error();
    }
    QElapsedTimer timer;
    timer.start();
    sqlite3* db = nullptr;
    if (sqlite3_open(databasePath.toUtf8().constData(), &db) != SQLITE_OK) {
        const Error error = sqliteError(db, QStringLiteral("Opening %1").arg(databasePath));
        sqlite3_close(db);
        return error;
    }
    struct Closer {
        sqlite3* db;
        ~Closer() { sqlite3_close(db); }
    } closer{db};
    // Bulk load: children go in before their contact, which the deferred foreign keys allow.
    char* message = nullptr;
    if (sqlite3_exec(db,
                     "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON; "
                     "PRAGMA cache_size = -200000; PRAGMA temp_store = MEMORY; BEGIN IMMEDIATE; PRAGMA "
                     "defer_foreign_keys = ON;",
                     nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message);
        sqlite3_free(message);
        return Error::make(Error::Code::Io,
                           QStringLiteral("Preparing %1 for a bulk load: %2").arg(databasePath, text));
    }

    // The triggers that keep the list columns, the counter and the search index up to date run per
    // row, and SQLite 3.40's FTS5 flushes its pending terms at every statement savepoint a trigger
    // opens. The generator writes those columns itself, so the triggers are set aside and put back
    // as they were at the end, with the index built once, all in the same transaction.
    QList<QByteArray> triggers;
    {
        sqlite3_stmt* read = nullptr;
        sqlite3_prepare_v2(
            db,
            "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name IN "
            "('contacts', 'contact_phones', 'contact_emails', 'group_members', 'channel_consent')",
            -1, &read, nullptr);
        QList<QByteArray> names;
        while (sqlite3_step(read) == SQLITE_ROW) {
            names << reinterpret_cast<const char*>(sqlite3_column_text(read, 0));
            triggers << reinterpret_cast<const char*>(sqlite3_column_text(read, 1));
        }
        sqlite3_finalize(read);
        for (const QByteArray& name : names) {
            if (sqlite3_exec(db, QByteArray("DROP TRIGGER " + name).constData(), nullptr, nullptr, nullptr) !=
                SQLITE_OK)
                return sqliteError(db, QStringLiteral("Setting the triggers aside"));
        }
    }
    QRandomGenerator random(options.seed);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);

    // Groups.
    struct GroupInfo {
        QString id, name;
    };
    std::vector<GroupInfo> groups;
    {
        Statement insert(db, "INSERT INTO groups (id, name, description, server_version, created_at, "
                             "updated_at) VALUES (?, ?, ?, 1, ?, ?)");
        if (!insert.ok())
            return sqliteError(db, QStringLiteral("Preparing groups"));
        const int groupCount = std::min<int>(options.groupCount, static_cast<int>(std::size(kGroups)));
        for (int i = 0; i < groupCount; ++i) {
            GroupInfo group{uuid(random), QString::fromUtf8(kGroups[i])};
            insert.text(1, group.id);
            insert.text(2, group.name);
            insert.text(3, QStringLiteral("Customers interested in %1").arg(group.name));
            insert.text(4, now);
            insert.text(5, now);
            if (!insert.run())
                return sqliteError(db, QStringLiteral("Adding group %1").arg(group.name));
            groups.push_back(group);
        }
    }

    Statement contact(db, "INSERT INTO contacts (id, given_name, family_name, list_name, server_version, "
                          "created_at, updated_at, primary_phone, primary_email, groups_text, "
                          "consent_summary, search_numbers, search_emails) "
                          "VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement phone(db, "INSERT INTO contact_phones (contact_id, position, raw, e164, type, label, valid) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    Statement email(db,
                    "INSERT INTO contact_emails (contact_id, position, address, label) VALUES (?, ?, ?, ?)");
    Statement member(
        db, "INSERT INTO group_members (group_id, contact_id, consent, added_at) VALUES (?, ?, ?, ?)");
    Statement ledger(db, "INSERT INTO consent_ledger (id, contact_id, group_id, consent, method, source, "
                         "recorded_by, recorded_at) VALUES (?, ?, ?, ?, 'import', ?, 'generator', ?)");
    if (!contact.ok() || !phone.ok() || !email.ok() || !member.ok() || !ledger.ok())
        return sqliteError(db, QStringLiteral("Preparing statements"));

    static const char* const kConsents[] = {"opted_in", "opted_in", "opted_in",  "opted_in", "opted_in",
                                            "opted_in", "opted_in", "opted_out", "pending",  "unknown"};
    static const char* const kLabels[] = {"mobile", "home", "work", "shop"};
    const qint64 fiveYears = 5LL * 365 * 24 * 3600 * 1000;
    const QDateTime base = QDateTime::currentDateTimeUtc().addMSecs(-fiveYears);

    GeneratorReport report;
    for (int i = 0; i < options.count; ++i) {
        const QString id = uuid(random);
        QString given = QString::fromUtf8(pick(random, kGivenNames));
        // Drawn only when asked for, so the default profile stays the same for every benchmark.
        if (options.withoutGivenNamePercent > 0 &&
            random.bounded(100u) < static_cast<quint32>(options.withoutGivenNamePercent))
            given.clear();
        const QString family = QString::fromUtf8(pick(random, kFamilyNames));
        const QString updated = base.addMSecs(static_cast<qint64>(random.generateDouble() * fiveYears))
                                    .toString(Qt::ISODateWithMs);

        // Numbers: most have one, some two, a few none.
        const quint32 phoneRoll = random.bounded(100u);
        const int phoneCount = phoneRoll < 5 ? 0 : (phoneRoll < 75 ? 1 : 2);
        QString primaryPhone;
        QStringList searchNumbers;
        for (int p = 0; p < phoneCount; ++p) {
            const Phone made = makePhone(random, options.invalidPhonePercent);
            phone.text(1, id);
            phone.integer(2, p);
            phone.text(3, made.raw);
            phone.text(4, made.e164);
            phone.text(5, made.type);
            phone.text(6, QString::fromUtf8(p == 0 ? "mobile" : pick(random, kLabels)));
            phone.integer(7, made.valid ? 1 : 0);
            if (!phone.run())
                return sqliteError(db, QStringLiteral("Adding a number"));
            if (primaryPhone.isEmpty())
                primaryPhone = made.e164.isEmpty() ? made.raw : made.e164;
            searchNumbers << (QString(made.e164).remove(QLatin1Char('+')) + QLatin1Char(' ') +
                              digitsForSearch(made.raw));
            ++report.phones;
        }

        QString primaryEmail;
        QStringList addresses;
        if (static_cast<int>(random.bounded(100u)) >= options.withoutEmailPercent) {
            const int emailCount = random.bounded(10u) == 0 ? 2 : 1;
            for (int e = 0; e < emailCount; ++e) {
                QString local = (given.left(1) + QLatin1Char('.') + family).toLower();
                local.remove(QLatin1Char('\''));
                const QString address = local + QString::number(random.bounded(1000u)) + QLatin1Char('@') +
                                        QString::fromUtf8(pick(random, kDomains));
                email.text(1, id);
                email.integer(2, e);
                email.text(3, address);
                email.text(4, e == 0 ? QStringLiteral("personal") : QStringLiteral("work"));
                if (!email.run())
                    return sqliteError(db, QStringLiteral("Adding an e-mail"));
                if (primaryEmail.isEmpty())
                    primaryEmail = address;
                addresses << address;
                ++report.emails;
            }
        }

        // Memberships: 0 to 3 groups, with consent and its ledger row.
        const int memberCount = static_cast<int>(random.bounded(4u));
        std::vector<int> picked;
        QStringList consents;
        for (int m = 0; m < memberCount && !groups.empty(); ++m) {
            const int g = static_cast<int>(random.bounded(static_cast<quint32>(groups.size())));
            if (std::find(picked.begin(), picked.end(), g) != picked.end())
                continue;
            picked.push_back(g);
            const QString consent = QString::fromUtf8(pick(random, kConsents));
            member.text(1, groups[g].id);
            member.text(2, id);
            member.text(3, consent);
            member.text(4, updated);
            if (!member.run())
                return sqliteError(db, QStringLiteral("Adding a membership"));
            ledger.text(1, uuid(random));
            ledger.text(2, id);
            ledger.text(3, groups[g].id);
            ledger.text(4, consent);
            ledger.text(5, QStringLiteral("store sign-up sheet"));
            ledger.text(6, updated);
            if (!ledger.run())
                return sqliteError(db, QStringLiteral("Adding a consent record"));
            consents << consent;
            ++report.memberships;
        }
        QStringList groupNames;
        for (int g : picked)
            groupNames << groups[g].name;
        std::sort(groupNames.begin(), groupNames.end(),
                  [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        QString summary = QStringLiteral("unknown");
        if (consents.contains(QStringLiteral("opted_in")))
            summary = QStringLiteral("opted_in");
        else if (consents.contains(QStringLiteral("pending")))
            summary = QStringLiteral("pending");
        else if (consents.contains(QStringLiteral("opted_out")))
            summary = QStringLiteral("opted_out");

        contact.text(1, id);
        contact.text(2, given);
        contact.text(3, family);
        contact.text(4, given.isEmpty() ? family : given + QLatin1Char(' ') + family);
        contact.text(5, updated);
        contact.text(6, updated);
        contact.text(7, primaryPhone);
        contact.text(8, primaryEmail);
        contact.text(9, groupNames.join(QStringLiteral(", ")));
        contact.text(10, summary);
        contact.text(11, searchNumbers.join(QLatin1Char(' ')));
        contact.text(12, addresses.join(QLatin1Char(' ')));
        if (!contact.run())
            return sqliteError(db, QStringLiteral("Adding contact %1").arg(i));
        ++report.contacts;
    }
    if (sqlite3_exec(db,
                     "INSERT INTO contacts_text_fts (contacts_text_fts) VALUES ('rebuild'); "
                     "INSERT INTO contacts_number_fts (contacts_number_fts) VALUES ('rebuild');",
                     nullptr, nullptr, nullptr) != SQLITE_OK ||
        sqlite3_exec(db, "UPDATE contact_counts SET live = (SELECT count(*) FROM contacts WHERE deleted = 0)",
                     nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(db, QStringLiteral("Building the search index"));
    for (const QByteArray& trigger : triggers) {
        if (sqlite3_exec(db, trigger.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return sqliteError(db, QStringLiteral("Putting the triggers back"));
    }
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(db, QStringLiteral("Saving the contacts"));
    sqlite3_exec(db, "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);", nullptr, nullptr, nullptr);
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace iq::bench
