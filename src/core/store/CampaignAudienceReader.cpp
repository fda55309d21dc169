#include "core/store/CampaignAudienceReader.h"

#include "core/store/Database.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <memory>

namespace iq {

// The translation context of this file's messages.
class CampaignAudienceReaderText final {
    Q_DECLARE_TR_FUNCTIONS(iq::CampaignAudienceReader)
};

namespace {

constexpr const char* kColumnSql[CampaignAudienceReader::ColumnCount] = {
    "id",           "given_name",    "middle_name",   "family_name",   "list_name",
    "organization", "custom_fields", "primary_phone", "primary_email", "time_zone"};

// A lookup per id costs about this many rows of a scan over the whole table.
constexpr int kLookupCostInRows = 8;

QByteArrayView textOf(sqlite3_stmt* statement, int column) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    return QByteArrayView(text, text ? sqlite3_column_bytes(statement, column) : 0);
}

ConsentState consentOf(QByteArrayView text) {
    if (text == "opted_out")
        return ConsentState::OptedOut;
    if (text == "opted_in")
        return ConsentState::OptedIn;
    if (text == "pending")
        return ConsentState::Pending;
    return ConsentState::Unknown;
}

int positionOf(const ContactPositions& wanted, QByteArrayView id) {
    // No copy of the id: the key only lives for the lookup.
    return wanted.value(ContactKey{QByteArray::fromRawData(id.data(), id.size())}, -1);
}

using Statement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)>;

} // namespace

Status CampaignAudienceReader::failed(const QString& what) const {
    sqlite3* handle = m_database.handle();
    return Error::make(Error::Code::Generic,
                       QStringLiteral("%1: %2").arg(
                           what, handle ? QString::fromUtf8(sqlite3_errmsg(handle))
                                        : CampaignAudienceReaderText::tr("the database is not open")));
}

Result<QString> CampaignAudienceReader::groupName(const QString& groupId) {
    auto group =
        m_database.exec(QStringLiteral("SELECT name FROM groups WHERE id = ? AND deleted = 0"), {groupId});
    if (!group)
        return group.error();
    if (!group.value().next())
        return Error::make(
            Error::Code::NotFound,
            CampaignAudienceReaderText::tr("There is no group with the id \"%1\".").arg(groupId));
    return group.value().value(0).toString();
}

Result<bool> CampaignAudienceReader::contactExists(const QString& contactId) {
    auto found =
        m_database.exec(QStringLiteral("SELECT 1 FROM contacts WHERE id = ? AND deleted = 0"), {contactId});
    if (!found)
        return found.error();
    return found.value().next();
}

Status CampaignAudienceReader::forEachMember(const QString& groupId,
                                             const std::function<void(QByteArrayView, ConsentState)>& visit) {
    // The primary key's own order, one range of it: no sort, no lookup. A deleted contact has no
    // memberships left (deleting removes them); its row is not read later either.
    return run(
        "SELECT contact_id, consent FROM group_members WHERE group_id = ?1", {}, {},
        [&](sqlite3_stmt* s, int) { visit(textOf(s, 0), consentOf(textOf(s, 1))); }, groupId);
}

Result<int> CampaignAudienceReader::liveContacts() {
    if (m_liveContacts < 0) {
        auto counted = m_database.exec(QStringLiteral("SELECT live FROM contact_counts WHERE id = 1"));
        if (!counted)
            return counted.error();
        m_liveContacts = counted.value().next() ? counted.value().value(0).toInt() : 0;
    }
    return m_liveContacts;
}

Result<bool> CampaignAudienceReader::scanWhole(const ContactPositions& wanted) {
    auto live = liveContacts();
    if (!live)
        return live.error();
    return qint64(wanted.size()) * kLookupCostInRows >= live.value();
}

