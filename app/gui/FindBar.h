#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Lineup {

class ChatView;

// Ctrl+F: a slim bar above the composer that drives the chat view's find. Enter finds the next
// match, Shift+Enter the previous one, Esc closes the bar.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(ChatView *view, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    void activate(const QString &text = {});
    // Searches another view from now on (a comparison's focused pane); nullptr: the first one.
    void setView(ChatView *view);
    void findNext();
    void findPrevious();
    void close();

Q_SIGNALS:
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextChanged(const QString &text);
    void showResult(bool found);

    ChatView *m_home;          // the window's chat view, which outlives the bar
    QPointer<ChatView> m_view; // a pane's view may go first
    ChatView *view() const { return m_view ? m_view.data() : m_home; }
    QLineEdit *m_field;
    QLabel *m_status;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
};

} // namespace Lineup
