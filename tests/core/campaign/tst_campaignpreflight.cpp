#include "TestClock.h"
#include "core/campaign/CampaignPreflight.h"
#include "core/profile/Profile.h"
#include "core/store/ConsentLedger.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/GroupRepository.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;
using campaign::CampaignKind;
using campaign::ExclusionReason;
using campaign::Outcome;

// Pre-flight on a real profile: the audience in order, and each member's outcome and reason decided by
// the shared rules from the records as stored (group and channel consent, number types, addresses,
// time zones, the rendered text).
class TestCampaignPreflight final : public QObject {
    Q_OBJECT

    // 17:00 UTC: 09:00 in San Francisco, 02:00 in Tokyo.
    test::TestClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(17, 0), Qt::UTC)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Profile> m_profile;
    QHash<QString, QString> m_ids; // given name -> contact id
    QHash<QString, QString> m_groups;

    Database& db() { return m_profile->database(); }

    ContactPhone phone(const QString& e164, const QString& type, bool valid = true) {
        return ContactPhone{e164.isEmpty() ? QStringLiteral("12") : e164, e164, type, QString(), valid};
    }

    QString add(const QString& given, QList<ContactPhone> phones, const QStringList& emails = {},
                const QString& timeZone = {}) {
        Contact contact;
        contact.givenName = given;
        contact.familyName = QStringLiteral("Test");
        contact.phones = std::move(phones);
        for (const QString& address : emails)
            contact.emails.append({address, QString()});
        contact.timeZone = timeZone;
        auto added = ContactRepository(db()).add(contact);
        if (!added)
            qFatal("%s", qPrintable(added.errorMessage()));
        m_ids.insert(given.isEmpty() ? QStringLiteral("(none)") : given, added.value().id);
        return added.value().id;
    }

    void join(const QString& group, const QString& contactId, ConsentState consent) {
        GroupRepository groups(db());
        if (!m_groups.contains(group)) {
            auto made = groups.add(Group{QString(), group, QString(), {}});
            QVERIFY(made);
            m_groups.insert(group, made.value().id);
        }
        QVERIFY(groups.addMember(m_groups.value(group), contactId, consent, ConsentMethod::Manual,
                                 QStringLiteral("test")));
    }

    void channelConsent(const QString& contactId, Channel channel, ConsentState state) {
        ConsentChange change;
        change.contactId = contactId;
        change.channel = channel;
        change.state = state;
        change.recordedAt = m_clock.now();
        QVERIFY(db().transaction([&] { return ConsentLedger(db()).record(change); }));
    }

    Campaign campaignTo(Channel channel, CampaignKind kind) {
        Campaign c;
        c.id = QStringLiteral("c1");
        c.name = QStringLiteral("Spring sale");
        c.channel = channel;
        c.kind = kind;
        c.body = QStringLiteral("{{#first_name}}Hi {{first_name}}, spring sale at {{group}}!{{/first_name}}");
        c.audience.groups = {m_groups.value(QStringLiteral("Customers")),
                             m_groups.value(QStringLiteral("VIP"))};
        c.audience.excludeGroups = {m_groups.value(QStringLiteral("Staff"))};
        c.audience.contacts = {m_ids.value(QStringLiteral("Max")), m_ids.value(QStringLiteral("Ana"))};
        return c;
    }

    PreflightReport run(const Campaign& campaign) {
        CampaignPreflight preflight(db(), &m_clock);
        PreflightSettings settings;
        settings.fallbackZone = QTimeZone::utc();
        settings.smsSegmentPrice = 0.01;
        settings.emailPrice = 0.002;
        preflight.setSettings(settings);
        auto report = preflight.run(campaign);
        if (!report)
            qFatal("%s", qPrintable(report.errorMessage()));
        return report.value();
    }

    static const PreflightPerson* person(const PreflightReport& report, const QString& id) {
        for (const PreflightPerson& p : report.people) {
            if (p.contactId == id)
                return &p;
        }
        return nullptr;
    }

    void expect(const PreflightReport& report, const QString& given, Outcome outcome,
                ExclusionReason reason = ExclusionReason::None) {
        const PreflightPerson* p = person(report, m_ids.value(given));
        QVERIFY2(p, qPrintable(given + QStringLiteral(" is not in the report")));
        QVERIFY2(p->outcome == outcome && p->reason == reason,
                 qPrintable(QStringLiteral("%1: %2 %3")
                                .arg(given, campaign::toWire(p->outcome), campaign::toWire(p->reason))));
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto profile = Profile::open(m_dir->path());
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        m_profile = std::move(profile).value();
        m_ids.clear();
        m_groups.clear();
        const auto in = ConsentState::OptedIn;
        join(QStringLiteral("Customers"),
             add(QStringLiteral("Ana"), {phone(QStringLiteral("+14155550101"), QStringLiteral("mobile"))}),
             in);
        join(QStringLiteral("Customers"),
             add(QStringLiteral("Bob"), {phone(QStringLiteral("+14155550102"), QStringLiteral("mobile"))},
                 {QStringLiteral("bob@example.com")}),
             ConsentState::OptedOut);
        const QString cleo =
            add(QStringLiteral("Cleo"), {phone(QStringLiteral("+14155550103"), QStringLiteral("mobile"))});
        join(QStringLiteral("Customers"), cleo, in);
        channelConsent(cleo, Channel::Sms, ConsentState::OptedOut);
        join(QStringLiteral("Customers"),
             add(QStringLiteral("Dan"), {phone(QStringLiteral("+14155550104"), QStringLiteral("mobile"))}),
             ConsentState::Unknown);
        join(QStringLiteral("Customers"),
             add(QStringLiteral("Eve"), {phone(QStringLiteral("+14155550105"), QStringLiteral("mobile"))}),
             ConsentState::Pending);
        join(QStringLiteral("Customers"),
             add(QStringLiteral("Finn"), {phone({}, QStringLiteral("unknown"), false)}), in);
        join(
            QStringLiteral("Customers"),
            add(QStringLiteral("Gus"), {phone(QStringLiteral("+14155550107"), QStringLiteral("fixed_line"))}),
            in);
        join(QStringLiteral("Customers"),
             add(QStringLiteral("Hana"),
                 {phone(QStringLiteral("+14155550108"), QStringLiteral("fixed_line_or_mobile"))},
                 {QStringLiteral("hana@example.com")}),
             in);
        // Same number as Ana, in the second group: after her in the audience.
        join(QStringLiteral("VIP"),
             add(QStringLiteral("Ivan"), {phone(QStringLiteral("+14155550101"), QStringLiteral("mobile"))}),
             in);
        join(QStringLiteral("Customers"),
             add(QString(), {phone(QStringLiteral("+14155550110"), QStringLiteral("mobile"))}), in);
        join(QStringLiteral("VIP"),
             add(QStringLiteral("Kim"), {phone(QStringLiteral("+14155550111"), QStringLiteral("mobile"))}, {},
                 QStringLiteral("Asia/Tokyo")),
             in);
        const QString lia =
            add(QStringLiteral("Lia"), {phone(QStringLiteral("+14155550112"), QStringLiteral("mobile"))});
        join(QStringLiteral("Customers"), lia, in);
        join(QStringLiteral("Staff"), lia, in);
        const QString max =
            add(QStringLiteral("Max"), {phone(QStringLiteral("+14155550113"), QStringLiteral("mobile"))});
        channelConsent(max, Channel::Sms, in);
        // Nora's number is also Otto's, and Otto replied STOP: nobody gets a text there.
        join(QStringLiteral("VIP"),
             add(QStringLiteral("Nora"), {phone(QStringLiteral("+14155550199"), QStringLiteral("mobile"))}),
             in);
        const QString otto =
            add(QStringLiteral("Otto"), {phone(QStringLiteral("+14155550199"), QStringLiteral("mobile"))});
        channelConsent(otto, Channel::Sms, ConsentState::OptedOut);
    }

    void cleanup() {
        m_profile.reset();
        m_dir.reset();
    }

    void marketingSmsDecidesEachPerson() {
        const PreflightReport report = run(campaignTo(Channel::Sms, CampaignKind::Marketing));
        expect(report, QStringLiteral("Ana"), Outcome::Send);
        expect(report, QStringLiteral("Bob"), Outcome::Excluded, ExclusionReason::OptedOut);
        expect(report, QStringLiteral("Cleo"), Outcome::Excluded, ExclusionReason::OptedOut);
        expect(report, QStringLiteral("Dan"), Outcome::Excluded, ExclusionReason::NoConsent);
        expect(report, QStringLiteral("Eve"), Outcome::Excluded, ExclusionReason::NoConsent);
        expect(report, QStringLiteral("Finn"), Outcome::Excluded, ExclusionReason::InvalidNumber);
        expect(report, QStringLiteral("Gus"), Outcome::Excluded, ExclusionReason::NotMobile);
        expect(report, QStringLiteral("Hana"), Outcome::Send);
        expect(report, QStringLiteral("Ivan"), Outcome::Excluded, ExclusionReason::Duplicate);
        expect(report, QStringLiteral("(none)"), Outcome::Excluded, ExclusionReason::EmptyRender);
        expect(report, QStringLiteral("Kim"), Outcome::Held);
        expect(report, QStringLiteral("Max"), Outcome::Send);
        expect(report, QStringLiteral("Nora"), Outcome::Excluded, ExclusionReason::OptedOut);
        QVERIFY(!person(report, m_ids.value(QStringLiteral("Lia"))));  // excluded group
        QVERIFY(!person(report, m_ids.value(QStringLiteral("Otto")))); // not in the audience

        // 08:00 in Tokyo on 2 March is 23:00 UTC on 1 March.
        const PreflightPerson* kim = person(report, m_ids.value(QStringLiteral("Kim")));
        QCOMPARE(kim->releaseAt, QDateTime(QDate(2026, 3, 1), QTime(23, 0), Qt::UTC));
        QCOMPARE(kim->address, QStringLiteral("+14155550111"));
        const PreflightPerson* ana = person(report, m_ids.value(QStringLiteral("Ana")));
        QCOMPARE(ana->text, QStringLiteral("Hi Ana, spring sale at Customers!"));
        QCOMPARE(ana->name, QStringLiteral("Ana Test"));
        QCOMPARE(person(report, m_ids.value(QStringLiteral("Kim")))->text,
                 QStringLiteral("Hi Kim, spring sale at VIP!"));

        QCOMPARE(report.audience, 13);
        QCOMPARE(report.recipients, 4); // Ana, Hana, Kim (held), Max
        QCOMPARE(report.held, 1);
        QCOMPARE(report.excludedTotal, 9);
        QCOMPARE(report.excluded.value(ExclusionReason::OptedOut), 3);
        QCOMPARE(report.excluded.value(ExclusionReason::NoConsent), 2);
        QCOMPARE(report.segments, 4);
        QCOMPARE(report.cost, 0.04);
    }

    // Groups in the order given, each contact once, then the single contacts not already in.
    void audienceKeepsItsOrder() {
        const PreflightReport report = run(campaignTo(Channel::Sms, CampaignKind::Marketing));
        QStringList order;
        for (const PreflightPerson& p : report.people)
            order << p.contactId;
        const QStringList vip = {m_ids.value(QStringLiteral("Ivan")), m_ids.value(QStringLiteral("Kim")),
                                 m_ids.value(QStringLiteral("Nora"))};
        for (const QString& id : vip)
            QVERIFY(order.indexOf(id) >= 9 && order.indexOf(id) <= 11);
        QCOMPARE(order.last(), m_ids.value(QStringLiteral("Max")));
        QCOMPARE(order.count(m_ids.value(QStringLiteral("Ana"))), 1);
        QVERIFY(order.indexOf(m_ids.value(QStringLiteral("Ana"))) < 9);
    }

    void transactionalNeedsNoConsentAndIsNotHeld() {
        const PreflightReport report = run(campaignTo(Channel::Sms, CampaignKind::Transactional));
        expect(report, QStringLiteral("Dan"), Outcome::Send);
        expect(report, QStringLiteral("Eve"), Outcome::Send);
        expect(report, QStringLiteral("Kim"), Outcome::Send);
        expect(report, QStringLiteral("Bob"), Outcome::Excluded, ExclusionReason::OptedOut);
        expect(report, QStringLiteral("Cleo"), Outcome::Excluded, ExclusionReason::OptedOut);
        expect(report, QStringLiteral("Nora"), Outcome::Excluded, ExclusionReason::OptedOut);
        QCOMPARE(report.held, 0);
    }

    void voiceReachesFixedLinesAndEmailNeedsAnAddress() {
        const PreflightReport voice = run(campaignTo(Channel::Voice, CampaignKind::Marketing));
        expect(voice, QStringLiteral("Gus"), Outcome::Send);
        expect(voice, QStringLiteral("Cleo"), Outcome::Send); // opted out of SMS only

        const PreflightReport email = run(campaignTo(Channel::Email, CampaignKind::Marketing));
        expect(email, QStringLiteral("Ana"), Outcome::Excluded, ExclusionReason::NoEmail);
        expect(email, QStringLiteral("Hana"), Outcome::Send);
        expect(email, QStringLiteral("Bob"), Outcome::Excluded, ExclusionReason::OptedOut);
        QCOMPARE(person(email, m_ids.value(QStringLiteral("Hana")))->address,
                 QStringLiteral("hana@example.com"));
        QCOMPARE(email.segments, 0);
        QCOMPARE(email.cost, email.recipients * 0.002);
    }

    // Quiet hours come from the profile's setting, checked at the campaign's scheduled time.
    void quietHoursFollowTheSettingAndTheSchedule() {
        QVERIFY(m_profile->setSetting(PreflightSettings::quietHoursKey(), QStringLiteral("09:30-17:00")));
        const PreflightSettings settings = PreflightSettings::load(*m_profile);
        QCOMPARE(settings.quietHours.start, QTime(9, 30));
        QCOMPARE(settings.quietHours.end, QTime(17, 0));

        CampaignPreflight preflight(db(), &m_clock);
        PreflightSettings mine = settings;
        mine.fallbackZone = QTimeZone::utc();
        preflight.setSettings(mine);
        Campaign c = campaignTo(Channel::Sms, CampaignKind::Marketing);
        // 09:00 in San Francisco is before 09:30: Ana is held until 17:30 UTC.
        auto now = preflight.run(c);
        QVERIFY(now);
        expect(now.value(), QStringLiteral("Ana"), Outcome::Held);
        QCOMPARE(person(now.value(), m_ids.value(QStringLiteral("Ana")))->releaseAt,
                 QDateTime(QDate(2026, 3, 1), QTime(17, 30), Qt::UTC));
        // Scheduled for 20:00 UTC (noon in San Francisco): sent.
        c.scheduledAt = QDateTime(QDate(2026, 3, 1), QTime(20, 0), Qt::UTC);
        auto later = preflight.run(c);
        QVERIFY(later);
        expect(later.value(), QStringLiteral("Ana"), Outcome::Send);
        QCOMPARE(later.value().evaluatedAt, c.scheduledAt);
    }

    void reportPrintsTheIssuesShape() {
        const QJsonObject json = run(campaignTo(Channel::Sms, CampaignKind::Marketing)).toJson();
        QCOMPARE(json.value(QStringLiteral("recipients")).toInt(), 4);
        QCOMPARE(json.value(QStringLiteral("held")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("excluded")).toObject().value(QStringLiteral("opted_out")).toInt(),
                 3);
        QCOMPARE(json.value(QStringLiteral("excluded")).toObject().value(QStringLiteral("duplicate")).toInt(),
                 1);
        QCOMPARE(json.value(QStringLiteral("segments")).toInt(), 4);
        const QJsonArray people = json.value(QStringLiteral("people")).toArray();
        QCOMPARE(people.size(), 13);
        const QJsonObject first = people.first().toObject();
        QCOMPARE(QStringList(first.keys()),
                 (QStringList{QStringLiteral("contactId"), QStringLiteral("outcome"),
                              QStringLiteral("reason"), QStringLiteral("to")}));
    }

    void unknownGroupIsAnError() {
        Campaign c = campaignTo(Channel::Sms, CampaignKind::Marketing);
        c.audience.groups << QStringLiteral("no-such-group");
        CampaignPreflight preflight(db(), &m_clock);
        auto report = preflight.run(c);
        QVERIFY(!report);
        QCOMPARE(report.error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCampaignPreflight)
#include "tst_campaignpreflight.moc"
