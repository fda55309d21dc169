// The per-person decision of a campaign: send, held for quiet hours, or excluded with one reason, and
// the precedence between reasons. Pure iqshared code.
#include "shared/campaign/RecipientRules.h"

#include <QSet>
#include <QTest>

Q_DECLARE_METATYPE(iq::campaign::RecipientFacts)

using namespace iq;
using namespace iq::campaign;

namespace {

ContactPhone phone(const char* e164, const char* type) {
    ContactPhone p;
    p.raw = QString::fromLatin1(e164);
    p.e164 = p.raw;
    p.type = QString::fromLatin1(type);
    p.valid = true;
    return p;
}

ContactPhone invalidPhone(const char* raw) {
    ContactPhone p;
    p.raw = QString::fromLatin1(raw);
    p.type = QStringLiteral("unknown");
    return p;
}

ContactEmail email(const char* address) {
    return {QString::fromLatin1(address), QString()};
}

QDateTime utc(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// 12:00 in New York, 09:00 in Los Angeles, 17:00 in London: open everywhere the tests look.
const char* const kDay = "2026-07-15T16:00:00Z";
// 23:00 in New York; the window opens at 08:00 EDT, 12:00 UTC.
const char* const kNight = "2026-07-16T03:00:00Z";

RecipientFacts consenting(QList<ContactPhone> phones, QList<ContactEmail> emails = {}) {
    RecipientFacts facts;
    facts.contactId = QStringLiteral("c1");
    facts.phones = std::move(phones);
    facts.emails = std::move(emails);
    facts.channelConsent = ConsentState::OptedIn;
    facts.renderedText = QStringLiteral("Hi Ann, the shop opens at 9.");
    return facts;
}

const ContactPhone kMobile = phone("+12125550123", "mobile");
const ContactPhone kFixed = phone("+12125550199", "fixed_line");

} // namespace

class TestRecipientRules : public QObject {
    Q_OBJECT

private slots:
    void decide_data() {
        QTest::addColumn<int>("channel");
        QTest::addColumn<int>("kind");
        QTest::addColumn<RecipientFacts>("facts");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("address");

        const int sms = int(Channel::Sms), mail = int(Channel::Email), voice = int(Channel::Voice);
        const int mkt = int(CampaignKind::Marketing), trx = int(CampaignKind::Transactional);
        const QDateTime day = utc(kDay), night = utc(kNight);
        const QString ny = kMobile.e164;

        QTest::newRow("sms to a mobile") << sms << mkt << consenting({kMobile}) << day << "send"
                                         << "" << ny;
        QTest::newRow("sms to fixed line or mobile")
            << sms << mkt << consenting({phone("+14155550123", "fixed_line_or_mobile")}) << day << "send"
            << ""
            << "+14155550123";
        QTest::newRow("sms skips the fixed line for the mobile")
            << sms << mkt << consenting({kFixed, kMobile}) << day << "send"
            << "" << ny;
        QTest::newRow("sms skips an invalid number")
            << sms << mkt << consenting({invalidPhone("12"), kMobile}) << day << "send"
            << "" << ny;
        QTest::newRow("voice to a fixed line") << voice << mkt << consenting({kFixed}) << day << "send"
                                               << "" << kFixed.e164;
        QTest::newRow("email") << mail << mkt << consenting({}, {email(" ann@example.com ")}) << day << "send"
                               << ""
                               << "ann@example.com";

        auto groupOut = consenting({kMobile});
        groupOut.groupOptedOut = true;
        QTest::newRow("opted out of a group") << sms << mkt << groupOut << day << "excluded"
                                              << "opted_out" << ny;
        auto channelOut = consenting({kMobile});
        channelOut.channelConsent = ConsentState::OptedOut;
        QTest::newRow("opted out of the channel") << sms << mkt << channelOut << day << "excluded"
                                                  << "opted_out" << ny;
        auto addressOut = consenting({kMobile});
        addressOut.addressOptedOut = true;
        QTest::newRow("address opted out through another record")
            << sms << trx << addressOut << day << "excluded"
            << "opted_out" << ny;
        QTest::newRow("opted out, transactional") << sms << trx << channelOut << day << "excluded"
                                                  << "opted_out" << ny;
        QTest::newRow("opted out of a group, transactional") << sms << trx << groupOut << day << "excluded"
                                                             << "opted_out" << ny;

        auto unknown = consenting({kMobile});
        unknown.channelConsent = ConsentState::Unknown;
        auto pending = consenting({kMobile});
        pending.channelConsent = ConsentState::Pending;
        QTest::newRow("consent unknown") << sms << mkt << unknown << day << "excluded"
                                         << "no_consent" << ny;
        QTest::newRow("consent pending") << sms << mkt << pending << day << "excluded"
                                         << "no_consent" << ny;
        QTest::newRow("consent unknown, transactional") << sms << trx << unknown << day << "send"
                                                        << "" << ny;

        QTest::newRow("invalid number")
            << sms << mkt << consenting({invalidPhone("555-01")}) << day << "excluded"
            << "invalid_number"
            << "";
        QTest::newRow("no number at all") << sms << mkt << consenting({}) << day << "excluded"
                                          << "invalid_number"
                                          << "";
        QTest::newRow("voice, no valid number")
            << voice << mkt << consenting({invalidPhone("x")}) << day << "excluded"
            << "invalid_number"
            << "";
        QTest::newRow("sms to a fixed line") << sms << mkt << consenting({kFixed}) << day << "excluded"
                                             << "not_mobile"
                                             << "";
        QTest::newRow("sms to a toll-free number")
            << sms << trx << consenting({phone("+18005550123", "toll_free")}) << day << "excluded"
            << "not_mobile"
            << "";
        QTest::newRow("email, no address") << mail << mkt << consenting({kMobile}) << day << "excluded"
                                           << "no_email"
                                           << "";
        QTest::newRow("email, not an address")
            << mail << mkt << consenting({}, {email("ann at example")}) << day << "excluded"
            << "no_email"
            << "";

        auto taken = consenting({kMobile});
        taken.addressTaken = true;
        QTest::newRow("duplicate") << sms << mkt << taken << day << "excluded"
                                   << "duplicate" << ny;

        auto empty = consenting({kMobile});
        empty.renderedText = QStringLiteral(" \n\t ");
        QTest::newRow("empty render") << sms << mkt << empty << day << "excluded"
                                      << "empty_render" << ny;

        QTest::newRow("quiet hours hold marketing") << sms << mkt << consenting({kMobile}) << night << "held"
                                                    << "" << ny;
        QTest::newRow("quiet hours do not hold transactional")
            << sms << trx << consenting({kMobile}) << night << "send"
            << "" << ny;
        auto inBerlin = consenting({kMobile});
        inBerlin.timeZone = QStringLiteral("Europe/Berlin"); // 05:00 there
        QTest::newRow("quiet hours in the contact's zone") << sms << mkt << inBerlin << night << "held"
                                                           << "" << ny;
        auto inTokyo = consenting({kMobile});
        inTokyo.timeZone = QStringLiteral("Asia/Tokyo"); // 12:00 there
        QTest::newRow("contact's zone open while the number's is not")
            << sms << mkt << inTokyo << night << "send"
            << "" << ny;

        // Precedence: the first reason in RecipientRules' order wins.
        auto outInvalid = consenting({invalidPhone("1")});
        outInvalid.groupOptedOut = true;
        QTest::newRow("opted_out + invalid_number") << sms << mkt << outInvalid << day << "excluded"
                                                    << "opted_out"
                                                    << "";
        auto outUnknown = unknown;
        outUnknown.groupOptedOut = true;
        QTest::newRow("opted_out + no_consent") << sms << mkt << outUnknown << day << "excluded"
                                                << "opted_out" << ny;
        auto outFixed = consenting({kFixed});
        outFixed.channelConsent = ConsentState::OptedOut;
        QTest::newRow("opted_out + not_mobile") << sms << mkt << outFixed << day << "excluded"
                                                << "opted_out"
                                                << "";
        auto outTaken = taken;
        outTaken.channelConsent = ConsentState::OptedOut;
        QTest::newRow("opted_out + duplicate") << sms << mkt << outTaken << day << "excluded"
                                               << "opted_out" << ny;
        auto outEmpty = empty;
        outEmpty.groupOptedOut = true;
        QTest::newRow("opted_out + empty_render") << sms << mkt << outEmpty << day << "excluded"
                                                  << "opted_out" << ny;
        QTest::newRow("opted_out + quiet hours") << sms << mkt << channelOut << night << "excluded"
                                                 << "opted_out" << ny;
        auto unknownInvalid = consenting({invalidPhone("1")});
        unknownInvalid.channelConsent = ConsentState::Unknown;
        QTest::newRow("no_consent + invalid_number") << sms << mkt << unknownInvalid << day << "excluded"
                                                     << "no_consent"
                                                     << "";
        QTest::newRow("transactional: unknown consent + invalid_number")
            << sms << trx << unknownInvalid << day << "excluded"
            << "invalid_number"
            << "";
        auto unknownEmpty = empty;
        unknownEmpty.channelConsent = ConsentState::Pending;
        QTest::newRow("no_consent + empty_render") << sms << mkt << unknownEmpty << day << "excluded"
                                                   << "no_consent" << ny;
        auto invalidEmpty = consenting({invalidPhone("1")});
        invalidEmpty.renderedText.clear();
        QTest::newRow("invalid_number + empty_render") << sms << mkt << invalidEmpty << day << "excluded"
                                                       << "invalid_number"
                                                       << "";
        auto fixedTaken = consenting({kFixed});
        fixedTaken.addressTaken = true;
        QTest::newRow("not_mobile + duplicate") << sms << mkt << fixedTaken << day << "excluded"
                                                << "not_mobile"
                                                << "";
        auto takenEmpty = taken;
        takenEmpty.renderedText.clear();
        QTest::newRow("duplicate + empty_render") << sms << mkt << takenEmpty << day << "excluded"
                                                  << "duplicate" << ny;
        QTest::newRow("duplicate + quiet hours") << sms << mkt << taken << night << "excluded"
                                                 << "duplicate" << ny;
        QTest::newRow("empty_render + quiet hours") << sms << mkt << empty << night << "excluded"
                                                    << "empty_render" << ny;
    }

