#pragma once

#include "shared/domain/Consent.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace iq {

// What every synced record carries besides its own fields.
struct SyncMeta {
    qint64 serverVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool deleted = false;
};

struct ContactPhone {
    QString raw;   // exactly what the user typed or the file held
    QString e164;  // empty when the number could not be parsed
    QString type;  // mobile, fixed_line, voip, toll_free, ... or unknown
    QString label; // the user's own word: work, home, shop...
    bool valid = false;

    bool operator==(const ContactPhone& other) const;
};

struct ContactEmail {
    QString address;
    QString label;

    bool operator==(const ContactEmail& other) const;
};

struct Contact {
    QString id;
    QString givenName;
    QString middleName;
    QString familyName;
    QString displayName; // chosen by the user; empty means "made from the names"
    QString organization;
    QString notes;
    QString language;
    QString timeZone;
    QList<ContactPhone> phones;
    QList<ContactEmail> emails;
    QVariantMap customFields;
    SyncMeta meta;

    // The name shown in lists: the display name, else the names, else organization, number, e-mail.
    QString shownName() const;
};

struct Group {
    QString id;
    QString name;
    QString description;
    SyncMeta meta;
};

struct GroupMembership {
    QString groupId;
    QString groupName;
    ConsentState consent = ConsentState::Unknown;
};

} // namespace iq
