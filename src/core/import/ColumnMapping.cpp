#include "core/import/ColumnMapping.h"

#include "core/csv/SpreadsheetCells.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace iq {

// The translation context of this file's messages: lupdate files ColumnMappingText::tr() calls under it, and
// the same context is asked for at run time.
class ColumnMappingText final {
    Q_DECLARE_TR_FUNCTIONS(iq::ColumnMapping)
};
namespace {

using Target = ColumnRule::Target;

QString normalized(const QString& header) {
    return header.simplified().toLower();
}

struct Known {
    Target target;
    QString label;
};

// Header names of the formats people export, lower case. Outlook's localized exports name the
// same columns in the user's language.
const QHash<QString, Known>& knownHeaders() {
    static const QHash<QString, Known> headers = [] {
        QHash<QString, Known> h;
        auto add = [&h](std::initializer_list<const char*> names, Target target, const char* label = "") {
            for (const char* name : names)
                h.insert(QString::fromUtf8(name), Known{target, QString::fromUtf8(label)});
        };
        add({"id", "iq id", "contact id"}, Target::Id);
        add({"first name", "firstname", "first", "given name", "vorname", "prénom", "prenom", "fname"},
            Target::GivenName);
        add({"middle name", "additional name", "weitere vornamen", "deuxième prénom", "second prénom"},
            Target::MiddleName);
        add({"last name", "lastname", "last", "surname", "family name", "nachname", "nom", "nom de famille",
             "lname"},
            Target::FamilyName);
        add({"name", "full name", "contact name", "contact", "nom complet", "vollständiger name"},
            Target::FullName);
        add({"display name", "file as"}, Target::DisplayName);
        add({"company", "organization", "organisation", "organization name", "organization 1 - name", "firma",
             "société", "societe", "business name", "company name"},
            Target::Organization);
        add({"notes", "note", "notizen", "remarques", "comments"}, Target::Notes);
        add({"language", "sprache", "langue"}, Target::Language);
        add({"time zone", "timezone", "zeitzone", "fuseau horaire"}, Target::TimeZone);
        add({"phone", "phone number", "telephone", "telephone number", "tel", "number", "cell", "cell phone",
             "mobile", "mobile number", "sms", "telefon", "téléphone", "telefonnummer"},
            Target::Phone);
        add({"mobile phone", "mobiltelefon", "tél. mobile", "téléphone mobile", "handy"}, Target::Phone,
            "mobile");
        add({"business phone", "business phone 2", "company main phone", "telefon geschäftlich",
             "telefon geschäftlich 2", "tél. bureau", "téléphone bureau", "téléphone bureau 2",
             "tél. bureau 2", "work phone"},
            Target::Phone, "work");
        add({"home phone", "home phone 2", "telefon privat", "telefon privat 2", "tél. domicile",
             "téléphone domicile", "téléphone domicile 2", "tél. domicile 2"},
            Target::Phone, "home");
        add({"primary phone", "haupttelefon", "téléphone principal", "tél. principal"}, Target::Phone,
            "main");
        add({"other phone", "weiteres telefon", "autre téléphone", "tél. autre"}, Target::Phone, "other");
        add({"car phone", "autotelefon", "téléphone voiture"}, Target::Phone, "car");
        add({"email", "e-mail", "email address", "e-mail address", "mail", "e-mail-adresse",
             "adresse de messagerie", "adresse e-mail", "courriel"},
            Target::Email);
        add({"e-mail 2 address", "e-mail 2: adresse", "e-mail 2 adresse", "adresse de messagerie 2",
             "e-mail 3 address", "e-mail 3: adresse", "e-mail 3 adresse", "adresse de messagerie 3"},
            Target::Email);
        add({"groups", "group", "labels", "group membership", "categories", "kategorien", "catégories",
             "tags", "lists"},
            Target::Groups);
        add({"opt out", "opt-out", "opted out", "unsubscribed", "unsubscribe", "do not contact",
             "do not text", "do not email", "unsub_time", "clean_time", "stop"},
            Target::OptOut);
        add({"status", "subscription status", "email marketing status", "sms marketing status",
             "marketing status", "consent"},
            Target::Status);
        // Columns the known formats carry that say nothing a contact here keeps.
        add({"member_rating",
             "optin_time",
             "optin_ip",
             "confirm_time",
             "confirm_ip",
             "latitude",
             "longitude",
             "gmtoff",
             "dstoff",
             "cc",
             "region",
             "last_changed",
             "leid",
             "euid",
             "unsub_campaign_title",
             "unsub_campaign_id",
             "unsub_reason",
             "unsub_reason_other",
             "clean_campaign_title",
             "clean_campaign_id",
             "business fax",
             "home fax",
             "other fax",
             "fax geschäftlich",
             "fax privat",
             "télécopie bureau",
             "télécopie domicile",
             "pager",
             "e-mail type",
             "e-mail display name",
             "e-mail 2 type",
             "e-mail 2 display name",
             "e-mail 3 type",
             "e-mail 3 display name",
             "photo",
             "yomi name",
             "phonetic first name",
             "phonetic middle name",
             "phonetic last name",
             "given name yomi",
             "family name yomi",
             "additional name yomi",
             "name prefix",
             "name suffix",
             "title",
             "suffix",
             "import problem"},
            Target::Skip);
        return h;
    }();
    return headers;
}

// "Phone 1 - Value", "E-mail 2 - Label", legacy "Phone 1 - Type".
const QRegularExpression& slotPattern() {
    static const QRegularExpression pattern(QStringLiteral("^(e-?mail|phone) (\\d+) - (value|label|type)$"));
    return pattern;
}

bool isSystemGoogleLabel(const QString& label) {
    // "* myContacts", "* starred": Google's own labels, not the user's groups.
    return label.startsWith(QLatin1String("* "));
}

QString cleanLabel(QString label) {
    label = label.trimmed();
    if (label.startsWith(QLatin1String("* ")))
        label = label.mid(2);
    if (label.startsWith(QLatin1String("_$!<")) && label.endsWith(QLatin1String(">!$_")))
        label = label.mid(4, label.size() - 8);
    return label.toLower();
}

QStringList splitMulti(const QString& cell) {
    if (cell.contains(QLatin1String(" ::: ")))
        return cell.split(QStringLiteral(" ::: "), Qt::SkipEmptyParts);
    return {cell};
}

QStringList splitGroups(const QString& cell) {
    QStringList parts;
    if (cell.contains(QLatin1String(" ::: ")))
        parts = cell.split(QStringLiteral(" ::: "), Qt::SkipEmptyParts);
    else if (cell.contains(QLatin1Char(';')))
        parts = cell.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    else
        parts = cell.split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList groups;
    for (QString part : parts) {
        part = part.trimmed();
        if (part.size() >= 2 && part.startsWith(QLatin1Char('"')) && part.endsWith(QLatin1Char('"')))
            part = part.mid(1, part.size() - 2).trimmed(); // Mailchimp TAGS: "VIP","Mac Users"
        if (part.isEmpty() || isSystemGoogleLabel(part))
            continue;
        if (!groups.contains(part, Qt::CaseInsensitive))
            groups << part;
    }
    return groups;
}

bool meansOptedOut(const QString& cell, bool statusColumn) {
    const QString value = cell.trimmed().toLower();
    if (value.isEmpty())
        return false;
    if (statusColumn) {
        static const QStringList words = {
            QStringLiteral("unsubscribed"), QStringLiteral("cleaned"),   QStringLiteral("opted out"),
            QStringLiteral("opted_out"),    QStringLiteral("opted-out"), QStringLiteral("opt out"),
            QStringLiteral("opt-out"),      QStringLiteral("optout"),    QStringLiteral("stop"),
            QStringLiteral("stopped"),      QStringLiteral("blocked"),   QStringLiteral("do not contact"),
            QStringLiteral("abgemeldet"),   QStringLiteral("désabonné"), QStringLiteral("desabonne")};
        return words.contains(value);
    }
    static const QStringList no = {QStringLiteral("no"), QStringLiteral("false"), QStringLiteral("0"),
                                   QStringLiteral("n"),  QStringLiteral("nein"),  QStringLiteral("non"),
                                   QStringLiteral("-"),  QStringLiteral("none")};
    return !no.contains(value);
}

QString detectFormat(const QStringList& names) {
    auto has = [&names](const char* name) {
        return names.contains(QString::fromUtf8(name));
    };
    if (has("iq id"))
        return QStringLiteral("iq");
    if (has("group membership") || (has("given name") && has("family name")))
        return QStringLiteral("google-legacy");
    if (has("labels") || (has("first name") && has("phone 1 - value")) || has("e-mail 1 - value"))
        return QStringLiteral("google");
    if (has("unsub_time") || has("member_rating") || has("leid") || has("euid") || has("optin_time"))
        return QStringLiteral("mailchimp");
    if (has("vorname") || has("mobiltelefon") || has("e-mail-adresse"))
        return QStringLiteral("outlook-de");
    if (has("prénom") || has("adresse de messagerie") || has("tél. mobile"))
        return QStringLiteral("outlook-fr");
    if (has("e-mail address") || has("mobile phone") || has("business phone"))
        return QStringLiteral("outlook");
    return QStringLiteral("plain");
}

} // namespace