    void decide() {
        QFETCH(int, channel);
        QFETCH(int, kind);
        QFETCH(RecipientFacts, facts);
        QFETCH(QDateTime, now);
        QFETCH(QString, outcome);
        QFETCH(QString, reason);
        QFETCH(QString, address);
        QuietHours hours;
        const RecipientRules rules({Channel(channel), CampaignKind(kind)});
        const RecipientDecision decision = rules.decide(facts, now, &hours);
        QCOMPARE(toWire(decision.outcome), outcome);
        QCOMPARE(toWire(decision.reason), reason);
        QCOMPARE(decision.address, address);
        QCOMPARE(decision.releaseAt.isValid(), decision.outcome == Outcome::Held);
        if (decision.outcome == Outcome::Held) {
            QVERIFY(decision.releaseAt > now);
            QVERIFY(hours.isOpen(decision.releaseAt, hours.zonesFor(facts.timeZone, decision.address)));
        }
    }

    void heldUntilTheWindowOpens() {
        QuietHours hours;
        const RecipientRules rules({Channel::Sms, CampaignKind::Marketing});
        QCOMPARE(rules.decide(consenting({kMobile}), utc(kNight), &hours).releaseAt,
                 utc("2026-07-16T12:00:00Z"));
        auto inBerlin = consenting({kMobile});
        inBerlin.timeZone = QStringLiteral("Europe/Berlin");
        QCOMPARE(rules.decide(inBerlin, utc(kNight), &hours).releaseAt, utc("2026-07-16T06:00:00Z"));
        // E-mail: the contact's first valid number tells the zone.
        const RecipientRules mail({Channel::Email, CampaignKind::Marketing});
        const auto withNumber =
            consenting({phone("+442079460000", "fixed_line")}, {email("ann@example.com")});
        QCOMPARE(mail.decide(withNumber, utc(kNight), &hours).releaseAt,
                 utc("2026-07-16T07:00:00Z")); // 08:00 BST
        // Without quiet hours nothing is held.
        QCOMPARE(rules.decide(consenting({kMobile}), utc(kNight), nullptr).outcome, Outcome::Send);
    }

