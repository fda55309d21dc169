#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

// iqm's commands for editing, merging and the consent history of contacts, run as a user runs them.
class TestCliContacts final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { m_profile = m_dir.filePath(QStringLiteral("p%1").arg(++m_counter)); }

    void editsEveryFieldAndKeepsTheOthers() {
        const QString id = add({QStringLiteral("--first-name"), QStringLiteral("Ana"),
                                QStringLiteral("--phone"), QStringLiteral("(415) 555-0123"),
                                QStringLiteral("--email"), QStringLiteral("ana@example.com")});
        auto edited =
            iqm({QStringLiteral("contacts"), QStringLiteral("edit"), id, QStringLiteral("--last-name"),
                 QStringLiteral("García"), QStringLiteral("--notes"), QStringLiteral("Prefers texts"),
                 QStringLiteral("--phone"), QStringLiteral("+1 212 555 0199"), QStringLiteral("--phone"),
                 QStringLiteral("(415) 555-0123"), QStringLiteral("--custom-field"),
                 QStringLiteral("Loyalty card=A-1234"), QStringLiteral("--language"), QStringLiteral("de"),
                 QStringLiteral("--time-zone"), QStringLiteral("Europe/Berlin"), QStringLiteral("--json")});
        QCOMPARE(edited.exitCode, 0);
        const QJsonObject contact = QJsonDocument::fromJson(edited.out).object();
        QCOMPARE(contact.value(QStringLiteral("name")).toString(), QStringLiteral("Ana García"));
        QCOMPARE(contact.value(QStringLiteral("notes")).toString(), QStringLiteral("Prefers texts"));
        QCOMPARE(contact.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
        QCOMPARE(contact.value(QStringLiteral("timeZone")).toString(), QStringLiteral("Europe/Berlin"));
        const QJsonArray phones = contact.value(QStringLiteral("phones")).toArray();
        QCOMPARE(phones.size(), 2);
        QCOMPARE(phones.at(0).toObject().value(QStringLiteral("e164")).toString(),
                 QStringLiteral("+12125550199"));
        QCOMPARE(contact.value(QStringLiteral("emails")).toArray().size(), 1);
        QCOMPARE(
            contact.value(QStringLiteral("customFields")).toObject().value(QStringLiteral("Loyalty card")),
            QJsonValue(QStringLiteral("A-1234")));

        auto removed = iqm({QStringLiteral("contacts"), QStringLiteral("edit"), id,
                            QStringLiteral("--custom-field"), QStringLiteral("Loyalty card=")});
        QCOMPARE(removed.exitCode, 0);
        const QJsonObject shown = show(id);
        QVERIFY(shown.value(QStringLiteral("customFields")).toObject().isEmpty());
        QCOMPARE(shown.value(QStringLiteral("notes")).toString(), QStringLiteral("Prefers texts"));
    }

    void aRefusedEditNamesWhatWasWrongAndChangesNothing_data() {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("bad number") << QStringList{QStringLiteral("--phone"), QStringLiteral("12")} << 1
                                    << QByteArray("Phone number: \"12\" is too short");
        QTest::newRow("bad e-mail") << QStringList{QStringLiteral("--email"), QStringLiteral("ana at home")}
                                    << 1 << QByteArray("\"ana at home\" is not an e-mail address");
        QTest::newRow("bad time zone")
            << QStringList{QStringLiteral("--time-zone"), QStringLiteral("Mars/Base")} << 1
            << QByteArray("Time zone: \"Mars/Base\"");
        QTest::newRow("custom field without =")
            << QStringList{QStringLiteral("--custom-field"), QStringLiteral("vip")} << 2
            << QByteArray("KEY=VALUE");
        QTest::newRow("nothing to change") << QStringList{} << 2 << QByteArray("nothing to change");
    }

    void aRefusedEditNamesWhatWasWrongAndChangesNothing() {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const QString id = add({QStringLiteral("--first-name"), QStringLiteral("Ana"),
                                QStringLiteral("--phone"), QStringLiteral("(415) 555-0123")});
        const QJsonObject before = show(id);
        // A valid change alongside the bad one must not land either; with no options, there is none.
        const QStringList valid = options.isEmpty()
                                      ? QStringList()
                                      : QStringList{QStringLiteral("--notes"), QStringLiteral("changed")};
        auto edited =
            iqm(QStringList{QStringLiteral("contacts"), QStringLiteral("edit"), id} + valid + options);
        QCOMPARE(edited.exitCode, exitCode);
        QVERIFY2(edited.err.contains(message), edited.err.constData());
        QCOMPARE(show(id), before);
    }

    void anUnknownIdIsNamed() {
        auto edited = iqm({QStringLiteral("contacts"), QStringLiteral("edit"), QStringLiteral("no-such-id"),
                           QStringLiteral("--notes"), QStringLiteral("x")});
        QCOMPARE(edited.exitCode, 1);
        QVERIFY2(edited.err.contains("no-such-id"), edited.err.constData());
        auto history =
            iqm({QStringLiteral("contacts"), QStringLiteral("consent-history"), QStringLiteral("gone")});
        QCOMPARE(history.exitCode, 1);
        QVERIFY(history.err.contains("gone"));
    }

    void findsAndMergesDuplicates() {
        const QString ana = add({QStringLiteral("--first-name"), QStringLiteral("Ana"),
                                 QStringLiteral("--phone"), QStringLiteral("(415) 555-0123")});
        const QString lopez =
            add({QStringLiteral("--last-name"), QStringLiteral("Lopez"), QStringLiteral("--phone"),
                 QStringLiteral("+1 415 555 0123"), QStringLiteral("--email"),
                 QStringLiteral("ana@example.com"), QStringLiteral("--group"), QStringLiteral("VIP")});
        add({QStringLiteral("--first-name"), QStringLiteral("Bob"), QStringLiteral("--phone"),
             QStringLiteral("(212) 555-0100")});
        auto duplicates =
            iqm({QStringLiteral("contacts"), QStringLiteral("duplicates"), QStringLiteral("--json")});
        QCOMPARE(duplicates.exitCode, 0);
        const QJsonArray pairs = QJsonDocument::fromJson(duplicates.out).array();
        QCOMPARE(pairs.size(), 1);
        const QJsonObject pair = pairs.at(0).toObject();
        QCOMPARE(pair.value(QStringLiteral("sharedNumbers")).toArray().at(0).toString(),
                 QStringLiteral("+14155550123"));
        QCOMPARE(
            QSet<QString>(
                {pair.value(QStringLiteral("first")).toObject().value(QStringLiteral("id")).toString(),
                 pair.value(QStringLiteral("second")).toObject().value(QStringLiteral("id")).toString()}),
            QSet<QString>({ana, lopez}));

        auto wrongKeep = iqm({QStringLiteral("contacts"), QStringLiteral("merge"), ana, lopez,
                              QStringLiteral("--keep"), QStringLiteral("someone-else")});
        QCOMPARE(wrongKeep.exitCode, 2);
        auto unknown =
            iqm({QStringLiteral("contacts"), QStringLiteral("merge"), ana, QStringLiteral("no-such-id")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("no-such-id"));
        QCOMPARE(show(ana).value(QStringLiteral("name")).toString(), QStringLiteral("Ana"));

        auto merged = iqm({QStringLiteral("contacts"), QStringLiteral("merge"), ana, lopez,
                           QStringLiteral("--keep"), lopez, QStringLiteral("--json")});
        QCOMPARE(merged.exitCode, 0);
        const QJsonObject contact = QJsonDocument::fromJson(merged.out).object();
        QCOMPARE(contact.value(QStringLiteral("id")).toString(), lopez);
        QCOMPARE(contact.value(QStringLiteral("name")).toString(), QStringLiteral("Ana Lopez"));
        QCOMPARE(contact.value(QStringLiteral("groups")).toArray().size(), 1);
        auto gone = iqm({QStringLiteral("contacts"), QStringLiteral("show"), ana});
        QCOMPARE(gone.exitCode, 1);
        auto none = iqm({QStringLiteral("contacts"), QStringLiteral("duplicates"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(none.out).array().size(), 0);
    }

    void recordsConsentAndShowsItsHistory() {
        const QString id =
            add({QStringLiteral("--first-name"), QStringLiteral("Ana"), QStringLiteral("--group"),
                 QStringLiteral("Newsletter"), QStringLiteral("--consent"), QStringLiteral("opted-in"),
                 QStringLiteral("--source"), QStringLiteral("paper form")});
        QCOMPARE(iqm({QStringLiteral("contacts"), QStringLiteral("opt-out"), id, QStringLiteral("--source"),
                      QStringLiteral("STOP reply")})
                     .exitCode,
                 0);
        auto noSource = iqm({QStringLiteral("contacts"), QStringLiteral("consent"), id,
                             QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--state"),
                             QStringLiteral("opted-in"), QStringLiteral("--source"), QStringLiteral(" ")});
        QCOMPARE(noSource.exitCode, 1);
        QVERIFY(noSource.err.contains("source"));
        auto given = iqm({QStringLiteral("contacts"), QStringLiteral("consent"), id,
                          QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--state"),
                          QStringLiteral("opted-in"), QStringLiteral("--method"), QStringLiteral("web-form"),
                          QStringLiteral("--source"), QStringLiteral("web form, 3 March")});
        QCOMPARE(given.exitCode, 0);

        auto history = iqm(
            {QStringLiteral("contacts"), QStringLiteral("consent-history"), id, QStringLiteral("--json")});
        QCOMPARE(history.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(history.out).array();
        QCOMPARE(entries.size(), 5); // the group, three channels opted out, SMS back in
        const QJsonObject first = entries.first().toObject();
        QCOMPARE(first.value(QStringLiteral("groupName")).toString(), QStringLiteral("Newsletter"));
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("opted_in"));
        QCOMPARE(first.value(QStringLiteral("source")).toString(), QStringLiteral("paper form"));
        QCOMPARE(first.value(QStringLiteral("recordedBy")).toString(), QStringLiteral("iqm"));
        const QJsonObject last = entries.last().toObject();
        QCOMPARE(last.value(QStringLiteral("channel")).toString(), QStringLiteral("sms"));
        QCOMPARE(last.value(QStringLiteral("method")).toString(), QStringLiteral("web_form"));
        QCOMPARE(last.value(QStringLiteral("groupId")), QJsonValue(QJsonValue::Null));

        auto text = iqm({QStringLiteral("contacts"), QStringLiteral("consent-history"), id});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count('\n'), 5);
        QVERIFY(text.out.contains("STOP reply"));
    }

private:
    test::ProcessResult iqm(const QStringList& arguments) {
        return test::runProgram(QStringLiteral("iqm"),
                                QStringList{QStringLiteral("--profile"), m_profile} + arguments);
    }

    QString add(const QStringList& options) {
        auto added =
            iqm(QStringList{QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--json")} +
                options);
        return QJsonDocument::fromJson(added.out).object().value(QStringLiteral("id")).toString();
    }

    QJsonObject show(const QString& id) {
        return QJsonDocument::fromJson(iqm({QStringLiteral("contacts"), QStringLiteral("show"), id}).out)
            .object();
    }

    QTemporaryDir m_dir;
    QString m_profile;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestCliContacts)
#include "tst_cli_contacts.moc"
