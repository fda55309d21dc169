// The composer driven through its real widgets: typing, the preview per recipient, segment counts,
// the UCS-2 culprits and their fix, warnings, field and snippet menus, the audience summary.
#include "core/profile/Profile.h"
#include "core/store/ContactRepository.h"
#include "core/store/ContentRepository.h"
#include "core/store/GroupRepository.h"
#include "views/composer/ComposerPage.h"

#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace iq;

class TestComposerPage final : public QObject {
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
        auto group = groups.add(Group{QString(), QStringLiteral("Mac Users"), QString(), {}});
        QVERIFY(group.ok());
        for (const auto& [given, family] :
             {std::pair{"Ann", "Lee"}, std::pair{"", "Nobody"}, std::pair{"Zoë", "Young"}}) {
            Contact contact;
            contact.givenName = QString::fromUtf8(given);
            contact.familyName = QString::fromUtf8(family);
            auto added = contacts.add(contact);
            QVERIFY(added.ok());
            if (contact.givenName == QLatin1String("Ann"))
                QVERIFY(groups
                            .addMember(group.value().id, added.value().id, ConsentState::OptedIn,
                                       ConsentMethod::Manual, {}, {})
                            .ok());
        }
        m_page = std::make_unique<ComposerPage>(*m_profile);
        m_page->resize(1000, 700);
        m_page->show();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

    void cleanup() {
        m_page.reset();
        m_profile.reset();
    }

    void typingUpdatesPreviewAndCount() {
        QTest::keyClicks(m_page->editor(), QStringLiteral("Hi {{first_name|there}}"));
        QCOMPARE(m_page->renderedText(), QStringLiteral("Hi Ann"));
        QCOMPARE(m_page->preview()->toPlainText(), QStringLiteral("Hi Ann"));
        QVERIFY2(m_page->countLabel()->text().contains(QStringLiteral("1 segment")),
                 qPrintable(m_page->countLabel()->text()));
        QVERIFY(m_page->countLabel()->text().contains(QStringLiteral("GSM-7")));
        QVERIFY(m_page->recipientLabel()->text().contains(QStringLiteral("1 of 3")));

        // A 161st character makes two segments.
        m_page->editor()->setPlainText(QString(161, QLatin1Char('a')));
        QVERIFY(m_page->countLabel()->text().startsWith(QStringLiteral("2 segments")));
        m_page->editor()->setPlainText(QString(160, QLatin1Char('a')));
        QVERIFY(m_page->countLabel()->text().startsWith(QStringLiteral("1 segment")));
    }

    void steppingThroughRecipients() {
        m_page->editor()->setPlainText(QStringLiteral("Hi {{first_name|there}}"));
        QPushButton* next = nullptr;
        for (QPushButton* button : m_page->findChildren<QPushButton*>()) {
            if (button->accessibleName() == QLatin1String("Next recipient"))
                next = button;
        }
        QVERIFY(next);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(m_page->recipientIndex(), 1);
        QCOMPARE(m_page->renderedText(), QStringLiteral("Hi there"));
        m_page->showRecipient(2);
        QCOMPARE(m_page->renderedText(), QStringLiteral("Hi Zoë"));
        QVERIFY(m_page->countLabel()->text().contains(QStringLiteral("UCS-2")));
        QVERIFY(m_page->culpritLabel()->text().contains(QStringLiteral("“ë”")));
        m_page->showRecipient(99);
        QCOMPARE(m_page->recipientIndex(), 2);
        m_page->recipientBox()->setCurrentIndex(0);
        Q_EMIT m_page->recipientBox()->activated(0);
        QCOMPARE(m_page->renderedText(), QStringLiteral("Hi Ann"));
    }

    void smartPunctuationFix() {
        m_page->editor()->insertPlainText(QStringLiteral("It’s “new” — come by…"));
        QVERIFY(m_page->countLabel()->text().contains(QStringLiteral("UCS-2")));
        QVERIFY(m_page->culpritLabel()->text().contains(QStringLiteral("“’”")));
        QVERIFY(m_page->fixPunctuationButton()->isEnabled());
        QTest::mouseClick(m_page->fixPunctuationButton(), Qt::LeftButton);
        QCOMPARE(m_page->editor()->toPlainText(), QStringLiteral("It's \"new\" - come by..."));
        QVERIFY(m_page->countLabel()->text().contains(QStringLiteral("GSM-7")));
        QVERIFY(!m_page->fixPunctuationButton()->isEnabled());
        m_page->editor()->undo();
        QCOMPARE(m_page->editor()->toPlainText(), QStringLiteral("It’s “new” — come by…"));
    }

