#pragma once

#include <QDockWidget>
#include <QPointer>

class QLabel;
class QMainWindow;

namespace Lineup {

class ConversationModel;
class TokenView;

// The dock the chat view's "Tokens" message action toggles: that answer as its tokens, shaded by
// probability (TokenView). Follows the conversation: emptied when another one opens.
class TokensDock : public QDockWidget
{
    Q_OBJECT
public:
    // Docks itself, hidden, below the conversation of `window`.
    TokensDock(ConversationModel *messages, QMainWindow *window);

    // Shows the answer in `row`, or hides the dock when it already shows that one.
    void toggleRow(int row);
    // The same for the answers of another conversation model (a comparison pane's).
    void toggleRow(ConversationModel *messages, int row);
    void showRow(int row);
    int shownRow() const { return m_row; }
    TokenView *view() const { return m_view; }
    QString detailText() const;

private:
    void follow(ConversationModel *messages);

    QPointer<ConversationModel> m_messages;
    TokenView *m_view;
    QLabel *m_summary;
    QLabel *m_detail; // the current token and its alternatives
    int m_row = -1;
};

} // namespace Lineup
