#include "usage/UsageChart.h"

#include "usage/UsageColors.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

namespace Lineup {

namespace {

constexpr double LegendHeight = 18;
constexpr double Gap = 2;

QString money(double usd)
{
    return formatUsd(usd);
}

} // namespace

UsageChart::UsageChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Requests of this conversation"));
    setToolTip(tr("One bar per request. Hover a bar, or focus the chart and use Left and Right, "
                  "to see its numbers."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void UsageChart::setTurns(const QList<UsageTurn> &turns)
{
    m_turns = turns;
    if (m_current >= m_turns.size())
        m_current = -1;
    setAccessibleDescription(m_turns.isEmpty() ? tr("No requests yet.")
                                               : describe(int(m_turns.size()) - 1));
    update();
}

void UsageChart::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    update();
}

QSize UsageChart::sizeHint() const
{
    return {260, 140};
}

QSize UsageChart::minimumSizeHint() const
{
    return {120, 80};
}

QList<UsageChart::Segment> UsageChart::segments(const UsageTurn &turn) const
{
    const UsageColors colors(palette());
    const TokenCounts &t = turn.tokens;
    if (m_mode == Mode::Cost) {
        return {{turn.cost.input, colors.prompt},
                {turn.cost.cachedInput, colors.cached},
                {turn.cost.output, colors.completion}};
    }
    return {{double(t.uncachedPrompt()), colors.prompt},
            {double(qMin(t.cached, t.prompt)), colors.cached},
            {double(t.completion - t.reasoning), colors.completion},
            {double(t.reasoning), colors.reasoning}};
}

double UsageChart::maxValue() const
{
    double max = 0;
    for (const UsageTurn &turn : m_turns) {
        double sum = 0;
        for (const Segment &segment : segments(turn))
            sum += segment.value;
        max = qMax(max, sum);
    }
    return max;
}

QRectF UsageChart::plotRect() const
{
    return QRectF(rect()).adjusted(4, LegendHeight + 6, -4, -4);
}

QRectF UsageChart::barRect(int bar) const
{
    const QRectF plot = plotRect();
    const int count = int(m_turns.size());
    if (count == 0)
        return {};
    const double slot = plot.width() / count;
    const double width = qMax(1.0, qMin(slot - Gap, 28.0));
    return QRectF(plot.left() + slot * bar + (slot - width) / 2, plot.top(), width, plot.height());
}

int UsageChart::barAt(QPoint position) const
{
    const QRectF plot = plotRect();
    if (m_turns.isEmpty() || !plot.contains(position))
        return -1;
    const int bar = int((position.x() - plot.left()) / (plot.width() / m_turns.size()));
    return bar >= 0 && bar < m_turns.size() ? bar : -1;
}

QString UsageChart::describe(int bar) const
{
    if (bar < 0 || bar >= m_turns.size())
        return {};
    const UsageTurn &turn = m_turns.at(bar);
    const TokenCounts &t = turn.tokens;
    QString text = tr("Request %1 of %2 · %3").arg(bar + 1).arg(m_turns.size()).arg(turn.model);
    if (t.estimated)
        text += u'\n' % tr("Estimated: the service reported no usage.");
    text += u'\n' % tr("Prompt %1 (cached %2) · completion %3 (reasoning %4) · total %5")
                        .arg(t.prompt)
                        .arg(t.cached)
                        .arg(t.completion)
                        .arg(t.reasoning)
                        .arg(t.total());
    if (turn.cost.source == PriceSource::None)
        text += u'\n' % tr("No price known for this model.");
    else
        text += u'\n' % tr("Cost %1: input %2, cached input %3, output %4")
                            .arg(money(turn.cost.total()), money(turn.cost.input),
                                 money(turn.cost.cachedInput), money(turn.cost.output));
    return text;
}

void UsageChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const UsageColors colors(palette());
    const QPalette &pal = palette();

    // Legend.
    const QList<QPair<QString, QColor>> legend =
        m_mode == Mode::Cost ? QList<QPair<QString, QColor>>{{tr("input"), colors.prompt},
                                                             {tr("cached"), colors.cached},
                                                             {tr("output"), colors.completion}}
                             : QList<QPair<QString, QColor>>{{tr("prompt"), colors.prompt},
                                                             {tr("cached"), colors.cached},
                                                             {tr("completion"), colors.completion},
                                                             {tr("reasoning"), colors.reasoning}};
    double x = 4;
    const QFontMetricsF metrics(font());
    for (const auto &[label, color] : legend) {
        painter.fillRect(QRectF(x, 5, 10, 10), color);
        x += 14;
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QPointF(x, 5 + metrics.ascent() - 1), label);
        x += metrics.horizontalAdvance(label) + 10;
    }

    const QRectF plot = plotRect();
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (m_turns.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter, tr("No requests yet."));
        return;
    }
    const double max = maxValue();
    for (int bar = 0; bar < m_turns.size(); ++bar) {
        const QRectF column = barRect(bar);
        if (bar == m_current)
            painter.fillRect(column.adjusted(-Gap / 2, 0, Gap / 2, 0),
                             pal.color(QPalette::AlternateBase));
        double bottom = plot.bottom();
        const bool estimated = m_turns.at(bar).tokens.estimated;
        for (const Segment &segment : segments(m_turns.at(bar))) {
            if (segment.value <= 0 || max <= 0)
                continue;
            const double height = segment.value / max * plot.height();
            const QRectF piece(column.left(), bottom - height, column.width(), height);
            painter.fillRect(piece, segment.color);
            if (estimated)
                painter.fillRect(piece, QBrush(pal.color(QPalette::Base), Qt::BDiagPattern));
            bottom -= height;
        }
    }
    if (hasFocus() && m_current >= 0) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
        painter.drawRect(barRect(m_current).adjusted(-1, 0, 1, 0));
    }
}

void UsageChart::setCurrent(int bar, bool showTip)
{
    if (bar != m_current) {
        m_current = bar;
        update();
    }
    if (showTip && bar >= 0) {
        setAccessibleDescription(describe(bar));
        const QRectF r = barRect(bar);
        QToolTip::showText(mapToGlobal(r.topRight().toPoint()), describe(bar), this);
    }
}

void UsageChart::mouseMoveEvent(QMouseEvent *event)
{
    const int bar = barAt(event->position().toPoint());
    setCurrent(bar, false);
    if (bar >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), describe(bar), this);
    else
        QToolTip::hideText();
}

void UsageChart::leaveEvent(QEvent *event)
{
    setCurrent(-1, false);
    QWidget::leaveEvent(event);
}

void UsageChart::keyPressEvent(QKeyEvent *event)
{
    if (m_turns.isEmpty())
        return QWidget::keyPressEvent(event);
    const int last = int(m_turns.size()) - 1;
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrent(m_current < 0 ? last : qMax(0, m_current - 1), true);
        return;
    case Qt::Key_Right:
        setCurrent(m_current < 0 ? last : qMin(last, m_current + 1), true);
        return;
    case Qt::Key_Home:
        setCurrent(0, true);
        return;
    case Qt::Key_End:
        setCurrent(last, true);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool UsageChart::event(QEvent *event)
{
    // The bar's own numbers, not the widget's generic tooltip, when over a bar.
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int bar = barAt(help->pos());
        if (bar >= 0) {
            QToolTip::showText(help->globalPos(), describe(bar), this);
            return true;
        }
    }
    return QWidget::event(event);
}

void UsageChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace Lineup
