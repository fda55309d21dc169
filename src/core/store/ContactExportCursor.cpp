#include "core/store/ContactExportCursor.h"

#include "core/store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <thread>

namespace iq {

// The messages are the export's: asked for (and catalogued) under its context.
class CursorText final {
    Q_DECLARE_TR_FUNCTIONS(iq::ContactExporter)
};

namespace {

// The selection as a WHERE clause on contacts c with bound values.
QString selectionClause(const ExportSelection& selection, QVariantList& values) {
    QString where = QStringLiteral("c.deleted = 0");
    if (!selection.ids.isEmpty()) {
        // One bound JSON array rather than a placeholder per id: SQLite caps bound values at 32766,
        // and a search result can be larger.
        where += QStringLiteral(" AND c.id IN (SELECT value FROM json_each(?))");
        values << QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(selection.ids)).toJson(QJsonDocument::Compact));
    }
    if (!selection.groupId.isEmpty()) {
        where += QStringLiteral(" AND c.id IN (SELECT contact_id FROM group_members WHERE group_id = ?)");
        values << selection.groupId;
    }
    if (!selection.search.trimmed().isEmpty()) {
        const QString like = QLatin1Char('%') + selection.search.trimmed() + QLatin1Char('%');
        where += QStringLiteral(
            " AND (c.list_name LIKE ? OR c.organization LIKE ? OR c.id IN (SELECT contact_id FROM "
            "contact_phones WHERE raw LIKE ? OR e164 LIKE ?) OR c.id IN (SELECT contact_id FROM "
            "contact_emails "
            "WHERE address LIKE ?))");
        values << like << like << like << like << like;
    }
    return where;
}

// A read transaction around the whole export unless the caller already holds one.
class ReadTransaction final {
public:
    explicit ReadTransaction(sqlite3* handle)
        : m_handle(handle) {
        if (!sqlite3_get_autocommit(handle))
            return;
        if (sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
            m_status =
                Error::make(Error::Code::Generic, CursorText::tr("Cannot read the contacts to export: %1")
                                                      .arg(QString::fromUtf8(sqlite3_errmsg(handle))));
        else
            m_began = true;
    }
    ~ReadTransaction() {
        if (m_began)
            sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr);
    }
    Q_DISABLE_COPY_MOVE(ReadTransaction)
    const Status& status() const { return m_status; }

private:
    sqlite3* m_handle;
    Status m_status;
    bool m_began = false;
};

class Statement final {
public:
    explicit Statement(sqlite3* handle)
        : m_handle(handle) {}
    ~Statement() { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(Statement)

    bool prepare(const QString& sql, const QVariantList& values = {}) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        if (sqlite3_prepare_v2(m_handle, sql.toUtf8().constData(), -1, &m_statement, nullptr) != SQLITE_OK)
            return false;
        for (int i = 0; i < values.size(); ++i) {
            const QByteArray utf8 = values.at(i).toString().toUtf8();
            if (sqlite3_bind_text(m_statement, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) !=
                SQLITE_OK)
                return false;
        }
        return true;
    }
    int step() { return sqlite3_step(m_statement); }
    void reset() { sqlite3_reset(m_statement); }
    // Valid until the next step; the bytes must outlive the statement's next step.
    void bindStatic(int index, QByteArrayView text) {
        sqlite3_bind_text(m_statement, index, text.data(), int(text.size()), SQLITE_STATIC);
    }
    QByteArrayView text(int column) const {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column));
    }
    int integer(int column) const { return sqlite3_column_int(m_statement, column); }

private:
    sqlite3* m_handle;
    sqlite3_stmt* m_statement = nullptr;
};

constexpr int kContactFields = ContactExportCursor::FieldCount;
constexpr int kId = ContactExportCursor::Id;

// A contact's own columns as the UTF-8 the database holds.
struct RawContact {
    QByteArrayView fields[kContactFields];
};

