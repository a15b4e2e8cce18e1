#include "CompareSaver.h"

#include "chat/StreamStatus.h"
#include "storage/ChatRecorder.h"
#include "storage/ConversationStore.h"

namespace Lineup::Cli {

CompareSaver::CompareSaver() = default;

CompareSaver::~CompareSaver() = default;

int CompareSaver::open(const QString &dataDir, Console &console)
{
    QString error;
    const QString dir = dataDir.isEmpty() ? ConversationStore::defaultDataDir() : dataDir;
    m_store = ConversationStore::open(dir, &error);
    if (!m_store) {
        console.error(
            LineupCli::tr("cannot open the conversation history in %1: %2").arg(dir, error));
        return ExitFailure;
    }
    return ExitSuccess;
}

qint64 CompareSaver::paneConversationId(int pane) const
{
    return pane >= 0 && pane < m_paneIds.size() ? m_paneIds.at(pane) : 0;
}

int CompareSaver::begin(const ConversationInfo &shared, const QList<PaneRequest> &panes,
                        Console &console)
{
    const MessageRecord userTurn = ChatRecorder::userTurnFromRequest(panes.first().body);
    Comparison comparison;
    comparison.shared = shared;
    comparison.shared.kind = ConversationKind::Comparison;
    if (comparison.shared.title.isEmpty())
        comparison.shared.title = ConversationStore::titleFromPrompt(userTurn.message.text());
    QList<ConversationInfo> settings;
    for (qsizetype i = 0; i < panes.size(); ++i) {
        ComparisonPane pane;
        pane.position = int(i);
        pane.overrides = panes.at(i).overrides;
        // The settings it actually sends, as the app keeps them (effectiveSettings()).
        pane.conversation =
            ChatRecorder::settingsFromRequest(panes.at(i).body, panes.at(i).profileId);
        pane.conversation.title = comparison.shared.title;
        settings.append(pane.conversation);
        comparison.panes.append(pane);
    }
    m_comparisonId = m_store->createComparison(comparison);
    if (m_comparisonId == 0) {
        console.error(LineupCli::tr("cannot save the comparison: %1").arg(m_store->lastError()));
        return ExitFailure;
    }
    for (qsizetype i = 0; i < panes.size(); ++i) {
        auto recorder = std::make_unique<ChatRecorder>(*m_store);
        recorder->setPriceBook(panes.at(i).prices);
        const qint64 paneId = comparison.panes.at(i).conversation.id;
        QString error;
        if (recorder->begin(paneId, settings.at(i), userTurn, &error) == 0) {
            console.error(LineupCli::tr("cannot save the comparison: %1").arg(error));
            return ExitFailure;
        }
        m_paneIds.append(paneId);
        m_recorders.push_back(std::move(recorder));
    }
    return ExitSuccess;
}

void CompareSaver::follow(int pane, ChatStream *stream)
{
    if (pane >= 0 && pane < int(m_recorders.size()))
        m_recorders.at(pane)->follow(stream);
}

int CompareSaver::finish(const QList<const ChatStream *> &streams, Console &console)
{
    int code = ExitSuccess;
    for (qsizetype i = 0; i < qsizetype(m_recorders.size()) && i < streams.size(); ++i) {
        ChatRecorder &recorder = *m_recorders.at(i);
        const ChatStream &stream = *streams.at(i);
        if (!recorder.isFinished())
            recorder.finish(messageStatusFor(stream.status()), stream.completion(),
                            stream.timings(), stream.error());
        if (!recorder.lastError().isEmpty()) {
            console.error(LineupCli::tr("the answer could not be saved completely: %1")
                              .arg(recorder.lastError()));
            code = ExitFailure;
        }
    }
    if (m_comparisonId != 0 && code == ExitSuccess)
        console.note(LineupCli::tr("saved as comparison %1.").arg(m_comparisonId));
    return code;
}

} // namespace Lineup::Cli
