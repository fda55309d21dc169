// The content library page and its model: list, filter, duplicate, rename, delete with undo, open.
#include "core/profile/Profile.h"
#include "core/store/ContentRepository.h"
#include "models/ContentListModel.h"
#include "views/composer/ContentLibraryPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

class TestContentLibraryPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        auto profile = Profile::open(m_dir.filePath(QStringLiteral("p%1").arg(++m_counter)));
        QVERIFY(profile.ok());
        m_profile = std::move(profile).value();
        ContentRepository content(m_profile->database(), &m_profile->notifier());
        for (const auto& [kind, name, tag] : {std::tuple{ContentItem::Kind::Sms, "New Macs", "promo"},
                                              std::tuple{ContentItem::Kind::Email, "Newsletter", "monthly"},
                                              std::tuple{ContentItem::Kind::Snippet, "signature", ""}}) {
            ContentItem item;
            item.kind = kind;
            item.name = QLatin1String(name);
            item.body = QStringLiteral("Hi {{first_name|there}}");
            if (*tag)
                item.tags = QStringList{QLatin1String(tag)};
            QVERIFY(content.add(item).ok());
        }
        m_page = std::make_unique<ContentLibraryPage>(*m_profile);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->show();
    }

    void cleanup() {
        m_tester.reset();
        m_page.reset();
        m_profile.reset();
    }

    void listsAndFilters() {
        ContentListModel* model = m_page->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->columnCount(), 4);
        QCOMPARE(model->index(0, ContentListModel::Kind).data().toString(), QStringLiteral("E-mail"));
        auto* kind = m_page->findChild<QComboBox*>();
        QVERIFY(kind);
        kind->setCurrentIndex(kind->findData(QStringLiteral("sms")));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ContentListModel::Name).data().toString(), QStringLiteral("New Macs"));
        QCOMPARE(model->index(0, ContentListModel::Tags).data().toString(), QStringLiteral("promo"));
        kind->setCurrentIndex(0);
        QCOMPARE(model->rowCount(), 3);
    }

    void duplicateRenameDeleteUndo() {
        ContentListModel* model = m_page->model();
        m_page->table()->selectRow(
            model->rowOf(model->item(1).id)); // "New Macs" after "Newsletter"? find by name
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->item(row).name == QLatin1String("New Macs"))
                m_page->table()->selectRow(row);
        }
        const QString id = m_page->currentId();
        QVERIFY(!id.isEmpty());
        m_page->duplicateCurrent();
        QCOMPARE(model->rowCount(), 4);
        QVERIFY(m_page->currentId() != id);
        QCOMPARE(model->item(model->rowOf(m_page->currentId())).name, QStringLiteral("New Macs (copy)"));
        m_page->renameCurrent(QStringLiteral("Spring sale"));
        QCOMPARE(model->item(model->rowOf(m_page->currentId())).name, QStringLiteral("Spring sale"));

        m_page->deleteCurrent();
        QCOMPARE(model->rowCount(), 3);
        auto* undo = m_page->findChild<QPushButton*>(QString(), Qt::FindChildrenRecursively);
        Q_UNUSED(undo)
        m_page->undoDelete();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->item(model->rowOf(m_page->currentId())).name, QStringLiteral("Spring sale"));
    }

    void openRequested() {
        QSignalSpy open(m_page.get(), &ContentLibraryPage::openRequested);
        m_page->table()->selectRow(0);
        Q_EMIT m_page->table()->activated(m_page->table()->currentIndex());
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), m_page->model()->item(0).id);
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<ContentLibraryPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestContentLibraryPage)
#include "tst_contentlibrarypage.moc"
