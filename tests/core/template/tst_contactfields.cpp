// The fields a template sees for a contact, from a Contact and from the store in bulk.
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/GroupRepository.h"
#include "core/template/ContactFields.h"
#include "shared/template/Template.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace iq;

namespace {

Contact ann() {
    Contact contact;
    contact.givenName = QStringLiteral("Ann");
    contact.familyName = QStringLiteral("Lee");
    contact.organization = QStringLiteral("Lee Bikes");
    contact.phones.append({QStringLiteral("(555) 010-2000"),
                           QStringLiteral("+15550102000"),
                           QStringLiteral("mobile"),
                           {},
                           true});
    contact.emails.append({QStringLiteral("ann@example.com"), {}});
    contact.customFields.insert(QStringLiteral("shoe_size"), 38);
    return contact;
}

QString joinedName(const QString& given, const QString& middle, const QString& family) {
    QStringList parts;
    for (const QString& part : {given, middle, family}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(QLatin1Char(' '));
}

// Every field of every live contact, the way the audience was read through QSqlQuery before the
// reader went to SQLite's API: the reference the reader must match.
QList<QStringList> readThroughQt(Database& db) {
    QList<QStringList> rows;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT c.id, c.given_name, c.middle_name, c.family_name, c.list_name, "
                                   "c.organization, c.custom_fields, c.primary_phone, c.primary_email "
                                   "FROM contacts c WHERE c.deleted = 0")))
        return rows;
    while (query.next()) {
        const QString given = query.value(1).toString();
        const QString middle = query.value(2).toString();
        const QString family = query.value(3).toString();
        rows.append({query.value(0).toString(), given.trimmed(), middle.trimmed(), family.trimmed(),
                     joinedName(given, middle, family), query.value(4).toString(), query.value(5).toString(),
                     query.value(7).toString(), query.value(8).toString(),
                     QString::fromUtf8(
                         QJsonDocument(QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object())
                             .toJson(QJsonDocument::Compact))});
    }
    return rows;
}

QStringList rowOf(const QString& id, const ContactFields& fields) {
    return {id,
            fields.value(ContactFields::FirstName),
            fields.value(ContactFields::MiddleName),
            fields.value(ContactFields::LastName),
            fields.value(ContactFields::FullName),
            fields.value(ContactFields::Name),
            fields.value(ContactFields::Organization),
            fields.value(ContactFields::Phone),
            fields.value(ContactFields::Email),
            QString::fromUtf8(QJsonDocument(fields.customFields()).toJson(QJsonDocument::Compact))};
}

QString render(const QString& source, const ContactFields& fields) {
    return tmpl::Template::parse(source).render(tmpl::Value::fromFields(&fields), tmpl::Escaping::None).text;
}

} // namespace

