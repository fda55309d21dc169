#include "views/common/Theme.h"

#include <QApplication>
#include <QEvent>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace iq {
namespace {

const char kSettingsKey[] = "appearance/theme";
const char kRoleProperty[] = "iqTextRole";

Theme::Kind g_current = Theme::Kind::System;
// The style the platform chose, restored when the owner goes back to the system's look.
QString g_systemStyle;

QPalette makePalette(const QColor& window, const QColor& text, const QColor& base, const QColor& alternate,
                     const QColor& button, const QColor& highlight, const QColor& highlightedText,
                     const QColor& link, const QColor& placeholder, const QColor& disabledText) {
    QPalette palette(button, window);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        palette.setColor(group, QPalette::Window, window);
        palette.setColor(group, QPalette::WindowText, disabled ? disabledText : text);
        palette.setColor(group, QPalette::Base, base);
        palette.setColor(group, QPalette::AlternateBase, alternate);
        palette.setColor(group, QPalette::Text, disabled ? disabledText : text);
        palette.setColor(group, QPalette::Button, button);
        palette.setColor(group, QPalette::ButtonText, disabled ? disabledText : text);
        palette.setColor(group, QPalette::BrightText, highlightedText);
        palette.setColor(group, QPalette::Highlight, disabled ? alternate : highlight);
        palette.setColor(group, QPalette::HighlightedText, disabled ? disabledText : highlightedText);
        palette.setColor(group, QPalette::Link, link);
        palette.setColor(group, QPalette::LinkVisited, link);
        palette.setColor(group, QPalette::PlaceholderText, placeholder);
        palette.setColor(group, QPalette::ToolTipBase, base);
        palette.setColor(group, QPalette::ToolTipText, text);
    }
    return palette;
}

void applyRole(QWidget* widget) {
    const QVariant role = widget->property(kRoleProperty);
    if (!role.isValid())
        return;
    // Start from the application's palette so that only the text roles differ from it.
    QPalette palette = widget->palette();
    const QColor colour = roleColour(static_cast<ColourRole>(role.toInt()), QApplication::palette());
    for (QPalette::ColorRole text : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Active, text, colour);
        palette.setColor(QPalette::Inactive, text, colour);
    }
    widget->setPalette(palette);
}

// Recolours a role's widget when the application's palette changes.
class RoleFollower final : public QObject {
public:
    using QObject::QObject;
    static RoleFollower* instance() {
        static auto* follower = new RoleFollower(qApp);
        return follower;
    }

protected:
    // A window hears of a new application palette, a child of one through its parent's palette;
    // setting the same colours again changes nothing, so this settles after one round.
    bool eventFilter(QObject* watched, QEvent* event) override {
        const auto type = event->type();
        if ((type == QEvent::ApplicationPaletteChange || type == QEvent::PaletteChange) && !m_applying)
            if (auto* widget = qobject_cast<QWidget*>(watched)) {
                m_applying = true;
                applyRole(widget);
                m_applying = false;
            }
        return false;
    }

private:
    bool m_applying = false;
};

} // namespace

QList<Theme::Kind> Theme::all() {
    return {Kind::System, Kind::Light, Kind::Dark, Kind::HighContrast};
}

QString Theme::key(Kind kind) {
    switch (kind) {
    case Kind::System:
        return QStringLiteral("system");
    case Kind::Light:
        return QStringLiteral("light");
    case Kind::Dark:
        return QStringLiteral("dark");
    case Kind::HighContrast:
        return QStringLiteral("high-contrast");
    }
    return QStringLiteral("system");
}

Theme::Kind Theme::fromKey(const QString& key) {
    for (Kind kind : all())
        if (Theme::key(kind) == key)
            return kind;
    return Kind::System;
}

QString Theme::displayName(Kind kind) {
    switch (kind) {
    case Kind::System:
        return tr("System");
    case Kind::Light:
        return tr("Light");
    case Kind::Dark:
        return tr("Dark");
    case Kind::HighContrast:
        return tr("High contrast");
    }
    return {};
}

Theme::Kind Theme::stored() {
    return fromKey(QSettings().value(QLatin1String(kSettingsKey)).toString());
}

void Theme::store(Kind kind) {
    QSettings().setValue(QLatin1String(kSettingsKey), key(kind));
}

Theme::Kind Theme::current() {
    return g_current;
}

QPalette Theme::palette(Kind kind) {
    switch (kind) {
    case Kind::System:
        break;
    case Kind::Light:
        return makePalette(QColor(0xef, 0xef, 0xef), QColor(0x1a, 0x1a, 0x1a), Qt::white,
                           QColor(0xf5, 0xf5, 0xf5), QColor(0xe6, 0xe6, 0xe6), QColor(0x1c, 0x62, 0xb9),
                           Qt::white, QColor(0x1a, 0x5f, 0xb4), QColor(0x6b, 0x6b, 0x6b),
                           QColor(0x8c, 0x8c, 0x8c));
    case Kind::Dark:
        return makePalette(QColor(0x2d, 0x2d, 0x2d), QColor(0xe8, 0xe8, 0xe8), QColor(0x1f, 0x1f, 0x1f),
                           QColor(0x28, 0x28, 0x28), QColor(0x3a, 0x3a, 0x3a), QColor(0x2a, 0x6b, 0xc4),
                           Qt::white, QColor(0x8c, 0xb8, 0xf5), QColor(0xa6, 0xa6, 0xa6),
                           QColor(0x80, 0x80, 0x80));
    case Kind::HighContrast:
        return makePalette(Qt::black, Qt::white, Qt::black, QColor(0x1a, 0x1a, 0x1a), Qt::black,
                           QColor(0xff, 0xd7, 0x00), Qt::black, QColor(0x7f, 0xdb, 0xff),
                           QColor(0xd0, 0xd0, 0xd0), QColor(0xa0, 0xa0, 0xa0));
    }
    return QApplication::style() ? QApplication::style()->standardPalette() : QPalette();
}

void Theme::apply(Kind kind) {
    if (g_systemStyle.isEmpty() && QApplication::style())
        g_systemStyle = QApplication::style()->name();
    g_current = kind;
    const QString style = kind == Kind::System ? g_systemStyle : QStringLiteral("fusion");
    if (QApplication::style() && QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(style));
    // An empty palette (nothing resolved) makes the application follow the platform's again.
    QApplication::setPalette(kind == Kind::System ? QPalette() : palette(kind));
    // Qt 6.4 keeps the colours an open window took from an application palette that was set before;
    // an empty palette makes each window take the new one, and hand it down to its children.
    for (QWidget* window : QApplication::topLevelWidgets())
        if (!window->testAttribute(Qt::WA_SetPalette))
            window->setPalette(QPalette());
}

void setTextRole(QWidget* widget, ColourRole role) {
    const bool first = !widget->property(kRoleProperty).isValid();
    widget->setProperty(kRoleProperty, static_cast<int>(role));
    if (first)
        widget->installEventFilter(RoleFollower::instance());
    applyRole(widget);
}

void clearTextRole(QWidget* widget) {
    if (!widget->property(kRoleProperty).isValid())
        return;
    widget->setProperty(kRoleProperty, QVariant());
    widget->removeEventFilter(RoleFollower::instance());
    widget->setPalette(QPalette());
}

void setErrorText(QWidget* widget, bool error) {
    if (error)
        setTextRole(widget, ColourRole::ErrorText);
    else
        clearTextRole(widget);
}

} // namespace iq
