#pragma once

#include "chat/ChatMessage.h"

#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QTimer;

namespace Lineup {

// The conversation's system (or developer) message. The window keeps it per conversation: it
// calls setPrompt when a conversation opens and stores what promptChanged reports.
class PromptPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PromptPanel(QWidget *parent = nullptr);

    // Role::System or Role::Developer (anything else is treated as System). Emits nothing.
    void setPrompt(const QString &text, Role role = Role::System);
    QString prompt() const;
    Role role() const;

    // Typing is reported after this pause (default 400 ms); role changes are reported at once.
    void setDebounceInterval(int ms);
    // Reports a pending change now (call before switching conversation).
    void flush();

    QComboBox *roleCombo() const { return m_role; }
    QPlainTextEdit *editor() const { return m_editor; }

Q_SIGNALS:
    void promptChanged(const QString &text, Lineup::Role role);

private:
    void emitNow();

    QComboBox *m_role;
    QPlainTextEdit *m_editor;
    QTimer *m_debounce;
    bool m_updating = false;
};

} // namespace Lineup
