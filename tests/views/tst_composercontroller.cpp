// The composer's logic without its widgets: a template in; out the preview for the recipient chosen,
// its segments and encoding, the problems with where they are, and the cost over the whole audience.
#include "core/actions/ContentActions.h"
#include "core/profile/Profile.h"
#include "core/store/ContactRepository.h"
#include "core/store/GroupRepository.h"
#include "views/composer/ComposerController.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace iq;

namespace {

bool hasProblem(const ComposerController& controller, ComposerProblem::Kind kind, const QString& words) {
    const QList<ComposerProblem>& problems = controller.preview().problems;
    return std::any_of(problems.cbegin(), problems.cend(), [&](const ComposerProblem& problem) {
        return problem.kind == kind && problem.text.contains(words);
    });
}

} // namespace

class TestComposerController final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        auto profile = Profile::open(m_dir.filePath(QStringLiteral("p%1").arg(++m_counter)));
        QVERIFY2(profile.ok(), qPrintable(profile.errorMessage()));
        m_profile = std::move(profile).value();
        QVERIFY(m_profile->setSetting(QStringLiteral("business_name"), QStringLiteral("Mac Corner")).ok());
        ContactRepository contacts(m_profile->database());
        GroupRepository groups(m_profile->database());
        auto macUsers = groups.add(Group{QString(), QStringLiteral("Mac Users"), QString(), {}});
        auto empty = groups.add(Group{QString(), QStringLiteral("Newsletter"), QString(), {}});
        QVERIFY(macUsers.ok() && empty.ok());
        m_macUsers = macUsers.value().id;
        m_emptyGroup = empty.value().id;
        for (const auto& [given, family] :
             {std::pair{"Ann", "Lee"}, std::pair{"", "Nobody"}, std::pair{"Zoë", "Young"}}) {
            Contact contact;
            contact.givenName = QString::fromUtf8(given);
            contact.familyName = QString::fromUtf8(family);
            auto added = contacts.add(contact);
            QVERIFY(added.ok());
            if (contact.givenName == QLatin1String("Ann"))
                QVERIFY(groups
                            .addMember(m_macUsers, added.value().id, ConsentState::OptedIn,
                                       ConsentMethod::Manual, {}, {})
                            .ok());
        }
        m_controller = std::make_unique<ComposerController>(*m_profile);
        m_controller->reload();
    }

    void cleanup() {
        m_controller.reset();
        m_profile.reset();
    }

    void rendersForTheRecipientChosen() {
        QCOMPARE(m_controller->audienceSize(), 3);
        QCOMPARE(m_controller->recipientChoices().size(), 3);
        QCOMPARE(m_controller->groups().size(), 2);
        QSignalSpy previews(m_controller.get(), &ComposerController::previewUpdated);
        m_controller->setSource(QStringLiteral("Hi {{first_name|there}}"));
        QCOMPARE(previews.size(), 1);
        QCOMPARE(m_controller->renderedText(), QStringLiteral("Hi Ann"));
        QVERIFY(m_controller->recipientRead());
        QCOMPARE(m_controller->recipientName(), QStringLiteral("Ann Lee"));
        QVERIFY(m_controller->preview().fallbacks.isEmpty());

        m_controller->showRecipient(1);
        QCOMPARE(m_controller->renderedText(), QStringLiteral("Hi there"));
        QCOMPARE(m_controller->preview().fallbacks.size(), 1);
        m_controller->showRecipient(2);
        QCOMPARE(m_controller->renderedText(), QStringLiteral("Hi Zoë"));
        QVERIFY(m_controller->preview().analysis.count.encoding == sms::Encoding::Ucs2);
        QCOMPARE(m_controller->preview().analysis.culprits.first().text, QStringLiteral("ë"));
        m_controller->showRecipient(99);
        QCOMPARE(m_controller->recipientIndex(), 2);
    }

    void countsSegments() {
        m_controller->setSource(QString(160, QLatin1Char('a')));
        QCOMPARE(m_controller->preview().segments, 1);
        QVERIFY(m_controller->preview().analysis.count.encoding == sms::Encoding::Gsm7);
        m_controller->setSource(QString(161, QLatin1Char('a')));
        QCOMPARE(m_controller->preview().segments, 2);
        // Curly quotes force UCS-2 and can be replaced.
        m_controller->setSource(QStringLiteral("It’s new"));
        QVERIFY(m_controller->preview().punctuationFixable);
        QVERIFY(m_controller->preview().analysis.count.encoding == sms::Encoding::Ucs2);
        // E-mail has no segments.
        m_controller->setChannel(tmpl::RenderChannel::EmailText);
        m_controller->setSubject(QStringLiteral("News for {{first_name|you}}"));
        m_controller->setSource(QString(400, QLatin1Char('a')));
        QCOMPARE(m_controller->preview().segments, 1);
        QCOMPARE(m_controller->preview().subject, QStringLiteral("News for Ann"));
    }

    void reportsProblemsWhereTheyAre() {
        m_controller->setSource(QStringLiteral("Hi {{frist_name}}"));
        QVERIFY(hasProblem(*m_controller, ComposerProblem::Kind::Error, QStringLiteral("frist_name")));
        const ComposerProblem& unknown = m_controller->preview().problems.first();
        QVERIFY(unknown.marked);
        QCOMPARE(unknown.offset, 3);
        // A marketing text must say how to opt out; an informational one need not.
        QVERIFY(hasProblem(*m_controller, ComposerProblem::Kind::Warning, QStringLiteral("opt out")));
        m_controller->setMarketing(false);
        QVERIFY(!hasProblem(*m_controller, ComposerProblem::Kind::Warning, QStringLiteral("opt out")));

        m_controller->setSource(QStringLiteral("Hi\n{{#vip}}"));
        QVERIFY(hasProblem(*m_controller, ComposerProblem::Kind::Error, QStringLiteral("Line 2, column 1")));
        QVERIFY(m_controller->renderedText().isEmpty());

        m_controller->setMarketing(true);
        m_controller->setSource(QStringLiteral("{{business_name}}: new Macs! {{opt_out}}"));
        QVERIFY(m_controller->preview().problems.isEmpty());
        QCOMPARE(m_controller->renderedText(), QStringLiteral("Mac Corner: new Macs! Reply STOP to opt out"));
    }

    void costsTheWholeAudience() {
        QSignalSpy summaries(m_controller.get(), &ComposerController::summaryUpdated);
        QSignalSpy started(m_controller.get(), &ComposerController::summaryStarted);
        // 150 characters and a name: one segment in GSM-7, three in UCS-2 (67 a segment) for Zoë.
        m_controller->setSource(QString(150, QLatin1Char('a')) + QStringLiteral("{{first_name|there}}"));
        QVERIFY(summaries.wait(10000));
        QCOMPARE(started.size(), 1);
        QCOMPARE(m_controller->summaryState(), ComposerController::SummaryState::Ready);
        const AudienceSummary& summary = m_controller->summary();
        QCOMPARE(summary.recipients, 3);
        QCOMPARE(summary.totalSegments, 5);
        QCOMPARE(summary.ucs2Recipients, 1);
        QCOMPARE(summary.fallbackRecipients, 1);
        QCOMPARE(summary.recipientsBySegments.value(1), 2);
        QCOMPARE(summary.recipientsBySegments.value(3), 1);

        // One group only: the count and the recipient shown follow it.
        m_controller->setAudience(m_macUsers);
        QCOMPARE(m_controller->audienceSize(), 1);
        QCOMPARE(m_controller->recipientName(), QStringLiteral("Ann Lee"));
        QVERIFY(summaries.wait(10000));
        QCOMPARE(m_controller->summary().recipients, 1);
        QCOMPARE(m_controller->summary().totalSegments, 1);
    }

    void saysWhyThereIsNoCost() {
        QSignalSpy summaries(m_controller.get(), &ComposerController::summaryUpdated);
        m_controller->setSource(QStringLiteral("Hi\n{{#vip}}"));
        QVERIFY(summaries.wait(10000));
        QCOMPARE(m_controller->summaryState(), ComposerController::SummaryState::InvalidTemplate);
        m_controller->setSource(QStringLiteral("   "));
        QVERIFY(summaries.wait(10000));
        QCOMPARE(m_controller->summaryState(), ComposerController::SummaryState::Empty);
    }

    void anEmptyAudienceShowsAnExample() {
        m_controller->setSource(QStringLiteral("Hi {{first_name|there}}"));
        m_controller->setAudience(m_emptyGroup);
        QCOMPARE(m_controller->audienceSize(), 0);
        QVERIFY(m_controller->exampleRecipient());
        QCOMPARE(m_controller->renderedText(), QStringLiteral("Hi Ann"));
        QVERIFY(m_controller->recipientChoices().isEmpty());
    }

    void savesToAndOpensFromTheLibrary() {
        m_controller->setSource(QStringLiteral("Hi {{first_name|there}}"));
        QVERIFY(m_controller->openedName().isEmpty());
        QVERIFY(m_controller->saveToLibrary(QStringLiteral("Greeting")).ok());
        ContentActions content(*m_profile);
        auto items = content.list(ContentItem::Kind::Sms);
        QVERIFY(items.ok());
        QCOMPARE(items.value().size(), 1);
        QCOMPARE(items.value().first().body, QStringLiteral("Hi {{first_name|there}}"));
        QCOMPARE(m_controller->openedName(), QStringLiteral("Greeting"));

        // Saving again replaces the item saved.
        m_controller->setSource(QStringLiteral("Hello {{first_name|there}}"));
        QVERIFY(m_controller->saveToLibrary(QStringLiteral("Greeting")).ok());
        QCOMPARE(content.list(ContentItem::Kind::Sms).value().size(), 1);

        ComposerController other(*m_profile);
        auto opened = other.openContent(items.value().first().id);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value().body, QStringLiteral("Hello {{first_name|there}}"));
        QCOMPARE(other.openedName(), QStringLiteral("Greeting"));
        QVERIFY(!other.openContent(QStringLiteral("no-such-item")).ok());
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<ComposerController> m_controller;
    QString m_macUsers;
    QString m_emptyGroup;
};

QTEST_GUILESS_MAIN(TestComposerController)
#include "tst_composercontroller.moc"
