#include "models/ColourRoles.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace iq {
namespace {

// A little above AA so that rounding and antialiasing never bring text under 4.5:1.
constexpr double kTargetContrast = 5.0;

int hueOf(ColourRole role) {
    switch (role) {
    case ColourRole::ErrorText:
        return 355;
    case ColourRole::WarningText:
        return 32;
    case ColourRole::FieldText:
    case ColourRole::FieldBackground:
        return 212;
    case ColourRole::ControlText:
    case ColourRole::ControlBackground:
        return 275;
    }
    return 0;
}

QColor mix(const QColor& a, const QColor& b, double amountOfB) {
    const double keep = 1.0 - amountOfB;
    return QColor::fromRgbF(static_cast<float>(a.redF() * keep + b.redF() * amountOfB),
                            static_cast<float>(a.greenF() * keep + b.greenF() * amountOfB),
                            static_cast<float>(a.blueF() * keep + b.blueF() * amountOfB));
}

// The most saturated colour of `hue` that keeps the target contrast with every background: starting
// from a mid lightness, it moves away from the backgrounds' lightness until the text reads.
QColor readableText(int hue, std::initializer_list<QColor> backgrounds) {
    double darkest = 1.0;
    for (const QColor& background : backgrounds)
        darkest = std::min(darkest, relativeLuminance(background));
    const bool onDark = darkest < 0.18;
    auto readsOnAll = [&](const QColor& colour) {
        return std::all_of(backgrounds.begin(), backgrounds.end(), [&](const QColor& background) {
            return contrastRatio(colour, background) >= kTargetContrast;
        });
    };
    for (int step = 0; step <= 50; ++step) {
        const double lightness = onDark ? 0.55 + step * 0.009 : 0.45 - step * 0.009;
        const QColor colour = QColor::fromHslF(static_cast<float>(hue) / 360.0F, 0.85F,
                                               static_cast<float>(std::clamp(lightness, 0.0, 1.0)));
        if (readsOnAll(colour))
            return colour;
    }
    return onDark ? QColor(Qt::white) : QColor(Qt::black);
}

QColor tintedBase(int hue, const QPalette& palette) {
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor pure = QColor::fromHslF(static_cast<float>(hue) / 360.0F, 0.85F, 0.5F);
    return mix(base, pure, isDarkPalette(palette) ? 0.22 : 0.10);
}

} // namespace

QColor roleColour(ColourRole role) {
    return roleColour(role, QGuiApplication::palette());
}

QColor roleColour(ColourRole role, const QPalette& palette) {
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor alternate = palette.color(QPalette::Active, QPalette::AlternateBase);
    switch (role) {
    case ColourRole::ErrorText:
    case ColourRole::WarningText:
        return readableText(hueOf(role), {window, base, alternate});
    case ColourRole::FieldBackground:
    case ColourRole::ControlBackground:
        return tintedBase(hueOf(role), palette);
    case ColourRole::FieldText:
        return readableText(hueOf(role), {roleColour(ColourRole::FieldBackground, palette)});
    case ColourRole::ControlText:
        return readableText(hueOf(role), {roleColour(ColourRole::ControlBackground, palette)});
    }
    return palette.color(QPalette::Active, QPalette::Text);
}

QString colouredHtml(ColourRole role, const QString& html) {
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(roleColour(role).name(), html);
}

double relativeLuminance(const QColor& colour) {
    auto channel = [](double value) {
        return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDarkPalette(const QPalette& palette) {
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const QColor text = palette.color(QPalette::Active, QPalette::WindowText);
    return relativeLuminance(window) < relativeLuminance(text);
}

} // namespace iq
