#pragma once

#include "chat/ConversationTitle.h"
#include "chat/MessageRecord.h"
#include "comparison/Comparison.h"
#include "storage/MessageSource.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QThreadPool>

#include <atomic>

#include <functional>
#include <memory>
#include <optional>

namespace Lineup {

// One full-text search result. `snippet` is plain text; `highlights` are the matched ranges in
// it (offset, length), so a view can style them however it likes. markedSnippet() inserts markers.
struct SearchHit
{
    qint64 conversationId = 0;     // top level: a conversation, or the comparison of a pane
    qint64 paneConversationId = 0; // the pane's conversation when the hit is in a comparison
    qint64 messageId = 0;
    QString title; // of the conversation
    Role role = Role::User;
    QString snippet; // a short excerpt around the match, "…" where text was cut
    QList<QPair<int, int>> highlights;
    QDateTime createdAt; // of the message

    QString markedSnippet(const QString &open, const QString &close) const;
};

// The conversation history in one SQLite file (`lineup.sqlite` in the data directory).
//
// Threading: every thread that uses the store gets its own named QtSql connection, opened on
// first use, so the store may be used from a worker thread too. The GUI and the CLI use it from
// the main thread: writes are single small transactions in WAL mode with synchronous=NORMAL,
// which costs well under a millisecond per checkpoint (see tests/bench/bench_storage.cpp) and is
// durable against a killed process (only a power cut may lose the last transactions). Streaming
// answers are never written per token: ChatRecorder checkpoints at most every 500 ms. SQLite's
// automatic WAL checkpoint (copying the log into the database, with an fsync, up to tens of ms)
// is turned off; a background thread with its own connection runs it every few commits instead.
//
// Deleting a conversation is a soft delete so the GUI can undo it (restoreConversation);
// purgeDeleted() removes deleted conversations for good (the GUI calls it when it quits), and
// open() purges leftovers deleted more than an hour ago.
class ConversationStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 8;
    static constexpr int TitleMaxLength = ConversationTitleMaxLength;

    // Creates dataDir and lineup.sqlite as needed, sets WAL, foreign keys and a busy timeout,
    // migrates older schemas, marks answers left 'streaming' by a crash as 'interrupted' and
    // purges conversations soft-deleted in an earlier session. Returns nullptr and sets *error.
    static std::unique_ptr<ConversationStore> open(const QString &dataDir, QString *error);
    // LINEUP_DATA_DIR when set, else QStandardPaths::AppDataLocation.
    static QString defaultDataDir();
    static QString databaseFileName() { return QStringLiteral("lineup.sqlite"); }
    // First non-empty line of a prompt, whitespace simplified, cut at a word to ~60 chars.
    static QString titleFromPrompt(const QString &prompt);

    ~ConversationStore() override;

    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    QString lastError() const;

    // --- conversations ---------------------------------------------------------------------
    // Not deleted ones, pinned first, then most recently updated first; messageCount filled in.
    QList<ConversationInfo> conversations() const;
    std::optional<ConversationInfo> conversation(qint64 id) const;
    // Returns the new id (0 on failure). createdAt/updatedAt default to now.
    qint64 createConversation(const ConversationInfo &info);
    // Title, system prompt/role, profile, model, parameters, pinned. Touches updatedAt unless only
    // `pinned` changed.
    bool updateConversation(const ConversationInfo &info);
    bool renameConversation(qint64 id, const QString &title);
    bool setPinned(qint64 id, bool pinned);
    // Soft delete: hidden from every listing and search until restored or purged.
    bool deleteConversation(qint64 id);
    bool restoreConversation(qint64 id);
    // Removes conversations soft-deleted before `deletedBefore` (all when invalid) and the
    // attachments nothing refers to any more. The GUI calls it when it quits.
    bool purgeDeleted(const QDateTime &deletedBefore = {});
    // Deletes at once, without undo (the CLI).
    bool deleteConversationPermanently(qint64 id);

