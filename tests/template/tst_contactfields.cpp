// The fields a template sees for a contact, from a Contact and from the store in bulk.
#include "store/ContactRepository.h"
#include "store/Database.h"
#include "store/GroupRepository.h"
#include "template/ContactFields.h"
#include "template/Template.h"

#include <QTemporaryDir>
#include <QTest>

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

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestContactFields)
#include "tst_contactfields.moc"
