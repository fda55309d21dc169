#pragma once

#include "shared/domain/Consent.h"
#include "shared/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <array>
#include <cstring>
#include <functional>

struct sqlite3_stmt;

namespace iq {

class Database;

// A contact id (its UTF-8 bytes) as the key of a large hash: ids are UUIDs, so a plain multiplicative
// hash of their bytes spreads them as well as Qt's keyed hash of QByteArray, at a fraction of its cost
// (an audience looks up every membership, contact row and number).
struct ContactKey {
    QByteArray id;
    bool operator==(const ContactKey& other) const { return id == other.id; }
};
inline size_t qHash(const ContactKey& key, size_t seed = 0) noexcept {
    quint64 hash = 0xcbf29ce484222325ull ^ seed;
    const char* bytes = key.id.constData();
    qsizetype left = key.id.size();
    for (; left >= 8; left -= 8, bytes += 8) {
        quint64 word;
        std::memcpy(&word, bytes, 8);
        hash = (hash ^ word) * 0x100000001b3ull;
        hash ^= hash >> 29;
    }
    for (; left > 0; --left, ++bytes)
        hash = (hash ^ quint8(*bytes)) * 0x100000001b3ull;
    return size_t(hash ^ (hash >> 32));
}
// Contact id -> position in an audience.
using ContactPositions = QHash<ContactKey, int>;

// What deciding a campaign's recipients reads from the profile, in bulk: the members of groups, the
// contacts' rows, their numbers and addresses, channel consents and the addresses opted out of a
// channel. A few statements for any size of audience and no query per contact: when the audience is a
// large part of the profile the tables are read in one pass each and rows outside it skipped; when it
// is a small part, each member is looked up by id with one prepared statement.
//
// Values come as SQLite's UTF-8 (QByteArrayView), valid only during the visit; ids are the wanted
// map's positions. Uses SQLite's API directly, like AudienceRows, for the same reason: no QVariant or
// UTF-16 copy per value.
class CampaignAudienceReader final {
public:
    // The contact columns a campaign's rendering may use, with the contact's own time zone.
    enum Column {
        Id,
        GivenName,
        MiddleName,
        FamilyName,
        ListName,
        Organization,
        CustomFields,
        Phone,
        Email,
        TimeZone,
        ColumnCount
    };
    struct ContactRow {
        int position = -1; // in the wanted map
        std::array<QByteArrayView, ColumnCount> text;
    };

    explicit CampaignAudienceReader(Database& database)
        : m_database(database) {}

    // The live group's name; NotFound when there is none.
    Result<QString> groupName(const QString& groupId);
    // The members of a group, in the order of their ids, with their consent in the group. A deleted
    // contact has no memberships.
    Status forEachMember(const QString& groupId,
                         const std::function<void(QByteArrayView contactId, ConsentState consent)>& visit);
    // The number of live contacts (kept by the schema, not counted).
    Result<int> liveContacts();
    // Whether the live contact exists.
    Result<bool> contactExists(const QString& contactId);

    // wanted: contact id (UTF-8) -> position. columns: bit i set reads Column i (Id and TimeZone are
    // always read).
    Status forEachContact(const ContactPositions& wanted, unsigned columns,
                          const std::function<void(const ContactRow& row)>& visit);
    // Numbers in their order per contact.
    Status forEachPhone(
        const ContactPositions& wanted,
        const std::function<void(int position, QByteArrayView e164, QByteArrayView type, bool valid)>& visit);
    Status forEachEmail(const ContactPositions& wanted,
                        const std::function<void(int position, QByteArrayView address)>& visit);
    // The channel consents of the wanted contacts that are not unknown.
    Status forEachChannelConsent(const ContactPositions& wanted, Channel channel,
                                 const std::function<void(int position, ConsentState consent)>& visit);
    // Every number (E.164) or e-mail address of a contact anywhere in the profile who opted out of the
    // channel: no one else may be messaged there either.
    Status forEachOptedOutAddress(Channel channel, const std::function<void(QByteArrayView address)>& visit);

private:
    // One pass over the table, or a lookup per wanted id: whichever reads less.
    Result<bool> scanWhole(const ContactPositions& wanted);
    Status run(const QByteArray& scanSql, const QByteArray& lookupSql, const ContactPositions& wanted,
               const std::function<void(sqlite3_stmt*, int position)>& visit, const QString& bind = {});
    Status failed(const QString& what) const;

    Database& m_database;
    int m_liveContacts = -1;
};

} // namespace iq