bool ColumnRule::operator==(const ColumnRule& other) const {
    return target == other.target && slot == other.slot && label == other.label &&
           customName == other.customName;
}

ColumnMapping::ColumnMapping(QString format, QStringList headers, QList<ColumnRule> rules)
    : m_format(std::move(format))
    , m_headers(std::move(headers))
    , m_rules(std::move(rules)) {
    while (m_rules.size() < m_headers.size())
        m_rules.append(ColumnRule());
}

ColumnMapping ColumnMapping::detect(const QStringList& headers, const QList<QStringList>& sampleRows) {
    QStringList names;
    for (const QString& header : headers)
        names << normalized(header);
    const QString format = detectFormat(names);
    // Unknown columns of a rich export (addresses, birthdays of Google and Outlook) are dropped;
    // those of a plain file or a Mailchimp audience are the user's own fields and kept.
    const bool keepUnknown = format == QLatin1String("plain") || format == QLatin1String("mailchimp") ||
                             format == QLatin1String("iq");
    QList<ColumnRule> rules;
    QHash<int, int> phoneSlots; // Outlook's fixed phone columns get their own slot each
    int nextFixedSlot = 100;
    int nextEmailSlot = 200;
    static const QRegularExpression synthetic(QStringLiteral("^column \\d+$"));
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString& name = names.at(i);
        ColumnRule rule;
        if (const auto match = slotPattern().match(name); match.hasMatch()) {
            const bool email = match.captured(1).startsWith(QLatin1Char('e'));
            const bool value = match.captured(3) == QLatin1String("value");
            rule.slot = match.captured(2).toInt();
            rule.target = email ? (value ? Target::Email : Target::EmailLabel)
                                : (value ? Target::Phone : Target::PhoneLabel);
        } else if (const auto known = knownHeaders().constFind(name); known != knownHeaders().constEnd()) {
            rule.target = known->target;
            rule.label = known->label;
            if (rule.target == Target::Phone)
                rule.slot = nextFixedSlot++;
            else if (rule.target == Target::Email)
                rule.slot = nextEmailSlot++;
        } else if (synthetic.match(name).hasMatch() && !sampleRows.isEmpty()) {
            // No header row: guess from the values.
            int emails = 0, phones = 0, words = 0, filled = 0;
            static const QRegularExpression phoneLike(QStringLiteral("^[+(]?[0-9][0-9 ().\\-/]{5,}$"));
            for (const QStringList& row : sampleRows) {
                const QString cell = row.value(i).trimmed();
                if (cell.isEmpty())
                    continue;
                ++filled;
                emails += cell.contains(QLatin1Char('@'));
                phones += phoneLike.match(SpreadsheetCells::withoutTextApostrophe(cell)).hasMatch();
                words += cell.front().isLetter();
            }
            if (filled > 0 && emails * 2 > filled)
                rule.target = Target::Email, rule.slot = nextEmailSlot++;
            else if (filled > 0 && phones * 2 > filled)
                rule.target = Target::Phone, rule.slot = nextFixedSlot++;
            else if (filled > 0 && words * 2 > filled &&
                     !rules.contains(ColumnRule{Target::FullName, 0, {}, {}}))
                rule.target = Target::FullName;
            else
                rule = ColumnRule{Target::Custom, 0, {}, headers.at(i).trimmed()};
        } else if (keepUnknown && !name.isEmpty()) {
            rule.target = Target::Custom;
            rule.customName = headers.at(i).trimmed();
        }
        rules.append(rule);
    }
    Q_UNUSED(phoneSlots);
    return ColumnMapping(format, headers, rules);
}

