#include "usage/TokensDock.h"

#include "chat/ConversationModel.h"
#include "usage/TokenView.h"

#include <QLabel>
#include <QMainWindow>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Lineup {

TokensDock::TokensDock(ConversationModel *messages, QMainWindow *window)
    : QDockWidget(tr("Tokens"), window)
    , m_messages(messages)
    , m_view(new TokenView)
    , m_summary(new QLabel)
    , m_detail(new QLabel)
{
    setObjectName(QStringLiteral("tokensDock"));
    setAccessibleName(tr("Tokens"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                QDockWidget::DockWidgetFloatable);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Choose Tokens on an answer requested with logprobs (Parameters: "
                          "logprobs, top_logprobs) to see how likely each token was."));
    layout->addWidget(m_summary);
    auto *scroll = new QScrollArea(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_view);
    layout->addWidget(scroll, 1);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setAccessibleName(tr("Current token"));
    layout->addWidget(m_detail);
    connect(m_view, &TokenView::currentTokenChanged, this,
            [this](int index) { m_detail->setText(m_view->describe(index)); });
    setWidget(content);
    m_view->setToolTip(tr("Hover a token, or use the arrow keys, to see the alternatives."));

    follow(messages);
    window->addDockWidget(Qt::BottomDockWidgetArea, this);
    hide();
}

void TokensDock::follow(ConversationModel *messages)
{
    if (m_messages && m_messages != messages)
        m_messages->disconnect(this);
    m_messages = messages;
    m_row = -1;
    auto clear = [this] {
        m_row = -1;
        m_view->setTokens({});
        m_detail->clear();
    };
    connect(messages, &QAbstractItemModel::modelReset, this, clear);
    connect(messages, &QAbstractItemModel::rowsRemoved, this, clear);
}

void TokensDock::toggleRow(ConversationModel *messages, int row)
{
    if (messages && messages != m_messages)
        follow(messages);
    toggleRow(row);
}

QString TokensDock::detailText() const
{
    return m_detail->text();
}

void TokensDock::toggleRow(int row)
{
    if (isVisible() && row == m_row) {
        hide();
        return;
    }
    showRow(row);
}

void TokensDock::showRow(int row)
{
    if (!m_messages || row < 0 || row >= m_messages->rowCount())
        return;
    const MessageRecord &record = m_messages->record(row);
    const QList<TokenProbability> tokens = TokenProbability::listFrom(record.logprobs);
    m_row = row;
    m_view->setTokens(tokens, record.model);
    m_detail->clear();
    const int low = m_view->lowConfidenceCount();
    const int threshold = int(TokenView::LowConfidence * 100);
    m_summary->setText(
        tokens.size() == 1
            ? tr("1 token; %1 below %2% probability (outlined).").arg(low).arg(threshold)
            : tr("%1 tokens; %2 below %3% probability (outlined).")
                  .arg(tokens.size())
                  .arg(low)
                  .arg(threshold));
    show();
    raise();
    m_view->setFocus(Qt::OtherFocusReason);
}

} // namespace Lineup
