#include "ComparisonView.h"

#include "EndpointManager.h"
#include "FiguresTable.h"
#include "Icons.h"
#include "ModelMenu.h"
#include "PaneWidget.h"
#include "chat/ChatSession.h"
#include "chatview/ChatView.h"
#include "comparison/ComparisonSession.h"
#include "comparison/WordDiff.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Lineup {

namespace {

QToolButton *toolButton(QWidget *parent, const QString &icon, const QString &text,
                        const QString &name, const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    if (!icon.isEmpty())
        button->setIcon(Icons::themed(icon));
    button->setText(text);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

ComparisonView::ComparisonView(ComparisonSession *session, EndpointManager *endpoints,
                               ModelCatalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_endpoints(endpoints)
    , m_catalog(catalog)
    , m_grid(new QWidget(this))
    , m_gridLayout(new QGridLayout(m_grid))
    , m_scroll(new QScrollArea(this))
    , m_summary(new FiguresTable(this))
    , m_title(new QLabel(this))
    , m_thisPaneOnly(new QCheckBox(tr("Panels edit this pane only"), this))
    , m_summaryTimer(new QTimer(this))
{
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(200);
    connect(m_summaryTimer, &QTimer::timeout, this, &ComparisonView::updateSummary);
    setObjectName(QStringLiteral("comparisonView"));
    setAccessibleName(tr("Comparison"));

    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("comparisonToolbar"));
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(6, 2, 6, 2);
    barLayout->setSpacing(4);
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    m_title->setFont(bold);
    barLayout->addWidget(m_title);
    barLayout->addSpacing(8);
    m_addPane =
        toolButton(bar, QStringLiteral("add"), tr("Add Pane"), QStringLiteral("addPaneButton"),
                   tr("Add a pane (up to %n)", nullptr, Comparison::MaxPanes));
    connect(m_addPane, &QToolButton::clicked, this, &ComparisonView::addPaneRequested);
    barLayout->addWidget(m_addPane);
    m_syncButton = toolButton(bar, QString(), tr("Synced Scrolling"),
                              QStringLiteral("syncScrollButton"), tr("Scroll every pane together"));
    m_syncButton->setCheckable(true);
    connect(m_syncButton, &QToolButton::toggled, this, &ComparisonView::setSyncedScrolling);
    barLayout->addWidget(m_syncButton);
    m_diffButton =
        toolButton(bar, QStringLiteral("find"), tr("Word Diff"), QStringLiteral("diffButton"),
                   tr("Mark what one pane's answer says that another's does not"));
    m_diffButton->setPopupMode(QToolButton::InstantPopup);
    auto *diffMenu = new QMenu(m_diffButton);
    m_diffButton->setMenu(diffMenu);
    connect(diffMenu, &QMenu::aboutToShow, this, [this, diffMenu] {
        diffMenu->clear();
        for (int a = 0; a < paneCount(); ++a) {
            for (int b = a + 1; b < paneCount(); ++b) {
                QAction *pair = diffMenu->addAction(tr("Pane %1 and pane %2").arg(a + 1).arg(b + 1),
                                                    this, [this, a, b] { showDiff(a, b); });
                pair->setCheckable(true);
                pair->setChecked(m_diff == qMakePair(a, b));
            }
        }
        diffMenu->addSeparator();
        QAction *off = diffMenu->addAction(tr("No Diff"), this, &ComparisonView::clearDiff);
        off->setEnabled(m_diff.first >= 0);
    });
    barLayout->addWidget(m_diffButton);
    m_summaryButton = toolButton(bar, QString(), tr("Summary"), QStringLiteral("summaryButton"),
                                 tr("Show or hide the table of every pane's figures"));
    m_summaryButton->setCheckable(true);
    m_summaryButton->setChecked(true);
    connect(m_summaryButton, &QToolButton::toggled, m_summary, &QWidget::setVisible);
    barLayout->addWidget(m_summaryButton);
    QToolButton *copy =
        toolButton(bar, QStringLiteral("copy"), tr("Copy as Markdown"),
                   QStringLiteral("copyFiguresButton"), tr("Copy the summary table as Markdown"));
    connect(copy, &QToolButton::clicked, this, &ComparisonView::copyFiguresMarkdown);
    m_copyFigures = copy;
    barLayout->addWidget(copy);
    barLayout->addStretch(1);
    m_thisPaneOnly->setObjectName(QStringLiteral("thisPaneOnlyBox"));
    m_thisPaneOnly->setToolTip(tr("When on, the Parameters and Prompt panels edit the focused "
                                  "pane's own settings instead of the shared ones"));
    connect(m_thisPaneOnly, &QCheckBox::toggled, this, &ComparisonView::thisPaneOnlyChanged);
    barLayout->addWidget(m_thisPaneOnly);

    m_gridLayout->setContentsMargins(4, 4, 4, 4);
    m_gridLayout->setSpacing(4);
    m_scroll->setWidget(m_grid);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The table is as tall as its rows, the answers get the rest.
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_summary);

    auto *maximise = new QAction(tr("Maximise or Restore Pane"), this);
    maximise->setObjectName(QStringLiteral("actionMaximisePane"));
    maximise->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    maximise->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(maximise, &QAction::triggered, this, &ComparisonView::toggleMaximised);
    addAction(maximise);

    connect(m_session, &ComparisonSession::paneAdded, this, &ComparisonView::syncPanes);
    connect(m_session, &ComparisonSession::paneRemoved, this, &ComparisonView::syncPanes);
    connect(m_session, &ComparisonSession::paneSettingsChanged, this,
            &ComparisonView::refreshHeaders);
    connect(m_session, &ComparisonSession::sharedChanged, this, &ComparisonView::refreshHeaders);
    connect(m_session, &ComparisonSession::paneRequestStarted, this, [this] {
        if (m_diff.first >= 0)
            updateDiff();
    });
    connect(m_session, &ComparisonSession::paneRequestFinished, this, [this](int index) {
        // The pane's session still holds its stream while it says so: look once it let go.
        if (index == m_diff.first || index == m_diff.second)
            QTimer::singleShot(0, this, [this] {
                if (m_diff.first >= 0)
                    updateDiff();
            });
    });
    syncPanes();
}

ComparisonView::~ComparisonView() = default;

PaneWidget *ComparisonView::pane(int index) const
{
    return index >= 0 && index < m_panes.size() ? m_panes.at(index) : nullptr;
}

int ComparisonView::indexOf(const QObject *paneWidget) const
{
    for (int i = 0; i < m_panes.size(); ++i) {
        if (m_panes.at(i) == paneWidget)
            return i;
    }
    return -1;
}

void ComparisonView::syncPanes()
{
    // Keep the widgets of panes still there (their views keep scroll position and layouts).
    QList<PaneWidget *> kept;
    for (int i = 0; i < m_session->paneCount(); ++i) {
        ChatSession *session = m_session->pane(i);
        PaneWidget *widget = nullptr;
        for (PaneWidget *existing : std::as_const(m_panes)) {
            if (existing->session() == session)
                widget = existing;
        }
        if (!widget) {
            widget = new PaneWidget(session, new ModelMenu(m_endpoints, m_catalog, this), m_grid);
            wirePane(widget);
        }
        kept.append(widget);
    }
    for (PaneWidget *old : std::as_const(m_panes)) {
        if (!kept.contains(old))
            old->deleteLater();
    }
    m_panes = kept;
    for (int i = 0; i < m_panes.size(); ++i)
        m_panes.at(i)->setBlindLabel(m_blindLabels.value(i));
    if (m_maximised >= paneCount())
        m_maximised = -1;
    if (m_diff.second >= paneCount())
        clearDiff();
    m_focused = qBound(0, m_focused, qMax(0, paneCount() - 1));
    for (int i = 0; i < m_panes.size(); ++i)
        m_panes.at(i)->setFocusedPane(i == m_focused);
    relayout();
    refreshHeaders();
    updateSummary();
}

void ComparisonView::wirePane(PaneWidget *pane)
{
    const auto index = [this, pane] { return indexOf(pane); };
    connect(pane, &PaneWidget::activated, this, [this, index] { setFocusedPane(index()); });
    connect(pane, &PaneWidget::stopRequested, this, [this, index] { m_session->stop(index()); });
    connect(pane, &PaneWidget::regenerateRequested, this,
            [this, index] { m_session->regenerate(index()); });
    connect(pane, &PaneWidget::retryRequested, this, [this, index] { m_session->retry(index()); });
    connect(pane, &PaneWidget::removeRequested, this, [this, index] {
        if (!m_session->removePane(index()))
            Q_EMIT statusMessage(
                tr("A comparison keeps at least %n panes.", nullptr, Comparison::MinPanes));
        syncPanes();
    });
    connect(pane, &PaneWidget::maximiseToggled, this, [this, index] {
        setFocusedPane(index());
        setMaximisedPane(m_maximised == index() ? -1 : index());
    });
    connect(pane, &PaneWidget::continueRequested, this,
            [this, index] { Q_EMIT continueRequested(index()); });
    connect(pane, &PaneWidget::copyCurlRequested, this,
            [this, index] { Q_EMIT copyCurlRequested(index()); });
    connect(pane->chatView(), &ChatView::tokensRequested, this,
            [this, index](int row) { Q_EMIT tokensRequested(index(), row); });
    connect(pane, &PaneWidget::figuresChanged, this, [this] {
        if (!m_summaryTimer->isActive())
            m_summaryTimer->start();
    });
    auto *menu = qobject_cast<ModelMenu *>(pane->modelButton()->menu());
    connect(menu, &ModelMenu::modelChosen, this,
            [this, index](const QString &profileId, const QString &model) {
                m_session->setPaneModel(index(), profileId, model);
            });
    connect(pane->chatView()->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this, pane](int value) { onScrolled(pane, value); });
}

