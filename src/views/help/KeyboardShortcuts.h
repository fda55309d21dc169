#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QLineEdit;
class QTreeWidget;

namespace iq {

// One shortcut as the owner reads it: where it works, what it does, the keys.
struct KeyboardShortcut {
    QString area; // the page it works on, or "Everywhere"
    QString action;
    QKeySequence keys;
};

// Every shortcut a window offers, gathered from its actions and buttons rather than written down a
// second time, so the list cannot fall behind the code.
class KeyboardShortcuts final {
public:
    struct Area {
        QString name;
        QWidget* page = nullptr;
    };
    // window: searched whole; areas: the pages, so that what a page holds is listed under its name.
    static QList<KeyboardShortcut> collect(QWidget* window, const QList<Area>& areas);
    // "&Import contacts…" as "Import contacts".
    static QString plainText(const QString& text);
};

// Help > Keyboard Shortcuts: the list, grouped by area, with a filter.
class KeyboardShortcutsDialog final : public QDialog {
    Q_OBJECT
public:
    KeyboardShortcutsDialog(const QList<KeyboardShortcut>& shortcuts, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QLineEdit* filter() const { return m_filter; }

private:
    void applyFilter(const QString& text);

    QLineEdit* m_filter = nullptr;
    QTreeWidget* m_list = nullptr;
};

} // namespace iq
