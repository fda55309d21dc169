#pragma once

#include "shared/domain/Contact.h"
#include "shared/util/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace iq {

class Database;
class ChangeNotifier;
class Clock;

// The single-valued fields a person chooses between when two contacts become one. Numbers, e-mails,
// custom fields, groups and consent are combined, not chosen.
enum class MergeField {
    GivenName,
    MiddleName,
    FamilyName,
    DisplayName,
    Organization,
    Notes,
    Language,
    TimeZone
};
enum class MergeSide { Kept, Other };

QList<MergeField> allMergeFields();
QString displayName(MergeField field); // translated
QString fieldValue(const Contact& contact, MergeField field);

struct MergeChoices {
    QHash<MergeField, MergeSide> sides;

    MergeSide side(MergeField field) const { return sides.value(field, MergeSide::Kept); }
    // The kept contact's values, except where it has none and the other has one.
    static MergeChoices preferFilled(const Contact& kept, const Contact& other);
};

// The contact that results, before anything is stored: the chosen fields; the numbers and e-mails of
// both with each number (by E.164, or as typed when invalid) and each address (ignoring case) once;
// custom fields of both, the kept contact's value winning a clash.
Contact mergedContact(const Contact& kept, const Contact& other, const MergeChoices& choices);

struct MergeOutcome {
    Contact contact;
    int groupsJoined = 0;    // groups the kept contact was not in before
    int consentRecorded = 0; // consent changes recorded on the kept contact
    int ledgerEntriesCopied = 0;
};

// Merges two contacts in one transaction. The kept contact takes the merged fields, the other's
// groups and consent history; where both hold consent for the same group or channel the stricter
// one wins (an opt-out is never lost to a merge). The other contact is then deleted like any other,
// so the deletion syncs.
class ContactMerger final {
public:
    ContactMerger(Database& database, ChangeNotifier* notifier = nullptr, const Clock* clock = nullptr);

    Result<MergeOutcome> merge(const QString& keptId, const QString& otherId, const MergeChoices& choices,
                               const QString& recordedBy = {});

private:
    Database& m_database;
    ChangeNotifier* m_notifier;
    const Clock* m_clock;
};

} // namespace iq