Status CampaignAudienceReader::run(const QByteArray& scanSql, const QByteArray& lookupSql,
                                   const ContactPositions& wanted,
                                   const std::function<void(sqlite3_stmt*, int)>& visit,
                                   const QString& bind) {
    sqlite3* handle = m_database.handle();
    if (!handle)
        return failed(CampaignAudienceReaderText::tr("Reading the audience"));
    bool scan = !scanSql.isEmpty();
    if (scan && !lookupSql.isEmpty()) {
        auto whole = scanWhole(wanted);
        if (!whole)
            return whole.error();
        scan = whole.value();
    }
    const QByteArray& sql = scan ? scanSql : lookupSql;
    sqlite3_stmt* prepared = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &prepared, nullptr) != SQLITE_OK) {
        sqlite3_finalize(prepared);
        return failed(CampaignAudienceReaderText::tr("Reading the audience"));
    }
    const Statement statement(prepared, sqlite3_finalize);
    auto step = [&](int fixedPosition) -> Status {
        int result = SQLITE_ROW;
        while ((result = sqlite3_step(prepared)) == SQLITE_ROW) {
            int position = fixedPosition;
            if (position < 0 && !wanted.isEmpty()) {
                position = positionOf(wanted, textOf(prepared, 0));
                if (position < 0)
                    continue;
            }
            visit(prepared, position);
        }
        return result == SQLITE_DONE ? Status()
                                     : failed(CampaignAudienceReaderText::tr("Reading the audience"));
    };
    if (scan) {
        if (!bind.isEmpty())
            sqlite3_bind_text16(prepared, 1, bind.utf16(), int(bind.size() * 2), SQLITE_TRANSIENT);
        return step(-1);
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        sqlite3_reset(prepared);
        sqlite3_bind_text(prepared, 1, it.key().id.constData(), int(it.key().id.size()), SQLITE_STATIC);
        if (!bind.isEmpty())
            sqlite3_bind_text16(prepared, 2, bind.utf16(), int(bind.size() * 2), SQLITE_TRANSIENT);
        if (Status stepped = step(it.value()); !stepped)
            return stepped;
    }
    return {};
}

Status CampaignAudienceReader::forEachContact(const ContactPositions& wanted, unsigned columns,
                                              const std::function<void(const ContactRow&)>& visit) {
    columns |= (1u << Id) | (1u << TimeZone);
    std::array<int, ColumnCount> resultColumn;
    resultColumn.fill(-1);
    QByteArray select = "SELECT ";
    int selected = 0;
    for (int i = 0; i < ColumnCount; ++i) {
        if (!(columns & (1u << i)))
            continue;
        if (selected > 0)
            select += ", ";
        select += kColumnSql[i];
        resultColumn[i] = selected++;
    }
    select += " FROM contacts WHERE deleted = 0";
    ContactRow row;
    return run(select, select + " AND id = ?1", wanted, [&](sqlite3_stmt* s, int position) {
        row.position = position;
        for (int i = 0; i < ColumnCount; ++i)
            row.text[i] = resultColumn[i] < 0 ? QByteArrayView() : textOf(s, resultColumn[i]);
        visit(row);
    });
}

Status CampaignAudienceReader::forEachPhone(
    const ContactPositions& wanted,
    const std::function<void(int, QByteArrayView, QByteArrayView, bool)>& visit) {
    // The table's own order (contact, position): a contact's numbers come together and in order.
    return run("SELECT contact_id, e164, type, valid FROM contact_phones",
               "SELECT contact_id, e164, type, valid FROM contact_phones WHERE contact_id = ?1", wanted,
               [&](sqlite3_stmt* s, int position) {
                   visit(position, textOf(s, 1), textOf(s, 2), sqlite3_column_int(s, 3) != 0);
               });
}

Status CampaignAudienceReader::forEachEmail(const ContactPositions& wanted,
                                            const std::function<void(int, QByteArrayView)>& visit) {
    return run("SELECT contact_id, address FROM contact_emails",
               "SELECT contact_id, address FROM contact_emails WHERE contact_id = ?1", wanted,
               [&](sqlite3_stmt* s, int position) { visit(position, textOf(s, 1)); });
}

Status CampaignAudienceReader::forEachChannelConsent(const ContactPositions& wanted, Channel channel,
                                                     const std::function<void(int, ConsentState)>& visit) {
    // Few rows whatever the audience (only contacts with a channel consent of their own): always a scan.
    return run(
        "SELECT contact_id, consent FROM channel_consent WHERE channel = ?1 AND consent <> 'unknown'", {},
        wanted, [&](sqlite3_stmt* s, int position) { visit(position, consentOf(textOf(s, 1))); },
        toStorage(channel));
}

Status CampaignAudienceReader::forEachOptedOutAddress(Channel channel,
                                                      const std::function<void(QByteArrayView)>& visit) {
    const QByteArray sql =
        channel == Channel::Email
            ? QByteArray("SELECT e.address FROM channel_consent cc JOIN contact_emails e ON e.contact_id = "
                         "cc.contact_id WHERE cc.channel = ?1 AND cc.consent = 'opted_out'")
            : QByteArray("SELECT p.e164 FROM channel_consent cc JOIN contact_phones p ON p.contact_id = "
                         "cc.contact_id WHERE cc.channel = ?1 AND cc.consent = 'opted_out' AND p.e164 <> ''");
    static const ContactPositions kNone;
    return run(
        sql, {}, kNone, [&](sqlite3_stmt* s, int) { visit(textOf(s, 0)); }, toStorage(channel));
}

} // namespace iq
