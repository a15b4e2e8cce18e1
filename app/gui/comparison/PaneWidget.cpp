#include "PaneWidget.h"

#include "FiguresText.h"
#include "Icons.h"
#include "ModelMenu.h"
#include "api/ChatStream.h"
#include "chat/ChatSession.h"
#include "chatview/ChatView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Lineup {

namespace {
// Live figures are redrawn at most this often while a pane streams.
constexpr int FiguresIntervalMs = 250;
} // namespace

PaneWidget::PaneWidget(ChatSession *session, ModelMenu *modelMenu, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_view(new ChatView(this))
    , m_number(new QLabel(this))
    , m_modelButton(new QToolButton(this))
    , m_overrides(new ElidedLabel(this))
    , m_figures(new QLabel(this))
    , m_header(new QWidget(this))
    , m_modelMenu(modelMenu)
    , m_figuresTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("comparisonPane"));
    setFrameShape(QFrame::NoFrame); // paintEvent draws the border, thicker when focused
    setFocusPolicy(Qt::ClickFocus);
    setAccessibleName(tr("Comparison pane"));

    // Two lines: the model (as wide as the pane allows) with maximise and remove, then what the
    // pane sets differently with the answer's controls; narrow panes keep the whole model name.
    auto *headerLines = new QVBoxLayout(m_header);
    headerLines->setContentsMargins(6, 4, 4, 0);
    headerLines->setSpacing(0);
    auto *header = new QHBoxLayout;
    header->setSpacing(2);
    auto *controls = new QHBoxLayout;
    controls->setSpacing(2);
    headerLines->addLayout(header);
    headerLines->addLayout(controls);
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    m_number->setFont(bold);
    header->addWidget(m_number);
    m_modelButton->setObjectName(QStringLiteral("paneModelButton"));
    m_modelButton->setPopupMode(QToolButton::InstantPopup);
    m_modelButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_modelButton->setMenu(modelMenu);
    m_modelButton->setFont(bold);
    m_modelButton->setAutoRaise(true);
    m_modelButton->setToolTip(tr("Choose this pane's model and service"));
    m_modelButton->setAccessibleName(tr("Pane model"));
    // A long model name gives way to the buttons instead of pushing them out of the pane.
    m_modelButton->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_modelButton->setMinimumWidth(60);
    header->addWidget(m_modelButton, 1);
    header->addStretch(0);
    m_stop = addButton(QStringLiteral("stop"), QStringLiteral("stopPaneButton"),
                       tr("Stop this pane's answer"));
    m_regenerate = addButton(QStringLiteral("refresh"), QStringLiteral("regeneratePaneButton"),
                             tr("Ask this pane's model again"));
    m_retry = addButton(QStringLiteral("send"), QStringLiteral("retryPaneButton"),
                        tr("Retry this pane's failed answer"));
    m_maximise = addButton(QStringLiteral("maximize"), QStringLiteral("maximisePaneButton"),
                           tr("Maximise this pane (Ctrl+Shift+M)"));
    auto *more = addButton(QStringLiteral("settings"), QStringLiteral("paneMenuButton"),
                           tr("More for this pane"));
    m_more = more;
    m_remove = addButton(QStringLiteral("close"), QStringLiteral("removePaneButton"),
                         tr("Remove this pane"));
    header->addWidget(m_maximise);
    header->addWidget(m_remove);
    controls->addWidget(m_overrides, 1);
    controls->addWidget(m_stop);
    controls->addWidget(m_regenerate);
    controls->addWidget(m_retry);
    controls->addWidget(more);
    connect(m_stop, &QToolButton::clicked, this, &PaneWidget::stopRequested);
    connect(m_regenerate, &QToolButton::clicked, this, &PaneWidget::regenerateRequested);
    connect(m_retry, &QToolButton::clicked, this, &PaneWidget::retryRequested);
    connect(m_maximise, &QToolButton::clicked, this, &PaneWidget::maximiseToggled);
    connect(m_remove, &QToolButton::clicked, this, &PaneWidget::removeRequested);
    auto *menu = new QMenu(more);
    QAction *continueWith =
        menu->addAction(tr("Continue with This Model"), this, &PaneWidget::continueRequested);
    continueWith->setObjectName(QStringLiteral("actionContinueWithPane"));
    continueWith->setToolTip(tr("Open this pane's history as an ordinary conversation"));
    menu->addAction(Icons::themed(QStringLiteral("copy")), tr("Copy Request as curl"), this,
                    &PaneWidget::copyCurlRequested);
    more->setMenu(menu);
    more->setPopupMode(QToolButton::InstantPopup);

    m_overrides->setObjectName(QStringLiteral("paneOverrides"));
    m_overrides->setForegroundRole(QPalette::PlaceholderText);
    m_overrides->setContentsMargins(2, 0, 4, 0);
    m_figures->setObjectName(QStringLiteral("paneFigures"));
    m_figures->setTextFormat(Qt::PlainText);
    m_figures->setWordWrap(true);
    m_figures->setContentsMargins(8, 0, 6, 2);
    m_figures->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_figures->setFont(small);
    m_overrides->setFont(small);

    m_view->setObjectName(QStringLiteral("paneChatView"));
    m_view->setAccessibleName(tr("Pane answers"));
    m_view->setModel(m_session->messages());
    m_view->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(1);
    layout->addWidget(m_header);
    layout->addWidget(m_figures);
    layout->addWidget(m_view, 1);

    m_figuresTimer->setSingleShot(true);
    m_figuresTimer->setInterval(FiguresIntervalMs);
    connect(m_figuresTimer, &QTimer::timeout, this, &PaneWidget::updateFigures);
    ConversationModel *messages = m_session->messages();
    const auto soon = [this] {
        if (!m_figuresTimer->isActive())
            m_figuresTimer->start();
    };
    connect(messages, &ConversationModel::deltaAppended, this, soon);
    connect(messages, &QAbstractItemModel::dataChanged, this, soon);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(messages, signal, this, &PaneWidget::updateFigures);
    connect(messages, &QAbstractItemModel::modelReset, this, &PaneWidget::updateFigures);
    connect(m_session, &ChatSession::busyChanged, this, [this] {
        updateButtons();
        updateFigures();
    });
    connect(m_session, &ChatSession::requestStarted, m_view, &ChatView::scrollToBottom);
    connect(m_session, &ChatSession::requestStarted, this, [this] { m_requestClock.start(); });
    connect(m_view, &ChatView::regenerateRequested, this, &PaneWidget::regenerateRequested);
    connect(m_view, &ChatView::retryRequested, this, &PaneWidget::retryRequested);
    connect(m_view, &ChatView::errorActionRequested, this, &PaneWidget::retryRequested);

    for (QWidget *child : {static_cast<QWidget *>(m_view), m_view->viewport(), m_header})
        child->installEventFilter(this);
    updateFigures();
    updateButtons();
}

