#include "panels/PromptPanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace Lineup {

PromptPanel::PromptPanel(QWidget *parent)
    : QWidget(parent)
    , m_role(new QComboBox(this))
    , m_editor(new QPlainTextEdit(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("promptPanel"));
    m_role->setObjectName(QStringLiteral("promptRole"));
    m_role->addItem(tr("System"), int(Role::System));
    m_role->addItem(tr("Developer"), int(Role::Developer));
    m_role->setAccessibleName(tr("Instruction role"));
    m_role->setToolTip(tr("System works with every model. Developer replaces system on o1 and "
                          "newer OpenAI models; older models treat it as system."));

    auto *roleLabel = new QLabel(tr("&Role:"), this);
    roleLabel->setBuddy(m_role);

    m_editor->setObjectName(QStringLiteral("promptEditor"));
    m_editor->setPlaceholderText(tr("Instructions sent before the conversation, e.g. \"You are a "
                                    "concise assistant.\""));
    m_editor->setAccessibleName(tr("System prompt"));
    m_editor->setToolTip(tr("Sent as the first message of every request in this conversation; "
                            "leave empty to send none"));
    m_editor->setTabChangesFocus(true);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);

    auto *top = new QHBoxLayout;
    top->addWidget(roleLabel);
    top->addWidget(m_role, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_editor, 1);

    connect(m_debounce, &QTimer::timeout, this, &PromptPanel::emitNow);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_debounce->start();
    });
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            emitNow();
    });
}

void PromptPanel::setPrompt(const QString &text, Role role)
{
    m_debounce->stop(); // a pending edit belonged to the previous conversation: flush() first
    m_updating = true;
    if (m_editor->toPlainText() != text)
        m_editor->setPlainText(text);
    m_role->setCurrentIndex(role == Role::Developer ? 1 : 0);
    m_updating = false;
}

QString PromptPanel::prompt() const
{
    return m_editor->toPlainText();
}

Role PromptPanel::role() const
{
    return m_role->currentIndex() == 1 ? Role::Developer : Role::System;
}

void PromptPanel::setDebounceInterval(int ms)
{
    m_debounce->setInterval(ms);
}

void PromptPanel::flush()
{
    if (m_debounce->isActive())
        emitNow();
}

void PromptPanel::emitNow()
{
    m_debounce->stop();
    Q_EMIT promptChanged(prompt(), role());
}

} // namespace Lineup
