// Help > Keyboard Shortcuts lists every shortcut of the window, gathered from its actions and buttons,
// under the area where it works; no two actions answer the same keys where both work; the filter finds
// one by its name or its keys.
#include "core/profile/Profile.h"
#include "views/MainWindow.h"
#include "views/help/KeyboardShortcuts.h"

#include <QApplication>
#include <QLineEdit>
#include <QMultiHash>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace iq;

namespace {

bool listed(const QList<KeyboardShortcut>& shortcuts, const QString& area, const QString& action,
            const QKeySequence& keys) {
    for (const KeyboardShortcut& s : shortcuts) {
        if (s.area == area && s.action == action && s.keys == keys)
            return true;
    }
    return false;
}

QString describe(const QList<KeyboardShortcut>& shortcuts) {
    QStringList lines;
    for (const KeyboardShortcut& s : shortcuts)
        lines << s.area + QStringLiteral(" / ") + s.action + QStringLiteral(" = ") + s.keys.toString();
    return lines.join(u'\n');
}

} // namespace

class TestKeyboardShortcuts final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase() {
        auto profile = Profile::open(m_dir.path());
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        m_profile = std::move(profile).value();
        m_window = std::make_unique<MainWindow>(*m_profile);
    }

    void listsTheWindowsAndEachPagesShortcuts() {
        auto* dialog = m_window->openKeyboardShortcuts();
        QVERIFY(dialog);
        const QList<KeyboardShortcut> all = KeyboardShortcuts::collect(m_window.get(), {});
        QVERIFY2(all.size() >= 20, qPrintable(describe(all)));
        const QString everywhere = KeyboardShortcutsDialog::tr("Everywhere");
        QVERIFY(
            listed(all, everywhere, QStringLiteral("Import contacts"), QKeySequence(Qt::CTRL | Qt::Key_I)));
        QVERIFY(listed(all, everywhere, QStringLiteral("Keyboard Shortcuts"),
                       QKeySequence(Qt::CTRL | Qt::Key_Slash)));
        QVERIFY2(
            listed(all, everywhere, QStringLiteral("Go to Contacts"), QKeySequence(Qt::CTRL | Qt::Key_1)),
            qPrintable(describe(all)));
        for (const KeyboardShortcut& s : all) {
            QVERIFY2(!s.action.isEmpty() && !s.action.contains(u'&'), qPrintable(s.action));
            QVERIFY(!s.keys.isEmpty());
        }

        // The dialog groups them by area: the window's own and at least the pages with shortcuts.
        QTreeWidget* list = dialog->list();
        QVERIFY(list->topLevelItemCount() >= 3);
        int rows = 0;
        for (int a = 0; a < list->topLevelItemCount(); ++a)
            rows += list->topLevelItem(a)->childCount();
        QVERIFY(rows >= 20);
        dialog->close();
    }

    // Keys that work everywhere must not also be claimed by a page, nor twice on one page: one of the
    // two would never run.
    void noTwoActionsAnswerTheSameKeys() {
        const QList<KeyboardShortcut> all =
            KeyboardShortcuts::collect(m_window.get(), m_window->shortcutAreas());
        QStringList clashes;
        QMultiHash<QString, QString> byKeys; // "area|keys" -> action
        const QString everywhere = KeyboardShortcutsDialog::tr("Everywhere");
        for (const KeyboardShortcut& s : all)
            byKeys.insert(s.area + u'|' + s.keys.toString(), s.action);
        for (const KeyboardShortcut& s : all) {
            QStringList claimants = byKeys.values(s.area + u'|' + s.keys.toString());
            if (s.area != everywhere)
                claimants += byKeys.values(everywhere + u'|' + s.keys.toString());
            claimants.removeDuplicates();
            if (claimants.size() > 1)
                clashes << s.area + QStringLiteral(": ") + s.keys.toString() + QStringLiteral(" for ") +
                               claimants.join(QStringLiteral(", "));
        }
        clashes.removeDuplicates();
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
        // A button that shows an arrow is listed by what it does.
        QVERIFY2(listed(all, QStringLiteral("Compose"), QStringLiteral("Next recipient"),
                        QKeySequence(Qt::ALT | Qt::Key_Right)),
                 qPrintable(describe(all)));
    }

    // One row per action with all its keys, the keys that work everywhere first.
    void theDialogShowsEachActionOnceEverywhereFirst() {
        auto* dialog = m_window->openKeyboardShortcuts();
        QTreeWidget* list = dialog->list();
        QCOMPARE(list->topLevelItem(0)->text(0), KeyboardShortcutsDialog::tr("Everywhere"));
        QTreeWidgetItem* everywhere = list->topLevelItem(0);
        QStringList actions;
        for (int i = 0; i < everywhere->childCount(); ++i) {
            actions << everywhere->child(i)->text(0);
            if (everywhere->child(i)->text(0) == QLatin1String("Keyboard Shortcuts"))
                QCOMPARE(everywhere->child(i)->text(1),
                         QKeySequence(Qt::CTRL | Qt::Key_Slash).toString(QKeySequence::NativeText) +
                             QStringLiteral(", ") +
                             QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText));
        }
        QCOMPARE(actions.count(QStringLiteral("Keyboard Shortcuts")), 1);
        dialog->close();
    }

    void theFilterFindsByNameOrKeys() {
        auto* dialog = m_window->openKeyboardShortcuts();
        QTreeWidget* list = dialog->list();
        const auto visibleRows = [&] {
            QStringList rows;
            for (int a = 0; a < list->topLevelItemCount(); ++a) {
                QTreeWidgetItem* area = list->topLevelItem(a);
                for (int i = 0; i < area->childCount(); ++i)
                    if (!area->isHidden() && !area->child(i)->isHidden())
                        rows << area->child(i)->text(0);
            }
            return rows;
        };
        const int everything = int(visibleRows().size());
        dialog->filter()->setText(QStringLiteral("import contacts"));
        QVERIFY(visibleRows().contains(QStringLiteral("Import contacts")));
        QVERIFY(visibleRows().size() < everything);
        dialog->filter()->setText(QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText));
        QVERIFY2(visibleRows().contains(QStringLiteral("Preferences")), qPrintable(visibleRows().join(u',')));
        dialog->filter()->clear();
        QCOMPARE(visibleRows().size(), everything);
        QVERIFY(!dialog->filter()->accessibleName().isEmpty());
        QVERIFY(!list->accessibleName().isEmpty());
        dialog->close();
    }

    // IQ_SCREENSHOT=FILE.png saves what the dialog looks like over the window.
    void screenshot() {
        const QString file = qEnvironmentVariable("IQ_SCREENSHOT");
        if (file.isEmpty())
            QSKIP("Set IQ_SCREENSHOT=FILE.png to save a screenshot.");
        m_window->resize(1100, 720);
        m_window->show();
        auto* dialog = m_window->openKeyboardShortcuts();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->grab().save(file));
        dialog->close();
    }
};

QTEST_MAIN(TestKeyboardShortcuts)
#include "tst_keyboardshortcuts.moc"
