#include "arena/WinRateHeatMap.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace Lineup {

namespace {

constexpr int Margin = 8;
constexpr int LabelMaxWidth = 180;

QColor mix(const QColor &a, const QColor &b, double amount)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
                            float(a.greenF() * (1 - amount) + b.greenF() * amount),
                            float(a.blueF() * (1 - amount) + b.blueF() * amount));
}

double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace

WinRateHeatMap::WinRateHeatMap(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAccessibleName(tr("Win rates between models"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void WinRateHeatMap::setResult(const LeaderboardResult &result, const QList<int> &order)
{
    m_result = result;
    m_order = order;
    updateAccessibleDescription();
    updateGeometry();
    adjustSize(); // in a scroll area that does not resize it
    update();
}

std::optional<double> WinRateHeatMap::rate(int row, int column) const
{
    if (row < 0 || column < 0 || row >= m_order.size() || column >= m_order.size() || row == column)
        return std::nullopt;
    return m_result.winRate(m_order.at(row), m_order.at(column));
}

QString WinRateHeatMap::modelName(int index) const
{
    return m_result.entries.at(m_order.at(index)).model;
}

QString WinRateHeatMap::cellText(int row, int column) const
{
    const std::optional<double> value = rate(row, column);
    return value ? tr("%1%").arg(qRound(*value * 100)) : QString();
}

QString WinRateHeatMap::toolTipFor(int row, int column) const
{
    if (row < 0 || column < 0 || row >= m_order.size() || column >= m_order.size())
        return {};
    if (row == column)
        return modelName(row);
    const std::optional<double> value = rate(row, column);
    if (!value)
        return tr("%1 and %2 have not met in a counted vote.")
            .arg(modelName(row), modelName(column));
    const double games = m_result.games(m_order.at(row), m_order.at(column));
    return tr("%1 against %2: won %3% of %4 pairwise results (a tie counts as half a win).")
        .arg(modelName(row), modelName(column))
        .arg(qRound(*value * 100))
        .arg(QLocale().toString(games, 'g', 4));
}

QPair<QColor, QColor> WinRateHeatMap::cellColors(int row, int column) const
{
    const QPalette &pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const std::optional<double> value = rate(row, column);
    if (!value)
        return {mix(base, pal.color(QPalette::Text), 0.06), pal.color(QPalette::PlaceholderText)};
    const bool dark = base.lightness() < 128;
    // Blue for won, orange for lost: apart for red-green colour blindness too.
    const QColor won = dark ? QColor(0x4f, 0x9d, 0xff) : QColor(0x1f, 0x5f, 0xbf);
    const QColor lost = dark ? QColor(0xff, 0x8a, 0x3d) : QColor(0xc8, 0x4b, 0x00);
    const double strength = std::abs(*value - 0.5) * 2; // 0 at 50%, 1 at 0% or 100%
    const QColor fill = mix(base, *value >= 0.5 ? won : lost, 0.15 + 0.75 * strength);
    QColor text = pal.color(QPalette::Text);
    if (contrast(fill, text) < 4.5)
        text = contrast(fill, Qt::black) > contrast(fill, Qt::white) ? QColor(Qt::black)
                                                                     : QColor(Qt::white);
    return {fill, text};
}

int WinRateHeatMap::labelWidth() const
{
    int widest = 0;
    for (int i = 0; i < m_order.size(); ++i)
        widest = qMax(widest, fontMetrics().horizontalAdvance(modelName(i)));
    // elidedText() measures with fractional advances, which can come out a pixel wider than
    // horizontalAdvance()'s: without the slack the widest name is elided ("kes…l-1").
    constexpr int Slack = 3;
    return qMin(widest + Slack, LabelMaxWidth) + Margin;
}

int WinRateHeatMap::headerHeight() const
{
    return labelWidth(); // the column labels are the row labels turned upright
}

int WinRateHeatMap::cellSize() const
{
    // Room for "100%" with some air, never smaller than two lines of text.
    return qMax(fontMetrics().horizontalAdvance(tr("%1%").arg(100)) + 12,
                fontMetrics().height() * 2);
}

QRect WinRateHeatMap::cellRect(int row, int column) const
{
    const int size = cellSize();
    return QRect(Margin + labelWidth() + column * size, Margin + headerHeight() + row * size, size,
                 size);
}

std::optional<QPair<int, int>> WinRateHeatMap::cellAt(const QPoint &point) const
{
    const int size = cellSize();
    const QPoint local = point - QPoint(Margin + labelWidth(), Margin + headerHeight());
    if (local.x() < 0 || local.y() < 0)
        return std::nullopt;
    const int row = local.y() / size, column = local.x() / size;
    if (row >= m_order.size() || column >= m_order.size())
        return std::nullopt;
    return QPair<int, int>(row, column);
}

QSize WinRateHeatMap::sizeHint() const
{
    const int n = int(m_order.size());
    return {2 * Margin + labelWidth() + n * cellSize(),
            2 * Margin + headerHeight() + n * cellSize()};
}

QSize WinRateHeatMap::minimumSizeHint() const
{
    return sizeHint();
}

bool WinRateHeatMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const std::optional<QPair<int, int>> cell = cellAt(help->pos());
        if (cell)
            QToolTip::showText(help->globalPos(), toolTipFor(cell->first, cell->second), this,
                               cellRect(cell->first, cell->second));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void WinRateHeatMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QPalette &pal = palette();
    const int n = int(m_order.size());
    if (n == 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No votes match the filters."));
        return;
    }
    const int labels = labelWidth() - Margin;
    const QFontMetrics metrics = fontMetrics();
    painter.setPen(pal.color(QPalette::Text));
    for (int i = 0; i < n; ++i) {
        const QRect row = cellRect(i, 0);
        const QString name = metrics.elidedText(modelName(i), Qt::ElideMiddle, labels);
        painter.drawText(QRect(Margin, row.top(), labels, row.height()),
                         Qt::AlignRight | Qt::AlignVCenter, name);
        // Column labels read bottom-up, ending just above their column.
        const QRect column = cellRect(0, i);
        painter.save();
        painter.translate(column.center().x(), column.top() - Margin / 2);
        painter.rotate(-90);
        painter.drawText(QRect(0, -column.width() / 2, labels, column.width()),
                         Qt::AlignLeft | Qt::AlignVCenter, name);
        painter.restore();
    }
    for (int row = 0; row < n; ++row) {
        for (int column = 0; column < n; ++column) {
            const QRect cell = cellRect(row, column).adjusted(0, 0, -1, -1);
            if (row == column) {
                painter.fillRect(cell, pal.color(QPalette::Window));
                continue;
            }
            const auto [fill, text] = cellColors(row, column);
            painter.fillRect(cell, fill);
            painter.setPen(text);
            const QString value = cellText(row, column);
            painter.drawText(cell, Qt::AlignCenter, value.isEmpty() ? tr("–") : value);
        }
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    const QRect grid = cellRect(0, 0).united(cellRect(n - 1, n - 1));
    painter.drawRect(grid.adjusted(0, 0, -1, -1));
}

void WinRateHeatMap::updateAccessibleDescription()
{
    QStringList lines;
    for (int row = 0; row < m_order.size(); ++row)
        for (int column = 0; column < m_order.size(); ++column)
            if (rate(row, column))
                lines.append(toolTipFor(row, column));
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
}

} // namespace Lineup
