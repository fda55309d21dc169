// The group use cases over a real profile: one transaction each, the ledger and the outbox written, the
// notifier told once after the commit, and nothing kept of an action that failed half-way.
#include "ContactFixtures.h"

#include "core/actions/GroupActions.h"
#include "core/profile/Profile.h"
#include "core/store/ConsentLedger.h"
#include "core/store/GroupBrowser.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

class TestGroupActions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        auto opened = Profile::open(m_dir.filePath(QStringLiteral("p%1").arg(++m_counter)));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        m_profile = std::move(opened).value();
        m_ada = test::addContact(db(), QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                 {QStringLiteral("(415) 555-0101")});
        m_alan = test::addContact(db(), QStringLiteral("Alan"), QStringLiteral("Turing"),
                                  {QStringLiteral("(415) 555-0102")});
        QVERIFY(!m_ada.isEmpty() && !m_alan.isEmpty());
    }

    void createRenameDescribeRemove() {
        GroupActions groups(*m_profile);
        QSignalSpy changed(&m_profile->notifier(), &ChangeNotifier::changed);
        auto created = groups.create(QStringLiteral("  Mac Users "), QStringLiteral("New MacBooks"));
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        QCOMPARE(created.value().name, QStringLiteral("Mac Users"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<Entity>(), Entity::Group);

        auto clash = groups.create(QStringLiteral("mac users"));
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().code, Error::Code::Conflict);
        QCOMPARE(groups.create(QStringLiteral("   ")).error().code, Error::Code::InvalidInput);
        QCOMPARE(changed.count(), 1);

        const QString id = created.value().id;
        auto renamed = groups.rename(id, QStringLiteral("Apple fans"));
        QVERIFY2(renamed.ok(), qPrintable(renamed.errorMessage()));
        QCOMPARE(renamed.value().description, QStringLiteral("New MacBooks"));
        auto described = groups.describe(id, QStringLiteral("  Everyone with a Mac  "));
        QVERIFY(described.ok());
        QCOMPARE(groups.get(id).value().name, QStringLiteral("Apple fans"));
        QCOMPARE(groups.get(id).value().description, QStringLiteral("Everyone with a Mac"));
        QCOMPARE(groups.find(QStringLiteral("APPLE FANS")).value().id, id);
        QCOMPARE(groups.rename(QStringLiteral("no-such-group"), QStringLiteral("x")).error().code,
                 Error::Code::NotFound);

        QVERIFY(groups.setMember(id, m_ada, ConsentState::Pending, {}, QStringLiteral("test")).ok());
        QVERIFY(groups.remove(id));
        QCOMPARE(groups.get(id).error().code, Error::Code::NotFound);
        QCOMPARE(outboxCount(QStringLiteral("group"), QStringLiteral("delete")), 1);
        // The contact stays, and so does the consent history.
        QCOMPARE(GroupBrowser(db()).summaries().value().size(), 0);
        QCOMPARE(ConsentLedger(db()).history(m_ada).value().size(), 1);
    }

    void setMemberRecordsConsentAndNeedsASourceToOptIn() {
        GroupActions groups(*m_profile);
        const QString id = groups.create(QStringLiteral("Newsletter")).value().id;
        auto noSource = groups.setMember(id, m_ada, ConsentState::OptedIn, QStringLiteral("  "), {});
        QCOMPARE(noSource.error().code, Error::Code::InvalidInput);
        QCOMPARE(ConsentLedger(db()).history(m_ada).value().size(), 0);

        auto joined = groups.setMember(id, m_ada, ConsentState::OptedIn, QStringLiteral("paper form"),
                                       QStringLiteral("iqm"));
        QVERIFY2(joined.ok(), qPrintable(joined.errorMessage()));
        QCOMPARE(joined.value().name, QStringLiteral("Ada Lovelace"));
        // An opt-out inside the group is a new consent record, not a removal.
        QVERIFY(groups.setMember(id, m_ada, ConsentState::OptedOut, QStringLiteral("STOP"), {}).ok());
        const auto history = ConsentLedger(db()).history(m_ada).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().source, QStringLiteral("STOP"));
        const auto members = GroupBrowser(db()).members(id).value();
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().consent, ConsentState::OptedOut);
        QCOMPARE(members.first().phone, QStringLiteral("+14155550101"));

        auto unknown = groups.setMember(id, QStringLiteral("no-such-contact"), ConsentState::Pending, {}, {});
        QCOMPARE(unknown.error().code, Error::Code::NotFound);
        QCOMPARE(groups.removeMember(id, m_alan).error().code, Error::Code::NotFound);
        QVERIFY(groups.removeMember(id, m_ada));
        QCOMPARE(GroupBrowser(db()).members(id).value().size(), 0);
    }

    void addMembersKeepsTheConsentOfMembersAndAnnouncesOnce() {
        GroupActions groups(*m_profile);
        const QString id = groups.create(QStringLiteral("Mac Users")).value().id;
        QVERIFY(groups.setMember(id, m_ada, ConsentState::OptedIn, QStringLiteral("web form"), {}).ok());
        QSignalSpy changed(&m_profile->notifier(), &ChangeNotifier::changed);
        auto added = groups.addMembers(id, {m_ada, m_alan, m_alan}, ConsentState::Unknown,
                                       QStringLiteral("Added on the Groups page"), QStringLiteral("desktop"));
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        QCOMPARE(added.value(), QStringList{m_alan});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<Entity>(), Entity::Membership);
        const auto summary = GroupBrowser(db()).summaries().value();
        QCOMPARE(summary.size(), 1);
        QCOMPARE(summary.first().members, 2);
        QCOMPARE(summary.first().optedIn, 1);
    }

    void aFailedAddKeepsNothing() {
        GroupActions groups(*m_profile);
        const QString id = groups.create(QStringLiteral("Mac Users")).value().id;
        const int outboxBefore = outboxCount(QStringLiteral("membership"), QStringLiteral("upsert"));
        QSignalSpy changed(&m_profile->notifier(), &ChangeNotifier::changed);
        auto added = groups.addMembers(id, {m_ada, QStringLiteral("no-such-contact")}, ConsentState::Pending,
                                       QStringLiteral("test"), {});
        QVERIFY(!added.ok());
        QCOMPARE(GroupBrowser(db()).members(id).value().size(), 0);
        QCOMPARE(ConsentLedger(db()).history(m_ada).value().size(), 0);
        QCOMPARE(outboxCount(QStringLiteral("membership"), QStringLiteral("upsert")), outboxBefore);
        QCOMPARE(changed.count(), 0);
    }

    void removeMembersAndRestoreThemWithTheirConsent() {
        GroupActions groups(*m_profile);
        const QString id = groups.create(QStringLiteral("Mac Users")).value().id;
        QVERIFY(groups.setMember(id, m_ada, ConsentState::OptedIn, QStringLiteral("web form"), {}).ok());
        QVERIFY(groups.setMember(id, m_alan, ConsentState::Pending, {}, {}).ok());
        auto removed = groups.removeMembers(id, {m_ada, m_alan, QStringLiteral("never-a-member")});
        QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
        QCOMPARE(removed.value().size(), 2);
        QCOMPARE(removed.value().value(m_ada), ConsentState::OptedIn);
        QCOMPARE(removed.value().value(m_alan), ConsentState::Pending);
        QCOMPARE(GroupBrowser(db()).members(id).value().size(), 0);

        QVERIFY(groups.restoreMembers(id, removed.value(), QStringLiteral("Removal undone"), {}));
        const auto members = GroupBrowser(db()).members(id).value();
        QCOMPARE(members.size(), 2);
        QCOMPARE(members.at(0).contactId, m_ada);
        QCOMPARE(members.at(0).consent, ConsentState::OptedIn);
        QCOMPARE(members.at(1).consent, ConsentState::Pending);
    }

private:
    Database& db() { return m_profile->database(); }

    int outboxCount(const QString& entity, const QString& operation) {
        auto query =
            db().exec(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = ? AND operation = ?"),
                      {entity, operation});
        return query && query.value().next() ? query.value().value(0).toInt() : -1;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Profile> m_profile;
    QString m_ada;
    QString m_alan;
};

QTEST_GUILESS_MAIN(TestGroupActions)
#include "tst_groupactions.moc"
