// The content library's use cases over a real profile: what the library page, the composer and iqm do.
#include "core/actions/ContentActions.h"
#include "core/profile/Profile.h"
#include "shared/template/Template.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

namespace {

ContentItem item(ContentItem::Kind kind, const QString& name, const QString& body,
                 const QStringList& tags = {}) {
    ContentItem content;
    content.kind = kind;
    content.name = name;
    content.body = body;
    content.tags = tags;
    return content;
}

} // namespace

class TestContentActions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        auto opened = Profile::open(m_dir.filePath(QStringLiteral("p%1").arg(++m_counter)));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        m_profile = std::move(opened).value();
    }

    void addListEditAndTags() {
        ContentActions content(*m_profile);
        QSignalSpy changed(&m_profile->notifier(), &ChangeNotifier::changed);
        ContentItem draft = item(ContentItem::Kind::Sms, QStringLiteral("New Macs"),
                                 QStringLiteral("Hi {{first_name}}"), {QStringLiteral("promo")});
        draft.id = QStringLiteral("chosen-by-the-caller");
        auto added = content.add(draft);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        QVERIFY(added.value().id != draft.id); // a new item always gets a new id
        QCOMPARE(changed.count(), 1);
        QVERIFY(content
                    .add(item(ContentItem::Kind::Snippet, QStringLiteral("signature"),
                              QStringLiteral("-- Shop"), {QStringLiteral("Footer"), QStringLiteral("PROMO")}))
                    .ok());

        QCOMPARE(content.list().value().size(), 2);
        QCOMPARE(content.list(ContentItem::Kind::Snippet).value().size(), 1);
        QCOMPARE(content.list(std::nullopt, QStringLiteral("Promo")).value().size(), 2);
        QCOMPARE(content.tags().value(), (QStringList{QStringLiteral("Footer"), QStringLiteral("promo")}));

        ContentItem edited = added.value();
        edited.body = QStringLiteral("Hello {{first_name|there}}");
        edited.tags.clear();
        QVERIFY(content.edit(edited).ok());
        QCOMPARE(content.get(edited.id).value().body, QStringLiteral("Hello {{first_name|there}}"));
        QCOMPARE(content.tags().value(), (QStringList{QStringLiteral("Footer"), QStringLiteral("PROMO")}));
        QCOMPARE(content.rename(edited.id, QStringLiteral("  ")).error().code, Error::Code::InvalidInput);
        QCOMPARE(content.rename(edited.id, QStringLiteral("Macs are in")).value().name,
                 QStringLiteral("Macs are in"));
        QCOMPARE(content.get(QStringLiteral("no-such-item")).error().code, Error::Code::NotFound);

        tmpl::Partials partials;
        QVERIFY(content.loadSnippets(partials));
        QCOMPARE(partials.names(), QStringList{QStringLiteral("signature")});
    }

    void duplicateRemoveAndRestore() {
        ContentActions content(*m_profile);
        const ContentItem original =
            content
                .add(item(ContentItem::Kind::Voice, QStringLiteral("Reminder"),
                          QStringLiteral("Your order is in"), {QStringLiteral("orders")}))
                .value();
        QCOMPARE(content.duplicate(original.id).value().name, QStringLiteral("Reminder (copy)"));
        QCOMPARE(content.duplicate(original.id).value().name, QStringLiteral("Reminder (copy 2)"));

        auto removed = content.remove(original.id);
        QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
        QCOMPARE(removed.value().body, QStringLiteral("Your order is in"));
        QCOMPARE(content.get(original.id).error().code, Error::Code::NotFound);
        QCOMPARE(content.remove(original.id).error().code, Error::Code::NotFound);

        auto restored = content.restore(removed.value());
        QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
        QVERIFY(restored.value().id != original.id); // the deleted id keeps its tombstone for sync
        QCOMPARE(restored.value().name, QStringLiteral("Reminder"));
        QCOMPARE(restored.value().kind, ContentItem::Kind::Voice);
        QCOMPARE(restored.value().tags, QStringList{QStringLiteral("orders")});
        QCOMPARE(content.list().value().size(), 3);
    }

    void saveDraftUpdatesUnderTheSameNameAndAddsUnderANewOne() {
        ContentActions content(*m_profile);
        ContentItem first = item(ContentItem::Kind::Sms, QStringLiteral("Promo"), QStringLiteral("v1"),
                                 {QStringLiteral("spring")});
        // Nothing opened: the draft is a new item, with none of the library's tags.
        auto fresh = content.saveDraft(QString(), first);
        QVERIFY2(fresh.ok(), qPrintable(fresh.errorMessage()));
        QCOMPARE(fresh.value().tags, QStringList());
        QVERIFY(content.remove(fresh.value().id).ok());
        auto saved = content.add(first);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        const QString id = saved.value().id;

        ContentItem draft;
        draft.name = QStringLiteral(" Promo ");
        draft.kind = ContentItem::Kind::Email;
        draft.subject = QStringLiteral("News");
        draft.bodyHtml = QStringLiteral("<p>v2</p>");
        auto updated = content.saveDraft(id, draft);
        QVERIFY(updated.ok());
        QCOMPARE(updated.value().id, id);
        QCOMPARE(content.get(id).value().kind, ContentItem::Kind::Email);
        QCOMPARE(content.get(id).value().bodyHtml, QStringLiteral("<p>v2</p>"));
        QCOMPARE(content.get(id).value().tags, QStringList{QStringLiteral("spring")});

        draft.name = QStringLiteral("Promo for autumn");
        auto copy = content.saveDraft(id, draft);
        QVERIFY(copy.ok());
        QVERIFY(copy.value().id != id);
        QCOMPARE(copy.value().tags, QStringList{QStringLiteral("spring")}); // tags come with the opened item
        QCOMPARE(copy.value().meta.serverVersion, 0);
        QCOMPARE(content.get(id).value().name, QStringLiteral("Promo")); // the old one stays
        QCOMPARE(content.list().value().size(), 2);
    }

    void aBrokenSnippetIsRefusedAndNothingIsStored() {
        ContentActions content(*m_profile);
        auto broken =
            content.add(item(ContentItem::Kind::Snippet, QStringLiteral("footer"), QStringLiteral("{{#x}}")));
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code, Error::Code::InvalidInput);
        QVERIFY(broken.errorMessage().contains(QStringLiteral("footer")));
        QCOMPARE(content.list().value().size(), 0);
    }

    void mediaPathsAreInTheProfile() {
        const QString path = ContentActions(*m_profile).mediaFilePath(QStringLiteral("abc123"));
        QCOMPARE(path, QDir(m_profile->directory()).filePath(QStringLiteral("media/abc123")));
        QCOMPARE(ContentActions(m_profile->database(), nullptr).mediaFilePath(QStringLiteral("abc123")),
                 QString());
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Profile> m_profile;
};

QTEST_GUILESS_MAIN(TestContentActions)
#include "tst_contentactions.moc"
