#include "core/profile/Profile.h"
#include "core/store/ContactRepository.h"
#include "core/store/ExternalChangeWatcher.h"
#include "models/ContactsModel.h"
#include "views/MainWindow.h"
#include "views/contacts/ContactsPage.h"

#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace iq;

namespace {

// True when the icon draws something: an icon whose SVG is missing, or whose image plugin is not
// installed, draws nothing (or nothing at all).
bool drawsSomething(const QIcon& icon) {
    const QImage image = icon.pixmap(24, 24).toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
    return false;
}

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsContactsAddedByIqmWhileOpen() {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path());
        QVERIFY(profile.ok());
        MainWindow window(*profile.value());
        window.changeWatcher()->setInterval(50);
        QAbstractItemModelTester tester(window.contactsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView* table = window.contactsPage()->table();
        QCOMPARE(table->model()->rowCount(), 0);

        auto added = test::runProgram(
            QStringLiteral("iqm"),
            {QStringLiteral("--profile"), dir.path(), QStringLiteral("contacts"), QStringLiteral("add"),
             QStringLiteral("--first-name"), QStringLiteral("Ana"), QStringLiteral("--last-name"),
             QStringLiteral("García"), QStringLiteral("--phone"), QStringLiteral("+1 415 555 0132")});
        QCOMPARE(added.exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 5000);
        QCOMPARE(table->model()->index(0, ContactsModel::Name).data().toString(),
                 QStringLiteral("Ana García"));
        QCOMPARE(table->model()->index(0, ContactsModel::Mobile).data().toString(),
                 QStringLiteral("+1 415-555-0132")); // shown in international form
        QVERIFY(window.statusBar()->findChildren<QLabel*>().size() >= 2);
    }

    void pagesThroughManyContacts() {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path());
        QVERIFY(profile.ok());
        Database& db = profile.value()->database();
        QVERIFY(db.transaction([&]() -> Status {
            ContactRepository contacts(db);
            for (int i = 0; i < 600; ++i) {
                Contact contact;
                contact.givenName = QStringLiteral("Person %1").arg(i, 4, 10, QLatin1Char('0'));
                if (auto added = contacts.add(contact); !added)
                    return added.error();
            }
            return {};
        }));
        ContactsModel model(db, profile.value()->notifier());
        QCOMPARE(model.totalCount(), 600);
        // The true count at once; rows are read a window at a time when asked for.
        QCOMPARE(model.rowCount(), 600);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.index(599, 0).data().toString(), QStringLiteral("Person 0599"));
    }

    void sidebarAndAccessibleNames() {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path());
        QVERIFY(profile.ok());
        MainWindow window(*profile.value());
        window.show();
        auto* sidebar = window.findChild<QListWidget*>();
        QVERIFY(sidebar);
        QVERIFY(sidebar->count() >= 1);
        QCOMPARE(sidebar->item(0)->text(), QStringLiteral("Contacts"));
        // Every control a keyboard can reach has a name for screen readers.
        const auto widgets = window.findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(&window))
                continue;
            if (qobject_cast<QAbstractScrollArea*>(widget->parentWidget()))
                continue; // viewports take their scroll area's name
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
    }

    void windowAndAreasHaveIcons() {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path());
        QVERIFY(profile.ok());
        MainWindow window(*profile.value());
        QVERIFY(!window.windowIcon().isNull());
        QVERIFY(drawsSomething(window.windowIcon()));
        auto* sidebar = window.findChild<QListWidget*>();
        QVERIFY(sidebar->count() >= 5);
        QList<QImage> drawn;
        for (int row = 0; row < sidebar->count(); ++row) {
            const QListWidgetItem* item = sidebar->item(row);
            QVERIFY2(drawsSomething(item->icon()), qPrintable(item->text()));
            // Selected, it is drawn in the selection's text colour, not in grey on the highlight.
            QVERIFY(item->icon().pixmap(24, 24, QIcon::Selected).toImage() !=
                    item->icon().pixmap(24, 24).toImage());
            // One icon per area, and the icon does not replace the words screen readers read.
            const QImage image = item->icon().pixmap(24, 24).toImage();
            QVERIFY2(!drawn.contains(image), qPrintable(item->text()));
            drawn.append(image);
            QVERIFY(!item->text().isEmpty());
            QVERIFY(!item->data(Qt::AccessibleDescriptionRole).toString().isEmpty());
        }
    }

    void statusBarNamesTheLocalProfile() {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path());
        QVERIFY(profile.ok());
        MainWindow window(*profile.value());
        const QString folder = QDir::toNativeSeparators(profile.value()->directory());
        QCOMPARE(window.accountStatus()->text(), QStringLiteral("Local profile: %1").arg(folder));
        QVERIFY(window.accountStatus()->toolTip().contains(folder));
        QCOMPARE(window.accountStatus()->accessibleName(), QStringLiteral("Account"));
    }

    void opensTheAreaLeftLastTime() {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path());
        QVERIFY(profile.ok());
        {
            MainWindow window(*profile.value());
            auto* sidebar = window.findChild<QListWidget*>();
            QCOMPARE(sidebar->currentRow(), 0);
            QVERIFY(sidebar->count() >= 2);
            sidebar->setCurrentRow(1);
        }
        MainWindow window(*profile.value());
        QCOMPARE(window.findChild<QListWidget*>()->currentRow(), 1);
        QCOMPARE(window.findChild<QStackedWidget*>()->currentIndex(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
