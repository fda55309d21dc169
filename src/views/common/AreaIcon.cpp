#include "views/common/AreaIcon.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>

namespace iq {
namespace {

// The grey every area icon is drawn in (resources/icons/areas/*.svg), replaced when drawn.
constexpr char kIconGrey[] = "#808080";

// The sidebar's text colour a third of the way to its background: quieter than the text, and as
// visible on a dark or high-contrast theme as on a light one.
QColor iconColour(const QPalette& palette) {
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(text.redF() * 0.67F + base.redF() * 0.33F,
                            text.greenF() * 0.67F + base.greenF() * 0.33F,
                            text.blueF() * 0.67F + base.blueF() * 0.33F);
}

// Draws one area's SVG through Qt's SVG image plugin at the size asked, in a muted text colour, or in the
// palette's highlighted text colour for a selected row. Qt's own SVG icon engine would draw the selected row
// grey on the selection colour, where it can hardly be seen.
class AreaIconEngine final : public QIconEngine {
public:
    explicit AreaIconEngine(QString path)
        : m_path(std::move(path)) {}

    QIconEngine* clone() const override { return new AreaIconEngine(m_path); }
    QString key() const override { return QStringLiteral("iq-area"); }
    bool isNull() override { return !QFile::exists(m_path); }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
        drawn.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, drawn);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) override {
        const QPalette palette = QGuiApplication::palette();
        const QColor colour =
            mode == QIcon::Selected ? palette.color(QPalette::HighlightedText) : iconColour(palette);
        const QString cacheKey = QStringLiteral("iq-area:%1:%2x%3:%4")
                                     .arg(m_path)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(colour.name());
        QPixmap drawn;
        if (QPixmapCache::find(cacheKey, &drawn))
            return drawn;
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QByteArray svg = file.readAll().replace(kIconGrey, colour.name().toLatin1());
        QBuffer buffer(&svg);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(size);
        drawn = QPixmap::fromImage(reader.read());
        QPixmapCache::insert(cacheKey, drawn);
        return drawn;
    }

private:
    QString m_path;
};

} // namespace

QIcon areaIcon(const QString& name) {
    return QIcon(new AreaIconEngine(QStringLiteral(":/iq/icons/areas/%1.svg").arg(name)));
}

} // namespace iq
