#pragma once

#include "chat/ChatMessage.h"

#include <QJsonValue>
#include <QSize>

namespace Lineup::TokenEstimate {

// Rough token counts for when the service reports none, and for the composer's preview. Always
// shown as estimates. Text: one token per 4 characters (rounded up), except that each Chinese,
// Japanese or Korean character counts as one token. Each message adds 4 tokens of framing and
// a request 3 more for the answer's priming, as OpenAI's chat format does.
qint64 textTokens(QStringView text);

// OpenAI's published rule for image input: `low` costs 85 tokens; `high` (and `auto`, counted
// as high so the estimate is never low) scales the image to fit 2048×2048, then so its shortest
// side is 768 px (never enlarging), and costs 170 per 512-px tile plus 85.
qint64 imageTokens(QSize size, QStringView detail);
// Width and height from a PNG, JPEG, GIF or WebP header; invalid when unreadable.
QSize imageSize(const QByteArray &data);
// An image whose size is unknown (a remote URL) counts as 1024×1024.
qint64 imageTokens(const ContentPart &part);

qint64 messageTokens(const ChatMessage &message);
// Tokens of the answer itself: text, reasoning, refusal and tool-call arguments.
qint64 completionTokens(const ChatMessage &answer);
// A whole request: every message plus the tools and response_format sent with it.
qint64 promptTokens(const QList<ChatMessage> &messages, const QJsonValue &tools = {},
                    const QJsonValue &responseFormat = {});

} // namespace Lineup::TokenEstimate
