#pragma once

// Builders for chat.completion.chunk payloads, shared by the suites that script a FakeServer.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Lineup::TestChunks {

// One streamed chunk for choice 0 carrying `delta`, as compact JSON (an SSE event's data).
inline QByteArray delta(const QJsonObject &delta, const QJsonValue &finishReason,
                        const QString &model)
{
    const QJsonObject choice{{QStringLiteral("index"), 0},
                             {QStringLiteral("delta"), delta},
                             {QStringLiteral("finish_reason"), finishReason}};
    const QJsonObject object{{QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
                             {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                             {QStringLiteral("model"), model},
                             {QStringLiteral("choices"), QJsonArray{choice}}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace Lineup::TestChunks
