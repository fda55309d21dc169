#include "core/import/ContactExporter.h"

#include "core/csv/CsvBytes.h"
#include "core/csv/CsvWriter.h"
#include "core/store/Database.h"
#include "shared/domain/Contact.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace iq {

// The translation context of this file's messages: lupdate files ContactExporterText::tr() calls under it,
// and the same context is asked for at run time.
class ContactExporterText final {
    Q_DECLARE_TR_FUNCTIONS(iq::ContactExporter)
};
namespace {

struct ExportedContact {
    Contact contact;
    QStringList groups;
    bool optedOut = false;
};

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

QString fold(const QString& name, const QString& value) {
    return name + QLatin1Char(':') + value;
}

QString typeParam(const QString& label) {
    if (label.isEmpty())
        return {};
    const QString type = label == QLatin1String("mobile") ? QStringLiteral("cell") : label;
    bool plain = true;
    for (QChar c : type) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
            plain = false;
    }
    return QStringLiteral(";TYPE=") +
           (plain ? type : QLatin1Char('"') + QString(type).remove(QLatin1Char('"')) + QLatin1Char('"'));
}

// A read transaction around the whole export unless the caller already holds one.
class ReadTransaction final {
public:
    explicit ReadTransaction(sqlite3* handle)
        : m_handle(handle) {
        if (!sqlite3_get_autocommit(handle))
            return;
        if (sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
            m_status = Error::make(Error::Code::Generic,
                                   ContactExporterText::tr("Cannot read the contacts to export: %1")
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

enum ContactField {
    kId,
    kGivenName,
    kMiddleName,
    kFamilyName,
    kDisplayName,
    kOrganization,
    kNotes,
    kLanguage,
    kTimeZone,
    kCustom,
    kContactFields
};

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

// Collects the output in raw memory and hands it to the device a megabyte at a time. A file gets
// its megabytes on a second thread: the copy into the file then overlaps reading the next rows, and
// only one thread uses the file at a time (the writer, until finish() returns). Other devices (a
// buffer, a socket) may be tied to their thread and are written on the caller's.
class OutputBuffer final {
public:
    explicit OutputBuffer(QIODevice* device)
        : m_device(device)
        , m_threaded(qobject_cast<QFileDevice*>(device) != nullptr)
        , m_filling(kChunk * 2) {}
    ~OutputBuffer() { stopWriter(); }
    Q_DISABLE_COPY_MOVE(OutputBuffer)

    // Room for size more bytes at the returned pointer; advance() past what was written.
    char* room(qsizetype size) {
        if (m_filling.size + size > m_filling.capacity) {
            if (m_filling.size > 0)
                handOff();
            if (size > m_filling.capacity)
                m_filling = Chunk(size * 2);
        }
        return m_filling.data.get() + m_filling.size;
    }
    void advance(const char* end) { m_filling.size = end - m_filling.data.get(); }
    void append(QByteArrayView bytes) {
        char* out = room(bytes.size());
        if (!bytes.isEmpty())
            std::memcpy(out, bytes.data(), size_t(bytes.size()));
        advance(out + bytes.size());
    }
    void cell(QByteArrayView cell, bool neutralize) {
        advance(CsvBytes::writeCell(room(CsvBytes::maxCellSize(cell.size())), cell, ',', neutralize));
    }
    // Why the first write failed. A QSaveFile refuses every write after a failed one with no reason of
    // its own ("Unknown error"), and the writer thread may have tried again; the first reason is kept.
    QString errorString() {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_error.isEmpty() ? m_device->errorString() : m_error;
    }
    // False once a write failed.
    bool flushIfFull() { return m_filling.size < kChunk ? !failed() : handOff(); }
    // Writes the rest and waits for the writer; true when every byte reached the device.
    bool finish() {
        if (!m_writer.joinable()) {
            if (!m_failed && m_filling.size > 0)
                noteWrite(writeAll(m_filling));
            m_filling.size = 0;
            return !m_failed;
        }
        if (m_filling.size > 0)
            handOff();
        stopWriter();
        return !m_failed;
    }

private:
    static constexpr qsizetype kChunk = 1 << 20;
    struct Chunk {
        Chunk() = default;
        explicit Chunk(qsizetype bytes)
            : data(new char[size_t(bytes)])
            , capacity(bytes) {}
        std::unique_ptr<char[]> data;
        qsizetype capacity = 0;
        qsizetype size = 0;
    };

    bool failed() {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_failed;
    }
    // A file system that fills up during a write takes part of it and reports no error; the next write
    // fails with the reason (ENOSPC), so the rest is written until everything is in or a write fails.
    bool writeAll(const Chunk& chunk) {
        const char* data = chunk.data.get();
        qint64 left = chunk.size;
        while (left > 0) {
            const qint64 written = m_device->write(data, left);
            if (written <= 0)
                return false;
            data += written;
            left -= written;
        }
        return true;
    }
    // A write on the caller's thread (no writer thread is running then).
    void noteWrite(bool ok) {
        if (ok || m_failed)
            return;
        m_failed = true;
        m_error = m_device->errorString();
    }
    bool handOff() {
        if (!m_threaded) {
            if (!m_failed)
                noteWrite(writeAll(m_filling));
            m_filling.size = 0;
            return !m_failed;
        }
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_busy; });
        if (m_failed)
            return false;
        if (!m_spare.data)
            m_spare = Chunk(m_filling.capacity);
        std::swap(m_pending, m_filling);
        std::swap(m_filling, m_spare);
        m_filling.size = 0;
        m_busy = true;
        if (!m_writer.joinable())
            m_writer = std::thread([this] { writeLoop(); });
        m_changed.notify_all();
        return true;
    }
    void writeLoop() {
        std::unique_lock<std::mutex> lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [this] { return m_busy || m_stop; });
            if (!m_busy)
                return;
            lock.unlock();
            const bool ok = writeAll(m_pending);
            const QString error = ok ? QString() : m_device->errorString();
            lock.lock();
            if (!ok && !m_failed) {
                m_failed = true;
                m_error = error;
            }
            // The written chunk becomes the spare the next hand-off fills.
            std::swap(m_spare, m_pending);
            m_spare.size = 0;
            m_busy = false;
            m_changed.notify_all();
        }
    }
    void stopWriter() {
        if (!m_writer.joinable())
            return;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_busy; });
            m_stop = true;
            m_changed.notify_all();
        }
        m_writer.join();
    }

    QIODevice* m_device;
    bool m_threaded;
    Chunk m_filling;
    Chunk m_pending;
    Chunk m_spare;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::thread m_writer;
    bool m_busy = false;
    bool m_stop = false;
    bool m_failed = false;
    QString m_error;
};

