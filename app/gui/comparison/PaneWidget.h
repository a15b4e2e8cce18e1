#pragma once

#include "ElidedLabel.h"
#include "comparison/Comparison.h"
#include "comparison/PaneFigures.h"

#include <QElapsedTimer>
#include <QFrame>
#include <QPointer>

class QLabel;
class QTimer;
class QToolButton;

namespace Lineup {

class ChatSession;
class ChatView;
class ModelMenu;

// One pane of the comparison view: a header (the model and its service, what the pane sets
// differently from the shared settings, stop / regenerate / retry / maximise / remove and a
// menu), the live figures of its latest answer, and a ChatView on the pane's messages. A failed
// pane shows its error in its own view. Reports what the user asks for; the view acts on it.
class PaneWidget : public QFrame
{
    Q_OBJECT
public:
    PaneWidget(ChatSession *session, ModelMenu *modelMenu, QWidget *parent = nullptr);
    ~PaneWidget() override;

    ChatSession *session() const; // null once the comparison dropped the pane
    ChatView *chatView() const { return m_view; }
    QToolButton *modelButton() const { return m_modelButton; }
    QLabel *overridesLabel() const { return m_overrides; }
    QLabel *figuresLabel() const { return m_figures; }
    QToolButton *button(const QString &objectName) const; // "stopPaneButton", ...

    // Header text from the pane's settings compared with the shared ones.
    void showSettings(const QString &profileName, const ConversationInfo &shared,
                      const ComparisonPane &pane);
    void setNumber(int number); // 1-based, shown before the model
    void setFocusedPane(bool focused);
    void setMaximised(bool maximised);
    void setRemovable(bool removable);
    // A blind round: the pane is only `label` ("Model A") until the vote: no model, service,
    // settings or figures in its header, tooltips, accessible names or answers, no model menu.
    // Empty: shown as usual again (showSettings() refills the header).
    void setBlindLabel(const QString &label);
    QString blindLabel() const { return m_blindLabel; }
    // The figures of the latest answer (also live while it streams).
    PaneFigures figures() const;
    int lastAnswerRow() const; // -1 without an answer

Q_SIGNALS:
    void activated(); // clicked or focused: the panels then edit this pane
    void stopRequested();
    void regenerateRequested();
    void retryRequested();
    void removeRequested();
    void maximiseToggled();
    void continueRequested();
    void copyCurlRequested();
    void figuresChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QToolButton *addButton(const QString &icon, const QString &name, const QString &tip);
    void updateFigures();
    void updateButtons();

    // The comparison owns the session and may drop it (loading another comparison) before this
    // widget goes: a stale widget must never match a new session at the same address.
    QPointer<ChatSession> m_session;
    ChatView *m_view;
    QLabel *m_number;
    QToolButton *m_modelButton;
    ElidedLabel *m_overrides;
    QLabel *m_figures;
    QWidget *m_header;
    QToolButton *m_stop;
    QToolButton *m_regenerate;
    QToolButton *m_retry;
    QToolButton *m_maximise;
    QToolButton *m_remove;
    QToolButton *m_more;
    ModelMenu *m_modelMenu;
    QString m_blindLabel;
    QTimer *m_figuresTimer;
    QElapsedTimer m_requestClock; // since the streaming answer was asked for
    bool m_focused = false;
};

} // namespace Lineup