// The selected contacts' columns packed one after the other (a length, then the bytes), sorted by id
// afterwards: about 60 bytes a contact rather than a Contact with ten QStrings.
inline void prefetchLine(const char* address) {
#if defined(__x86_64__) || defined(__i386__)
    // GCC 12 drops a pair of __builtin_prefetch calls here; the instruction itself stays.
    asm volatile("prefetcht0 %0" : : "m"(*address));
#else
    __builtin_prefetch(address);
#endif
}

class ContactArena final {
public:
    explicit ContactArena(qint64 budget)
        : m_budget(budget) {}

    bool add(const RawContact& contact) {
        qsizetype size = 0;
        for (const QByteArrayView& field : contact.fields)
            size += field.size() + 5;
        if (m_bytes + size > m_budget)
            return false;
        if (m_used + size > m_capacity) {
            m_capacity = std::max<qsizetype>(kBlock, size);
            m_blocks.emplace_back(new char[size_t(m_capacity)]); // not zeroed: every byte gets written
            m_used = 0;
        }
        char* start = m_blocks.back().get() + m_used;
        char* out = start;
        for (const QByteArrayView& field : contact.fields) {
            auto length = quint32(field.size());
            while (length >= 0x80) {
                *out++ = char(length | 0x80);
                length >>= 7;
            }
            *out++ = char(length);
            if (!field.isEmpty())
                std::memcpy(out, field.data(), size_t(field.size()));
            out += field.size();
        }
        m_used += out - start;
        m_bytes += out - start;
        m_records.push_back({keyOf(contact.fields[kId]), start});
        return true;
    }
    void clear() {
        m_blocks.clear();
        m_records.clear();
        m_records.shrink_to_fit();
        m_used = m_capacity = 0;
        m_bytes = 0;
    }
    void sort() {
        // Ids compare as SQLite's BINARY collation does: bytes, then length.
        // The first eight bytes of the id as a number decide almost every comparison without a visit
        // to the record itself.
        std::sort(m_records.begin(), m_records.end(), [](const Record& a, const Record& b) {
            return a.key != b.key ? a.key < b.key : idOf(a.bytes) < idOf(b.bytes);
        });
    }
    qsizetype size() const { return qsizetype(m_records.size()); }
    // After sort().
    bool contains(QByteArrayView id) const {
        const Record wanted{keyOf(id), nullptr};
        const std::string_view bytes(id.data(), size_t(id.size()));
        auto found = std::lower_bound(m_records.begin(), m_records.end(), wanted,
                                      [&](const Record& a, const Record& b) {
                                          return a.key != b.key ? a.key < b.key : idOf(a.bytes) < bytes;
                                      });
        return found != m_records.end() && found->key == wanted.key && idOf(found->bytes) == bytes;
    }
    // Sorted, the records are visited all over the buffer: asking for the next ones early hides the
    // cache and TLB misses that otherwise cost more than the rest of reading a record.
    void prefetch(qsizetype index) const {
        if (index < size()) {
            const char* bytes = m_records[size_t(index)].bytes;
            prefetchLine(bytes);
            prefetchLine(bytes + 64);
        }
    }
    RawContact at(qsizetype index) const {
        RawContact contact;
        const char* in = m_records[size_t(index)].bytes;
        for (QByteArrayView& field : contact.fields) {
            const qsizetype length = readLength(in);
            field = QByteArrayView(in, length);
            in += length;
        }
        return contact;
    }

private:
    static constexpr qsizetype kBlock = 4 << 20;

