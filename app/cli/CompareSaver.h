#pragma once

#include "CliCommon.h"

#include "comparison/Comparison.h"

#include <QJsonObject>

#include <memory>
#include <vector>

namespace Lineup {
class ChatRecorder;
class ChatStream;
class ConversationStore;
class PriceBook;
} // namespace Lineup

namespace Lineup::Cli {

// `compare --save`: stores the comparison (its shared settings, one pane per model) in the
// history the app shows, then records each pane's exchange with its own ChatRecorder, so every
// answer is checkpointed while it streams as `chat --save` does.
class CompareSaver
{
public:
    // What one pane sends: its request body, profile (empty with --base-url), overrides.
    struct PaneRequest
    {
        QJsonObject body;
        QString profileId;
        PaneOverrides overrides;
        const PriceBook *prices = nullptr; // not owned; may be null
    };

    CompareSaver();
    ~CompareSaver();

    // Opens the store (dataDir empty: the app's). Returns ExitSuccess or the printed failure's.
    int open(const QString &dataDir, Console &console);
    // Stores the comparison titled after the prompt, with `shared` settings (system prompt and
    // parameters every pane starts from) and the panes in order, and records the user turn and
    // a 'streaming' answer in each. Returns ExitSuccess or ExitFailure (printed).
    int begin(const ConversationInfo &shared, const QList<PaneRequest> &panes, Console &console);
    // Pane i's answer is checkpointed as `stream` runs.
    void follow(int pane, ChatStream *stream);
    // Makes sure every final state is written. Returns ExitSuccess or ExitFailure (printed).
    int finish(const QList<const ChatStream *> &streams, Console &console);

    qint64 comparisonId() const { return m_comparisonId; }
    qint64 paneConversationId(int pane) const;

private:
    std::unique_ptr<ConversationStore> m_store;
    std::vector<std::unique_ptr<ChatRecorder>> m_recorders;
    QList<qint64> m_paneIds;
    qint64 m_comparisonId = 0;
};

} // namespace Lineup::Cli
