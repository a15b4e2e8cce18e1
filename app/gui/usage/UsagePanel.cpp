#include "usage/UsagePanel.h"

#include "usage/UsageChart.h"
#include "usage/UsageColors.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Lineup {

namespace {

QString money(double usd)
{
    return formatUsd(usd);
}

} // namespace

UsagePanel::UsagePanel(QWidget *parent)
    : QWidget(parent)
    , m_chart(new UsageChart(this))
    , m_context(new QProgressBar(this))
    , m_contextWarning(new QLabel(this))
    , m_estimateNote(new QLabel(this))
    , m_priceNote(new QLabel(this))
    , m_scope(new QLabel(this))
    , m_comparisonTotal(new QLabel(this))
    , m_costMode(new QToolButton(this))
    , m_grid(new QWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *grid = new QGridLayout(m_grid);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    int row = 0;
    addFigure(QStringLiteral("requests"), tr("Requests"), row++);
    addFigure(QStringLiteral("prompt"), tr("Prompt tokens"), row++);
    addFigure(QStringLiteral("cached"), tr("  cached"), row++);
    addFigure(QStringLiteral("completion"), tr("Completion tokens"), row++);
    addFigure(QStringLiteral("reasoning"), tr("  reasoning"), row++);
    addFigure(QStringLiteral("total"), tr("Total tokens"), row++);
    addFigure(QStringLiteral("cost"), tr("Cost"), row++);
    addFigure(QStringLiteral("costInput"), tr("  input"), row++);
    addFigure(QStringLiteral("costCached"), tr("  cached input"), row++);
    addFigure(QStringLiteral("costOutput"), tr("  output"), row++);
    grid->setColumnStretch(1, 1);
    m_scope->setTextFormat(Qt::PlainText);
    m_scope->setWordWrap(true);
    m_scope->setObjectName(QStringLiteral("usageScope"));
    m_scope->hide();
    layout->addWidget(m_scope);
    layout->addWidget(m_grid);
    m_comparisonTotal->setTextFormat(Qt::PlainText);
    m_comparisonTotal->setWordWrap(true);
    m_comparisonTotal->setObjectName(QStringLiteral("usageComparisonTotal"));
    m_comparisonTotal->hide();
    layout->addWidget(m_comparisonTotal);

    m_priceNote->setWordWrap(true);
    m_priceNote->setTextFormat(Qt::PlainText);
    auto *priceRow = new QHBoxLayout;
    priceRow->addWidget(m_priceNote, 1);
    auto *editPrice = new QPushButton(tr("Set Price…"), this);
    editPrice->setToolTip(tr("Set the price (USD per 1M tokens) and context length of this "
                             "model in the price table lineup-cli shares."));
    editPrice->setAccessibleName(tr("Set price"));
    connect(editPrice, &QPushButton::clicked, this, &UsagePanel::editPriceRequested);
    priceRow->addWidget(editPrice);
    layout->addLayout(priceRow);

    m_estimateNote->setWordWrap(true);
    m_estimateNote->setText(tr("≈ estimated: the service reported no usage for some requests "
                               "(Ollama, LM Studio and some proxies when streaming, or a "
                               "stopped answer)."));
    m_estimateNote->hide();
    layout->addWidget(m_estimateNote);

    auto *chartHeader = new QHBoxLayout;
    auto *chartTitle = new QLabel(tr("Per request"), this);
    chartHeader->addWidget(chartTitle, 1);
    m_costMode->setText(tr("Cost"));
    m_costMode->setCheckable(true);
    m_costMode->setToolTip(tr("Show each request's cost instead of its tokens"));
    m_costMode->setAccessibleName(tr("Show cost per request"));
    connect(m_costMode, &QToolButton::toggled, this, [this](bool cost) {
        m_chart->setMode(cost ? UsageChart::Mode::Cost : UsageChart::Mode::Tokens);
    });
    chartHeader->addWidget(m_costMode);
    layout->addLayout(chartHeader);
    layout->addWidget(m_chart, 1);

    auto *contextLabel = new QLabel(tr("Context of the last request"), this);
    layout->addWidget(contextLabel);
    m_context->setRange(0, 1000);
    m_context->setTextVisible(true);
    m_context->setAccessibleName(tr("Context fill"));
    contextLabel->setBuddy(m_context);
    layout->addWidget(m_context);
    m_contextWarning->setWordWrap(true);
    m_contextWarning->hide();
    layout->addWidget(m_contextWarning);

    setSummary({});
}

QLabel *UsagePanel::addFigure(const QString &name, const QString &label, int row)
{
    auto *grid = static_cast<QGridLayout *>(m_grid->layout());
    auto *caption = new QLabel(label, m_grid);
    auto *value = new QLabel(m_grid);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    caption->setBuddy(value);
    value->setAccessibleName(label.trimmed());
    grid->addWidget(caption, row, 0);
    grid->addWidget(value, row, 1);
    m_figures.insert(name, value);
    return value;
}

