#include "Icons.h"

#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

// The icons are compiled into an object library that reaches the app through the static
// lineup_gui archive; referencing the initialiser keeps the linker from dropping it.
static void initIconResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(lineup_icons);
        return true;
    }();
    Q_UNUSED(done);
}

namespace Lineup::Icons {

namespace {

class TintedSvgEngine : public QIconEngine
{
public:
    explicit TintedSvgEngine(const QString &path)
        : m_path(path)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap image = render(rect.size() * dpr, mode, state);
        image.setDevicePixelRatio(dpr);
        painter->drawPixmap(rect, image);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return render(size, mode, state);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap image = render(size * scale, mode, state);
        image.setDevicePixelRatio(scale);
        return image;
    }

    QIconEngine *clone() const override { return new TintedSvgEngine(m_path); }
    QString key() const override { return QStringLiteral("LineupTintedSvg"); }

private:
    QPixmap render(const QSize &size, QIcon::Mode mode, QIcon::State) const
    {
        if (size.isEmpty())
            return {};
        const QPalette palette = QGuiApplication::palette();
        QColor color = palette.color(QPalette::Active, QPalette::ButtonText);
        if (mode == QIcon::Disabled)
            color = palette.color(QPalette::Disabled, QPalette::ButtonText);
        else if (mode == QIcon::Selected)
            color = palette.color(QPalette::Active, QPalette::HighlightedText);

        const QString cacheKey = QString::number(size.width()) + QLatin1Char('x') +
                                 QString::number(size.height()) + color.name(QColor::HexArgb);
        if (const auto it = m_cache.constFind(cacheKey); it != m_cache.constEnd())
            return *it;

        QPixmap image(size);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            QSvgRenderer renderer(m_path);
            renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
            // Keep the shape's alpha, replace its colour.
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(image.rect(), color);
        }
        if (m_cache.size() > 32)
            m_cache.clear();
        m_cache.insert(cacheKey, image);
        return image;
    }

    QString m_path;
    mutable QHash<QString, QPixmap> m_cache;
};

} // namespace

QIcon themed(const QString &name)
{
    initIconResources();
    return QIcon(new TintedSvgEngine(QStringLiteral(":/icons/") + name + QStringLiteral(".svg")));
}

QIcon application()
{
    initIconResources();
    return QIcon(QStringLiteral(":/icons/lineup.svg"));
}

} // namespace Lineup::Icons