    void problemsAndWarnings() {
        QTest::keyClicks(m_page->editor(), QStringLiteral("Hi {{frist_name}}"));
        QVERIFY2(m_page->problemsLabel()->text().contains(QStringLiteral("frist_name")),
                 qPrintable(m_page->problemsLabel()->text()));
        QVERIFY(m_page->problemsLabel()->text().contains(QStringLiteral("opt out")));
        m_page->editor()->setPlainText(QStringLiteral("Hi\n{{#vip}}"));
        QVERIFY(m_page->problemsLabel()->text().contains(QStringLiteral("Line 2, column 1")));
        m_page->editor()->setPlainText(QStringLiteral("{{business_name}}: see bit.ly/x {{opt_out}}"));
        QVERIFY(m_page->problemsLabel()->text().contains(QStringLiteral("link shortener")));
        m_page->editor()->setPlainText(QStringLiteral("{{business_name}}: new Macs! {{opt_out}}"));
        QCOMPARE(m_page->problemsLabel()->text(), QStringLiteral("No problems found."));
        QCOMPARE(m_page->renderedText(), QStringLiteral("Mac Corner: new Macs! Reply STOP to opt out"));
    }

    void insertFieldAndSnippetMenus() {
        QMenu* fields = m_page->insertFieldButton()->menu();
        QVERIFY(fields->actions().size() >= 11);
        fields->actions().first()->trigger();
        QCOMPARE(m_page->editor()->toPlainText(), QStringLiteral("{{first_name|there}}"));

        ContentItem snippet;
        snippet.kind = ContentItem::Kind::Snippet;
        snippet.name = QStringLiteral("signature");
        snippet.body = QStringLiteral(" -- {{business_name}}");
        QVERIFY(ContentRepository(m_profile->database(), &m_profile->notifier()).add(snippet).ok());
        QMenu* snippets = m_page->snippetButton()->menu();
        QCOMPARE(snippets->actions().size(), 1);
        snippets->actions().first()->trigger();
        QCOMPARE(m_page->editor()->toPlainText(), QStringLiteral("{{first_name|there}}{{> signature}}"));
        QCOMPARE(m_page->renderedText(), QStringLiteral("Ann -- Mac Corner"));
    }

    void audienceSummary() {
        QSignalSpy summary(m_page.get(), &ComposerPage::summaryUpdated);
        QTest::keyClicks(m_page->editor(), QStringLiteral("Hi {{first_name|there}}"));
        QVERIFY(summary.wait(10000));
        QCOMPARE(m_page->summary().recipients, 3);
        QCOMPARE(m_page->summary().fallbackRecipients, 1);
        QCOMPARE(m_page->summary().totalSegments, 3);
        QCOMPARE(m_page->summary().ucs2Recipients, 1);
        QVERIFY2(m_page->summaryLabel()->text().contains(QStringLiteral("3 segments in total")),
                 qPrintable(m_page->summaryLabel()->text()));
        QVERIFY(m_page->summaryLabel()->text().contains(QStringLiteral("Nobody")));

        // One group only.
        summary.clear();
        m_page->audienceBox()->setCurrentIndex(m_page->audienceBox()->findText(QStringLiteral("Mac Users")));
        QVERIFY(summary.wait(10000));
        QCOMPARE(m_page->summary().recipients, 1);
        QCOMPARE(m_page->renderedText(), QStringLiteral("Hi Ann"));
    }

    void emailChannelEscapesHtml() {
        ContactRepository contacts(m_profile->database());
        m_page->setChannel(tmpl::RenderChannel::EmailHtml);
        m_page->editor()->setPlainText(QStringLiteral("<p>{{business_name}} & {{first_name}}</p>"));
        QVERIFY(!m_page->countLabel()->text().contains(QStringLiteral("segment")));
        QVERIFY(m_page->preview()->toPlainText().contains(QStringLiteral("Mac Corner & Ann")));
        QVERIFY(m_page->renderedText().contains(QStringLiteral("<p>Mac Corner & Ann</p>")));
    }

    void voiceButtonSaysWhy() {
        m_page->setChannel(tmpl::RenderChannel::Voice);
        m_page->editor()->setPlainText(QStringLiteral("Hello {{first_name}}"));
        QVERIFY(!m_page->listenButton()->isHidden());
        if (!m_page->listenButton()->isEnabled())
            QVERIFY(!m_page->listenButton()->text().contains(QStringLiteral("Listen")));
    }

    // IQ_SCREENSHOT=FILE.png saves what the composer looks like with a typical message (docs/images).
    void screenshot() {
        const QString file = qEnvironmentVariable("IQ_SCREENSHOT");
        if (file.isEmpty())
            QSKIP("Set IQ_SCREENSHOT=FILE.png to save a screenshot.");
        QSignalSpy summary(m_page.get(), &ComposerPage::summaryUpdated);
        m_page->resize(1200, 720);
        m_page->editor()->setPlainText(QStringLiteral("Hi {{first_name|there}}, the new MacBook Air is in at "
                                                      "{{business_name}}! Show this text for 10% off "
                                                      "until Friday – we’re open till 7. {{opt_out}}"));
        m_page->showRecipient(2);
        QVERIFY(summary.wait(10000));
        QVERIFY(m_page->grab().save(file));
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<ComposerPage> m_page;
};

QTEST_MAIN(TestComposerPage)
#include "tst_composerpage.moc"
