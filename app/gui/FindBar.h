#pragma once

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

    ChatView *m_view;
    QLineEdit *m_field;
    QLabel *m_status;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
};

} // namespace Lineup