PaneWidget::~PaneWidget()
{
    m_view->setModel(nullptr);
}

QToolButton *PaneWidget::addButton(const QString &icon, const QString &name, const QString &tip)
{
    auto *button = new QToolButton(m_header);
    button->setObjectName(name);
    button->setIcon(Icons::themed(icon));
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    button->setIconSize(QSize(16, 16));
    return button;
}

ChatSession *PaneWidget::session() const
{
    return m_session;
}

QToolButton *PaneWidget::button(const QString &objectName) const
{
    return m_header->findChild<QToolButton *>(objectName);
}

void PaneWidget::showSettings(const QString &profileName, const ConversationInfo &shared,
                              const ComparisonPane &pane)
{
    const QString model =
        pane.conversation.model.isEmpty() ? tr("Choose a model") : pane.conversation.model;
    if (!m_blindLabel.isEmpty())
        return; // the round's vote reveals it
    m_modelButton->setText(model);
    m_modelButton->setAccessibleName(tr("Pane model"));
    m_modelButton->setToolTip(
        tr("%1 on %2. Click to choose another model or service.").arg(model, profileName));
    const QStringList keys = overriddenKeys(shared, pane);
    QStringList shown;
    for (const QString &key : keys)
        shown.append(key == QLatin1String("system_prompt") ? tr("system prompt") : key);
    // What differs comes first: a narrow pane cuts the end of the line.
    m_overrides->setText(
        shown.isEmpty() ? tr("shared settings · %1").arg(profileName)
                        : tr("own %1 · %2").arg(shown.join(QStringLiteral(", ")), profileName));
    m_overrides->setToolTip(m_overrides->text());
}

