#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace iq {

// Which messages or calls a history list shows: all of them, or those matching every condition given.
struct HistoryFilter {
    QString campaignId;
    QStringList statuses; // messages: queued, held, sent, delivered, failed, undeliverable, skipped;
                          // calls: an outcome (answered, voicemail, no_answer, busy) or a call type
    QString channel;      // sms, email or voice; calls are all voice
    QString contactId;
    QDateTime since; // from this instant on
    QDateTime until; // before this instant
    QString search;  // the recipient's name, number or address, and the message's text
    // Messages only: the provider's error codes. Last and with an initializer, so that a filter
    // written as a list of its fields need not name it.
    QStringList errorCodes = {};

    bool operator==(const HistoryFilter& other) const {
        return campaignId == other.campaignId && statuses == other.statuses &&
               errorCodes == other.errorCodes && channel == other.channel && contactId == other.contactId &&
               since == other.since && until == other.until && search == other.search;
    }
    bool operator!=(const HistoryFilter& other) const { return !(*this == other); }
};

// One change of a message's status, as the provider reported it.
struct StatusChange {
    QString status;
    QDateTime at;
    QString detail;
};

// The WHERE clause of a history query and the values it binds, built from a filter by the readers.
struct HistoryConditions {
    QStringList clauses;
    QVariantList values;

    void add(const QString& clause, const QVariantList& bound = {}) {
        clauses << clause;
        values << bound;
    }
    QString where() const;
    // "column IN (?, ?, ...)" for the given values.
    void addIn(const QString& column, const QStringList& list);
    // The time column within [since, until).
    void addRange(const QString& column, const QDateTime& since, const QDateTime& until);
    // Any of the columns contains the search words (LIKE, case-insensitive for ASCII); a search of
    // digits also finds numbers written with spaces or dashes.
    void addSearch(const QStringList& textColumns, const QStringList& numberColumns, const QString& search);
};

} // namespace iq