// The card of one contact, as vCard 4.0 with CRLF line ends.
void appendVCard(QByteArray& card, const ExportedContact& item) {
    const Contact& contact = item.contact;
    auto line = [&](const QString& text) {
        card += ContactExporter::foldVCardLine(text);
    };
    auto escape = [](const QString& text) {
        return ContactExporter::vcardEscape(text);
    };
    card += "BEGIN:VCARD\r\nVERSION:4.0\r\n";
    line(fold(QStringLiteral("UID"), QStringLiteral("urn:uuid:") + contact.id));
    line(fold(QStringLiteral("FN"), escape(contact.shownName())));
    line(fold(QStringLiteral("N"), escape(contact.familyName) + QLatin1Char(';') + escape(contact.givenName) +
                                       QLatin1Char(';') + escape(contact.middleName) + QStringLiteral(";;")));
    if (!contact.organization.isEmpty())
        line(fold(QStringLiteral("ORG"), escape(contact.organization)));
    for (const ContactPhone& phone : contact.phones) {
        line(phone.valid
                 ? fold(QStringLiteral("TEL;VALUE=uri") + typeParam(phone.label),
                        QStringLiteral("tel:") + phone.e164)
                 : fold(QStringLiteral("TEL;VALUE=text") + typeParam(phone.label), escape(phone.raw)));
    }
    for (const ContactEmail& email : contact.emails)
        line(fold(QStringLiteral("EMAIL") + typeParam(email.label), escape(email.address)));
    if (!item.groups.isEmpty()) {
        QStringList escaped;
        for (const QString& group : item.groups)
            escaped << escape(group);
        line(fold(QStringLiteral("CATEGORIES"), escaped.join(QLatin1Char(','))));
    }
    if (!contact.notes.isEmpty())
        line(fold(QStringLiteral("NOTE"), escape(contact.notes)));
    if (!contact.language.isEmpty())
        line(fold(QStringLiteral("LANG"), escape(contact.language)));
    if (!contact.timeZone.isEmpty())
        line(fold(QStringLiteral("TZ;VALUE=text"), escape(contact.timeZone)));
    for (auto it = contact.customFields.cbegin(); it != contact.customFields.cend(); ++it)
        line(fold(QStringLiteral("X-IQ-CUSTOM-FIELD;X-NAME=\"") + QString(it.key()).remove(QLatin1Char('"')) +
                      QLatin1Char('"'),
                  escape(it.value().toString())));
    if (item.optedOut)
        card += "X-IQ-OPTED-OUT:yes\r\n";
    card += "END:VCARD\r\n";
}

} // namespace

