#pragma once

#include "shared/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <set>
#include <vector>

namespace iq {

class Database;

// Which contacts to export: all, one group, the result of a search, or chosen ids.
struct ExportSelection {
    QString groupId;
    QString search;  // matched against names, organization, numbers and e-mail addresses
    QStringList ids; // when not empty, exactly these
};

// Reads the contacts an export writes, one after the other in id order, with their numbers,
// addresses, groups and opt-out, all from one snapshot: counts, header and rows agree even while
// another process writes. Reads each table once in contact order and merges them; the contacts' own
// columns are sorted in a compact buffer (see Options::memoryBudget).
class ContactExportCursor final {
public:
    enum Field {
        Id,
        GivenName,
        MiddleName,
        FamilyName,
        DisplayName,
        Organization,
        Notes,
        Language,
        TimeZone,
        CustomFields, // a JSON object
        FieldCount
    };
    struct Phone {
        QByteArrayView label, raw, e164;
        bool valid = false;
    };
    struct Email {
        QByteArrayView label, address;
    };
    struct Options {
        // Bytes of contact text held in memory to sort the contacts by id (about 60 a contact). Past
        // it the contacts are read in id order from the index instead: the same rows, five times slower.
        qint64 memoryBudget = qint64(512) << 20;
        // Selections of at least this many contacts read numbers, addresses and groups in one pass over
        // each table; smaller ones look them up per contact.
        qint64 scanThreshold = 20000;
        // Find the most numbers and addresses of one contact and every custom field name before the
        // first contact (what a CSV header needs).
        bool headerFacts = false;
        // Called with the number of selected contacts read so far, every 1024 contacts and once all are
        // read.
        std::function<void(qint64 read)> reading;
        const std::atomic_bool* cancel = nullptr;
    };

    explicit ContactExportCursor(Database& database);
    ~ContactExportCursor();
    Q_DISABLE_COPY_MOVE(ContactExportCursor)

    // Takes the snapshot and reads the selected contacts (and the header facts when asked for).
    Status open(const ExportSelection& selection, const Options& options);

    // With Options::headerFacts: at least 1 each, and the custom field names in byte order.
    int maxPhones() const;
    int maxEmails() const;
    const std::set<QByteArray>& customFieldNames() const;

    // Moves to the next contact: false after the last one, or on an error or a cancel (status()).
    bool next();
    const Status& status() const;

    // The current contact's data, valid until the next call of next().
    QByteArrayView field(Field field) const;
    const std::vector<Phone>& phones() const;
    const std::vector<Email>& emails() const;
    const std::vector<QByteArrayView>& groupNames() const; // as the contact list sorts them
    bool optedOut() const;

private:
    struct Reader;
    Status readContacts(const ExportSelection& selection);
    Status readHeaderFacts();
    Status prepareSideRows();
    bool readSideRows(QByteArrayView id);

    Database& m_database;
    std::unique_ptr<Reader> m_reader;
};

} // namespace iq
