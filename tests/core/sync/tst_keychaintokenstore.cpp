// Tokens in the real OS keychain (Secret Service). Run the suite inside scripts/with-keyring.sh.
#include "core/sync/KeychainTokenStore.h"

#include <QTest>
#include <QUuid>

using namespace iq;

class TestKeychainTokenStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        if (Status probe = m_store.probe(); !probe)
            QSKIP(qPrintable(QStringLiteral("No Secret Service is reachable (run the tests inside "
                                            "scripts/with-keyring.sh): ") +
                             probe.errorMessage()));
    }

    void writeReadRemove_data() {
        QTest::addColumn<QString>("secret");
        QTest::newRow("ascii") << QStringLiteral("{\"accessToken\":\"abc\",\"refreshToken\":\"def\"}");
        QTest::newRow("unicode") << QStringLiteral("jeton-\u00e9t\u00e9-\u4e2d\u6587");
        QTest::newRow("long") << QString(4096, QLatin1Char('t'));
    }

    void writeReadRemove() {
        QFETCH(QString, secret);
        const QString key = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(m_store.write(key, secret));
        auto read = m_store.read(key);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(read.value(), secret);
        QVERIFY(m_store.write(key, QStringLiteral("replaced")));
        QCOMPARE(m_store.read(key).value(), QStringLiteral("replaced"));
        QVERIFY(m_store.remove(key));
        auto gone = m_store.read(key);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, Error::Code::NotFound);
        QVERIFY(m_store.remove(key)); // removing again is not an error
    }

    void keysAreSeparate() {
        const QString a = QStringLiteral("test-a-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString b = QStringLiteral("test-b-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(m_store.write(a, QStringLiteral("one")));
        QVERIFY(m_store.write(b, QStringLiteral("two")));
        QCOMPARE(m_store.read(a).value(), QStringLiteral("one"));
        QCOMPARE(m_store.read(b).value(), QStringLiteral("two"));
        QVERIFY(m_store.remove(a));
        QVERIFY(m_store.remove(b));
    }

    void memoryStoreBehavesAlike() {
        MemoryTokenStore memory;
        QCOMPARE(memory.read(QStringLiteral("k")).error().code, Error::Code::NotFound);
        QVERIFY(memory.write(QStringLiteral("k"), QStringLiteral("v")));
        QCOMPARE(memory.read(QStringLiteral("k")).value(), QStringLiteral("v"));
        QVERIFY(memory.remove(QStringLiteral("k")));
        QVERIFY(memory.remove(QStringLiteral("k")));
    }

private:
    KeychainTokenStore m_store{QStringLiteral("IQ Messaging tests")};
};

QTEST_GUILESS_MAIN(TestKeychainTokenStore)
#include "tst_keychaintokenstore.moc"
