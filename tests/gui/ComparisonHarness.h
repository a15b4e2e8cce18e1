#pragma once

// The window with a comparison open, against the local FakeServer answering each model from its
// own script (FakeServer::enqueueForModel), for the comparison suites.
#include "MainWindowHarness.h"
#include "comparison/ComparisonController.h"
#include "comparison/ComparisonSession.h"
#include "comparison/ComparisonView.h"
#include "comparison/ComparisonWorkspace.h"
#include "comparison/PaneWidget.h"

#include <QJsonDocument>

namespace Lineup::Test {

// An SSE answer from `model`: the pieces, then a finish and a usage chunk.
inline FakeResponse modelAnswer(const QString &model, const QStringList &pieces, int delayMs = 0,
                                qint64 promptTokens = 10, qint64 completionTokens = 0)
{
    QList<QByteArray> events;
    for (const QString &piece : pieces)
        events.append(
            TestChunks::delta({{QStringLiteral("content"), piece}}, QJsonValue::Null, model));
    events.append(TestChunks::delta({}, QStringLiteral("stop"), model));
    const QJsonObject usage{
        {QStringLiteral("prompt_tokens"), promptTokens},
        {QStringLiteral("completion_tokens"),
         completionTokens > 0 ? completionTokens : qint64(pieces.size())},
        {QStringLiteral("total_tokens"),
         promptTokens + (completionTokens > 0 ? completionTokens : qint64(pieces.size()))}};
    const QJsonObject last{{QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
                           {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                           {QStringLiteral("model"), model},
                           {QStringLiteral("choices"), QJsonArray{}},
                           {QStringLiteral("usage"), usage}};
    events.append(QJsonDocument(last).toJson(QJsonDocument::Compact));
    return FakeResponse::sse(events, delayMs);
}

class ComparisonHarness : public MainWindowHarness
{
protected:
    ComparisonWorkspace *workspace() const { return m_window->comparison(); }
    ComparisonSession *comparisonSession() const { return workspace()->session(); }
    ComparisonView *view() const { return workspace()->view(); }
    ChatSession *pane(int index) const { return comparisonSession()->pane(index); }

    void startComparison(const QStringList &models)
    {
        m_window->newComparison(models);
        QVERIFY(m_window->isComparing());
        QCOMPARE(comparisonSession()->paneCount(), int(models.size()));
    }

    // The composer's send, as the user does it.
    void sendToAll(const QString &text) { typeAndSend(text); }

    bool waitAllIdle(int timeoutMs = 8000)
    {
        QElapsedTimer timer;
        timer.start();
        while (workspace()->isBusy() && timer.elapsed() < timeoutMs)
            QTest::qWait(10);
        return !workspace()->isBusy();
    }

    const MessageRecord &lastRecord(int index) const
    {
        const ConversationModel *messages = pane(index)->messages();
        return messages->record(messages->rowCount() - 1);
    }

    QList<FakeRequest> requestsFor(const QString &model) const
    {
        QList<FakeRequest> result;
        for (const FakeRequest &request : chatRequests()) {
            if (request.json().value(QStringLiteral("model")).toString() == model)
                result.append(request);
        }
        return result;
    }
};

} // namespace Lineup::Test