    static qsizetype readLength(const char*& in) {
        quint32 length = 0;
        int shift = 0;
        while (static_cast<unsigned char>(*in) & 0x80) {
            length |= quint32(static_cast<unsigned char>(*in++) & 0x7F) << shift;
            shift += 7;
        }
        length |= quint32(static_cast<unsigned char>(*in++)) << shift;
        return qsizetype(length);
    }
    static quint64 keyOf(QByteArrayView id) {
        quint64 key = 0;
        for (qsizetype i = 0; i < 8; ++i)
            key = (key << 8) | (i < id.size() ? static_cast<unsigned char>(id.at(i)) : 0u);
        return key;
    }
    static std::string_view idOf(const char* record) {
        const qsizetype length = readLength(record);
        return std::string_view(record, size_t(length));
    }

    qint64 m_budget;
    qint64 m_bytes = 0;
    std::vector<std::unique_ptr<char[]>> m_blocks;
    qsizetype m_used = 0;
    qsizetype m_capacity = 0;
    struct Record {
        quint64 key;
        const char* bytes;
    };
    std::vector<Record> m_records;
};

// The rows of one table that belong to a contact, visited in contact id order: either one ordered
// pass over the table merged with the contacts (many contacts) or a lookup per contact (a few).
class SideRows final {
public:
    bool prepare(sqlite3* handle, const char* columns, const char* table, const char* filter,
                 const char* order, bool scan) {
        m_statement = std::make_unique<Statement>(handle);
        m_scan = scan;
        QString sql = QStringLiteral("SELECT %1 FROM %2").arg(QLatin1String(columns), QLatin1String(table));
        QStringList conditions;
        if (filter)
            conditions << QLatin1String(filter);
        if (!scan)
            conditions << QStringLiteral("contact_id = ?");
        if (!conditions.isEmpty())
            sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
        QStringList ordering;
        if (scan)
            ordering << QStringLiteral("contact_id");
        if (order)
            ordering << QLatin1String(order);
        if (!ordering.isEmpty())
            sql += QStringLiteral(" ORDER BY ") + ordering.join(QStringLiteral(", "));
        if (!m_statement->prepare(sql))
            return false;
        if (scan)
            advance();
        return m_ok;
    }
    template <typename Visit> void forEach(QByteArrayView id, Visit&& visit) {
        if (!m_scan) {
            m_statement->reset();
            m_statement->bindStatic(1, id);
            int step;
            while ((step = m_statement->step()) == SQLITE_ROW)
                visit(*m_statement);
            m_ok = m_ok && step == SQLITE_DONE;
            return;
        }
        const std::string_view wanted(id.data(), size_t(id.size()));
        while (m_more && current() < wanted)
            advance();
        while (m_more && current() == wanted) {
            visit(*m_statement);
            advance();
        }
    }
    bool ok() const { return m_ok; }

private:
    std::string_view current() const {
        const QByteArrayView id = m_statement->text(0);
        return std::string_view(id.data(), size_t(id.size()));
    }
    void advance() {
        const int step = m_statement->step();
        m_more = step == SQLITE_ROW;
        m_ok = m_ok && (step == SQLITE_ROW || step == SQLITE_DONE);
    }

    std::unique_ptr<Statement> m_statement;
    bool m_scan = true;
    bool m_more = false;
    bool m_ok = true;
};

// Contacts with two or more rows in table, and how many, from one pass in contact order.
Status countRuns(sqlite3* handle, const char* table, std::vector<std::pair<int, QByteArray>>& runs,
                 const std::atomic_bool* cancel) {
    Statement ids(handle);
    if (!ids.prepare(
            QStringLiteral("SELECT contact_id FROM %1 ORDER BY contact_id").arg(QLatin1String(table))))
        return Error::make(Error::Code::Generic, QString());
    std::string previous;
    int count = 0;
    int step;
    for (qint64 n = 0; (step = ids.step()) == SQLITE_ROW; ++n) {
        if (cancel && (n % 4096) == 0 && cancel->load())
            return Error::make(Error::Code::Cancelled, QString());
        const QByteArrayView id = ids.text(0);
        const std::string_view bytes(id.data(), size_t(id.size()));
        if (count > 0 && std::string_view(previous) == bytes) {
            ++count;
            continue;
        }
        if (count >= 2)
            runs.emplace_back(count, QByteArray(previous.data(), qsizetype(previous.size())));
        previous.assign(bytes);
        count = 1;
    }
    if (count >= 2)
        runs.emplace_back(count, QByteArray(previous.data(), qsizetype(previous.size())));
    return step == SQLITE_DONE ? Status() : Error::make(Error::Code::Generic, QString());
}

