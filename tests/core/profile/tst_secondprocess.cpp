#include "core/profile/Profile.h"
#include "core/store/ContactRepository.h"
#include "core/store/ExternalChangeWatcher.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

// Two processes share one profile: what one commits, the other sees, and is told about.
class TestSecondProcess final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void otherProcessSeesCommittedData() {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path());
        QVERIFY2(profile.ok(), qPrintable(profile.errorMessage()));
        Contact contact;
        contact.givenName = QStringLiteral("Committed");
        QVERIFY(ContactRepository(profile.value()->database()).add(contact).ok());

        // The profile stays open here while iqm reads and writes it.
        auto listed = test::runProgram(QStringLiteral("iqm"),
                                       {QStringLiteral("--profile"), dir.path(), QStringLiteral("contacts"),
                                        QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 1);

        ChangeNotifier& notifier = profile.value()->notifier();
        ExternalChangeWatcher watcher(profile.value()->database(), notifier);
        watcher.setInterval(50);
        QSignalSpy changed(&notifier, &ChangeNotifier::changed);
        auto added = test::runProgram(QStringLiteral("iqm"),
                                      {QStringLiteral("--profile"), dir.path(), QStringLiteral("contacts"),
                                       QStringLiteral("add"), QStringLiteral("--first-name"),
                                       QStringLiteral("FromIqm")});
        QCOMPARE(added.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 5000);
        QCOMPARE(ContactRepository(profile.value()->database()).count().value(), 2);
    }

    void ownWritesDoNotLookExternal() {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path());
        QVERIFY(profile.ok());
        ExternalChangeWatcher watcher(profile.value()->database(), profile.value()->notifier());
        QSignalSpy changed(&profile.value()->notifier(), &ChangeNotifier::changed);
        Contact contact;
        contact.givenName = QStringLiteral("Local");
        QVERIFY(ContactRepository(profile.value()->database()).add(contact).ok());
        watcher.checkNow();
        // data_version moves only for other connections' commits.
        QCOMPARE(changed.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSecondProcess)
#include "tst_secondprocess.moc"
