#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace Lineup {

class ChatRecorder;
class ChatSession;
class ChatStream;
class ComparisonSession;
class ConversationStore;
struct Comparison;

// Keeps the open comparison (a ComparisonSession) and the store in step, as
// ConversationController does for one chat: the comparison and its panes are written at the
// first send, each pane's exchange through its own ChatRecorder (the answer checkpointed while it
// streams), and pane additions, removals, model and override changes as they happen. Opening a
// stored comparison loads its panes with their messages exactly as they were.
class ComparisonController : public QObject
{
    Q_OBJECT
public:
    ComparisonController(ComparisonSession *session, ConversationStore *store,
                         QObject *parent = nullptr);
    ~ComparisonController() override;

    qint64 comparisonId() const { return m_comparisonId; }
    QList<qint64> paneConversationIds() const { return m_paneIds; }

    // Loads a stored comparison into the session. False if there is none with that id.
    bool open(qint64 id);
    // A new, unsaved comparison with these panes and shared settings.
    void startNew(const Comparison &comparison);
    void flush(); // pending checkpoints now (window closing)

Q_SIGNALS:
    void comparisonCreated(qint64 id); // written for the first time: it now is in the list
    void storageFailed(const QString &message);

private:
    bool createStored(int firstIndex, int row);
    void onPaneRequestStarted(int index, int row, ChatStream *stream);
    void onPaneAdded(int index);
    void onPaneRemoved(int index);
    void onPaneSettingsChanged(int index);
    void onSharedChanged();
    void wirePanes();

    ComparisonSession *m_session;
    ConversationStore *m_store;
    qint64 m_comparisonId = 0;
    bool m_loading = false;  // load() replaces the panes: nothing to write
    QList<qint64> m_paneIds; // by position, mirrors the session's panes once stored
    QList<QPointer<ChatRecorder>> m_recorders;
    QList<QPointer<ChatSession>> m_wired;
};

} // namespace Lineup
