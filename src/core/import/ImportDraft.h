#pragma once

#include "shared/domain/Contact.h"

#include <QString>
#include <QStringList>

namespace iq {

// One row of a file turned into a contact, before the plan decides what happens to it.
struct ImportDraft {
    qint64 line = 0;
    Contact contact;       // phones hold only raw text and labels until the plan normalizes them
    QString existingId;    // an id column (our own export) that names a contact of this profile
    QStringList groups;    // groups named by the file (labels, categories, tags)
    bool optedOut = false; // the file says this person unsubscribed or opted out
    QStringList problems;  // why the row cannot be imported: each names the field
    QStringList warnings;  // imported, but worth a look (a stripped text apostrophe, ...)
    QStringList rawFields; // the row as the file had it, for the rejected-rows file
};

} // namespace iq