    void audienceKeepsOneMessagePerAddress() {
        QuietHours hours;
        AudienceClassifier audience({Channel::Sms, CampaignKind::Marketing}, &hours, utc(kDay));
        auto noConsent = consenting({kMobile});
        noConsent.channelConsent = ConsentState::Unknown;
        // An excluded member does not take the address: the next one with it still gets the message.
        QCOMPARE(audience.decide(noConsent).reason, ExclusionReason::NoConsent);
        QCOMPARE(audience.decide(consenting({kMobile})).outcome, Outcome::Send);
        QCOMPARE(audience.decide(consenting({kMobile})).reason, ExclusionReason::Duplicate);
        QCOMPARE(audience.decide(consenting({kFixed, kMobile})).reason, ExclusionReason::Duplicate);
        QCOMPARE(audience.decide(consenting({phone("+442079460000", "mobile")})).outcome, Outcome::Send);
        audience.reset();
        QCOMPARE(audience.decide(consenting({kMobile})).outcome, Outcome::Send);

        // A held member takes the address too: it will get the message later.
        AudienceClassifier atNight({Channel::Sms, CampaignKind::Marketing}, &hours, utc(kNight));
        QCOMPARE(atNight.decide(consenting({kMobile})).outcome, Outcome::Held);
        QCOMPARE(atNight.decide(consenting({kMobile})).reason, ExclusionReason::Duplicate);

        // An address opted out elsewhere excludes every member with it, consent or not, before or after.
        AudienceClassifier stopped({Channel::Sms, CampaignKind::Transactional}, &hours, utc(kDay));
        stopped.addOptedOutAddress(kMobile.e164);
        QCOMPARE(stopped.decide(consenting({kMobile})).reason, ExclusionReason::OptedOut);
        QCOMPARE(stopped.decide(consenting({kFixed, kMobile})).reason, ExclusionReason::OptedOut);
        QCOMPARE(stopped.decide(consenting({phone("+442079460000", "mobile")})).outcome, Outcome::Send);

        // E-mail addresses are one inbox whatever their case.
        AudienceClassifier mail({Channel::Email, CampaignKind::Transactional}, &hours, utc(kDay));
        QCOMPARE(mail.decide(consenting({}, {email("Ann@Example.com")})).outcome, Outcome::Send);
        QCOMPARE(mail.decide(consenting({}, {email("ann@example.com")})).reason, ExclusionReason::Duplicate);
        mail.addOptedOutAddress(QStringLiteral(" BOB@example.com"));
        QCOMPARE(mail.decide(consenting({}, {email("bob@Example.com")})).reason, ExclusionReason::OptedOut);
    }