QString ColumnMapping::formatName() const {
    if (m_format == QLatin1String("google"))
        return ColumnMappingText::tr("Google Contacts");
    if (m_format == QLatin1String("google-legacy"))
        return ColumnMappingText::tr("Google Contacts (legacy Google CSV)");
    if (m_format == QLatin1String("outlook"))
        return ColumnMappingText::tr("Outlook");
    if (m_format == QLatin1String("outlook-de"))
        return ColumnMappingText::tr("Outlook (German)");
    if (m_format == QLatin1String("outlook-fr"))
        return ColumnMappingText::tr("Outlook (French)");
    if (m_format == QLatin1String("mailchimp"))
        return ColumnMappingText::tr("Mailchimp audience");
    if (m_format == QLatin1String("iq"))
        return ColumnMappingText::tr("IQ Messaging export");
    if (m_format == QLatin1String("vcard"))
        return ColumnMappingText::tr("vCard");
    if (m_format == QLatin1String("custom"))
        return ColumnMappingText::tr("Saved or hand-made mapping");
    return ColumnMappingText::tr("Plain spreadsheet");
}

void ColumnMapping::setRule(int column, const ColumnRule& rule) {
    if (column < 0 || column >= m_rules.size())
        return;
    m_rules[column] = rule;
    if ((rule.target == Target::Phone || rule.target == Target::Email) && rule.slot == 0) {
        int slot = 300;
        for (const ColumnRule& other : m_rules)
            slot = std::max(slot, other.slot + 1);
        m_rules[column].slot = slot;
    }
    if (rule.target == Target::Custom && rule.customName.isEmpty())
        m_rules[column].customName = m_headers.value(column);
}