ContactExporter::ContactExporter(Database& database)
    : m_database(database) {}

QString ContactExporter::vcardEscape(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';'))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
            continue;
        }
        if (c == QLatin1Char('\r'))
            continue;
        out += c;
    }
    return out;
}

QByteArray ContactExporter::foldVCardLine(const QString& line) {
    // RFC 6350 3.2: lines longer than 75 octets are folded, never inside a UTF-8 sequence.
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    int limit = 75;
    while (bytes.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (static_cast<unsigned char>(bytes.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += bytes.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74;
    }
    out += bytes.mid(start) + "\r\n";
    return out;
}

Result<qint64> ContactExporter::exportToFile(const QString& path, const ExportSelection& selection,
                                             const Options& options, const std::atomic_bool* cancel) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Code::Io,
                           ContactExporterText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    auto written = exportTo(&file, selection, options, cancel);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Error::make(Error::Code::Io,
                           ContactExporterText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return written;
}

Result<qint64> ContactExporter::exportTo(QIODevice* device, const ExportSelection& selection,
                                         const Options& options, const std::atomic_bool* cancel) {
    sqlite3* handle = m_database.handle();
    if (!handle)
        return Error::make(Error::Code::Generic,
                           ContactExporterText::tr("The SQLite driver gave no native handle."));
    // Every cursor below reads the same snapshot: counts, header and rows agree even while another
    // process writes.
    ReadTransaction snapshot(handle);
    if (!snapshot.status())
        return snapshot.status().error();

    QVariantList values;
    const QString where = selectionClause(selection, values);
    auto failed = [&] {
        return Error::make(Error::Code::Generic,
                           ContactExporterText::tr("Cannot read the contacts to export: %1")
                               .arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    };
    auto cancelled = [] {
        return Error::make(Error::Code::Cancelled, ContactExporterText::tr("The export was cancelled."));
    };
    const bool csvFormat = options.format == Format::Csv;
    // IQ_EXPORT_TIMING=1 prints where a run's time went (bench/bench_export).
    const bool timing = qEnvironmentVariableIsSet("IQ_EXPORT_TIMING");
    QElapsedTimer clock;
    clock.start();
    auto threadCpu = [] {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    };
    double cpuStart = threadCpu();
    auto lap = [&](const char* phase) {
        if (timing) {
            const double cpu = threadCpu();
            std::fprintf(stderr, "  export %s: %.2f s (this thread's CPU %.2f s)\n", phase,
                         double(clock.nsecsElapsed()) / 1e9, cpu - cpuStart);
            cpuStart = cpu;
        }
        clock.restart();
    };

    // The selected contacts, read in table order (sequential pages) and sorted by id in memory: reading
    // them in id order through the primary key index costs a random page visit per contact, five times
    // more. Past a memory budget they are streamed in id order instead.
    ContactArena arena(options.memoryBudget);
    Statement contacts(handle);
    if (!contacts.prepare(QStringLiteral("SELECT c.id, c.given_name, c.middle_name, c.family_name, "
                                         "c.display_name, c.organization, c.notes, c.language, c.time_zone, "
                                         "c.custom_fields FROM contacts c WHERE %1")
                              .arg(where),
                          values))
        return failed();
    std::set<QByteArray> customKeys;
    bool streamed = false;
    for (qint64 n = 0;; ++n) {
        const int step = contacts.step();
        if (step == SQLITE_DONE)
            break;
        if (step != SQLITE_ROW)
            return failed();
        if ((n % 1024) == 0) {
            if (cancel && cancel->load())
                return cancelled();
            if (options.reading && n > 0)
                options.reading(n);
        }
        RawContact row;
        for (int i = 0; i < kContactFields; ++i)
            row.fields[i] = contacts.text(i);
        if (csvFormat && row.fields[kCustom].size() > 2) {
            const QJsonObject custom = QJsonDocument::fromJson(row.fields[kCustom].toByteArray()).object();
            for (auto it = custom.begin(); it != custom.end(); ++it)
                customKeys.insert(it.key().toUtf8());
        }
        if (!arena.add(row)) {
            streamed = true;
            break;
        }
    }
    if (streamed) {
        arena.clear();
        customKeys.clear();
        if (!contacts.prepare(QStringLiteral("SELECT c.id, c.given_name, c.middle_name, c.family_name, "
                                             "c.display_name, c.organization, c.notes, c.language, "
                                             "c.time_zone, c.custom_fields FROM contacts c WHERE %1 ORDER BY "
                                             "c.id")
                                  .arg(where),
                              values))
            return failed();
    }
    if (options.reading && !streamed)
        options.reading(arena.size());
    lap("reading contacts");
    // Sorting needs no database: it runs while this thread counts numbers and addresses below.
    std::thread sorter;
    if (!streamed)
        sorter = std::thread([&arena] { arena.sort(); });
    auto joinSorter = qScopeGuard([&sorter] {
        if (sorter.joinable())
            sorter.join();
    });

    // Numbers, addresses, memberships and opt-outs: for many contacts one pass over each table in
    // contact order, merged with the contacts; for a few, a lookup per contact.
    const bool scan =
        streamed ||
        (selection.ids.isEmpty() && selection.groupId.isEmpty() && selection.search.trimmed().isEmpty()) ||
        arena.size() >= options.scanThreshold;
    auto sideTable = [&](SideRows& rows, const char* columns, const char* table, const char* filter,
                         const char* order) {
        return rows.prepare(handle, columns, table, filter, order, scan);
    };

    // Column counts and custom field names first, so the CSV header is known before the rows.
    int maxPhones = 0, maxEmails = 0;
    if (csvFormat && streamed) {
        Statement counts(handle);
        if (!counts.prepare(
                QStringLiteral(
                    "SELECT (SELECT coalesce(max(n), 0) FROM (SELECT count(*) n FROM contact_phones p "
                    "JOIN contacts c ON c.id = p.contact_id WHERE %1 GROUP BY p.contact_id)), "
                    "(SELECT coalesce(max(n), 0) FROM (SELECT count(*) n FROM contact_emails e JOIN "
                    "contacts c ON c.id = e.contact_id WHERE %1 GROUP BY e.contact_id))")
                    .arg(where),
                values + values) ||
            counts.step() != SQLITE_ROW)
            return failed();
        maxPhones = counts.integer(0);
        maxEmails = counts.integer(1);
        Statement keys(handle);
        if (!keys.prepare(
                QStringLiteral("SELECT DISTINCT j.key FROM contacts c, json_each(c.custom_fields) j "
                               "WHERE %1")
                    .arg(where),
                values))
            return failed();
        int step;
        while ((step = keys.step()) == SQLITE_ROW)
            customKeys.insert(keys.text(0).toByteArray());
        if (step != SQLITE_DONE)
            return failed();
    } else if (csvFormat && scan) {
        // The largest count is all the header needs, and a contact with one number or none cannot raise
        // it above one: keep the contacts with two or more, then look up the largest that is selected.
        std::vector<std::pair<int, QByteArray>> phoneRuns, emailRuns;
        if (Status counted = countRuns(handle, "contact_phones", phoneRuns, cancel); !counted)
            return counted.error().code == Error::Code::Cancelled ? cancelled() : failed();
        if (Status counted = countRuns(handle, "contact_emails", emailRuns, cancel); !counted)
            return counted.error().code == Error::Code::Cancelled ? cancelled() : failed();
        sorter.join();
        maxPhones = largestSelected(phoneRuns, arena);
        maxEmails = largestSelected(emailRuns, arena);
    } else if (csvFormat) {
        sorter.join();
        SideRows phoneIds, emailIds;
        if (!sideTable(phoneIds, "contact_id", "contact_phones", nullptr, "position") ||
            !sideTable(emailIds, "contact_id", "contact_emails", nullptr, "position"))
            return failed();
        for (qsizetype i = 0; i < arena.size(); ++i) {
            if (cancel && (i % 1024) == 0 && cancel->load())
                return cancelled();
            const QByteArrayView id = arena.at(i).fields[kId];
            int phones = 0, emails = 0;
            phoneIds.forEach(id, [&](const Statement&) { ++phones; });
            emailIds.forEach(id, [&](const Statement&) { ++emails; });
            maxPhones = std::max(maxPhones, phones);
            maxEmails = std::max(maxEmails, emails);
        }
        if (!phoneIds.ok() || !emailIds.ok())
            return failed();
    }
    if (sorter.joinable())
        sorter.join();
    lap("counting numbers and addresses, sorting");
    maxPhones = std::max(1, maxPhones);
    maxEmails = std::max(1, maxEmails);

    SideRows phones, emails, memberships, optOuts;
    if (!sideTable(phones, "contact_id, raw, e164, label, valid", "contact_phones", nullptr, "position") ||
        !sideTable(emails, "contact_id, address, label", "contact_emails", nullptr, "position") ||
        !sideTable(memberships, "contact_id, group_id", "group_members", nullptr, nullptr) ||
        !sideTable(optOuts, "contact_id", "channel_consent", "consent = 'opted_out'", nullptr))
        return failed();
    GroupNames groupNames;
    if (!groupNames.load(handle))
        return failed();

    OutputBuffer out(device);
    if (csvFormat) {
        CsvWriter::Options csvOptions;
        csvOptions.neutralizeFormulas = options.spreadsheetSafe;
        CsvWriter csv(device, csvOptions);
        QStringList header = {QStringLiteral("IQ ID"),        QStringLiteral("First Name"),
                              QStringLiteral("Middle Name"),  QStringLiteral("Last Name"),
                              QStringLiteral("Display Name"), QStringLiteral("Organization")};
        for (int i = 1; i <= maxPhones; ++i)
            header << QStringLiteral("Phone %1 - Label").arg(i) << QStringLiteral("Phone %1 - Value").arg(i);
        for (int i = 1; i <= maxEmails; ++i)
            header << QStringLiteral("E-mail %1 - Label").arg(i)
                   << QStringLiteral("E-mail %1 - Value").arg(i);
        header << QStringLiteral("Groups") << QStringLiteral("Notes") << QStringLiteral("Language")
               << QStringLiteral("Time Zone") << QStringLiteral("Opted Out");
        for (const QByteArray& key : customKeys)
            header << QString::fromUtf8(key);
        if (!csv.writeRow(header))
            return Error::make(
                Error::Code::Io,
                ContactExporterText::tr("Cannot write the export: %1").arg(device->errorString()));
    }
    QStringList customKeyList;
    for (const QByteArray& key : customKeys)
        customKeyList << QString::fromUtf8(key);

    const bool neutralize = options.spreadsheetSafe;
    std::vector<int> groupRanks;
    QByteArray joined, card;
    qint64 written = 0;
    for (qsizetype index = 0;; ++index) {
        RawContact contact;
        if (streamed) {
            const int step = contacts.step();
            if (step == SQLITE_DONE)
                break;
            if (step != SQLITE_ROW)
                return failed();
            for (int i = 0; i < kContactFields; ++i)
                contact.fields[i] = contacts.text(i);
        } else {
            if (index >= arena.size())
                break;
            arena.prefetch(index + 16);
            contact = arena.at(index);
        }
        if (cancel && cancel->load() && (written % 1024) == 0)
            return cancelled();
        const QByteArrayView id = contact.fields[kId];
        groupRanks.clear();
        bool optedOut = false;
        if (csvFormat) {
            for (int i = kId; i <= kOrganization; ++i) {
                if (i != kId)
                    out.append(",");
                out.cell(contact.fields[i], neutralize);
            }
            int count = 0;
            phones.forEach(id, [&](const Statement& phone) {
                if (count++ >= maxPhones)
                    return;
                out.append(",");
                out.cell(phone.text(3), neutralize);
                out.append(",");
                out.cell(phone.text(1), neutralize);
            });
            for (int i = count; i < maxPhones; ++i)
                out.append(",,");
            count = 0;
            emails.forEach(id, [&](const Statement& email) {
                if (count++ >= maxEmails)
                    return;
                out.append(",");
                out.cell(email.text(2), neutralize);
                out.append(",");
                out.cell(email.text(1), neutralize);
            });
            for (int i = count; i < maxEmails; ++i)
                out.append(",,");
            memberships.forEach(id, [&](const Statement& membership) {
                const int rank = groupNames.rankOf(membership.text(1));
                if (rank >= 0)
                    groupRanks.push_back(rank);
            });
            std::sort(groupRanks.begin(), groupRanks.end());
            joined.resize(0);
            for (size_t i = 0; i < groupRanks.size(); ++i) {
                if (i)
                    joined += " ::: ";
                joined += groupNames.name(groupRanks[i]);
            }
            optOuts.forEach(id, [&](const Statement&) { optedOut = true; });
            out.append(",");
            out.cell(joined, neutralize);
            for (int i : {kNotes, kLanguage, kTimeZone}) {
                out.append(",");
                out.cell(contact.fields[i], neutralize);
            }
            out.append(optedOut ? ",yes" : ",");
            if (!customKeyList.isEmpty()) {
                QVariantMap custom;
                if (contact.fields[kCustom].size() > 2)
                    custom = QJsonDocument::fromJson(contact.fields[kCustom].toByteArray())
                                 .object()
                                 .toVariantMap();
                for (const QString& key : std::as_const(customKeyList)) {
                    out.append(",");
                    out.cell(custom.value(key).toString().toUtf8(), neutralize);
                }
            }
            out.append("\r\n");
        } else {
            ExportedContact item;
            Contact& c = item.contact;
            c.id = QString::fromUtf8(id);
            c.givenName = QString::fromUtf8(contact.fields[kGivenName]);
            c.middleName = QString::fromUtf8(contact.fields[kMiddleName]);
            c.familyName = QString::fromUtf8(contact.fields[kFamilyName]);
            c.displayName = QString::fromUtf8(contact.fields[kDisplayName]);
            c.organization = QString::fromUtf8(contact.fields[kOrganization]);
            c.notes = QString::fromUtf8(contact.fields[kNotes]);
            c.language = QString::fromUtf8(contact.fields[kLanguage]);
            c.timeZone = QString::fromUtf8(contact.fields[kTimeZone]);
            if (contact.fields[kCustom].size() > 2)
                c.customFields =
                    QJsonDocument::fromJson(contact.fields[kCustom].toByteArray()).object().toVariantMap();
            phones.forEach(id, [&](const Statement& phone) {
                c.phones.append({QString::fromUtf8(phone.text(1)), QString::fromUtf8(phone.text(2)),
                                 QString(), QString::fromUtf8(phone.text(3)), phone.integer(4) != 0});
            });
            emails.forEach(id, [&](const Statement& email) {
                c.emails.append({QString::fromUtf8(email.text(1)), QString::fromUtf8(email.text(2))});
            });
            memberships.forEach(id, [&](const Statement& membership) {
                const int rank = groupNames.rankOf(membership.text(1));
                if (rank >= 0)
                    groupRanks.push_back(rank);
            });
            std::sort(groupRanks.begin(), groupRanks.end());
            for (int rank : groupRanks)
                item.groups << QString::fromUtf8(groupNames.name(rank));
            optOuts.forEach(id, [&](const Statement&) { item.optedOut = true; });
            card.resize(0);
            appendVCard(card, item);
            out.append(card);
        }
        if (!phones.ok() || !emails.ok() || !memberships.ok() || !optOuts.ok())
            return failed();
        if (!out.flushIfFull())
            return Error::make(Error::Code::Io,
                               ContactExporterText::tr("Cannot write the export: %1").arg(out.errorString()));
        ++written;
        if (options.progress && (written % 1024) == 0)
            options.progress(written);
    }
    if (!out.finish())
        return Error::make(Error::Code::Io,
                           ContactExporterText::tr("Cannot write the export: %1").arg(out.errorString()));
    lap("writing rows");
    if (options.progress)
        options.progress(written);
    return written;
}

} // namespace iq
