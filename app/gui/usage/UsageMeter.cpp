#include "usage/UsageMeter.h"

#include "Composer.h"
#include "chat/ChatSession.h"
#include "comparison/ComparisonSession.h"
#include "usage/PriceDialog.h"
#include "usage/TokenEstimate.h"
#include "usage/UsagePanel.h"

#include <QDockWidget>
#include <QLocale>
#include <QMainWindow>
#include <QSettings>
#include <QTimer>

namespace Lineup {

UsageMeter::UsageMeter(QMainWindow *window, ChatSession *session, QSettings *settings,
                       QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_settings(settings)
    , m_estimateTimer(new QTimer(this))
    , m_dock(new QDockWidget(tr("Usage"), window))
{
    m_estimateTimer->setSingleShot(true);
    m_estimateTimer->setInterval(150);
    connect(m_estimateTimer, &QTimer::timeout, this, &UsageMeter::updateEstimate);
    m_dock->setObjectName(QStringLiteral("usageDock"));
    m_dock->setAccessibleName(tr("Usage"));
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                        QDockWidget::DockWidgetFloatable);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    if (m_settings)
        m_prices.loadTable(PriceTable(*m_settings));
    session->setPriceBook(&m_prices);

    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_dirty)
            refresh();
    });
    // Answers end, conversations open, messages go: the only moments the figures change.
    connect(session, &ChatSession::requestFinished, this, &UsageMeter::markDirty);
    connect(session, &ChatSession::settingsChanged, this, &UsageMeter::markDirty);
    connect(session->messages(), &QAbstractItemModel::modelReset, this, &UsageMeter::markDirty);
    connect(session->messages(), &QAbstractItemModel::rowsRemoved, this, &UsageMeter::markDirty);
}

UsagePanel *UsageMeter::panel()
{
    if (!m_panel) {
        m_panel = new UsagePanel(m_dock);
        connect(m_panel, &UsagePanel::editPriceRequested, this, &UsageMeter::editPrice);
        m_dock->setWidget(m_panel);
        m_dirty = true;
    }
    return m_panel;
}

void UsageMeter::setComposer(Composer *composer)
{
    m_composer = composer;
    connect(composer, &Composer::draftChanged, m_estimateTimer, qOverload<>(&QTimer::start));
    m_estimateTimer->start();
}

void UsageMeter::historyChanged()
{
    m_historyEstimate.reset();
    if (m_composer)
        m_estimateTimer->start();
}

void UsageMeter::updateEstimate()
{
    if (!m_composer)
        return;
    const ChatMessage draft = m_composer->message();
    const ConversationInfo &info = m_session->info();
    if (draft.parts.isEmpty() || info.model.isEmpty()) {
        m_composer->setRequestEstimate({}, {});
        return;
    }
    if (!m_historyEstimate)
        m_historyEstimate =
            UsageSummary::nextPromptEstimate(info, m_session->messages()->records());
    TokenCounts tokens;
    tokens.prompt = *m_historyEstimate + TokenEstimate::messageTokens(draft);
    tokens.estimated = true;
    const Cost cost = costOf(tokens, m_prices.lookup(info.model));
    const QString count = QLocale().toString(tokens.prompt);
    QString text =
        cost.source == PriceSource::None
            ? tr("Estimate: ≈ %1 prompt tokens").arg(count)
            : tr("Estimate: ≈ %1 prompt tokens · ≈ %2 input").arg(count, formatUsd(cost.total()));
    m_composer->setRequestEstimate(
        text, tr("An estimate, not the service's count: about 4 characters per token (each "
                 "Chinese, Japanese or Korean character one), images by OpenAI's rule for their "
                 "detail level, plus the system prompt, history, tools and schema."));
}

void UsageMeter::markDirty()
{
    historyChanged();
    m_dirty = true;
    // Within the same turn of the event loop as the answer's end: the next frame shows it.
    if (m_dock->isVisible())
        refresh();
}

void UsageMeter::refresh()
{
    if (!m_dock->isVisible() && m_panel)
        return;
    UsagePanel *usage = panel();
    if (m_comparison && m_comparison->paneCount() > 0) {
        QList<UsageSummary> panes;
        for (int i = 0; i < m_comparison->paneCount(); ++i) {
            const ChatSession *pane = m_comparison->pane(i);
            panes.append(UsageSummary::of(pane->info(), pane->messages()->records(), &m_prices));
        }
        const int focused = qBound(0, m_focusedPane, int(panes.size()) - 1);
        usage->setSummary(panes.at(focused));
        usage->setComparisonScope(
            tr("%1. %2").arg(focused + 1).arg(m_comparison->pane(focused)->info().model),
            UsageSummary::total(panes), int(panes.size()));
    } else {
        usage->setSummary(
            UsageSummary::of(m_session->info(), m_session->messages()->records(), &m_prices));
        usage->setComparisonScope({}, {}, 0);
    }
    m_dirty = false;
    ++m_updates;
}

void UsageMeter::setComparison(ComparisonSession *comparison, int focusedPane)
{
    m_focusedPane = focusedPane;
    if (comparison != m_comparison) {
        if (m_comparison)
            m_comparison->disconnect(this);
        m_comparison = comparison;
        if (comparison) {
            // As for a conversation: only when an answer ends or panes come and go.
            connect(comparison, &ComparisonSession::paneRequestFinished, this,
                    &UsageMeter::markDirty);
            connect(comparison, &ComparisonSession::paneAdded, this, &UsageMeter::markDirty);
            connect(comparison, &ComparisonSession::paneRemoved, this, &UsageMeter::markDirty);
            connect(comparison, &ComparisonSession::paneSettingsChanged, this,
                    &UsageMeter::markDirty);
        }
    }
    markDirty();
}

void UsageMeter::setServiceModels(const QList<ModelInfo> &models)
{
    m_prices.setServiceModels(models);
    markDirty();
}

void UsageMeter::editPrice()
{
    editPriceFor(m_session->info().model);
}

void UsageMeter::editPriceFor(const QString &model)
{
    if (model.isEmpty() || !m_settings)
        return;
    PriceTable table(*m_settings);
    PriceDialog dialog(model, table.price(model), table.contextLength(model), m_window);
    const bool save = m_runDialog ? m_runDialog(dialog) : dialog.exec() == QDialog::Accepted;
    if (!save)
        return;
    table.setPrice(model, dialog.price(), dialog.contextLength());
    m_prices.loadTable(table);
    markDirty();
}

} // namespace Lineup
