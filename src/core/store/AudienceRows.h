#pragma once

#include "shared/util/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <array>
#include <functional>

namespace iq {

class Database;

// The columns of a contact row that rendering can use. A pass over a large audience reads only the
// ones a template needs (AudienceReader::columnsFor).
struct AudienceColumns {
    enum Index {
        Id,
        GivenName,
        MiddleName,
        FamilyName,
        ListName,
        Organization,
        CustomFields,
        Phone,
        Email,
        Count
    };
    enum Flag : unsigned {
        IdFlag = 1u << Id,
        GivenNameFlag = 1u << GivenName,
        MiddleNameFlag = 1u << MiddleName,
        FamilyNameFlag = 1u << FamilyName,
        ListNameFlag = 1u << ListName,
        OrganizationFlag = 1u << Organization,
        CustomFieldsFlag = 1u << CustomFields,
        PhoneFlag = 1u << Phone,
        EmailFlag = 1u << Email,
        // Not a column: {{full_name}} is made from the three name columns for each recipient.
        FullNameFlag = 1u << Count,
        All = (1u << (Count + 1)) - 1,
    };
};

// One contact row as SQLite holds it: the UTF-8 text of each column read, empty for the others.
// Valid only during the call that gets it.
struct AudienceRow {
    std::array<QByteArrayView, AudienceColumns::Count> text;
};

// The live contacts of a profile (or of one group) as stored, only the columns asked for, read with
// SQLite's own API: the values come as UTF-8 straight from the stored rows, with no QVariant or UTF-16
// copy per value, in one pass over the table however large the audience.
class AudienceRows final {
public:
    explicit AudienceRows(Database& database)
        : m_database(database) {}

    // The name of a live group; NotFound when there is none.
    Result<QString> groupName(const QString& groupId);
    // groupId empty: every live contact, in storage order. Stops early when visit returns false.
    Status forEach(const QString& groupId, unsigned columns,
                   const std::function<bool(const AudienceRow& row)>& visit);
    Result<int> count(const QString& groupId);
    // A page in list order: (id, shown name) pairs.
    Result<QList<QPair<QString, QString>>> page(const QString& groupId, int offset, int limit);

private:
    Database& m_database;
};

} // namespace iq
