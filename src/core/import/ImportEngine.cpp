#include "core/import/ImportEngine.h"

#include "core/csv/CsvWriter.h"
#include "core/store/ChangeNotifier.h"
#include "core/store/ConsentLedger.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/GroupRepository.h"
#include "core/store/ImportLog.h"
#include "core/store/ImportWriter.h"
#include "shared/json/ContactJson.h"
#include "shared/phone/PhoneNumbers.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUuid>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>
#include <numeric>

#include <phonenumbers/phonenumberutil.h>

namespace iq {

// The translation context of this file's messages: lupdate files ImportEngineText::tr() calls under it, and
// the same context is asked for at run time.
class ImportEngineText final {
    Q_DECLARE_TR_FUNCTIONS(iq::ImportEngine)
};
namespace {

constexpr int kBatchSize = 4096;
constexpr qsizetype kPhoneCacheLimit = 200000;
// Numbers per task of the thread pool: large enough that queueing costs nothing next to parsing.
constexpr qsizetype kParseChunk = 256;

// What the importer keeps of a parsed number: keyed by PhoneNumbers::parsingKey(), so a number
// written twice, in whatever punctuation, is parsed once.
struct ParsedPhone {
    QString e164;
    QString type;
    bool valid = false;
};

// Parses keys on every core of the thread pool; results in the order of the keys.
std::vector<ParsedPhone> parseKeys(const PhoneNumbers& numbers, const QStringList& keys) {
    std::vector<ParsedPhone> results(size_t(keys.size()));
    std::vector<qsizetype> chunks(size_t((keys.size() + kParseChunk - 1) / kParseChunk));
    std::iota(chunks.begin(), chunks.end(), 0);
    QtConcurrent::blockingMap(chunks, [&](qsizetype chunk) {
        const qsizetype end = std::min(keys.size(), (chunk + 1) * kParseChunk);
        for (qsizetype i = chunk * kParseChunk; i < end; ++i) {
            const ContactPhone phone = numbers.normalize(keys.at(i));
            results[size_t(i)] = {phone.e164, phone.type, phone.valid};
        }
    });
    return results;
}

QString json(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// E.164 digits fit in 64 bits; e-mail addresses are hashed to 64 bits. Keys of a million rows then
// cost tens of megabytes rather than hundreds.
quint64 phoneKey(const QString& e164) {
    quint64 key = 1;
    for (QChar c : e164) {
        if (c.isDigit())
            key = key * 10 + quint64(c.digitValue());
    }
    return key;
}

quint64 emailKey(const QString& address) {
    const QString lower = address.toLower();
    return quint64(qHash(lower, size_t(0x9E3779B97F4A7C15ULL))) ^ (quint64(lower.size()) << 56);
}

bool isEmailAddress(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(text).hasMatch();
}

bool digitsOnly(const QString& text) {
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

const Channel kChannels[] = {Channel::Sms, Channel::Email, Channel::Voice};

// Whether numbers of this region are written nationally with a leading 0 (GB, DE, FR, ...): there a
// number of digits only without it is what a spreadsheet leaves of a number it read as a number.
bool nationalPrefixIsZero(const QString& region) {
    std::string prefix;
    i18n::phonenumbers::PhoneNumberUtil::GetInstance()->GetNddPrefixForRegion(region.toStdString(), true,
                                                                              &prefix);
    return prefix == "0";
}

// One run of the importer: the state that lives from the first row to the last.
class ImportRun final {
public:
    ImportRun(Database& database, const Clock& clock, const ImportOptions& options, bool commit)
        : m_database(database)
        , m_clock(clock)
        , m_options(options)
        , m_commit(commit)
        , m_numbers(options.region)
        , m_contacts(database, nullptr, &clock)
        , m_groups(database, nullptr, &clock)
        , m_ledger(database, &clock)
        , m_writer(database, clock)
        , m_zeroPrefix(nationalPrefixIsZero(m_numbers.defaultRegion())) {}

    Status loadExisting() {
        ImportMatchKeys keys(m_database);
        if (Status read = keys.forEachNumber([this](const QString& e164, const QString& contactId) {
                m_existingByPhone.insert(phoneKey(e164), contactId);
            });
            !read)
            return read;
        if (Status read = keys.forEachAddress([this](const QString& address, const QString& contactId) {
                m_existingByEmail.insert(emailKey(address), contactId);
            });
            !read)
            return read;
        return keys.forEachId([this](const QString& contactId) { m_existingIds.insert(contactId); });
    }

    Status start(const QString& importId, const ImportReport& report, bool bulk, qint64 fileBytes) {
        m_importId = importId;
        m_sourceText = m_options.consentSource.isEmpty()
                           ? ImportEngineText::tr("import of %1").arg(report.fileName)
                           : m_options.consentSource;
        m_lineFormat = ImportEngineText::tr(", line %1");
        if (!m_commit)
            return {};
        if (Status prepared = m_writer.prepare(); !prepared)
            return prepared;
        if (bulk) {
            if (Status begun = m_writer.beginBulk(fileBytes); !begun)
                return begun;
        }
        return ImportLog(m_database)
            .begin(importId, report.fileName, report.fileHash, report.format, report.mapping,
                   m_options.toJson(), toStoredTime(m_clock.now()));
    }

    Status finish(const ImportReport& report) {
        if (!m_commit)
            return {};
        if (Status finished = m_writer.finishBulk(); !finished)
            return finished;
        return ImportLog(m_database)
            .finish(m_importId, report.countsJson(), toStoredTime(m_clock.now()), m_writer.rowidBefore());
    }

    // The keys of a batch's numbers that are not known yet, each once. The parse itself runs on the
    // thread pool (parseKeys) while the previous batch is written.
    // Only reads the cache: it runs on the reading thread while this one plans the previous batch.
    QStringList unknownKeys(const std::vector<ImportDraft>& batch) const {
        QStringList keys;
        QSet<QString> seen;
        for (const ImportDraft& draft : batch) {
            for (const ContactPhone& phone : draft.contact.phones) {
                const QString key = PhoneNumbers::parsingKey(phone.raw);
                if (!m_phoneCache.contains(key) && !seen.contains(key)) {
                    seen.insert(key);
                    keys << key;
                }
            }
        }
        return keys;
    }

    // What the reading side found for one batch: the numbers it parsed (new to the cache) and the raw
    // numbers that are valid with a leading 0 added.
    struct Numbers {
        QHash<QString, ParsedPhone> parsed;
        QSet<QString> lostZero;
    };

    // Parses the batch's new numbers and fills its drafts. Only reads the cache, so it runs on the
    // reading thread while this thread plans and writes the previous batch; remember() then adds
    // what it parsed to the cache, between batches.
    Numbers prepareNumbers(std::vector<ImportDraft>& batch) const {
        Numbers numbers;
        const QStringList keys = unknownKeys(batch);
        const std::vector<ParsedPhone> parsed = parseKeys(m_numbers, keys);
        numbers.parsed.reserve(keys.size());
        for (qsizetype i = 0; i < keys.size(); ++i)
            numbers.parsed.insert(keys.at(i), parsed[size_t(i)]);
        auto lookup = [this, &numbers](const QString& key) {
            if (auto it = numbers.parsed.constFind(key); it != numbers.parsed.constEnd())
                return *it;
            return m_phoneCache.value(key);
        };
        // Numbers that did not parse as valid (or digits only where a national 0 is usual) may be
        // what a spreadsheet left of a number with a leading zero: those few are parsed with it.
        QStringList zeroKeys;
        QSet<QString> seen;
        for (ImportDraft& draft : batch) {
            for (ContactPhone& phone : draft.contact.phones) {
                const ParsedPhone result = lookup(PhoneNumbers::parsingKey(phone.raw));
                phone.e164 = result.e164;
                phone.type = result.type;
                phone.valid = result.valid;
                if (phone.valid && !(m_zeroPrefix && digitsOnly(phone.raw)))
                    continue;
                const QString digits = withoutSeparators(phone.raw);
                if (digitsOnly(digits) && !digits.startsWith(QLatin1Char('0'))) {
                    const QString key = QLatin1Char('0') + digits;
                    if (!numbers.parsed.contains(key) && !m_phoneCache.contains(key) && !seen.contains(key)) {
                        seen.insert(key);
                        zeroKeys << key;
                    }
                }
            }
        }
        const std::vector<ParsedPhone> zeroParsed = parseKeys(m_numbers, zeroKeys);
        for (qsizetype i = 0; i < zeroKeys.size(); ++i)
            numbers.parsed.insert(zeroKeys.at(i), zeroParsed[size_t(i)]);
        for (const ImportDraft& draft : batch) {
            for (const ContactPhone& phone : draft.contact.phones) {
                if (phone.valid && !(m_zeroPrefix && digitsOnly(phone.raw)))
                    continue;
                const QString digits = withoutSeparators(phone.raw);
                if (digitsOnly(digits) && !digits.startsWith(QLatin1Char('0')) &&
                    lookup(QLatin1Char('0') + digits).valid)
                    numbers.lostZero.insert(phone.raw);
            }
        }
        return numbers;
    }

    // Between batches: the cache learns what the reading side parsed; validate() uses lostZero.
    void remember(Numbers numbers) {
        if (m_phoneCache.size() > kPhoneCacheLimit)
            m_phoneCache.clear();
        for (auto it = numbers.parsed.cbegin(); it != numbers.parsed.cend(); ++it)
            m_phoneCache.insert(it.key(), it.value());
        m_lostZero = std::move(numbers.lostZero);
    }

    // The text without blanks and the separators ( ) . - (no regular expression: both threads use it).
    static QString withoutSeparators(const QString& raw) {
        QString out;
        out.reserve(raw.size());
        for (const QChar c : raw) {
            const char16_t u = c.unicode();
            if (u == u' ' || (u >= 0x9 && u <= 0xd) || u == u'(' || u == u')' || u == u'.' || u == u'-')
                continue;
            out += c;
        }
        return out;
    }

    const PhoneNumbers& numbers() const { return m_numbers; }

    // Uses what prepareNumbers() found for the batch this draft belongs to.
    void validate(ImportDraft& draft) {
        for (const ContactPhone& phone : draft.contact.phones) {
            if (phone.valid && !(m_zeroPrefix && digitsOnly(phone.raw)))
                continue;
            const QString digits = withoutSeparators(phone.raw);
            if (digitsOnly(digits) && !digits.startsWith(QLatin1Char('0'))) {
                if (m_lostZero.contains(phone.raw)) {
                    draft.problems
                        << ImportEngineText::tr(
                               "Phone \"%1\" looks like %2 with its leading zero lost, as spreadsheets "
                               "do with numbers; format the column as text and export again.")
                               .arg(phone.raw, QLatin1Char('0') + digits);
                    continue;
                }
            }
            if (phone.valid)
                continue;
            if (!draft.problems.join(QLatin1Char(' ')).contains(phone.raw))
                draft.problems << ImportEngineText::tr("Phone \"%1\" is not a valid number for region %2.")
                                      .arg(phone.raw, m_numbers.defaultRegion());
        }
        for (const ContactEmail& email : draft.contact.emails) {
            if (!isEmailAddress(email.address))
                draft.problems
                    << ImportEngineText::tr("E-mail \"%1\" is not an e-mail address.").arg(email.address);
        }
        if (draft.problems.isEmpty() && draft.contact.shownName().isEmpty())
            draft.problems << ImportEngineText::tr(
                "The row has no name, organization, phone number or e-mail address.");
    }

    QStringList groupsFor(const ImportDraft& draft) const {
        QStringList groups;
        for (const QString& group : m_options.targetGroups + draft.groups) {
            const QString trimmed = group.trimmed();
            if (!trimmed.isEmpty() && !groups.contains(trimmed, Qt::CaseInsensitive))
                groups << trimmed;
        }
        return groups;
    }

    // Merges a row into an existing contact as the duplicate policy says; returns the fields changed.
    QStringList merge(Contact& target, const Contact& incoming, ImportOptions::OnDuplicate policy) const {
        QStringList changed;
        const bool overwrite = policy == ImportOptions::OnDuplicate::Overwrite;
        auto field = [&](QString& current, const QString& value, const QString& key) {
            if (value.isEmpty() || current == value || (!overwrite && !current.isEmpty()))
                return;
            current = value;
            changed << key;
        };
        field(target.givenName, incoming.givenName, QStringLiteral("givenName"));
        field(target.middleName, incoming.middleName, QStringLiteral("middleName"));
        field(target.familyName, incoming.familyName, QStringLiteral("familyName"));
        field(target.displayName, incoming.displayName, QStringLiteral("displayName"));
        field(target.organization, incoming.organization, QStringLiteral("organization"));
        field(target.notes, incoming.notes, QStringLiteral("notes"));
        field(target.language, incoming.language, QStringLiteral("language"));
        field(target.timeZone, incoming.timeZone, QStringLiteral("timeZone"));
        bool phonesChanged = false;
        for (const ContactPhone& phone : incoming.phones) {
            const bool present =
                std::any_of(target.phones.cbegin(), target.phones.cend(), [&](const ContactPhone& p) {
                    return (!p.e164.isEmpty() && p.e164 == phone.e164) || p.raw == phone.raw;
                });
            if (!present) {
                target.phones.append(phone);
                phonesChanged = true;
            }
        }
        if (phonesChanged)
            changed << QStringLiteral("phones");
        bool emailsChanged = false;
        for (const ContactEmail& email : incoming.emails) {
            const bool present =
                std::any_of(target.emails.cbegin(), target.emails.cend(), [&](const ContactEmail& e) {
                    return e.address.compare(email.address, Qt::CaseInsensitive) == 0;
                });
            if (!present) {
                target.emails.append(email);
                emailsChanged = true;
            }
        }
        if (emailsChanged)
            changed << QStringLiteral("emails");
        for (auto it = incoming.customFields.cbegin(); it != incoming.customFields.cend(); ++it) {
            const QVariant current = target.customFields.value(it.key());
            if (current.toString() == it.value().toString() ||
                (!overwrite && current.isValid() && !current.toString().isEmpty()))
                continue;
            target.customFields.insert(it.key(), it.value());
            changed << QStringLiteral("custom:") + it.key();
        }
        return changed;
    }

    Result<QSet<QString>> memberGroupNames(const QString& contactId) {
        auto memberships = m_contacts.memberships(contactId);
        if (!memberships)
            return memberships.error();
        QSet<QString> names;
        for (const GroupMembership& membership : memberships.value())
            names.insert(membership.groupName.toLower());
        return names;
    }

    Result<bool> hasChannelOptOut(const QString& contactId) {
        return ImportMatchKeys(m_database).hasChannelOptOut(contactId);
    }

    Status recordChange(const QString& action, const QString& contactId, const QString& groupId,
                        const QString& before = {}) {
        return m_writer.recordChange(m_importId, ++m_changeSeq, action, contactId, groupId, before);
    }

    Result<QString> groupId(const QString& name) {
        const QString key = name.toLower();
        if (auto it = m_groupIds.constFind(key); it != m_groupIds.constEnd())
            return *it;
        auto found = m_groups.find(name);
        if (!found && found.error().code == Error::Code::NotFound) {
            found = m_groups.add(Group{QString(), name, QString(), {}});
            if (found) {
                if (Status recorded = recordChange(QStringLiteral("group"), {}, found.value().id); !recorded)
                    return recorded.error();
            }
        }
        if (!found)
            return found.error();
        m_groupIds.insert(key, found.value().id);
        m_groupNames.insert(found.value().id, found.value().name);
        return found.value().id;
    }

    Status join(const QString& contactId, const QStringList& groups, ConsentState consent, bool newContact,
                const ImportDraft& draft) {
        for (const QString& name : groups) {
            auto id = groupId(name);
            if (!id)
                return id.error();
            if (Status added =
                    m_groups.addMember(id.value(), contactId, consent, ConsentMethod::Import,
                                       m_sourceText + m_lineFormat.arg(draft.line), QStringLiteral("import"));
                !added)
                return added;
            if (!newContact) {
                if (Status recorded = recordChange(QStringLiteral("joined"), contactId, id.value());
                    !recorded)
                    return recorded;
            }
        }
        return {};
    }

    Status recordOptOut(const QString& contactId, const ImportDraft& draft) {
        for (Channel channel : kChannels) {
            ConsentChange change;
            change.contactId = contactId;
            change.channel = channel;
            change.state = ConsentState::OptedOut;
            change.method = ConsentMethod::Import;
            change.source =
                ImportEngineText::tr("opt-out column of %1, line %2").arg(m_fileName).arg(draft.line);
            change.recordedBy = QStringLiteral("import");
            if (Status recorded = m_ledger.record(change); !recorded)
                return recorded;
        }
        return {};
    }

    // Decides what happens to one valid row and, on commit, does it.
    Result<PlannedRow> decide(ImportDraft& draft) {
        PlannedRow row;
        row.line = draft.line;
        row.name = draft.contact.shownName();
        row.warnings = draft.warnings;
        for (const ContactPhone& phone : draft.contact.phones)
            row.phones << (phone.valid ? phone.e164 : phone.raw);
        for (const ContactEmail& email : draft.contact.emails)
            row.emails << email.address;
        if (!draft.problems.isEmpty()) {
            row.outcome = RowOutcome::Invalid;
            row.detail = draft.problems.join(QLatin1Char(' '));
            return row;
        }

        // Within the file: the first row with a number or address wins, later ones are duplicates.
        QList<quint64> phoneKeys;
        QList<quint64> emailKeys;
        for (const ContactPhone& phone : draft.contact.phones)
            phoneKeys << phoneKey(phone.e164);
        for (const ContactEmail& email : draft.contact.emails)
            emailKeys << emailKey(email.address);
        for (qsizetype i = 0; i < phoneKeys.size(); ++i) {
            if (const qint64 first = m_filePhones.value(phoneKeys.at(i)); first) {
                row.outcome = RowOutcome::Duplicate;
                row.detail = ImportEngineText::tr("Same phone number (%1) as line %2 of the file.")
                                 .arg(draft.contact.phones.at(i).e164)
                                 .arg(first);
                return row;
            }
        }
        for (qsizetype i = 0; i < emailKeys.size(); ++i) {
            if (const qint64 first = m_fileEmails.value(emailKeys.at(i)); first) {
                row.outcome = RowOutcome::Duplicate;
                row.detail = ImportEngineText::tr("Same e-mail address (%1) as line %2 of the file.")
                                 .arg(draft.contact.emails.at(i).address)
                                 .arg(first);
                return row;
            }
        }
        for (quint64 key : phoneKeys)
            m_filePhones.insert(key, draft.line);
        for (quint64 key : emailKeys)
            m_fileEmails.insert(key, draft.line);

        // In the profile: by id (our own export), then by number, then by e-mail address.
        QString existingId;
        QString matchedBy;
        if (!draft.existingId.isEmpty() && m_existingIds.contains(draft.existingId)) {
            existingId = draft.existingId;
            matchedBy = ImportEngineText::tr("id");
        }
        for (qsizetype i = 0; existingId.isEmpty() && i < phoneKeys.size(); ++i) {
            existingId = m_existingByPhone.value(phoneKeys.at(i));
            matchedBy = ImportEngineText::tr("phone number %1").arg(draft.contact.phones.at(i).e164);
        }
        for (qsizetype i = 0; existingId.isEmpty() && i < emailKeys.size(); ++i) {
            existingId = m_existingByEmail.value(emailKeys.at(i));
            matchedBy = ImportEngineText::tr("e-mail address %1").arg(draft.contact.emails.at(i).address);
        }
        QStringList groups = groupsFor(draft);

        if (existingId.isEmpty()) {
            row.outcome = RowOutcome::Create;
            row.groups = groups;
            row.optedOut = draft.optedOut;
            if (!m_commit)
                return row;
            QStringList groupIds;
            QStringList groupNames;
            for (const QString& name : groups) {
                auto id = groupId(name);
                if (!id)
                    return id.error();
                groupIds << id.value();
                groupNames << m_groupNames.value(id.value());
            }
            const ConsentState consent = draft.optedOut ? ConsentState::OptedOut : m_options.consent;
            Contact& contact = draft.contact;
            contact.id.clear();
            if (Status added = m_writer.addContact(contact, groupNames, summaryOfNew(consent, draft, groups));
                !added)
                return added.error();
            row.contactId = contact.id;
            for (const QString& id : std::as_const(groupIds)) {
                if (Status added = m_writer.addMember(id, row.contactId, consent,
                                                      m_sourceText + m_lineFormat.arg(draft.line));
                    !added)
                    return added.error();
            }
            if (draft.optedOut) {
                if (Status recorded = recordOptOut(row.contactId, draft); !recorded)
                    return recorded.error();
            }
            return row;
        }

        auto existing = m_contacts.get(existingId);
        if (!existing)
            return existing.error();
        row.contactId = existingId;
        Contact merged = existing.value();
        const ImportOptions::OnDuplicate policy = m_options.onDuplicate == ImportOptions::OnDuplicate::Skip
                                                      ? ImportOptions::OnDuplicate::UpdateEmpty
                                                      : m_options.onDuplicate;
        row.changedFields = merge(merged, draft.contact, policy);
        auto memberOf = memberGroupNames(existingId);
        if (!memberOf)
            return memberOf.error();
        QStringList newGroups;
        for (const QString& group : groups) {
            if (!memberOf.value().contains(group.toLower()))
                newGroups << group;
        }
        auto optedOutBefore = hasChannelOptOut(existingId);
        if (!optedOutBefore)
            return optedOutBefore.error();
        const bool newOptOut = draft.optedOut && !optedOutBefore.value();
        row.groups = newGroups;
        row.optedOut = draft.optedOut || optedOutBefore.value();
        if (row.changedFields.isEmpty() && newGroups.isEmpty() && !newOptOut) {
            row.outcome = RowOutcome::Unchanged;
            row.detail = ImportEngineText::tr("Already in the profile (matched by %1).").arg(matchedBy);
            return row;
        }
        if (m_options.onDuplicate == ImportOptions::OnDuplicate::Skip) {
            row.outcome = RowOutcome::Skip;
            row.detail = ImportEngineText::tr("Already in the profile (matched by %1); skipped as asked.")
                             .arg(matchedBy);
            row.groups.clear();
            return row;
        }
        row.outcome = RowOutcome::Update;
        row.detail = ImportEngineText::tr("Matched by %1.").arg(matchedBy);
        if (optedOutBefore.value())
            row.warnings << ImportEngineText::tr("Opted out in the profile: stays opted out.");
        if (!m_commit)
            return row;
        if (Status touched = m_writer.touch(existingId); !touched)
            return touched.error();
        if (!row.changedFields.isEmpty()) {
            if (Status recorded = recordChange(QStringLiteral("updated"), existingId, {},
                                               json(ContactJson::toJson(existing.value())));
                !recorded)
                return recorded.error();
            auto updated = m_contacts.update(merged);
            if (!updated)
                return updated.error();
        }
        // A person the profile holds as opted out joins new groups as opted out, whatever the file says.
        const ConsentState consent = row.optedOut ? ConsentState::OptedOut : m_options.consent;
        if (Status joined = join(existingId, newGroups, consent, false, draft); !joined)
            return joined.error();
        if (newOptOut) {
            if (Status recorded = recordOptOut(existingId, draft); !recorded)
                return recorded.error();
        }
        return row;
    }

    void setFileName(const QString& name) { m_fileName = name; }

    // The consent column of a new contact, as the triggers of schema 4 derive it from its memberships
    // (all with one consent) and its channel opt-outs.
    static ConsentState summaryOfNew(ConsentState consent, const ImportDraft& draft,
                                     const QStringList& groups) {
        if (draft.optedOut)
            return ConsentState::OptedOut;
        return groups.isEmpty() ? ConsentState::Unknown : consent;
    }

private:
    Database& m_database;
    const Clock& m_clock;
    const ImportOptions& m_options;
    bool m_commit;
    PhoneNumbers m_numbers;
    ContactRepository m_contacts;
    GroupRepository m_groups;
    ConsentLedger m_ledger;
    ImportWriter m_writer;
    bool m_zeroPrefix;
    QString m_importId;
    QString m_fileName;
    QString m_sourceText;
    QString m_lineFormat; // translated once: translating per row shows at a million rows
    qint64 m_changeSeq = 0;
    QHash<quint64, QString> m_existingByPhone;
    QHash<quint64, QString> m_existingByEmail;
    QSet<QString> m_existingIds;
    QHash<quint64, qint64> m_filePhones;
    QHash<quint64, qint64> m_fileEmails;
    QHash<QString, QString> m_groupIds;
    QHash<QString, QString> m_groupNames; // by id, as stored
    QHash<QString, ParsedPhone> m_phoneCache;
    QSet<QString> m_lostZero; // raw numbers of the current batch that are valid with a leading 0
};

Result<QString> sha256Of(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           ImportEngineText::tr("Cannot open %1: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error::make(Error::Code::Io,
                           ImportEngineText::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QString ImportOptions::onDuplicateKey(OnDuplicate value) {
    switch (value) {
    case OnDuplicate::Skip:
        return QStringLiteral("skip");
    case OnDuplicate::UpdateEmpty:
        return QStringLiteral("update");
    case OnDuplicate::Overwrite:
        return QStringLiteral("overwrite");
    }
    return QStringLiteral("skip");
}

std::optional<ImportOptions::OnDuplicate> ImportOptions::onDuplicateFromKey(const QString& key) {
    if (key == QLatin1String("skip"))
        return OnDuplicate::Skip;
    if (key == QLatin1String("update") || key == QLatin1String("update-empty"))
        return OnDuplicate::UpdateEmpty;
    if (key == QLatin1String("overwrite"))
        return OnDuplicate::Overwrite;
    return std::nullopt;
}

QJsonObject ImportOptions::toJson() const {
    return {{QStringLiteral("region"), region},
            {QStringLiteral("onDuplicate"), onDuplicateKey(onDuplicate)},
            {QStringLiteral("groups"), QJsonArray::fromStringList(targetGroups)},
            {QStringLiteral("consent"), toStorage(consent)},
            {QStringLiteral("consentSource"), consentSource},
            {QStringLiteral("encoding"), QString::fromLatin1(source.csv.encoding)},
            {QStringLiteral("delimiter"),
             source.csv.delimiter.isNull() ? QString() : QString(source.csv.delimiter)}};
}

QString toKey(RowOutcome outcome) {
    switch (outcome) {
    case RowOutcome::Create:
        return QStringLiteral("create");
    case RowOutcome::Update:
        return QStringLiteral("update");
    case RowOutcome::Unchanged:
        return QStringLiteral("unchanged");
    case RowOutcome::Skip:
        return QStringLiteral("skip");
    case RowOutcome::Duplicate:
        return QStringLiteral("duplicate");
    case RowOutcome::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

QString displayName(RowOutcome outcome) {
    switch (outcome) {
    case RowOutcome::Create:
        return ImportEngineText::tr("New");
    case RowOutcome::Update:
        return ImportEngineText::tr("Update");
    case RowOutcome::Unchanged:
        return ImportEngineText::tr("Unchanged");
    case RowOutcome::Skip:
        return ImportEngineText::tr("Exists, skipped");
    case RowOutcome::Duplicate:
        return ImportEngineText::tr("Duplicate in file");
    case RowOutcome::Invalid:
        return ImportEngineText::tr("Invalid");
    }
    return {};
}

QJsonObject ImportReport::countsJson() const {
    QJsonObject object;
    for (RowOutcome outcome : {RowOutcome::Create, RowOutcome::Update, RowOutcome::Unchanged,
                               RowOutcome::Skip, RowOutcome::Duplicate, RowOutcome::Invalid})
        object.insert(toKey(outcome), count(outcome));
    object.insert(QStringLiteral("rows"), rows);
    object.insert(QStringLiteral("groupsJoined"), groupsJoined);
    object.insert(QStringLiteral("optedOut"), optedOut);
    return object;
}

QJsonObject ImportReport::toJson() const {
    QJsonObject object{{QStringLiteral("importId"), importId.isEmpty() ? QJsonValue() : QJsonValue(importId)},
                       {QStringLiteral("file"), fileName},
                       {QStringLiteral("sha256"), fileHash},
                       {QStringLiteral("format"), format},
                       {QStringLiteral("encoding"), QString::fromLatin1(encoding)},
                       {QStringLiteral("delimiter"), delimiter.isNull() ? QString() : QString(delimiter)},
                       {QStringLiteral("committed"), committed},
                       {QStringLiteral("counts"), countsJson()},
                       {QStringLiteral("warnings"), warnings},
                       {QStringLiteral("mapping"), mapping}};
    if (!rejectedRowsPath.isEmpty()) {
        object.insert(QStringLiteral("rejectedRowsFile"), rejectedRowsPath);
        object.insert(QStringLiteral("rejectedRows"), rejectedRows);
    }
    return object;
}

ImportEngine::ImportEngine(Database& database, ChangeNotifier* notifier, const Clock* clock)
    : m_database(database)
    , m_notifier(notifier)
    , m_clock(clock ? *clock : Clock::system()) {}

Result<ImportReport> ImportEngine::plan(const QString& path, const ImportOptions& options,
                                        const RowSink& sink, const std::atomic_bool* cancel,
                                        const Progress& progress) {
    return run(path, options, false, sink, cancel, progress);
}

Result<ImportReport> ImportEngine::commit(const QString& path, const ImportOptions& options,
                                          const RowSink& sink, const std::atomic_bool* cancel,
                                          const Progress& progress) {
    return run(path, options, true, sink, cancel, progress);
}

Result<ImportReport> ImportEngine::run(const QString& path, const ImportOptions& options, bool commit,
                                       const RowSink& sink, const std::atomic_bool* cancel,
                                       const Progress& progress) {
    auto hash = sha256Of(path);
    if (!hash)
        return hash.error();
    auto opened = ImportSource::open(path, options.source);
    if (!opened)
        return opened.error();
    ImportSource& source = *opened.value();

    ImportReport report;
    report.fileName = QFileInfo(path).fileName();
    report.fileHash = hash.value();
    report.format = source.mapping().format();
    report.formatName = source.mapping().formatName();
    report.encoding = source.encoding();
    report.delimiter = source.delimiter();
    report.mapping = source.mapping().toJson();
    report.rejectedRowsPath = options.rejectedRowsPath;

    std::unique_ptr<QSaveFile> rejectedFile;
    std::unique_ptr<CsvWriter> rejected;
    if (!options.rejectedRowsPath.isEmpty()) {
        rejectedFile = std::make_unique<QSaveFile>(options.rejectedRowsPath);
        if (!rejectedFile->open(QIODevice::WriteOnly))
            return Error::make(Error::Code::Io,
                               ImportEngineText::tr("Cannot write %1: %2")
                                   .arg(options.rejectedRowsPath, rejectedFile->errorString()));
        rejected = std::make_unique<CsvWriter>(rejectedFile.get());
        rejected->writeRow(source.rejectHeader() << ImportEngineText::tr("Import problem"));
    }

    ImportRun run(m_database, m_clock, options, commit);
    run.setFileName(report.fileName);
    const QString importId = commit ? QUuid::createUuid().toString(QUuid::WithoutBraces) : QString();

    const bool bulk = options.bulkFromBytes >= 0 && source.totalBytes() >= options.bulkFromBytes;
    auto readBatch = [&source](std::vector<ImportDraft>& batch) {
        batch.clear();
        ImportDraft draft;
        while (batch.size() < size_t(kBatchSize) && source.next(draft))
            batch.push_back(std::move(draft));
    };

    // IQ_IMPORT_TIMING=1 prints where a run's time went (bench/import_bench uses it).
    const bool timing = qEnvironmentVariableIsSet("IQ_IMPORT_TIMING");
    QElapsedTimer clock;
    qint64 readNs = 0, planNs = 0, waitNs = 0, applyNs = 0, finishNs = 0;
    auto lap = [&clock](qint64& total) {
        total += clock.nsecsElapsed();
        clock.restart();
    };
    clock.start();

    auto work = [&]() -> Status {
        if (Status loaded = run.loadExisting(); !loaded)
            return loaded;
        if (Status started = run.start(importId, report, bulk, source.totalBytes()); !started)
            return started;
        // Two batches in flight: the next is read and its new numbers parsed on the thread pool while
        // this thread plans and writes the current one. The reading side only reads the number cache;
        // this thread changes it only between batches.
        std::vector<ImportDraft> batch;
        std::vector<ImportDraft> next;
        batch.reserve(kBatchSize);
        next.reserve(kBatchSize);
        readBatch(batch);
        run.remember(run.prepareNumbers(batch));
        while (!batch.empty()) {
            if (cancel && cancel->load())
                return Error::make(Error::Code::Cancelled,
                                   ImportEngineText::tr("The import was cancelled; nothing was changed."));
            clock.restart();
            QFuture<ImportRun::Numbers> reading = QtConcurrent::run([&run, &next, &readBatch] {
                readBatch(next);
                return run.prepareNumbers(next);
            });
            lap(readNs);
            for (ImportDraft& row : batch) {
                run.validate(row);
                auto planned = run.decide(row);
                if (!planned) {
                    reading.waitForFinished();
                    return Error::make(
                        planned.error().code,
                        ImportEngineText::tr("Line %1: %2").arg(row.line).arg(planned.error().message));
                }
                const PlannedRow& result = planned.value();
                ++report.rows;
                ++report.counts[result.outcome];
                if (result.outcome == RowOutcome::Create || result.outcome == RowOutcome::Update) {
                    report.groupsJoined += result.groups.size();
                    report.optedOut += result.optedOut;
                }
                report.warnings += result.warnings.size();
                if (result.outcome == RowOutcome::Invalid && rejected) {
                    rejected->writeRow(
                        QStringList(row.rawFields)
                        << ImportEngineText::tr("Line %1: %2").arg(row.line).arg(result.detail));
                    ++report.rejectedRows;
                }
                if (sink)
                    sink(result);
            }
            lap(planNs);
            reading.waitForFinished();
            lap(waitNs);
            run.remember(reading.takeResult());
            lap(applyNs);
            std::swap(batch, next);
            if (progress)
                progress(source.bytesRead(), source.totalBytes());
        }
        // A cancel that came with the last batch still counts; once finishing starts, it runs to the end.
        if (cancel && cancel->load())
            return Error::make(Error::Code::Cancelled,
                               ImportEngineText::tr("The import was cancelled; nothing was changed."));
        clock.restart();
        Status finished = run.finish(report);
        lap(finishNs);
        return finished;
    };

    QElapsedTimer total;
    total.start();
    const Status status = commit ? m_database.transaction(work) : work();
    if (timing)
        std::fprintf(stderr,
                     "import timing (s): start %.2f, plan+write %.2f, read+parse wait %.2f, apply %.2f, "
                     "finish %.2f, total with commit %.2f\n",
                     readNs / 1e9, planNs / 1e9, waitNs / 1e9, applyNs / 1e9, finishNs / 1e9,
                     total.nsecsElapsed() / 1e9);
    if (!status)
        return status.error();
    if (rejectedFile && !rejectedFile->commit())
        return Error::make(Error::Code::Io, ImportEngineText::tr("Cannot write %1: %2")
                                                .arg(options.rejectedRowsPath, rejectedFile->errorString()));
    report.importId = importId;
    report.committed = commit;
    if (commit && m_notifier) {
        m_notifier->announce(Entity::Contact);
        m_notifier->announce(Entity::Group);
        m_notifier->announce(Entity::Membership);
    }
    return report;
}

} // namespace iq