void ColumnMapping::setUnmappedAsCustom(bool keep) {
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        ColumnRule& rule = m_rules[i];
        if (keep && rule.target == Target::Skip && !knownHeaders().contains(normalized(m_headers.value(i))) &&
            !m_headers.value(i).trimmed().isEmpty())
            rule = ColumnRule{Target::Custom, 0, {}, m_headers.value(i).trimmed()};
        else if (!keep && rule.target == Target::Custom)
            rule = ColumnRule{};
    }
}

QString ColumnMapping::targetKey(Target target) {
    switch (target) {
    case Target::Skip:
        return QStringLiteral("skip");
    case Target::Id:
        return QStringLiteral("id");
    case Target::GivenName:
        return QStringLiteral("givenName");
    case Target::MiddleName:
        return QStringLiteral("middleName");
    case Target::FamilyName:
        return QStringLiteral("familyName");
    case Target::FullName:
        return QStringLiteral("fullName");
    case Target::DisplayName:
        return QStringLiteral("displayName");
    case Target::Organization:
        return QStringLiteral("organization");
    case Target::Notes:
        return QStringLiteral("notes");
    case Target::Language:
        return QStringLiteral("language");
    case Target::TimeZone:
        return QStringLiteral("timeZone");
    case Target::Phone:
        return QStringLiteral("phone");
    case Target::PhoneLabel:
        return QStringLiteral("phoneLabel");
    case Target::Email:
        return QStringLiteral("email");
    case Target::EmailLabel:
        return QStringLiteral("emailLabel");
    case Target::Groups:
        return QStringLiteral("groups");
    case Target::OptOut:
        return QStringLiteral("optOut");
    case Target::Status:
        return QStringLiteral("status");
    case Target::Custom:
        return QStringLiteral("custom");
    }
    return QStringLiteral("skip");
}

std::optional<Target> ColumnMapping::targetFromKey(const QString& key) {
    for (int i = int(Target::Skip); i <= int(Target::Custom); ++i) {
        if (targetKey(Target(i)) == key)
            return Target(i);
    }
    return std::nullopt;
}

