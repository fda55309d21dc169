#pragma once

#include <QString>

namespace iq {

struct Contact;

// The contact row's columns that the triggers of schema 4 derive from its phones and e-mails, computed
// the same way for writers that store a new contact with its numbers in one go, triggers aside.
struct ContactListColumns {
    QString primaryPhone;  // the first mobile number, else the first number; E.164 when parsed
    QString searchNumbers; // per number: its E.164 digits and what was typed, without punctuation
    QString primaryEmail;
    QString searchEmails;

    static ContactListColumns of(const Contact& contact);
};

} // namespace iq