    void wireSpellingsAreStable() {
        const QStringList expected = {QStringLiteral("opted_out"),      QStringLiteral("no_consent"),
                                      QStringLiteral("invalid_number"), QStringLiteral("not_mobile"),
                                      QStringLiteral("no_email"),       QStringLiteral("duplicate"),
                                      QStringLiteral("empty_render")};
        QStringList wire;
        QSet<QString> labels;
        for (const ExclusionReason reason : kExclusionReasons) {
            wire << toWire(reason);
            QCOMPARE(exclusionReasonFromWire(toWire(reason)), reason);
            QVERIFY(!displayLabel(reason).isEmpty());
            labels.insert(displayLabel(reason));
        }
        QCOMPARE(wire, expected);
        QCOMPARE(labels.size(), expected.size());
        QVERIFY(toWire(ExclusionReason::None).isEmpty());
        QVERIFY(!exclusionReasonFromWire(QStringLiteral("opted-out")).has_value());
        for (const Outcome outcome : {Outcome::Send, Outcome::Held, Outcome::Excluded})
            QCOMPARE(outcomeFromWire(toWire(outcome)), outcome);
        QCOMPARE(toWire(Outcome::Held), QStringLiteral("held"));
        QCOMPARE(campaignKindFromWire(QStringLiteral("transactional")), CampaignKind::Transactional);
        QCOMPARE(campaignKindFromWire(toWire(CampaignKind::Marketing)), CampaignKind::Marketing);
        QVERIFY(!campaignKindFromWire(QStringLiteral("Marketing")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestRecipientRules)
#include "tst_recipientrules.moc"