int largestSelected(std::vector<std::pair<int, QByteArray>>& runs, const ContactArena& arena) {
    std::sort(runs.begin(), runs.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [count, id] : runs) {
        if (arena.contains(id))
            return count;
    }
    return 1;
}

// Live groups by id, ranked in the order a contact's groups are listed (by name, ignoring ASCII case,
// as SQLite's NOCASE does).
class GroupNames final {
public:
    bool load(sqlite3* handle) {
        Statement groups(handle);
        if (!groups.prepare(
                QStringLiteral("SELECT id, name FROM groups WHERE deleted = 0 ORDER BY name COLLATE NOCASE")))
            return false;
        int step;
        while ((step = groups.step()) == SQLITE_ROW) {
            m_ids.emplace_back(groups.text(0).toByteArray(), int(m_names.size()));
            m_names.push_back(groups.text(1).toByteArray());
        }
        std::sort(m_ids.begin(), m_ids.end());
        return step == SQLITE_DONE;
    }
    int rankOf(QByteArrayView id) const {
        const auto found =
            std::lower_bound(m_ids.begin(), m_ids.end(), id, [](const auto& entry, QByteArrayView key) {
                return QByteArrayView(entry.first) < key;
            });
        return found != m_ids.end() && QByteArrayView(found->first) == id ? found->second : -1;
    }
    const QByteArray& name(int rank) const { return m_names[size_t(rank)]; }

private:
    std::vector<std::pair<QByteArray, int>> m_ids;
    std::vector<QByteArray> m_names;
};

// Copies of the current contact's side rows: a statement's text lasts only until its next step.
class RowCopies final {
public:
    void clear() {
        m_bytes.resize(0);
        m_spans.clear();
    }
    qsizetype add(QByteArrayView text) {
        m_spans.emplace_back(m_bytes.size(), text.size());
        m_bytes.append(text.data(), text.size());
        return qsizetype(m_spans.size()) - 1;
    }
    QByteArrayView at(qsizetype index) const {
        const auto& [offset, length] = m_spans[size_t(index)];
        return QByteArrayView(m_bytes.constData() + offset, length);
    }

private:
    QByteArray m_bytes;
    std::vector<std::pair<qsizetype, qsizetype>> m_spans;
};

// Where a number's or an address's parts are among the copies.
struct PhoneCopy {
    qsizetype label, raw, e164;
    bool valid;
};
struct EmailCopy {
    qsizetype label, address;
};

} // namespace

struct ContactExportCursor::Reader {
    Reader(sqlite3* handle, const Options& options)
        : handle(handle)
        , options(options)
        , arena(options.memoryBudget)
        , contacts(handle) {}