QString UsagePanel::figureText(const QString &name) const
{
    const QLabel *label = m_figures.value(name);
    return label ? label->text() : QString();
}

void UsagePanel::setComparisonScope(const QString &paneName, const UsageSummary &total,
                                    int paneCount)
{
    m_scope->setVisible(!paneName.isEmpty());
    m_comparisonTotal->setVisible(!paneName.isEmpty());
    if (paneName.isEmpty())
        return;
    const QLocale locale;
    const QString approx = total.estimated() ? QStringLiteral("≈ ") : QString();
    m_scope->setText(tr("Pane: %1").arg(paneName));
    m_comparisonTotal->setText(tr("All %1 panes: %2 requests · %3 tokens · %4")
                                   .arg(paneCount)
                                   .arg(total.requests())
                                   .arg(approx + locale.toString(total.tokens.total()),
                                        total.cost.source == PriceSource::None
                                            ? tr("cost unknown")
                                            : approx + formatUsd(total.cost.total())));
}

QString UsagePanel::comparisonText() const
{
    return m_scope->isHidden() ? QString()
                               : m_scope->text() + QLatin1Char('\n') + m_comparisonTotal->text();
}

void UsagePanel::setSummary(const UsageSummary &summary)
{
    m_summary = summary;
    const QLocale locale;
    const TokenCounts &t = summary.tokens;
    const QString approx = t.estimated ? QStringLiteral("≈ ") : QString();
    auto count = [&](qint64 n) -> QString { return approx + locale.toString(n); };
    m_figures.value(QStringLiteral("requests"))->setText(locale.toString(summary.requests()));
    m_figures.value(QStringLiteral("prompt"))->setText(count(t.prompt));
    m_figures.value(QStringLiteral("cached"))->setText(count(t.cached));
    m_figures.value(QStringLiteral("completion"))->setText(count(t.completion));
    m_figures.value(QStringLiteral("reasoning"))->setText(count(t.reasoning));
    m_figures.value(QStringLiteral("total"))->setText(count(t.total()));
    const Cost &c = summary.cost;
    const bool priced = c.source != PriceSource::None;
    const QString costApprox = c.estimated ? QStringLiteral("≈ ") : QString();
    auto cost = [&](double usd) -> QString { return priced ? costApprox + money(usd) : tr("—"); };
    m_figures.value(QStringLiteral("cost"))->setText(cost(c.total()));
    m_figures.value(QStringLiteral("costInput"))->setText(cost(c.input));
    m_figures.value(QStringLiteral("costCached"))->setText(cost(c.cachedInput));
    m_figures.value(QStringLiteral("costOutput"))->setText(cost(c.output));
    for (QLabel *label : std::as_const(m_figures))
        label->setToolTip(summary.estimated() ? tr("Estimated: the service reported no usage "
                                                   "for some requests.")
                                              : QString());
    switch (c.source) {
    case PriceSource::Service:
        m_priceNote->setText(tr("Prices from the service's model list."));
        break;
    case PriceSource::PriceTable:
        m_priceNote->setText(tr("Prices from your price table."));
        break;
    case PriceSource::None:
        m_priceNote->setText(summary.requests() > 0
                                 ? tr("No price known for this model: set one to see the cost.")
                                 : QString());
        break;
    }
    m_estimateNote->setVisible(summary.estimated());
    m_chart->setTurns(summary.turns);

    if (const auto fill = summary.contextFill()) {
        m_context->setEnabled(true);
        m_context->setValue(int(qMin(1.0, *fill) * 1000));
        m_context->setFormat(
            tr("%1%2 of %3 tokens (%4%)")
                .arg(summary.lastPromptEstimated ? QStringLiteral("≈ ") : QString(),
                     locale.toString(summary.lastPromptTokens),
                     locale.toString(*summary.contextLength))
                .arg(*fill * 100, 0, 'f', 1));
    } else {
        m_context->setEnabled(false);
        m_context->setValue(0);
        m_context->setFormat(summary.requests() > 0
                                 ? tr("%1 tokens; context length unknown")
                                       .arg(locale.toString(summary.lastPromptTokens))
                                 : tr("No requests yet"));
    }
    m_context->setAccessibleDescription(m_context->format());
    if (summary.contextWarning()) {
        m_contextWarning->setText(
            tr("⚠ The last request filled %1% of the model's context: older messages may soon "
               "be cut off or the request refused. Start a new chat or delete old messages.")
                .arg(*summary.contextFill() * 100, 0, 'f', 0));
        QPalette warningPalette = m_contextWarning->palette();
        warningPalette.setColor(QPalette::WindowText, UsageColors(palette()).warning);
        m_contextWarning->setPalette(warningPalette);
        m_contextWarning->show();
    } else {
        m_contextWarning->hide();
    }
}

} // namespace Lineup