QString ColumnMapping::targetName(Target target) {
    switch (target) {
    case Target::Skip:
        return ColumnMappingText::tr("Skip");
    case Target::Id:
        return ColumnMappingText::tr("Contact id");
    case Target::GivenName:
        return ColumnMappingText::tr("First name");
    case Target::MiddleName:
        return ColumnMappingText::tr("Middle name");
    case Target::FamilyName:
        return ColumnMappingText::tr("Last name");
    case Target::FullName:
        return ColumnMappingText::tr("Full name");
    case Target::DisplayName:
        return ColumnMappingText::tr("Display name");
    case Target::Organization:
        return ColumnMappingText::tr("Organization");
    case Target::Notes:
        return ColumnMappingText::tr("Notes");
    case Target::Language:
        return ColumnMappingText::tr("Language");
    case Target::TimeZone:
        return ColumnMappingText::tr("Time zone");
    case Target::Phone:
        return ColumnMappingText::tr("Phone number");
    case Target::PhoneLabel:
        return ColumnMappingText::tr("Phone label");
    case Target::Email:
        return ColumnMappingText::tr("E-mail address");
    case Target::EmailLabel:
        return ColumnMappingText::tr("E-mail label");
    case Target::Groups:
        return ColumnMappingText::tr("Groups");
    case Target::OptOut:
        return ColumnMappingText::tr("Opted out (any value)");
    case Target::Status:
        return ColumnMappingText::tr("Subscription status");
    case Target::Custom:
        return ColumnMappingText::tr("Custom field");
    }
    return {};
}

QJsonObject ColumnMapping::toJson() const {
    QJsonArray columns;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const ColumnRule& rule = m_rules.at(i);
        QJsonObject column{{QStringLiteral("header"), m_headers.value(i)},
                           {QStringLiteral("target"), targetKey(rule.target)}};
        if (rule.slot)
            column.insert(QStringLiteral("slot"), rule.slot);
        if (!rule.label.isEmpty())
            column.insert(QStringLiteral("label"), rule.label);
        if (!rule.customName.isEmpty())
            column.insert(QStringLiteral("customName"), rule.customName);
        columns.append(column);
    }
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("format"), m_format},
            {QStringLiteral("columns"), columns}};
}

Result<ColumnMapping> ColumnMapping::fromJson(const QJsonObject& object, const QStringList& headers) {
    if (object.value(QStringLiteral("version")).toInt() != 1 ||
        !object.value(QStringLiteral("columns")).isArray())
        return Error::make(
            Error::Code::InvalidInput,
            ColumnMappingText::tr(
                "This is not a saved column mapping (expected \"version\": 1 and \"columns\")."));
    QHash<QString, ColumnRule> byHeader;
    const QJsonArray columns = object.value(QStringLiteral("columns")).toArray();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QJsonObject column = columns.at(i).toObject();
        const QString key = column.value(QStringLiteral("target")).toString();
        const auto target = targetFromKey(key);
        if (!target)
            return Error::make(Error::Code::InvalidInput,
                               ColumnMappingText::tr("Column %1 of the mapping has an unknown target \"%2\".")
                                   .arg(i + 1)
                                   .arg(key));
        byHeader.insert(normalized(column.value(QStringLiteral("header")).toString()),
                        ColumnRule{*target, column.value(QStringLiteral("slot")).toInt(),
                                   column.value(QStringLiteral("label")).toString(),
                                   column.value(QStringLiteral("customName")).toString()});
    }
    QList<ColumnRule> rules;
    for (const QString& header : headers)
        rules.append(byHeader.value(normalized(header)));
    return ColumnMapping(QStringLiteral("custom"), headers, rules);
}