    Error failed() const {
        return Error::make(Error::Code::Generic, CursorText::tr("Cannot read the contacts to export: %1")
                                                     .arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    }
    static Error cancelled() {
        return Error::make(Error::Code::Cancelled, CursorText::tr("The export was cancelled."));
    }
    bool cancelRequested() const { return options.cancel && options.cancel->load(); }

    sqlite3* handle;
    Options options;
    std::unique_ptr<ReadTransaction> snapshot;
    QString where;
    QVariantList values;
    ContactArena arena;
    Statement contacts;
    bool streamed = false;
    bool scan = true;
    std::set<QByteArray> customKeys;
    int maxPhones = 1;
    int maxEmails = 1;
    SideRows phoneRows, emailRows, membershipRows, optOutRows;
    GroupNames groups;

    Status status;
    qsizetype index = 0;
    RawContact current;
    RowCopies copies;
    std::vector<PhoneCopy> phoneCopies;
    std::vector<EmailCopy> emailCopies;
    std::vector<Phone> phones;
    std::vector<Email> emails;
    std::vector<int> groupRanks;
    std::vector<QByteArrayView> groupNames;
    bool optedOut = false;
};

ContactExportCursor::ContactExportCursor(Database& database)
    : m_database(database) {}

ContactExportCursor::~ContactExportCursor() = default;

Status ContactExportCursor::open(const ExportSelection& selection, const Options& options) {
    sqlite3* handle = m_database.handle();
    if (!handle)
        return Error::make(Error::Code::Generic, CursorText::tr("The SQLite driver gave no native handle."));
    m_reader = std::make_unique<Reader>(handle, options);
    Reader& r = *m_reader;
    r.snapshot = std::make_unique<ReadTransaction>(handle);
    if (!r.snapshot->status())
        return r.status = r.snapshot->status();
    r.where = selectionClause(selection, r.values);
    if (Status read = readContacts(selection); !read)
        return r.status = read;
    if (options.headerFacts) {
        if (Status facts = readHeaderFacts(); !facts)
            return r.status = facts;
    } else if (!r.streamed) {
        r.arena.sort();
    }
    return r.status = prepareSideRows();
}

// The selected contacts, read in table order (sequential pages) and sorted by id in memory: reading
// them in id order through the primary key index costs a random page visit per contact, five times
// more. Past the memory budget they are streamed in id order instead.
Status ContactExportCursor::readContacts(const ExportSelection& selection) {
    Reader& r = *m_reader;
    const QString columns = QStringLiteral(
        "SELECT c.id, c.given_name, c.middle_name, c.family_name, c.display_name, c.organization, c.notes, "
        "c.language, c.time_zone, c.custom_fields FROM contacts c WHERE %1");
    if (!r.contacts.prepare(columns.arg(r.where), r.values))
        return r.failed();
    for (qint64 n = 0;; ++n) {
        const int step = r.contacts.step();
        if (step == SQLITE_DONE)
            break;
        if (step != SQLITE_ROW)
            return r.failed();
        if ((n % 1024) == 0) {
            if (r.cancelRequested())
                return Reader::cancelled();
            if (r.options.reading && n > 0)
                r.options.reading(n);
        }
        RawContact row;
        for (int i = 0; i < kContactFields; ++i)
            row.fields[i] = r.contacts.text(i);
        if (r.options.headerFacts && row.fields[CustomFields].size() > 2) {
            const QJsonObject custom =
                QJsonDocument::fromJson(row.fields[CustomFields].toByteArray()).object();
            for (auto it = custom.begin(); it != custom.end(); ++it)
                r.customKeys.insert(it.key().toUtf8());
        }
        if (!r.arena.add(row)) {
            r.streamed = true;
            break;
        }
    }
    if (r.streamed) {
        r.arena.clear();
        r.customKeys.clear();
        if (!r.contacts.prepare(columns.arg(r.where) + QStringLiteral(" ORDER BY c.id"), r.values))
            return r.failed();
    } else if (r.options.reading) {
        r.options.reading(r.arena.size());
    }
    r.scan =
        r.streamed ||
        (selection.ids.isEmpty() && selection.groupId.isEmpty() && selection.search.trimmed().isEmpty()) ||
        r.arena.size() >= r.options.scanThreshold;
    return {};
}

// The most numbers and addresses of one contact and the custom field names, known before the first row.
Status ContactExportCursor::readHeaderFacts() {
    Reader& r = *m_reader;
    // Sorting needs no database: it runs while this thread counts numbers and addresses.
    std::thread sorter;
    if (!r.streamed)
        sorter = std::thread([&r] { r.arena.sort(); });
    auto joinSorter = qScopeGuard([&sorter] {
        if (sorter.joinable())
            sorter.join();
    });
    int maxPhones = 0, maxEmails = 0;
    if (r.streamed) {
        Statement counts(r.handle);
        if (!counts.prepare(
                QStringLiteral(
                    "SELECT (SELECT coalesce(max(n), 0) FROM (SELECT count(*) n FROM contact_phones p "
                    "JOIN contacts c ON c.id = p.contact_id WHERE %1 GROUP BY p.contact_id)), "
                    "(SELECT coalesce(max(n), 0) FROM (SELECT count(*) n FROM contact_emails e JOIN "
                    "contacts c ON c.id = e.contact_id WHERE %1 GROUP BY e.contact_id))")
                    .arg(r.where),
                r.values + r.values) ||
            counts.step() != SQLITE_ROW)
            return r.failed();
        maxPhones = counts.integer(0);
        maxEmails = counts.integer(1);
        Statement keys(r.handle);
        if (!keys.prepare(
                QStringLiteral("SELECT DISTINCT j.key FROM contacts c, json_each(c.custom_fields) j WHERE %1")
                    .arg(r.where),
                r.values))
            return r.failed();
        int step;
        while ((step = keys.step()) == SQLITE_ROW)
            r.customKeys.insert(keys.text(0).toByteArray());
        if (step != SQLITE_DONE)
            return r.failed();
    } else if (r.scan) {
        // The largest count is all the header needs, and a contact with one number or none cannot raise
        // it above one: keep the contacts with two or more, then look up the largest that is selected.
        std::vector<std::pair<int, QByteArray>> phoneRuns, emailRuns;
        for (auto [table, runs] :
             {std::pair{"contact_phones", &phoneRuns}, std::pair{"contact_emails", &emailRuns}}) {
            if (Status counted = countRuns(r.handle, table, *runs, r.options.cancel); !counted)
                return counted.error().code == Error::Code::Cancelled ? Reader::cancelled() : r.failed();
        }
        sorter.join();
        maxPhones = largestSelected(phoneRuns, r.arena);
        maxEmails = largestSelected(emailRuns, r.arena);
    } else {
        sorter.join();
        SideRows phoneIds, emailIds;
        if (!phoneIds.prepare(r.handle, "contact_id", "contact_phones", nullptr, "position", false) ||
            !emailIds.prepare(r.handle, "contact_id", "contact_emails", nullptr, "position", false))
            return r.failed();
        for (qsizetype i = 0; i < r.arena.size(); ++i) {
            if ((i % 1024) == 0 && r.cancelRequested())
                return Reader::cancelled();
            const QByteArrayView id = r.arena.at(i).fields[kId];
            int phones = 0, emails = 0;
            phoneIds.forEach(id, [&](const Statement&) { ++phones; });
            emailIds.forEach(id, [&](const Statement&) { ++emails; });
            maxPhones = std::max(maxPhones, phones);
            maxEmails = std::max(maxEmails, emails);
        }
        if (!phoneIds.ok() || !emailIds.ok())
            return r.failed();
    }
    r.maxPhones = std::max(1, maxPhones);
    r.maxEmails = std::max(1, maxEmails);
    return {};
}

// Numbers, addresses, memberships and opt-outs: for many contacts one pass over each table in contact
// order, merged with the contacts; for a few, a lookup per contact.
Status ContactExportCursor::prepareSideRows() {
    Reader& r = *m_reader;
    if (!r.phoneRows.prepare(r.handle, "contact_id, raw, e164, label, valid", "contact_phones", nullptr,
                             "position", r.scan) ||
        !r.emailRows.prepare(r.handle, "contact_id, address, label", "contact_emails", nullptr, "position",
                             r.scan) ||
        !r.membershipRows.prepare(r.handle, "contact_id, group_id", "group_members", nullptr, nullptr,
                                  r.scan) ||
        !r.optOutRows.prepare(r.handle, "contact_id", "channel_consent", "consent = 'opted_out'", nullptr,
                              r.scan) ||
        !r.groups.load(r.handle))
        return r.failed();
    return {};
}

int ContactExportCursor::maxPhones() const {
    return m_reader ? m_reader->maxPhones : 1;
}

int ContactExportCursor::maxEmails() const {
    return m_reader ? m_reader->maxEmails : 1;
}

const std::set<QByteArray>& ContactExportCursor::customFieldNames() const {
    return m_reader->customKeys;
}

const Status& ContactExportCursor::status() const {
    return m_reader->status;
}

bool ContactExportCursor::next() {
    Reader& r = *m_reader;
    if (!r.status)
        return false;
    if (r.streamed) {
        const int step = r.contacts.step();
        if (step == SQLITE_DONE)
            return false;
        if (step != SQLITE_ROW) {
            r.status = r.failed();
            return false;
        }
        for (int i = 0; i < kContactFields; ++i)
            r.current.fields[i] = r.contacts.text(i);
    } else {
        if (r.index >= r.arena.size())
            return false;
        r.arena.prefetch(r.index + 16);
        r.current = r.arena.at(r.index);
    }
    if ((r.index % 1024) == 0 && r.cancelRequested()) {
        r.status = Reader::cancelled();
        return false;
    }
    ++r.index;
    if (!readSideRows(r.current.fields[kId])) {
        r.status = r.failed();
        return false;
    }
    return true;
}

bool ContactExportCursor::readSideRows(QByteArrayView id) {
    Reader& r = *m_reader;
    r.copies.clear();
    r.phones.clear();
    r.emails.clear();
    auto& phoneAt = r.phoneCopies;
    auto& emailAt = r.emailCopies;
    phoneAt.clear();
    emailAt.clear();
    r.phoneRows.forEach(id, [&](const Statement& phone) {
        phoneAt.push_back({r.copies.add(phone.text(3)), r.copies.add(phone.text(1)),
                           r.copies.add(phone.text(2)), phone.integer(4) != 0});
    });
    r.emailRows.forEach(id, [&](const Statement& email) {
        emailAt.push_back({r.copies.add(email.text(2)), r.copies.add(email.text(1))});
    });
    // Views into the copies once they are all made: adding may move the bytes.
    for (const PhoneCopy& at : phoneAt)
        r.phones.push_back({r.copies.at(at.label), r.copies.at(at.raw), r.copies.at(at.e164), at.valid});
    for (const EmailCopy& at : emailAt)
        r.emails.push_back({r.copies.at(at.label), r.copies.at(at.address)});
    r.groupRanks.clear();
    r.membershipRows.forEach(id, [&](const Statement& membership) {
        const int rank = r.groups.rankOf(membership.text(1));
        if (rank >= 0)
            r.groupRanks.push_back(rank);
    });
    std::sort(r.groupRanks.begin(), r.groupRanks.end());
    r.groupNames.clear();
    for (int rank : r.groupRanks)
        r.groupNames.emplace_back(r.groups.name(rank));
    r.optedOut = false;
    r.optOutRows.forEach(id, [&](const Statement&) { r.optedOut = true; });
    return r.phoneRows.ok() && r.emailRows.ok() && r.membershipRows.ok() && r.optOutRows.ok();
}

QByteArrayView ContactExportCursor::field(Field field) const {
    return m_reader->current.fields[field];
}

const std::vector<ContactExportCursor::Phone>& ContactExportCursor::phones() const {
    return m_reader->phones;
}

const std::vector<ContactExportCursor::Email>& ContactExportCursor::emails() const {
    return m_reader->emails;
}

const std::vector<QByteArrayView>& ContactExportCursor::groupNames() const {
    return m_reader->groupNames;
}

bool ContactExportCursor::optedOut() const {
    return m_reader->optedOut;
}

} // namespace iq
