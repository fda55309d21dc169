// The content library: add, update, rename, duplicate, delete, tags, snippets; every write in the outbox.
#include "core/store/ChangeNotifier.h"
#include "core/store/ContentRepository.h"
#include "core/store/Database.h"
#include "core/store/MediaStore.h"
#include "shared/template/Template.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

namespace {

ContentItem sms(const QString& name, const QString& body, const QStringList& tags = {}) {
    ContentItem item;
    item.kind = ContentItem::Kind::Sms;
    item.name = name;
    item.body = body;
    item.tags = tags;
    return item;
}

} // namespace

class TestContentRepository final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_counter)));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
        m_repository = std::make_unique<ContentRepository>(*m_db, &m_notifier);
    }

    void addWritesOutboxAndAnnounces() {
        QSignalSpy changed(&m_notifier, &ChangeNotifier::changed);
        auto added = m_repository->add(sms(QStringLiteral(" New Macs "), QStringLiteral("Hi {{first_name}}"),
                                           {QStringLiteral("promo"), QStringLiteral(" Promo "), QString()}));
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        QCOMPARE(added.value().name, QStringLiteral("New Macs"));
        QCOMPARE(added.value().tags, QStringList{QStringLiteral("promo")});
        QCOMPARE(changed.count(), 1);
        auto outbox = m_db->exec(QStringLiteral("SELECT entity, record_id, operation, payload FROM outbox"));
        QVERIFY(outbox.ok() && outbox.value().next());
        QCOMPARE(outbox.value().value(0).toString(), QStringLiteral("content"));
        QCOMPARE(outbox.value().value(1).toString(), added.value().id);
        QCOMPARE(outbox.value().value(2).toString(), QStringLiteral("upsert"));
        const QJsonObject payload =
            QJsonDocument::fromJson(outbox.value().value(3).toString().toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("kind")).toString(), QStringLiteral("sms"));
        QCOMPARE(payload.value(QStringLiteral("body")).toString(), QStringLiteral("Hi {{first_name}}"));
        QCOMPARE(payload.value(QStringLiteral("tags")).toArray().size(), 1);
        QVERIFY(payload.value(QStringLiteral("mediaHash")).isNull());

        auto loaded = m_repository->get(added.value().id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().body, QStringLiteral("Hi {{first_name}}"));
        QCOMPARE(loaded.value().meta.createdAt.isValid(), true);
    }

    void validation() {
        QVERIFY(!m_repository->add(sms(QStringLiteral("  "), QStringLiteral("x"))).ok());
        ContentItem snippet;
        snippet.kind = ContentItem::Kind::Snippet;
        snippet.name = QStringLiteral("broken");
        snippet.body = QStringLiteral("{{#a}}");
        auto refused = m_repository->add(snippet);
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorMessage().contains(QStringLiteral("Line 1, column 1")));
        ContentItem voice;
        voice.kind = ContentItem::Kind::Voice;
        voice.name = QStringLiteral("rec");
        voice.mediaHash = QStringLiteral("00ff");
        QCOMPARE(m_repository->add(voice).error().code, Error::Code::NotFound);
    }

    void updateRenameDuplicateRemove() {
        auto added = m_repository->add(sms(QStringLiteral("Promo"), QStringLiteral("A")));
        QVERIFY(added.ok());
        ContentItem changed = added.value();
        changed.body = QStringLiteral("B");
        QVERIFY(m_repository->update(changed).ok());
        QCOMPARE(m_repository->get(changed.id).value().body, QStringLiteral("B"));
        QCOMPARE(m_repository->rename(changed.id, QStringLiteral("Spring promo")).value().name,
                 QStringLiteral("Spring promo"));

        auto copy = m_repository->duplicate(changed.id);
        QVERIFY(copy.ok());
        QVERIFY(copy.value().id != changed.id);
        QCOMPARE(copy.value().name, QStringLiteral("Spring promo (copy)"));
        QCOMPARE(copy.value().body, QStringLiteral("B"));
        QCOMPARE(m_repository->duplicate(changed.id).value().name, QStringLiteral("Spring promo (copy 2)"));
        QCOMPARE(m_repository->list().value().size(), 3);

        QVERIFY(m_repository->remove(copy.value().id).ok());
        QCOMPARE(m_repository->get(copy.value().id).error().code, Error::Code::NotFound);
        QCOMPARE(m_repository->list().value().size(), 2);
        auto tombstone =
            m_db->exec(QStringLiteral("SELECT deleted, body FROM content WHERE id = ?"), {copy.value().id});
        QVERIFY(tombstone.ok() && tombstone.value().next());
        QCOMPARE(tombstone.value().value(0).toInt(), 1);
        auto outbox =
            m_db->exec(QStringLiteral("SELECT operation FROM outbox WHERE record_id = ? ORDER BY seq DESC"),
                       {copy.value().id});
        QVERIFY(outbox.ok() && outbox.value().next());
        QCOMPARE(outbox.value().value(0).toString(), QStringLiteral("delete"));
        QVERIFY(!m_repository->remove(copy.value().id).ok());
        auto count = m_db->exec(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'content'"));
        QVERIFY(count.ok() && count.value().next());
        QCOMPARE(count.value().value(0).toInt(), 6); // add, update, rename, two copies, delete
    }

    void tagsAndKinds() {
        QVERIFY(
            m_repository->add(sms(QStringLiteral("b"), QStringLiteral("x"), {QStringLiteral("Promo")})).ok());
        QVERIFY(m_repository
                    ->add(sms(QStringLiteral("a"), QStringLiteral("x"),
                              {QStringLiteral("promo"), QStringLiteral("VIP")}))
                    .ok());
        ContentItem email;
        email.kind = ContentItem::Kind::Email;
        email.name = QStringLiteral("Newsletter");
        email.subject = QStringLiteral("News for {{first_name|you}}");
        email.bodyHtml = QStringLiteral("<p>Hi</p>");
        QVERIFY(m_repository->add(email).ok());
        QCOMPARE(m_repository->list(ContentItem::Kind::Sms).value().size(), 2);
        QCOMPARE(m_repository->list(ContentItem::Kind::Sms).value().first().name, QStringLiteral("a"));
        QCOMPARE(m_repository->list(std::nullopt, QStringLiteral("PROMO")).value().size(), 2);
        QCOMPARE(m_repository->list(std::nullopt, QStringLiteral("vip")).value().size(), 1);
        QCOMPARE(m_repository->allTags().value(),
                 (QStringList{QStringLiteral("promo"), QStringLiteral("VIP")}));
        QCOMPARE(m_repository->get(m_repository->list(ContentItem::Kind::Email).value().first().id)
                     .value()
                     .subject,
                 QStringLiteral("News for {{first_name|you}}"));
    }

    void snippetsRenderAsPartials() {
        ContentItem snippet;
        snippet.kind = ContentItem::Kind::Snippet;
        snippet.name = QStringLiteral("signature");
        snippet.body = QStringLiteral("-- {{business_name|The shop}}");
        QVERIFY(m_repository->add(snippet).ok());
        QCOMPARE(m_repository->snippetNames().value(), QStringList{QStringLiteral("signature")});
        tmpl::Partials partials;
        QVERIFY(m_repository->loadSnippets(partials).ok());
        QCOMPARE(tmpl::Template::parse(QStringLiteral("Hi {{> signature}}"))
                     .render({}, tmpl::Escaping::None, &partials)
                     .text,
                 QStringLiteral("Hi -- The shop"));
    }

    void voiceWithRecording() {
        MediaStore media(*m_db, m_dir.filePath(QStringLiteral("media")));
        QByteArray wav("RIFF\x24\x00\x00\x00WAVEfmt "
                       "\x10\x00\x00\x00\x01\x00\x01\x00\x40\x1f\x00\x00\x80\x3e\x00\x00\x02\x00\x10\x00"
                       "data"
                       "\x00\x00\x00\x00",
                       44);
        auto stored = media.addBytes(wav, QStringLiteral("hello.wav"));
        QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
        ContentItem voice;
        voice.kind = ContentItem::Kind::Voice;
        voice.name = QStringLiteral("Greeting");
        voice.mediaHash = stored.value().hash;
        auto added = m_repository->add(voice);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        QCOMPARE(m_repository->get(added.value().id).value().mediaHash, stored.value().hash);
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
    ChangeNotifier m_notifier;
    std::unique_ptr<ContentRepository> m_repository;
};

QTEST_GUILESS_MAIN(TestContentRepository)
#include "tst_contentrepository.moc"