void PaneWidget::setNumber(int number)
{
    m_number->setText(QString::number(number));
    setAccessibleName(m_blindLabel.isEmpty() ? tr("Comparison pane %1").arg(number)
                                             : tr("Comparison pane %1").arg(m_blindLabel));
}

void PaneWidget::setBlindLabel(const QString &label)
{
    m_blindLabel = label;
    const bool blind = !label.isEmpty();
    m_view->setModelsHidden(blind);
    m_figures->setVisible(!blind); // cost and speed could tell the models apart
    m_more->setEnabled(!blind);    // continue with the model, curl: both name it
    m_modelButton->setMenu(blind ? nullptr : m_modelMenu);
    if (!blind)
        return;
    m_modelButton->setText(label);
    m_modelButton->setToolTip(tr("Which model answers here stays hidden until you vote"));
    m_modelButton->setAccessibleName(label);
    m_overrides->setText(tr("hidden until you vote"));
    m_overrides->setToolTip(m_overrides->text());
    m_remove->setEnabled(false);
    setAccessibleName(tr("Comparison pane %1").arg(label));
}

void PaneWidget::setFocusedPane(bool focused)
{
    if (m_focused == focused)
        return;
    m_focused = focused;
    // A thicker border in the highlight colour, and the number bracketed, so it does not rely
    // on colour alone.
    const QString number = m_number->text().remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    m_number->setText(focused ? QStringLiteral("[") + number + QStringLiteral("]") : number);
    update();
}

void PaneWidget::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    const QPalette &pal = palette();
    const int width = m_focused ? 2 : 1;
    QPen pen(m_focused ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), width);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(width / 2.0, width / 2.0, -width / 2.0, -width / 2.0));
}

void PaneWidget::setMaximised(bool maximised)
{
    m_maximise->setIcon(
        Icons::themed(maximised ? QStringLiteral("restore") : QStringLiteral("maximize")));
    m_maximise->setToolTip(maximised ? tr("Show all panes again (Ctrl+Shift+M)")
                                     : tr("Maximise this pane (Ctrl+Shift+M)"));
}

void PaneWidget::setRemovable(bool removable)
{
    m_remove->setEnabled(removable && m_blindLabel.isEmpty());
}

int PaneWidget::lastAnswerRow() const
{
    if (!m_session)
        return -1;
    const ConversationModel *messages = m_session->messages();
    for (int row = messages->rowCount() - 1; row >= 0; --row) {
        if (messages->record(row).message.role == Role::Assistant)
            return row;
    }
    return -1;
}

PaneFigures PaneWidget::figures() const
{
    const int row = lastAnswerRow();
    if (row < 0)
        return {};
    const MessageRecord &record = m_session->messages()->record(row);
    // A streaming record's timings fill in only at its end: the stream's own, so far.
    if (const ChatStream *stream = m_session->currentStream();
        stream && row == m_session->streamingRow() && m_requestClock.isValid())
        return PaneFigures::streaming(record, stream->timings(), m_requestClock.elapsed());
    return PaneFigures::of(record);
}

void PaneWidget::updateFigures()
{
    m_figuresTimer->stop();
    if (!m_session)
        return;
    const int row = lastAnswerRow();
    m_figures->setText(row < 0 ? FiguresText::tr("No answer yet") : FiguresText::line(figures()));
    updateButtons();
    Q_EMIT figuresChanged();
}

void PaneWidget::updateButtons()
{
    if (!m_session)
        return;
    const bool busy = m_session->isBusy();
    const int row = lastAnswerRow();
    const bool failed =
        row >= 0 && m_session->messages()->record(row).status != MessageStatus::Complete;
    m_stop->setEnabled(busy);
    m_regenerate->setEnabled(!busy && row >= 0);
    m_retry->setEnabled(!busy && failed);
}

bool PaneWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress)
        Q_EMIT activated();
    return QFrame::eventFilter(watched, event);
}

} // namespace Lineup