ImportDraft ColumnMapping::apply(qint64 line, const QStringList& fields) const {
    ImportDraft draft;
    draft.line = line;
    draft.rawFields = fields;
    Contact& contact = draft.contact;
    struct Slot {
        QStringList values;
        QString label;
        QString column;
    };
    QMap<int, Slot> phoneSlots;
    QMap<int, Slot> emailSlots;
    QString fullName;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const ColumnRule rule = m_rules.value(i);
        if (rule.target == Target::Skip && i < m_rules.size())
            continue;
        bool stripped = false;
        QString cell = SpreadsheetCells::withoutTextApostrophe(fields.at(i).trimmed(), &stripped);
        if (i >= m_rules.size()) {
            if (!cell.isEmpty())
                draft.problems
                    << ColumnMappingText::tr(
                           "The row has %1 values but the header names %2 columns; is a value with "
                           "a comma not quoted?")
                           .arg(fields.size())
                           .arg(m_headers.size());
            continue;
        }
        if (cell.isEmpty())
            continue;
        if (stripped)
            draft.warnings << ColumnMappingText::tr(
                                  "%1: the leading apostrophe a spreadsheet kept was removed.")
                                  .arg(m_headers.value(i));
        switch (rule.target) {
        case Target::Skip:
            break;
        case Target::Id:
            draft.existingId = cell;
            break;
        case Target::GivenName:
            contact.givenName = cell;
            break;
        case Target::MiddleName:
            contact.middleName = cell;
            break;
        case Target::FamilyName:
            contact.familyName = cell;
            break;
        case Target::FullName:
            fullName = cell;
            break;
        case Target::DisplayName:
            contact.displayName = cell;
            break;
        case Target::Organization:
            contact.organization = cell;
            break;
        case Target::Notes:
            contact.notes = cell;
            break;
        case Target::Language:
            contact.language = cell;
            break;
        case Target::TimeZone:
            contact.timeZone = cell;
            break;
        case Target::Phone: {
            Slot& slot = phoneSlots[rule.slot];
            slot.values << splitMulti(cell);
            slot.column = m_headers.value(i);
            if (slot.label.isEmpty())
                slot.label = rule.label;
            break;
        }
        case Target::PhoneLabel:
            phoneSlots[rule.slot].label = cleanLabel(cell);
            break;
        case Target::Email: {
            Slot& slot = emailSlots[rule.slot];
            slot.values << splitMulti(cell);
            slot.column = m_headers.value(i);
            if (slot.label.isEmpty())
                slot.label = rule.label;
            break;
        }
        case Target::EmailLabel:
            emailSlots[rule.slot].label = cleanLabel(cell);
            break;
        case Target::Groups:
            for (const QString& group : splitGroups(cell)) {
                if (!draft.groups.contains(group, Qt::CaseInsensitive))
                    draft.groups << group;
            }
            break;
        case Target::OptOut:
            draft.optedOut = draft.optedOut || meansOptedOut(cell, false);
            break;
        case Target::Status:
            draft.optedOut = draft.optedOut || meansOptedOut(cell, true);
            break;
        case Target::Custom:
            contact.customFields.insert(rule.customName.isEmpty() ? m_headers.value(i) : rule.customName,
                                        cell);
            break;
        }
    }
    if (!fullName.isEmpty() && contact.givenName.isEmpty() && contact.familyName.isEmpty()) {
        if (const qsizetype comma = fullName.indexOf(QLatin1Char(',')); comma > 0) {
            contact.familyName = fullName.left(comma).trimmed(); // "Doe, John"
            contact.givenName = fullName.mid(comma + 1).trimmed();
        } else if (const qsizetype space = fullName.lastIndexOf(QLatin1Char(' ')); space > 0) {
            contact.givenName = fullName.left(space).trimmed();
            contact.familyName = fullName.mid(space + 1).trimmed();
        } else {
            contact.givenName = fullName;
        }
    }
    for (const Slot& slot : phoneSlots) {
        for (const QString& value : slot.values) {
            const QString raw = value.trimmed();
            if (raw.isEmpty())
                continue;
            ContactPhone phone;
            phone.raw = raw;
            phone.label = slot.label;
            phone.type = QStringLiteral("unknown");
            // Keep the column name for messages; the plan fills e164 and validity.
            phone.e164.clear();
            contact.phones.append(phone);
            if (SpreadsheetCells::isScientificNotation(raw))
                draft.problems << ColumnMappingText::tr(
                                      "%1: \"%2\" is a number a spreadsheet turned into scientific notation; "
                                      "its digits are lost. Format the column as text and export again.")
                                      .arg(slot.column, raw);
        }
    }
    for (const Slot& slot : emailSlots) {
        for (const QString& value : slot.values) {
            const QString address = value.trimmed();
            if (address.isEmpty())
                continue;
            contact.emails.append({address, slot.label});
        }
    }
    return draft;
}

} // namespace iq
