#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace iq;

// iqm campaign: drafts, pre-flight and the list with the real binary; sending without a server queues.
class TestCliCampaigns final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_profile = 0;
    QString m_ana, m_bob, m_cy, m_dee;

    test::ProcessResult iqm(QStringList arguments) {
        arguments.prepend(m_dir.filePath(QStringLiteral("profile%1").arg(m_profile)));
        arguments.prepend(QStringLiteral("--profile"));
        // No keychain is needed: these profiles are never signed in.
        return test::runProgram(QStringLiteral("iqm"), arguments, {},
                                {QStringLiteral("IQM_KEYCHAIN_SERVICE=IQ Messaging campaign tests")});
    }

    QString addContact(const QString& first, const QString& phone) {
        auto result = iqm({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--first-name"),
                           first, QStringLiteral("--phone"), phone, QStringLiteral("--json")});
        return QJsonDocument::fromJson(result.out).object().value(QStringLiteral("id")).toString();
    }

    void member(const QString& group, const QString& contact, const QString& consent) {
        QStringList arguments = {QStringLiteral("groups"),
                                 QStringLiteral("add-member"),
                                 group,
                                 contact,
                                 QStringLiteral("--consent"),
                                 consent};
        if (consent != QLatin1String("unknown"))
            arguments << QStringLiteral("--source") << QStringLiteral("paper form");
        auto added = iqm(arguments);
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }

    QJsonObject create(const QStringList& options) {
        auto created = iqm(QStringList{QStringLiteral("campaign"), QStringLiteral("create")} + options +
                           QStringList{QStringLiteral("--json")});
        if (created.exitCode != 0)
            qWarning("%s", created.err.constData());
        return QJsonDocument::fromJson(created.out).object();
    }

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        ++m_profile;
        m_ana = addContact(QStringLiteral("Ana"), QStringLiteral("+1 415 555 0101"));
        m_bob = addContact(QStringLiteral("Bob"), QStringLiteral("+1 415 555 0102"));
        m_cy = addContact(QStringLiteral("Cy"), QStringLiteral("+1 415 555 0101")); // Ana's number
        m_dee = addContact(QStringLiteral("Dee"), QStringLiteral("+1 415 555 0104"));
        QVERIFY(!m_ana.isEmpty() && !m_bob.isEmpty() && !m_cy.isEmpty() && !m_dee.isEmpty());
        for (const char* name : {"Customers", "Staff"})
            QCOMPARE(iqm({QStringLiteral("groups"), QStringLiteral("add"), QLatin1String(name)}).exitCode, 0);
        member(QStringLiteral("Customers"), m_ana, QStringLiteral("opted-in"));
        member(QStringLiteral("Customers"), m_bob, QStringLiteral("opted-out"));
        member(QStringLiteral("Customers"), m_dee, QStringLiteral("unknown"));
        member(QStringLiteral("Staff"), m_dee, QStringLiteral("opted-in"));
    }

    void createPreflightAndList() {
        const QJsonObject campaign = create(
            {QStringLiteral("--name"), QStringLiteral("Opening hours"), QStringLiteral("--group"),
             QStringLiteral("Customers"), QStringLiteral("--contact"), m_cy, QStringLiteral("--channel"),
             QStringLiteral("sms"), QStringLiteral("--kind"), QStringLiteral("transactional"),
             QStringLiteral("--text"), QStringLiteral("Hi {{first_name}}, we open at 8 now.")});
        const QString id = campaign.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(campaign.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(campaign.value(QStringLiteral("kind")).toString(), QStringLiteral("transactional"));
        QCOMPARE(
            campaign.value(QStringLiteral("audience")).toObject().value(QStringLiteral("contacts")).toArray(),
            QJsonArray{m_cy});
        QCOMPARE(campaign.value(QStringLiteral("audience"))
                     .toObject()
                     .value(QStringLiteral("groups"))
                     .toArray()
                     .size(),
                 1);

        auto preflight =
            iqm({QStringLiteral("campaign"), QStringLiteral("preflight"), id, QStringLiteral("--json")});
        QVERIFY2(preflight.exitCode == 0, preflight.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(preflight.out).object();
        // Ana and Dee get it (transactional: no consent needed, never held); Bob opted out; Cy has Ana's
        // number.
        QCOMPARE(report.value(QStringLiteral("recipients")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("held")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("segments")).toInt(), 2);
        const QJsonObject excluded = report.value(QStringLiteral("excluded")).toObject();
        QCOMPARE(excluded.value(QStringLiteral("opted_out")).toInt(), 1);
        QCOMPARE(excluded.value(QStringLiteral("duplicate")).toInt(), 1);
        const QJsonArray people = report.value(QStringLiteral("people")).toArray();
        QCOMPARE(people.size(), 4);
        QCOMPARE(people.last().toObject().value(QStringLiteral("contactId")).toString(), m_cy);
        QCOMPARE(people.last().toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("duplicate"));
        QCOMPARE(people.last().toObject().value(QStringLiteral("to")).toString(),
                 QStringLiteral("+14155550101"));
        for (const QJsonValue& person : people) {
            const QJsonObject p = person.toObject();
            if (p.value(QStringLiteral("contactId")).toString() == m_bob)
                QCOMPARE(p.value(QStringLiteral("outcome")).toString(), QStringLiteral("excluded"));
        }

        // Marketing: Dee's consent in Customers is unknown; excluding Staff leaves her out altogether.
        const QJsonObject marketing =
            create({QStringLiteral("--name"), QStringLiteral("Sale"), QStringLiteral("--group"),
                    QStringLiteral("Customers"), QStringLiteral("--exclude-group"), QStringLiteral("Staff"),
                    QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--text"),
                    QStringLiteral("Sale!")});
        auto second = iqm({QStringLiteral("campaign"), QStringLiteral("preflight"),
                           marketing.value(QStringLiteral("id")).toString(), QStringLiteral("--json")});
        const QJsonObject secondReport = QJsonDocument::fromJson(second.out).object();
        QCOMPARE(secondReport.value(QStringLiteral("people")).toArray().size(), 2);
        QCOMPARE(secondReport.value(QStringLiteral("excluded"))
                     .toObject()
                     .value(QStringLiteral("no_consent"))
                     .toInt(),
                 0);
        QCOMPARE(secondReport.value(QStringLiteral("excluded"))
                     .toObject()
                     .value(QStringLiteral("opted_out"))
                     .toInt(),
                 1);

        auto text = iqm({QStringLiteral("campaign"), QStringLiteral("preflight"), id});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("2 recipient(s)"));

        auto list = iqm({QStringLiteral("campaign"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray campaigns = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(campaigns.size(), 2);
        QStringList names;
        for (const QJsonValue& c : campaigns)
            names << c.toObject().value(QStringLiteral("name")).toString();
        QVERIFY(names.contains(QStringLiteral("Opening hours")) && names.contains(QStringLiteral("Sale")));
        QVERIFY(iqm({QStringLiteral("campaign"), QStringLiteral("list")}).out.contains("Opening hours"));
    }

    void scheduleAndTemplate() {
        auto content = iqm({QStringLiteral("content"), QStringLiteral("add"), QStringLiteral("--name"),
                            QStringLiteral("Reminder"), QStringLiteral("--body"),
                            QStringLiteral("See you {{first_name}}"), QStringLiteral("--json")});
        const QString templateId =
            QJsonDocument::fromJson(content.out).object().value(QStringLiteral("id")).toString();
        QVERIFY(!templateId.isEmpty());
        const QJsonObject campaign =
            create({QStringLiteral("--name"), QStringLiteral("Later"), QStringLiteral("--group"),
                    QStringLiteral("Customers"), QStringLiteral("--channel"), QStringLiteral("sms"),
                    QStringLiteral("--template"), templateId, QStringLiteral("--at"),
                    QStringLiteral("2099-06-01T09:30"), QStringLiteral("--time-zone"),
                    QStringLiteral("Europe/Berlin")});
        QCOMPARE(campaign.value(QStringLiteral("body")).toString(), QStringLiteral("See you {{first_name}}"));
        QCOMPARE(campaign.value(QStringLiteral("contentId")).toString(), templateId);
        // 09:30 in Berlin in June (summer time, UTC+2).
        QCOMPARE(campaign.value(QStringLiteral("scheduledAt")).toString(),
                 QStringLiteral("2099-06-01T07:30:00.000Z"));
        QCOMPARE(campaign.value(QStringLiteral("timeZone")).toString(), QStringLiteral("Europe/Berlin"));
    }

    void mistakesAreUsageErrors() {
        const QStringList base = {QStringLiteral("campaign"), QStringLiteral("create"),
                                  QStringLiteral("--name"),   QStringLiteral("X"),
                                  QStringLiteral("--group"),  QStringLiteral("Customers")};
        QCOMPARE(iqm(base + QStringList{QStringLiteral("--channel"), QStringLiteral("fax"),
                                        QStringLiteral("--text"), QStringLiteral("x")})
                     .exitCode,
                 2);
        QCOMPARE(iqm(base + QStringList{QStringLiteral("--channel"), QStringLiteral("sms")}).exitCode, 2);
        QCOMPARE(iqm(base + QStringList{QStringLiteral("--channel"), QStringLiteral("sms"),
                                        QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--at"),
                                        QStringLiteral("tomorrow")})
                     .exitCode,
                 2);
        auto unknownGroup = iqm({QStringLiteral("campaign"), QStringLiteral("create"),
                                 QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--group"),
                                 QStringLiteral("Nobody"), QStringLiteral("--channel"), QStringLiteral("sms"),
                                 QStringLiteral("--text"), QStringLiteral("x")});
        QCOMPARE(unknownGroup.exitCode, 1);
        QVERIFY(unknownGroup.err.contains("Nobody"));
        QCOMPARE(iqm({QStringLiteral("campaign"), QStringLiteral("preflight"), QStringLiteral("no-such-id")})
                     .exitCode,
                 1);
    }

    // A profile that is not signed in: send keeps the campaign waiting with its key; the commands that
    // need the server say so.
    void withoutAServerSendQueues() {
        const QJsonObject campaign =
            create({QStringLiteral("--name"), QStringLiteral("Queued"), QStringLiteral("--group"),
                    QStringLiteral("Customers"), QStringLiteral("--channel"), QStringLiteral("sms"),
                    QStringLiteral("--text"), QStringLiteral("Hi")});
        const QString id = campaign.value(QStringLiteral("id")).toString();
        auto sent = iqm({QStringLiteral("campaign"), QStringLiteral("send"), id, QStringLiteral("--json")});
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        const QJsonObject queued = QJsonDocument::fromJson(sent.out).object();
        QCOMPARE(queued.value(QStringLiteral("queued")).toBool(), true);
        QCOMPARE(queued.value(QStringLiteral("waitingForConnection")).toBool(), true);
        QCOMPARE(queued.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QVERIFY(!queued.value(QStringLiteral("reason")).toString().isEmpty());

        auto list = iqm({QStringLiteral("campaign"), QStringLiteral("list")});
        QVERIFY(list.out.contains("waiting for a connection"));

        auto pause = iqm({QStringLiteral("campaign"), QStringLiteral("pause"), id});
        QCOMPARE(pause.exitCode, 1);
        QVERIFY2(pause.err.contains("not signed in"), pause.err.constData());
        auto status =
            iqm({QStringLiteral("campaign"), QStringLiteral("status"), id, QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        QVERIFY(status.err.contains("cannot be reached"));
        const QJsonObject state = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(state.value(QStringLiteral("source")).toString(), QStringLiteral("local"));
        QCOMPARE(state.value(QStringLiteral("messages")).toArray().size(), 0);

        // A draft never sent is cancelled here.
        const QJsonObject other =
            create({QStringLiteral("--name"), QStringLiteral("Dropped"), QStringLiteral("--contact"), m_ana,
                    QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--text"),
                    QStringLiteral("Hi")});
        auto cancelled = iqm({QStringLiteral("campaign"), QStringLiteral("cancel"),
                              other.value(QStringLiteral("id")).toString(), QStringLiteral("--json")});
        QVERIFY2(cancelled.exitCode == 0, cancelled.err.constData());
        QCOMPARE(QJsonDocument::fromJson(cancelled.out).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestCliCampaigns)
#include "tst_cli_campaigns.moc"
