#include "usage/TokenView.h"

#include "usage/UsageColors.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

namespace Lineup {

namespace {

constexpr double Pad = 3;
constexpr double Spacing = 2;
constexpr double LegendHeight = 22;

QString percent(double probability)
{
    return QString::number(probability * 100, 'f', probability >= 0.995 ? 0 : 1) % u'%';
}

} // namespace

TokenView::TokenView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Answer tokens"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void TokenView::setTokens(const QList<TokenProbability> &tokens, const QString &title)
{
    m_tokens = tokens;
    m_title = title;
    m_current = -1;
    double height = 0;
    m_rects = layoutTokens(width(), &height);
    updateGeometry();
    // Two sentences rather than %n: English plurals would otherwise need a translation file.
    const int low = lowConfidenceCount();
    const int threshold = int(LowConfidence * 100);
    setAccessibleDescription(
        tokens.size() == 1
            ? tr("1 token, %1 below %2% probability").arg(low).arg(threshold)
            : tr("%1 tokens, %2 below %3% probability").arg(tokens.size()).arg(low).arg(threshold));
    update();
}

int TokenView::lowConfidenceCount() const
{
    return int(std::count_if(m_tokens.cbegin(), m_tokens.cend(), [](const TokenProbability &t) {
        return t.probability < LowConfidence;
    }));
}

QString TokenView::shown(const QString &token)
{
    QString text = token;
    text.replace(u'\n', QStringLiteral("↵"));
    text.replace(u'\t', QStringLiteral("→"));
    return text.isEmpty() ? QStringLiteral("∅") : text;
}

QList<QRectF> TokenView::layoutTokens(double width, double *height) const
{
    const QFontMetricsF metrics(font());
    const double lineHeight = metrics.height() + 2 * Pad;
    double x = 0;
    double y = LegendHeight + 6;
    QList<QRectF> rects;
    rects.reserve(m_tokens.size());
    for (const TokenProbability &token : m_tokens) {
        const double w = metrics.horizontalAdvance(shown(token.token)) + 2 * Pad;
        if (x > 0 && x + w > width) {
            x = 0;
            y += lineHeight + Spacing;
        }
        rects.append(QRectF(x, y, w, lineHeight));
        x += w + Spacing;
        if (token.token.endsWith(u'\n')) {
            x = 0;
            y += lineHeight + Spacing;
        }
    }
    *height = y + lineHeight + 4;
    return rects;
}

int TokenView::heightForWidth(int width) const
{
    double height = 0;
    layoutTokens(width, &height);
    return int(std::ceil(height));
}

QSize TokenView::sizeHint() const
{
    return {360, heightForWidth(360)};
}

QColor TokenView::shade(double probability) const
{
    const UsageColors colors(palette());
    QColor color = colors.warning;
    // Near-certain tokens are almost clear; doubtful ones strong.
    color.setAlphaF(float(0.08 + 0.72 * (1.0 - probability)));
    return color;
}

QRectF TokenView::tokenRect(int index) const
{
    return index >= 0 && index < m_rects.size() ? m_rects.at(index) : QRectF();
}

int TokenView::tokenAt(QPoint position) const
{
    for (int i = 0; i < m_rects.size(); ++i) {
        if (m_rects.at(i).contains(position))
            return i;
    }
    return -1;
}

QString TokenView::describe(int index) const
{
    if (index < 0 || index >= m_tokens.size())
        return {};
    const TokenProbability &token = m_tokens.at(index);
    QString text = tr("“%1” %2").arg(token.token, percent(token.probability));
    QStringList alternatives;
    for (const TokenProbability::Alternative &alternative : token.alternatives) {
        if (alternative.token != token.token)
            alternatives.append(
                tr("“%1” %2").arg(alternative.token, percent(alternative.probability)));
    }
    if (!alternatives.isEmpty())
        text += u'\n' % tr("Alternatives: %1").arg(alternatives.join(QStringLiteral(", ")));
    else if (token.alternatives.isEmpty())
        text += u'\n' % tr("No alternatives: ask with top_logprobs to see them.");
    return text;
}

void TokenView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetricsF metrics(font());

