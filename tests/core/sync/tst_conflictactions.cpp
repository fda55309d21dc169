// What the Conflicts page and iqm do with the conflicts a sync kept, over a real profile.
#include "ContactFixtures.h"

#include "core/actions/ConflictActions.h"
#include "core/profile/Profile.h"
#include "core/store/ContactRepository.h"
#include "shared/util/Clock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

class TestConflictActions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        auto opened = Profile::open(m_dir.filePath(QStringLiteral("p%1").arg(++m_counter)));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        m_profile = std::move(opened).value();
        m_ada = test::addContact(db(), QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        QVERIFY(!m_ada.isEmpty());
    }

    void openConflictsNameTheirRecords() {
        const qint64 notes =
            keepConflict(QStringLiteral("contact"), m_ada, QStringLiteral("field"), QStringLiteral("notes"),
                         QStringLiteral("\"call after 5\""), QStringLiteral("\"prefers e-mail\""));
        const qint64 gone = keepConflict(
            QStringLiteral("group"), QStringLiteral("g-gone"), QStringLiteral("deleted_on_server"), QString(),
            QStringLiteral("{\"id\": \"g-gone\", \"name\": \"Old group\"}"), QStringLiteral("null"));
        ConflictActions conflicts(*m_profile);
        const auto open = conflicts.open();
        QVERIFY2(open.ok(), qPrintable(open.errorMessage()));
        QCOMPARE(open.value().size(), 2);
        QCOMPARE(open.value().at(0).seq, notes);
        QCOMPARE(open.value().at(0).recordName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(open.value().at(0).localValue.toString(), QStringLiteral("call after 5"));
        QCOMPARE(open.value().at(1).seq, gone);
        QCOMPARE(open.value().at(1).recordName, QStringLiteral("Old group")); // known only by the kept value
        QCOMPARE(conflicts.openCount().value(), 2);
    }

    void keepingTheServerValueChangesNothingElse() {
        const qint64 seq =
            keepConflict(QStringLiteral("contact"), m_ada, QStringLiteral("field"), QStringLiteral("notes"),
                         QStringLiteral("\"call after 5\""), QStringLiteral("\"\""));
        const int outboxBefore = outboxCount();
        QSignalSpy changed(&m_profile->notifier(), &ChangeNotifier::changed);
        QVERIFY(ConflictActions(*m_profile).resolve(seq, ConflictActions::Keep::Server));
        QCOMPARE(ConflictActions(*m_profile).openCount().value(), 0);
        QCOMPARE(ContactRepository(db()).get(m_ada).value().notes, QString());
        QCOMPARE(outboxCount(), outboxBefore);
        QVERIFY(changed.count() >= 1);
        // A closed conflict cannot be closed again.
        const Status again = ConflictActions(*m_profile).resolve(seq, ConflictActions::Keep::Local);
        QCOMPARE(again.error().code, Error::Code::NotFound);
    }

    void keepingThisComputersValueWritesItBackForTheNextSync() {
        const qint64 seq =
            keepConflict(QStringLiteral("contact"), m_ada, QStringLiteral("field"), QStringLiteral("notes"),
                         QStringLiteral("\"call after 5\""), QStringLiteral("\"\""));
        const int outboxBefore = outboxCount();
        QVERIFY(ConflictActions(*m_profile).resolve(seq, ConflictActions::Keep::Local));
        QCOMPARE(ContactRepository(db()).get(m_ada).value().notes, QStringLiteral("call after 5"));
        QCOMPARE(outboxCount(), outboxBefore + 1);
        QCOMPARE(ConflictActions(*m_profile).openCount().value(), 0);
    }

    void resolvingSeveralGoesOnPastOneThatFails() {
        const qint64 first =
            keepConflict(QStringLiteral("contact"), m_ada, QStringLiteral("field"), QStringLiteral("notes"),
                         QStringLiteral("\"a\""), QStringLiteral("\"b\""));
        const qint64 second =
            keepConflict(QStringLiteral("contact"), m_ada, QStringLiteral("field"),
                         QStringLiteral("organization"), QStringLiteral("\"Navy\""), QStringLiteral("\"\""));
        QSignalSpy changed(&m_profile->notifier(), &ChangeNotifier::changed);
        const QStringList problems =
            ConflictActions(*m_profile).resolveAll({first, 4242, second}, ConflictActions::Keep::Server);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("4242")), qPrintable(problems.first()));
        QCOMPARE(ConflictActions(*m_profile).openCount().value(), 0);
        QCOMPARE(changed.count(), 1);
    }

private:
    Database& db() { return m_profile->database(); }

    // A conflict as a sync keeps it.
    qint64 keepConflict(const QString& entity, const QString& recordId, const QString& kind,
                        const QString& field, const QString& local, const QString& server) {
        auto inserted = db().exec(
            QStringLiteral(
                "INSERT INTO sync_conflicts (entity, record_id, kind, field, local_value, server_value, "
                "server_version, detected_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?) RETURNING seq"),
            {entity, recordId, kind, field, local, server, toStoredTime(Clock::system().now())});
        if (!inserted || !inserted.value().next())
            return -1;
        const qint64 seq = inserted.value().value(0).toLongLong();
        inserted.value().finish();
        return seq;
    }

    int outboxCount() {
        auto query = db().exec(QStringLiteral("SELECT count(*) FROM outbox"));
        return query && query.value().next() ? query.value().value(0).toInt() : -1;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Profile> m_profile;
    QString m_ada;
};

QTEST_GUILESS_MAIN(TestConflictActions)
#include "tst_conflictactions.moc"
