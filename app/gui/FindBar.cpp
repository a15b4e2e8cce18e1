#include "FindBar.h"

#include "Icons.h"
#include "chatview/ChatView.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace Lineup {

FindBar::FindBar(ChatView *view, QWidget *parent)
    : QWidget(parent)
    , m_home(view)
    , m_view(view)
    , m_field(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("findBar"));
    setAccessibleName(tr("Find in conversation"));

    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find in conversation"));
    Icons::addClearAction(m_field);
    m_field->setAccessibleName(tr("Find text"));
    m_field->setToolTip(
        tr("Text to find in this conversation (Enter: next, Shift+Enter: previous)"));
    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::textChanged, this, &FindBar::onTextChanged);

    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setAccessibleName(tr("Find result"));
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(tr("No matches")) + 8);

    const auto setUp = [](QToolButton *button, const QString &icon, const QString &name,
                          const QString &tip) {
        button->setIcon(Icons::themed(icon));
        button->setAutoRaise(true);
        button->setAccessibleName(name);
        button->setToolTip(tip);
    };
    setUp(m_previous, QStringLiteral("arrow-up"), tr("Previous match"),
          tr("Previous match (Shift+Enter)"));
    setUp(m_next, QStringLiteral("arrow-down"), tr("Next match"), tr("Next match (Enter)"));
    setUp(m_close, QStringLiteral("close"), tr("Close find bar"), tr("Close (Esc)"));
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 0);
    layout->setSpacing(4);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);
    setVisible(false);
}

void FindBar::activate(const QString &text)
{
    setVisible(true);
    if (!text.isEmpty())
        m_field->setText(text);
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::onTextChanged(const QString &text)
{
    view()->setFindText(text);
    if (text.isEmpty()) {
        m_status->clear();
        return;
    }
    showResult(view()->findNext());
}

void FindBar::findNext()
{
    if (!m_field->text().isEmpty())
        showResult(view()->findNext());
}

void FindBar::findPrevious()
{
    if (!m_field->text().isEmpty())
        showResult(view()->findPrevious());
}

void FindBar::showResult(bool found)
{
    m_status->setText(found ? QString() : tr("No matches"));
}

void FindBar::setView(ChatView *other)
{
    ChatView *next = other ? other : m_home;
    if (next == view())
        return;
    view()->setFindText(QString());
    m_view = next;
    if (isVisible() && !m_field->text().isEmpty())
        onTextChanged(m_field->text());
}

void FindBar::close()
{
    view()->setFindText(QString());
    setVisible(false);
    Q_EMIT closed();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Lineup