void ComparisonView::relayout()
{
    while (m_gridLayout->count() > 0)
        delete m_gridLayout->takeAt(0);
    for (int c = 0; c < 8; ++c)
        m_gridLayout->setColumnStretch(c, 0);
    const int count = paneCount();
    const int rows = count > 4 ? 2 : 1;
    const int columns = (count + rows - 1) / rows;
    for (int i = 0; i < count; ++i) {
        PaneWidget *widget = m_panes.at(i);
        const bool shown = m_maximised < 0 || m_maximised == i;
        widget->setVisible(shown);
        widget->setNumber(i + 1);
        widget->setMaximised(m_maximised == i);
        widget->setRemovable(count > Comparison::MinPanes);
        if (!shown)
            continue;
        if (m_maximised == i)
            m_gridLayout->addWidget(widget, 0, 0);
        else
            m_gridLayout->addWidget(widget, i / columns, i % columns);
    }
    const int shownColumns = m_maximised >= 0 ? 1 : columns;
    for (int c = 0; c < shownColumns; ++c)
        m_gridLayout->setColumnStretch(c, 1);
    m_grid->setMinimumWidth(shownColumns * MinPaneWidth);
    m_addPane->setEnabled(count < Comparison::MaxPanes && !isBlind());
    m_title->setText(isBlind() ? tr("Blind comparison · %n panes", nullptr, count)
                               : tr("Comparison · %n panes", nullptr, count));
}

