#include "Icons.h"

#include <QAction>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QLineEdit>
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
    // tint false: the SVG's own colours (the application icon).
    explicit TintedSvgEngine(const QString &path, bool tint = true)
        : m_path(path)
        , m_tint(tint)
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

    QIconEngine *clone() const override { return new TintedSvgEngine(m_path, m_tint); }
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

        // One cache for all icons: many widgets show the same icon (a reset button per
        // parameter row), and parsing the SVG again for each was a visible part of the launch.
        const QString cacheKey = m_path + QLatin1Char('@') + QString::number(size.width()) +
                                 QLatin1Char('x') + QString::number(size.height()) +
                                 (m_tint ? color.name(QColor::HexArgb) : QString());
        QHash<QString, QImage> &cache = sharedCache();
        if (const auto it = cache.constFind(cacheKey); it != cache.constEnd())
            return QPixmap::fromImage(*it);

        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            QSvgRenderer renderer(m_path);
            renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
            if (m_tint) {
                // Keep the shape's alpha, replace its colour.
                painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
                painter.fillRect(image.rect(), color);
            }
        }
        if (cache.size() > 256)
            cache.clear();
        cache.insert(cacheKey, image);
        return QPixmap::fromImage(image);
    }

    // Icons are painted on the GUI thread only. Images, not pixmaps: a static outlives the
    // application, and an image needs no platform to be destroyed.
    static QHash<QString, QImage> &sharedCache()
    {
        static QHash<QString, QImage> cache;
        return cache;
    }

    QString m_path;
    bool m_tint;
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
    // Our own engine rather than QIcon(path): that would load Qt's SVG icon-engine plugin at
    // start-up just to draw the same file.
    return QIcon(new TintedSvgEngine(QStringLiteral(":/icons/lineup.svg"), false));
}

void addClearAction(QLineEdit *edit)
{
    auto *action = edit->addAction(themed(QStringLiteral("close")), QLineEdit::TrailingPosition);
    action->setObjectName(QStringLiteral("clearAction"));
    const QString text = QCoreApplication::translate("Lineup::Icons", "Clear");
    action->setText(text);
    action->setToolTip(text);
    action->setVisible(!edit->text().isEmpty());
    QObject::connect(edit, &QLineEdit::textChanged, action,
                     [action](const QString &value) { action->setVisible(!value.isEmpty()); });
    QObject::connect(action, &QAction::triggered, edit, [edit] {
        if (edit->text().isEmpty())
            return;
        edit->clear();
        // As Qt's own clear button does: clearing is an edit by the user.
        Q_EMIT edit->textEdited(QString());
    });
}

} // namespace Lineup::Icons
