#pragma once

#include "core/import/ImportDraft.h"
#include "shared/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace iq {

// Where one column of a file goes.
struct ColumnRule {
    enum class Target {
        Skip,
        Id,
        GivenName,
        MiddleName,
        FamilyName,
        FullName, // split into given and family names
        DisplayName,
        Organization,
        Notes,
        Language,
        TimeZone,
        Phone, // slot pairs a value with its label column; label is a fixed label (Outlook)
        PhoneLabel,
        Email,
        EmailLabel,
        Groups,
        OptOut, // non-empty and not "no"/"false"/"0": the person opted out (UNSUB_TIME, ...)
        Status, // "unsubscribed", "cleaned", "opted out", ... mean opted out
        Custom, // kept as a custom field named customName
    };
    Target target = Target::Skip;
    int slot = 0;
    QString label;
    QString customName;

    bool operator==(const ColumnRule& other) const;
};

// How the columns of a file map to contact fields: detected from the header row of the formats
// people export (Google Contacts current and legacy, Outlook in English, German and French,
// Mailchimp, our own export, plain files), changed by hand, saved as JSON and reused.
class ColumnMapping final {
public:
    ColumnMapping() = default;
    ColumnMapping(QString format, QStringList headers, QList<ColumnRule> rules);

    static ColumnMapping detect(const QStringList& headers, const QList<QStringList>& sampleRows = {});

    QString format() const { return m_format; } // google, google-legacy, outlook, outlook-de, ...
    QString formatName() const;                 // translated, for the wizard and reports
    QStringList headers() const { return m_headers; }
    QList<ColumnRule> rules() const { return m_rules; }
    ColumnRule rule(int column) const { return m_rules.value(column); }
    void setRule(int column, const ColumnRule& rule);
    // Unmapped columns become custom fields (keep) or are dropped.
    void setUnmappedAsCustom(bool keep);

    // Saved by header name, so a saved mapping fits the next file from the same source even when
    // columns moved. Columns of the file not in the saved mapping are skipped.
    QJsonObject toJson() const;
    static Result<ColumnMapping> fromJson(const QJsonObject& object, const QStringList& headers);

    ImportDraft apply(qint64 line, const QStringList& fields) const;

    static QString targetKey(ColumnRule::Target target);
    static std::optional<ColumnRule::Target> targetFromKey(const QString& key);
    static QString targetName(ColumnRule::Target target); // translated

private:
    QString m_format;
    QStringList m_headers;
    QList<ColumnRule> m_rules;
};

} // namespace iq