int ComparisonView::rowCount() const
{
    if (m_maximised >= 0)
        return 1;
    return paneCount() > 4 ? 2 : 1;
}

int ComparisonView::rowOf(int index) const
{
    int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
    const int at = m_gridLayout->indexOf(pane(index));
    if (at < 0)
        return -1;
    m_gridLayout->getItemPosition(at, &row, &column, &rowSpan, &columnSpan);
    return row;
}

int ComparisonView::columnOf(int index) const
{
    int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
    const int at = m_gridLayout->indexOf(pane(index));
    if (at < 0)
        return -1;
    m_gridLayout->getItemPosition(at, &row, &column, &rowSpan, &columnSpan);
    return column;
}

void ComparisonView::setFocusedPane(int index)
{
    if (index < 0 || index >= paneCount())
        return;
    const bool changed = index != m_focused;
    m_focused = index;
    for (int i = 0; i < m_panes.size(); ++i)
        m_panes.at(i)->setFocusedPane(i == index);
    if (changed)
        Q_EMIT focusedPaneChanged(index);
}

void ComparisonView::setMaximisedPane(int index)
{
    m_maximised = index >= 0 && index < paneCount() ? index : -1;
    relayout();
}

void ComparisonView::toggleMaximised()
{
    setMaximisedPane(m_maximised >= 0 ? -1 : m_focused);
}

void ComparisonView::setSyncedScrolling(bool on)
{
    m_synced = on;
    if (m_syncButton->isChecked() != on)
        m_syncButton->setChecked(on);
}

void ComparisonView::onScrolled(PaneWidget *source, int value)
{
    if (!m_synced || m_syncing)
        return;
    QScrollBar *from = source->chatView()->verticalScrollBar();
    const double ratio = from->maximum() > 0 ? double(value) / from->maximum() : 0.0;
    m_syncing = true;
    for (PaneWidget *other : std::as_const(m_panes)) {
        if (other == source)
            continue;
        QScrollBar *to = other->chatView()->verticalScrollBar();
        to->setValue(int(ratio * to->maximum() + 0.5));
    }
    m_syncing = false;
}