    // Legend: a gradient from certain to doubtful.
    painter.setPen(pal.color(QPalette::WindowText));
    const QString certain = tr("certain");
    const QString doubtful = tr("doubtful (< %1%)").arg(int(LowConfidence * 100));
    double x = 0;
    const double baseline = 4 + metrics.ascent();
    if (!m_title.isEmpty()) {
        painter.drawText(QPointF(x, baseline), m_title);
        x += metrics.horizontalAdvance(m_title) + 16;
    }
    painter.drawText(QPointF(x, baseline), certain);
    x += metrics.horizontalAdvance(certain) + 6;
    for (int step = 0; step <= 10; ++step) {
        const QRectF swatch(x + step * 8, 4, 8, metrics.height() - 2);
        painter.fillRect(swatch, pal.color(QPalette::Base));
        painter.fillRect(swatch, shade(1.0 - step / 10.0));
    }
    x += 11 * 8 + 6;
    painter.drawText(QPointF(x, baseline), doubtful);

    const QColor text = pal.color(QPalette::Text);
    const QColor outline = UsageColors(pal).warning;
    for (int i = 0; i < m_tokens.size() && i < m_rects.size(); ++i) {
        const QRectF r = m_rects.at(i);
        const TokenProbability &token = m_tokens.at(i);
        painter.setPen(Qt::NoPen);
        painter.setBrush(pal.color(QPalette::Base));
        painter.drawRoundedRect(r, 3, 3);
        painter.setBrush(shade(token.probability));
        painter.drawRoundedRect(r, 3, 3);
        if (token.probability < LowConfidence) {
            painter.setPen(QPen(outline, 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        }
        if (i == m_current) {
            painter.setPen(QPen(pal.color(QPalette::Highlight), hasFocus() ? 2 : 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(r.adjusted(1, 1, -1, -1), 3, 3);
        }
        painter.setPen(text);
        painter.drawText(r.adjusted(Pad, Pad, -Pad, -Pad), Qt::AlignLeft | Qt::AlignVCenter,
                         shown(token.token));
    }
}

void TokenView::resizeEvent(QResizeEvent *event)
{
    double height = 0;
    m_rects = layoutTokens(width(), &height);
    QWidget::resizeEvent(event);
}

void TokenView::setCurrentToken(int index)
{
    if (index < -1 || index >= m_tokens.size() || index == m_current)
        return;
    m_current = index;
    if (index >= 0)
        setAccessibleDescription(describe(index));
    update();
    Q_EMIT currentTokenChanged(index);
}

void TokenView::showTip(int index, QPoint globalPosition)
{
    if (index >= 0)
        QToolTip::showText(globalPosition, describe(index), this);
    else
        QToolTip::hideText();
}

void TokenView::mouseMoveEvent(QMouseEvent *event)
{
    const int index = tokenAt(event->position().toPoint());
    setCurrentToken(index);
    showTip(index, event->globalPosition().toPoint());
}

void TokenView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    mouseMoveEvent(event);
}

void TokenView::focusInEvent(QFocusEvent *event)
{
    if (m_current < 0 && !m_tokens.isEmpty())
        setCurrentToken(0);
    QWidget::focusInEvent(event);
}

void TokenView::keyPressEvent(QKeyEvent *event)
{
    if (m_tokens.isEmpty())
        return QWidget::keyPressEvent(event);
    const int last = int(m_tokens.size()) - 1;
    int next = m_current;
    switch (event->key()) {
    case Qt::Key_Left:
        next = qMax(0, m_current - 1);
        break;
    case Qt::Key_Right:
        next = qMin(last, m_current + 1);
        break;
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = last;
        break;
    case Qt::Key_Down:
    case Qt::Key_Up: {
        // The nearest token on the next or previous line.
        const QRectF from = tokenRect(qMax(0, m_current));
        const bool down = event->key() == Qt::Key_Down;
        double best = 1e9;
        for (int i = 0; i < m_rects.size(); ++i) {
            const QRectF r = m_rects.at(i);
            if (down ? r.top() <= from.top() + 1 : r.top() >= from.top() - 1)
                continue;
            const double distance = std::abs(r.top() - from.top()) * 1000 +
                                    std::abs(r.center().x() - from.center().x());
            if (distance < best) {
                best = distance;
                next = i;
            }
        }
        break;
    }
    default:
        return QWidget::keyPressEvent(event);
    }
    setCurrentToken(next);
    showTip(next, mapToGlobal(tokenRect(next).bottomLeft().toPoint()));
}

bool TokenView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        showTip(tokenAt(help->pos()), help->globalPos());
        return true;
    }
    return QWidget::event(event);
}

void TokenView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        double height = 0;
        m_rects = layoutTokens(width(), &height);
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace Lineup
