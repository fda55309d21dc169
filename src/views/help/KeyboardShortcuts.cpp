#include "views/help/KeyboardShortcuts.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace iq {
namespace {

// The area whose page holds the widget, or an empty string for the window itself.
QString areaOf(const QObject* object, const QList<KeyboardShortcuts::Area>& areas) {
    for (const QObject* o = object; o; o = o->parent()) {
        for (const KeyboardShortcuts::Area& area : areas) {
            if (o == area.page)
                return area.name;
        }
    }
    return {};
}

QString describe(const QAction* action) {
    QString text = KeyboardShortcuts::plainText(action->text());
    if (text.isEmpty())
        text = action->toolTip();
    return text;
}

} // namespace

QString KeyboardShortcuts::plainText(const QString& text) {
    QString plain = text;
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    plain.remove(QLatin1Char('&'));
    plain.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (plain.endsWith(QChar(0x2026)))
        plain.chop(1);
    else if (plain.endsWith(QStringLiteral("...")))
        plain.chop(3);
    return plain.trimmed();
}

QList<KeyboardShortcut> KeyboardShortcuts::collect(QWidget* window, const QList<Area>& areas) {
    const QString everywhere = KeyboardShortcutsDialog::tr("Everywhere");
    QList<KeyboardShortcut> out;
    QSet<QString> seen;
    const auto add = [&](const QObject* owner, const QString& action, const QList<QKeySequence>& keys) {
        if (action.isEmpty())
            return;
        QString area = areaOf(owner, areas);
        if (area.isEmpty())
            area = everywhere;
        for (const QKeySequence& sequence : keys) {
            if (sequence.isEmpty())
                continue;
            const QString key = area + QLatin1Char('\n') + action + QLatin1Char('\n') + sequence.toString();
            if (seen.contains(key))
                continue;
            seen.insert(key);
            out.append({area, action, sequence});
        }
    };
    for (const QAction* action : window->findChildren<QAction*>()) {
        if (!action->isSeparator())
            add(action->parent(), describe(action), action->shortcuts());
    }
    for (const QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        // The underlined letter of a button's text shows itself; only keys given on purpose are listed.
        if (button->shortcut() == QKeySequence::mnemonic(button->text()))
            continue;
        // The accessible name says what an arrow or an icon button does.
        QString text = button->accessibleName();
        if (text.isEmpty())
            text = plainText(button->text());
        add(button, text, {button->shortcut()});
    }
    return out;
}

KeyboardShortcutsDialog::KeyboardShortcutsDialog(const QList<KeyboardShortcut>& shortcuts, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* layout = new QVBoxLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Find a shortcut"));
    m_filter->setAccessibleName(tr("Find a shortcut"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(true);
    m_list->setUniformRowHeights(true);
    // One row per action, with every key that runs it, in the order the window made them (which keeps
    // related actions together); the keys that work everywhere come first.
    const QString everywhere = tr("Everywhere");
    QHash<QString, QTreeWidgetItem*> areaItems, actionItems;
    for (const KeyboardShortcut& shortcut : shortcuts) {
        const QString keys = shortcut.keys.toString(QKeySequence::NativeText);
        QTreeWidgetItem*& row = actionItems[shortcut.area + QLatin1Char('\n') + shortcut.action];
        if (row) {
            row->setText(1, row->text(1) + QStringLiteral(", ") + keys);
            continue;
        }
        QTreeWidgetItem*& area = areaItems[shortcut.area];
        if (!area) {
            area = new QTreeWidgetItem({shortcut.area});
            QFont bold = area->font(0);
            bold.setBold(true);
            area->setFont(0, bold);
        }
        row = new QTreeWidgetItem(area, {shortcut.action, keys});
    }
    QStringList areas = areaItems.keys();
    std::sort(areas.begin(), areas.end(), [&](const QString& a, const QString& b) {
        return (a == everywhere) != (b == everywhere) ? a == everywhere : a.localeAwareCompare(b) < 0;
    });
    for (const QString& name : std::as_const(areas)) {
        QTreeWidgetItem* area = areaItems.value(name);
        m_list->addTopLevelItem(area);
        area->setFirstColumnSpanned(true);
    }
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &KeyboardShortcutsDialog::applyFilter);
    resize(560, 620);
}

void KeyboardShortcutsDialog::applyFilter(const QString& text) {
    const QString needle = text.trimmed();
    for (int a = 0; a < m_list->topLevelItemCount(); ++a) {
        QTreeWidgetItem* area = m_list->topLevelItem(a);
        bool any = false;
        for (int i = 0; i < area->childCount(); ++i) {
            QTreeWidgetItem* item = area->child(i);
            const bool shown = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive) ||
                               item->text(1).contains(needle, Qt::CaseInsensitive) ||
                               area->text(0).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!shown);
            any = any || shown;
        }
        area->setHidden(!any);
    }
}

} // namespace iq