    // --- comparisons (comparison/Comparison.h) ------------------------------------------------
    // conversations() lists comparisons among conversations (kind Comparison, paneCount set) and
    // never lists their panes; rename, pin, delete, restore and purge of a comparison act on its
    // panes too, and a pane's new message touches the comparison's updatedAt.
    // Writes the comparison row and its 2-8 panes in one transaction; returns the comparison id
    // and fills in what was stored (comparison.shared with its id and kind, each pane's
    // conversation as effectiveSettings() with its id, positions 0..n-1), 0 on failure.
    // A pane's title and pin are its comparison's. createConversation() keeps kind and
    // comparisonId too, so an import can write a pane with its messages (insertConversation)
    // and then its position and overrides (updatePane).
    qint64 createComparison(Comparison &comparison);
    // With its panes by position (messages not loaded: messages(pane id)).
    std::optional<Comparison> comparison(qint64 id) const;
    // Shared settings (title, prompt, parameters, pinned) of the comparison row.
    bool updateComparison(const ConversationInfo &shared);
    // Adds a pane (its conversation row) after the last one of a stored comparison (up to
    // Comparison::MaxPanes); returns its conversation id, 0 on failure.
    qint64 addPane(qint64 comparisonId, const ComparisonPane &pane);
    // Position, overrides, profile and model of the pane (by pane.conversation.id); the other
    // settings are derived from the shared ones (effectiveSettings). Touches the comparison.
    bool updatePane(const ComparisonPane &pane);
    // "Continue with this model": a new ordinary conversation with the pane's settings (what it
    // sends), the comparison's title and a copy of the pane's messages; the comparison stays as
    // it is. Returns the new conversation's id, 0 on failure.
    qint64 continuePaneAsConversation(qint64 paneConversationId);
    // Deletes the pane's conversation for good (the comparison keeps at least two); the others
    // are numbered 0..n-1 again.
    bool removePane(qint64 paneConversationId);
    // Marks a comparison as a blind round's, unvoted or voted (BlindState); does not touch it.
    bool setBlindState(qint64 comparisonId, BlindState state);
    // The conversation is an unvoted blind comparison, or one of its panes: nothing may show or
    // export its models until the vote.
    bool hidesModels(qint64 id) const;

    // --- messages ----------------------------------------------------------------------------
    // In conversation order, with image bytes loaded.
    QList<MessageRecord> messages(qint64 conversationId) const;
    std::optional<MessageRecord> message(qint64 messageId) const;
    // Returns the new id (0 on failure). An empty conversation title is set from the first user
    // message. Touches the conversation's updatedAt.
    qint64 appendMessage(qint64 conversationId, const MessageRecord &record);
    // Rewrites the message with record.id in one transaction (a streaming checkpoint).
    bool updateMessage(const MessageRecord &record);
    bool deleteMessage(qint64 messageId);
    // Deletes firstMessageId and every later message of the conversation (edit / regenerate).
    bool deleteMessagesFrom(qint64 conversationId, qint64 firstMessageId);
    // Conversation id of a message, 0 when unknown.
    qint64 conversationOf(qint64 messageId) const;

    // --- search ------------------------------------------------------------------------------
    // FTS5 over message text and reasoning. Every word of `query` must match (as a prefix);
    // quotes and operators are taken literally. A word in Chinese, Japanese or Korean script
    // matches anywhere in the text (a scan, stopping at `limit`). Newest messages first.
    QList<SearchHit> search(const QString &query, int limit = 50) const;

    // --- whole-store operations (import) ------------------------------------------------------
    // Runs `work` in one transaction: committed when it returns true, else rolled back.
    bool inTransaction(const std::function<bool()> &work);
    // Writes a conversation with its messages (ids ignored); an empty title comes from the first
    // prompt. Meant for use inside inTransaction.
    qint64 insertConversationWithMessages(const ConversationInfo &info,
                                          const QList<MessageRecord> &messages);
    // The same with messages read on the way (an import converting its JSON while the rows are
    // written). A message the source cannot read fails the insert with the source's message.
    qint64 insertConversation(const ConversationInfo &info, MessageSource source);
    // Titles in use (including deleted ones), to keep imported copies distinguishable.
    QStringList allTitles() const;

    // The connection of the calling thread (opened on first use). For tests and diagnostics.
    QSqlDatabase database() const;
    // A statement on the calling thread's connection, prepared once and reused (sqlite would
    // otherwise re-parse the insert and its FTS triggers for every message). Storage internals.
    QSqlQuery &preparedQuery(const QString &sql) const;

Q_SIGNALS:
    void conversationsChanged();
    void messagesChanged(qint64 conversationId);

private:
    explicit ConversationStore(const QString &dataDir);
    bool initialize(QString *error);
    void setError(const QString &error) const;
    // Touches the conversation and, for a pane, its comparison.
    bool touchConversation(qint64 conversationId);
    qint64 insertConversationRow(const ConversationInfo &info, int panePosition,
                                 const PaneOverrides &overrides);
    // Writes a pane's row: the effective settings of `shared` with its overrides, the
    // comparison's title and pin, its position.
    bool writePane(const ConversationInfo &shared, const ComparisonPane &pane);
    // Derives every pane's row from the comparison's shared settings again.
    bool syncPanes(qint64 comparisonId);
    // Numbers the panes 0..n-1 in their order.
    bool renumberPanes(qint64 comparisonId);
    bool removeOrphanAttachments();
    // Counts commits; every few, copies the WAL into the database on a background thread.
    void noteWrite();

    QString m_dataDir;
    QString m_connectionPrefix;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
    mutable QString m_lastError;
    mutable QHash<QString, QSqlQuery *> m_prepared; // by thread id + SQL
    QThreadPool m_background;                       // one thread: WAL checkpoints
    std::atomic_bool m_checkpointRunning{false};
    int m_writesSinceCheckpoint = 0;
};

} // namespace Lineup