class TestContactFields final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("p.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
    }

    void fromContact() {
        ContactFields fields;
        fields.setSender({QStringLiteral("Mac Corner"), QStringLiteral("Reply STOP to opt out")});
        fields.setContact(ann(), QStringLiteral("Mac Users"));
        QCOMPARE(
            render(
                QStringLiteral(
                    "{{first_name}} {{last_name}}|{{full_name}}|{{name}}|{{organization}}|{{phone}}|"
                    "{{email}}|{{group}}|{{business_name}}|{{opt_out}}|{{shoe_size}}|{{custom.shoe_size}}"),
                fields),
            QStringLiteral(
                "Ann Lee|Ann Lee|Ann Lee|Lee Bikes|+15550102000|ann@example.com|Mac Users|Mac Corner|"
                "Reply STOP to opt out|38|38"));
        QVERIFY(fields.availableNames().contains(QStringLiteral("shoe_size")));
        QCOMPARE(render(QStringLiteral("{{middle_name|-}}"), fields), QStringLiteral("-"));
    }

    // Top-level names are printed from the fields' own text; the result is the one of looking them
    // up as values: escaping per channel, fallbacks for blank values, custom fields, sections.
    void fieldsPrintedDirectly() {
        ContactFields fields;
        fields.setContact(ann());
        fields.set(ContactFields::FirstName, QStringLiteral("<Ann & \"Bo\">"));
        fields.set(ContactFields::Organization, QStringLiteral(" \t "));
        const tmpl::Template parsed = tmpl::Template::parse(
            QStringLiteral("{{first_name}}|{{{first_name}}}|{{organization|none}}|{{shoe_size}}|"
                           "{{#custom}}{{first_name}}{{/custom}}|{{custom.shoe_size}}"));
        QCOMPARE(parsed.render(tmpl::Value::fromFields(&fields), tmpl::Escaping::Html).text,
                 QStringLiteral("&lt;Ann &amp; &quot;Bo&quot;&gt;|<Ann & \"Bo\">|none|38|"
                                "&lt;Ann &amp; &quot;Bo&quot;&gt;|38"));
        const tmpl::RenderOutput output =
            parsed.render(tmpl::Value::fromFields(&fields), tmpl::Escaping::None);
        QCOMPARE(output.text, QStringLiteral("<Ann & \"Bo\">|<Ann & \"Bo\">|none|38|<Ann & \"Bo\">|38"));
        QCOMPARE(output.fallbacksUsed, QStringList{QStringLiteral("organization")});
        QVERIFY(fields.text(QStringLiteral("shoe_size")) == nullptr);
        QCOMPARE(*fields.text(QStringLiteral("first_name")), fields.value(ContactFields::FirstName));
    }

    void unknownFieldsFlagged() {
        ContactFields fields;
        fields.setContact(ann());
        const auto parsed = tmpl::Template::parse(QStringLiteral("Hi {{first_nme}} {{shoe_size}}"));
        const auto unknown = parsed.unknownNames(fields.availableNames(), {});
        QCOMPARE(unknown.size(), 1);
        QVERIFY(unknown.first().message.contains(QStringLiteral("first_nme")));
    }

    void senderFromSettings() {
        SenderFields sender = SenderFields::load(*m_db);
        QCOMPARE(sender.optOutText, SenderFields::defaultOptOutText());
        QVERIFY(sender.businessName.isEmpty());
        QVERIFY(
            m_db
                ->exec(QStringLiteral(
                    "INSERT OR REPLACE INTO settings (key, value) VALUES ('business_name', 'Mac Corner')"))
                .ok());
        QVERIFY(m_db->exec(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES "
                                          "('opt_out_text', 'Text STOP to quit')"))
                    .ok());
        sender = SenderFields::load(*m_db);
        QCOMPARE(sender.businessName, QStringLiteral("Mac Corner"));
        QCOMPARE(sender.optOutText, QStringLiteral("Text STOP to quit"));
    }

    void audienceFromStore() {
        ContactRepository contacts(*m_db);
        GroupRepository groups(*m_db);
        auto first = contacts.add(ann());
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        Contact bob;
        bob.givenName = QStringLiteral("Bob");
        auto second = contacts.add(bob);
        QVERIFY(second.ok());
        auto group = groups.add(Group{QString(), QStringLiteral("Mac Users"), QString(), {}});
        QVERIFY2(group.ok(), qPrintable(group.errorMessage()));
        QVERIFY(groups
                    .addMember(group.value().id, second.value().id, ConsentState::OptedIn,
                               ConsentMethod::Manual, {}, {})
                    .ok());

        const auto parsed = tmpl::Template::parse(
            QStringLiteral("{{first_name|there}} {{phone|-}} {{shoe_size|?}} {{group|all}}"));
        QStringList lines;
        AudienceReader reader(*m_db);
        QVERIFY(
            reader
                .forEach(
                    {}, SenderFields::load(*m_db),
                    [&](const QString&, const ContactFields& fields) {
                        lines << parsed.render(tmpl::Value::fromFields(&fields), tmpl::Escaping::None).text;
                        return true;
                    })
                .ok());
        QCOMPARE(lines,
                 (QStringList{QStringLiteral("Ann +15550102000 38 all"), QStringLiteral("Bob - ? all")}));
        QCOMPARE(reader.count({}).value(), 2);

        lines.clear();
        QVERIFY(reader
                    .forEach(
                        group.value().id, SenderFields::load(*m_db),
                        [&](const QString& id, const ContactFields& fields) {
                            lines << id + QLatin1Char(' ') +
                                         parsed.render(tmpl::Value::fromFields(&fields), tmpl::Escaping::None)
                                             .text;
                            return true;
                        })
                    .ok());
        QCOMPARE(lines, QStringList{second.value().id + QStringLiteral(" Bob - ? Mac Users")});
        QCOMPARE(reader.count(group.value().id).value(), 1);
        QVERIFY(!reader
                     .forEach(QStringLiteral("nope"), {},
                              [](const QString&, const ContactFields&) { return true; })
                     .ok());
    }

    // The reader goes to SQLite directly and widens ASCII itself: the same values as through Qt, with
    // accents, CJK, emoji, spaces (also no-break ones) around names, missing values, custom fields.
    void readerMatchesQtReading() {
        ContactRepository contacts(*m_db);
        Contact zoe;
        zoe.givenName = QStringLiteral("  Zoë ");
        zoe.middleName = QStringLiteral("Ł");
        zoe.familyName = QStringLiteral("Ångström");
        zoe.organization = QStringLiteral("Café Ünter");
        zoe.customFields.insert(QStringLiteral("note"), QStringLiteral("naïve 😀"));
        zoe.customFields.insert(QStringLiteral("tier"), QStringLiteral("gold"));
        zoe.emails.append({QStringLiteral("zoë@example.com"), {}});
        Contact li;
        li.givenName = QStringLiteral("小龍");
        li.familyName = QStringLiteral("李");
        li.phones.append({QStringLiteral("020 7946 0018"), {}, QStringLiteral("home"), {}, false});
        Contact orgOnly;
        orgOnly.organization = QStringLiteral("Only Org Ltd");
        Contact spaced;
        spaced.givenName = QStringLiteral("\u00A0Bo\u00A0");
        spaced.familyName = QStringLiteral(" ");
        for (const Contact& contact : {zoe, li, orgOnly})
            QVERIFY(contacts.add(contact).ok());
        auto spacedAdded = contacts.add(spaced);
        QVERIFY(spacedAdded.ok());
        const QString spacedId = spacedAdded.value().id;

        const QList<QStringList> expected = readThroughQt(*m_db);
        QVERIFY(expected.size() >= 4);
        QList<QStringList> rows;
        QVERIFY(AudienceReader(*m_db)
                    .forEach({}, {},
                             [&](const QString& id, const ContactFields& fields) {
                                 rows << rowOf(id, fields);
                                 return true;
                             })
                    .ok());
        QCOMPARE(rows, expected);
        // No-break spaces trimmed as QString::trimmed() does. Found by id: neither read has an order.
        const auto spacedRow = std::find_if(rows.cbegin(), rows.cend(), [&spacedId](const QStringList& row) {
            return row.first() == spacedId;
        });
        QVERIFY(spacedRow != rows.cend());
        QCOMPARE(spacedRow->at(1), QStringLiteral("Bo"));
        QCOMPARE(spacedRow->at(4), QStringLiteral("Bo"));
    }

    // Reading only the columns a template uses renders exactly what reading them all does.
    void templateColumns_data() {
        QTest::addColumn<QString>("source");
        QTest::addColumn<unsigned>("columns");
        using C = AudienceColumns;
        QTest::newRow("first name") << QStringLiteral(
                                           "Hi {{first_name|there}}, {{business_name}}. {{opt_out}}")
                                    << unsigned(C::GivenNameFlag | C::ListNameFlag);
        QTest::newRow("full name") << QStringLiteral("{{full_name|friend}}")
                                   << unsigned(C::GivenNameFlag | C::MiddleNameFlag | C::FamilyNameFlag |
                                               C::FullNameFlag | C::ListNameFlag);
        QTest::newRow("parts") << QStringLiteral("{{last_name}}/{{middle_name}}/{{name}}")
                               << unsigned(C::MiddleNameFlag | C::FamilyNameFlag | C::ListNameFlag);
        QTest::newRow("contact details")
            << QStringLiteral("{{organization}} {{phone}} {{email}} {{group|-}}")
            << unsigned(C::OrganizationFlag | C::PhoneFlag | C::EmailFlag | C::ListNameFlag);
        QTest::newRow("custom") << QStringLiteral("{{shoe_size|?}} {{custom.note|-}}")
                                << unsigned(C::CustomFieldsFlag | C::ListNameFlag);
        QTest::newRow("custom section") << QStringLiteral("{{#custom}}{{tier}}{{first_name}}{{/custom}}")
                                        << unsigned(C::CustomFieldsFlag | C::GivenNameFlag | C::ListNameFlag);
        QTest::newRow("dot") << QStringLiteral(
                                    "{{#first_name}}[{{.}}]{{/first_name}}{{^email}}no mail{{/email}}")
                             << unsigned(C::GivenNameFlag | C::EmailFlag | C::CustomFieldsFlag |
                                         C::ListNameFlag);
        QTest::newRow("snippet") << QStringLiteral("{{first_name}} {{> signature}}")
                                 << unsigned(C::All & ~C::IdFlag);
    }

    void templateColumns() {
        QFETCH(QString, source);
        QFETCH(unsigned, columns);
        const tmpl::Template parsed = tmpl::Template::parse(source);
        QVERIFY(parsed.isValid());
        QCOMPARE(AudienceReader::columnsFor(parsed), columns);
        auto renderAll = [&](unsigned read) {
            QStringList lines;
            const Status status = AudienceReader(*m_db).forEach(
                {}, SenderFields::load(*m_db),
                [&](const QString&, const ContactFields& fields) {
                    lines << parsed.render(tmpl::Value::fromFields(&fields), tmpl::Escaping::None).text;
                    return true;
                },
                read);
            return status.ok() ? lines : QStringList{QStringLiteral("failed")};
        };
        const QStringList all = renderAll(AudienceColumns::All);
        QVERIFY(all.size() >= 2);
        QCOMPARE(renderAll(columns), all);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestContactFields)
#include "tst_contactfields.moc"