void ComparisonView::showDiff(int a, int b)
{
    if (a < 0 || b < 0 || a == b || a >= paneCount() || b >= paneCount())
        return;
    clearDiff();
    m_diff = {a, b};
    updateDiff();
}

void ComparisonView::clearDiff()
{
    for (PaneWidget *widget : std::as_const(m_panes))
        widget->chatView()->clearMarkedRanges();
    m_diff = {-1, -1};
}

void ComparisonView::updateDiff()
{
    PaneWidget *a = pane(m_diff.first);
    PaneWidget *b = pane(m_diff.second);
    if (!a || !b)
        return;
    a->chatView()->clearMarkedRanges();
    b->chatView()->clearMarkedRanges();
    const int rowA = a->lastAnswerRow();
    const int rowB = b->lastAnswerRow();
    // A streaming answer is compared once it is complete.
    if (rowA < 0 || rowB < 0 || a->session()->isBusy() || b->session()->isBusy())
        return;
    const WordDiff diff = WordDiff::of(a->session()->messages()->record(rowA).message.text(),
                                       b->session()->messages()->record(rowB).message.text());
    a->chatView()->setMarkedRanges(rowA, diff.onlyInA);
    b->chatView()->setMarkedRanges(rowB, diff.onlyInB);
    Q_EMIT statusMessage(
        diff.truncated
            ? tr("Marked what panes %1 and %2 say that the other does not (long answers: the "
                 "first %3 words).")
                  .arg(m_diff.first + 1)
                  .arg(m_diff.second + 1)
                  .arg(WordDiff::MaxWords)
            : tr("Marked what panes %1 and %2 say that the other does not.")
                  .arg(m_diff.first + 1)
                  .arg(m_diff.second + 1));
}

void ComparisonView::setBlindLabels(const QStringList &labels)
{
    m_blindLabels = labels;
    const bool blind = !labels.isEmpty();
    for (int i = 0; i < m_panes.size(); ++i)
        m_panes.at(i)->setBlindLabel(labels.value(i));
    if (blind && m_thisPaneOnly->isChecked())
        m_thisPaneOnly->setChecked(false);
    m_thisPaneOnly->setEnabled(!blind);
    m_summaryButton->setEnabled(!blind);
    m_copyFigures->setEnabled(!blind);
    m_summary->setVisible(!blind && m_summaryButton->isChecked());
    relayout();
    refreshHeaders();
    updateSummary();
}

void ComparisonView::setFooter(QWidget *footer)
{
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    footer->setParent(this);
    layout->insertWidget(layout->indexOf(m_scroll) + 1, footer);
}

QString ComparisonView::paneName(int index) const
{
    if (isBlind())
        return m_blindLabels.value(index);
    const ComparisonPane &pane = m_session->comparison().panes.value(index);
    const QString model =
        pane.conversation.model.isEmpty() ? tr("(no model)") : pane.conversation.model;
    return tr("%1. %2").arg(index + 1).arg(model);
}

void ComparisonView::updateSummary()
{
    m_summaryTimer->stop();
    QStringList names;
    QList<PaneFigures> figures;
    for (int i = 0; i < m_panes.size(); ++i) {
        names.append(paneName(i));
        figures.append(m_panes.at(i)->figures());
    }
    m_summary->setFigures(names, figures);
    // Tall enough for every row, no taller: the answers get the rest.
    const int height = m_summary->horizontalHeader()->height() +
                       m_summary->verticalHeader()->length() + 2 * m_summary->frameWidth() + 2;
    m_summary->setFixedHeight(height);
}

QString ComparisonView::figuresMarkdown() const
{
    return m_summary->markdown();
}

void ComparisonView::copyFiguresMarkdown()
{
    QGuiApplication::clipboard()->setText(figuresMarkdown());
    Q_EMIT statusMessage(tr("Copied the comparison's figures as Markdown."));
}

bool ComparisonView::thisPaneOnly() const
{
    return m_thisPaneOnly->isChecked();
}

void ComparisonView::refreshHeaders()
{
    const Comparison &comparison = m_session->comparison();
    for (int i = 0; i < m_panes.size() && i < comparison.panes.size(); ++i) {
        const ComparisonPane &pane = comparison.panes.at(i);
        const std::optional<ProviderProfile> profile =
            m_endpoints->findProfile(pane.conversation.profileId);
        const QString name = !profile                  ? pane.conversation.profileId
                             : profile->name.isEmpty() ? profile->id
                                                       : profile->name;
        m_panes.at(i)->showSettings(name, comparison.shared, pane);
    }
    updateSummary();
}

} // namespace Lineup
