#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace Lineup {

class ConversationStore;

// The left column: the stored conversations (pinned first, newest next) and a full-text search
// over all of them. Renames and pins go straight to the store; deletes are soft until the
// undo bar goes away.
class ConversationListPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int UndoWindowMs = 10'000;

    explicit ConversationListPanel(ConversationStore *store, QWidget *parent = nullptr);

    qint64 currentConversation() const { return m_current; }
    // Marks the conversation as the open one (no signal).
    void setCurrentConversation(qint64 id);
    QListWidget *list() const { return m_list; }
    QListWidget *searchResults() const { return m_results; }
    QLineEdit *searchField() const { return m_search; }

public Q_SLOTS:
    void reload();
    void focusSearch();
    void renameConversation(qint64 id);
    void deleteConversation(qint64 id);
    void togglePinned(qint64 id);
    void undoDelete();

Q_SIGNALS:
    void conversationActivated(qint64 id);
    void newConversationRequested();
    void searchHitActivated(qint64 conversationId, qint64 messageId, const QString &query);
    // The conversation left the list (soft-deleted); the window closes it if it was open.
    void conversationDeleted(qint64 id);
    void conversationRestored(qint64 id);
    // Export asked for from the list's menu: the selected conversations (Ctrl/Shift+click).
    void exportRequested(const QList<qint64> &ids);
    // The search field was emptied: the words highlighted from a search hit go too.
    void searchCleared();

private:
    void runSearch();
    void showContextMenu(const QPoint &pos);
    void onItemChanged(QListWidgetItem *item);
    QListWidgetItem *itemFor(qint64 id) const;

    ConversationStore *m_store;
    QToolButton *m_newButton;
    QLineEdit *m_search;
    QStackedWidget *m_stack;
    QListWidget *m_list;
    QListWidget *m_results;
    QWidget *m_undoBar;
    QLabel *m_undoLabel;
    QTimer *m_undoTimer;
    QTimer *m_searchTimer;
    QTimer *m_reloadTimer;
    qint64 m_current = 0;
    qint64 m_lastDeleted = 0;
    bool m_reloading = false;
};

} // namespace Lineup
