// Media kept by SHA-256 under the profile's media folder, with type and size checks.
#include "core/store/Database.h"
#include "core/store/MediaStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

namespace {

QByteArray png(int extra = 0) {
    QByteArray bytes("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
                     "\x00\x1f\x15\xc4\x89",
                     33);
    bytes.append(extra, '\0');
    return bytes;
}

} // namespace

class TestMediaStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("m%1.sqlite").arg(++m_counter)));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_store =
            std::make_unique<MediaStore>(*m_db, m_dir.filePath(QStringLiteral("media%1").arg(m_counter)));
    }

    void storesByHashOnce() {
        const QByteArray bytes = png();
        auto first = m_store->addBytes(bytes, QStringLiteral("logo.png"));
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(first.value().hash, hash);
        QCOMPARE(first.value().mimeType, QStringLiteral("image/png"));
        QCOMPARE(first.value().size, bytes.size());
        QFile file(m_store->filePath(hash));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
        auto again = m_store->addBytes(bytes, QStringLiteral("other-name.png"));
        QVERIFY(again.ok());
        QCOMPARE(again.value().fileName, QStringLiteral("logo.png"));
        auto rows = m_db->exec(QStringLiteral("SELECT count(*) FROM media"));
        QVERIFY(rows.ok() && rows.value().next());
        QCOMPARE(rows.value().value(0).toInt(), 1);
        QCOMPARE(m_store->get(hash).value().mimeType, QStringLiteral("image/png"));
        QCOMPARE(m_store->get(QStringLiteral("nope")).error().code, Error::Code::NotFound);
    }

    void typeComesFromTheBytes() {
        // An executable renamed to .png is refused.
        QByteArray elf("\x7f"
                       "ELF\x02\x01\x01\x00",
                       8);
        elf.append(64, '\0');
        auto refused = m_store->addBytes(elf, QStringLiteral("cat.png"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("cat.png")));
        auto pdf = m_store->addBytes(QByteArray("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"),
                                     QStringLiteral("menu.pdf"));
        QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
        QCOMPARE(pdf.value().mimeType, QStringLiteral("application/pdf"));
    }

    void sizeLimits() {
        auto big = m_store->addBytes(png(5 * 1024 * 1024), QStringLiteral("huge.png"));
        QVERIFY(!big.ok());
        QVERIFY(big.errorMessage().contains(QStringLiteral("huge.png")));
        QCOMPARE(MediaStore::maximumSize(QStringLiteral("image/png")), 5 * 1024 * 1024);
        QCOMPARE(MediaStore::maximumSize(QStringLiteral("application/x-executable")), 0);
    }

    void fromFile() {
        const QString path = m_dir.filePath(QStringLiteral("pic.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(png());
        file.close();
        auto stored = m_store->addFile(path);
        QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
        QCOMPARE(stored.value().fileName, QStringLiteral("pic.png"));
        QVERIFY(!m_store->addFile(m_dir.filePath(QStringLiteral("missing.png"))).ok());
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MediaStore> m_store;
};

QTEST_GUILESS_MAIN(TestMediaStore)
#include "tst_mediastore.moc"
