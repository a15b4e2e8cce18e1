#pragma once

// Sample records and checks shared by the storage suites (tst_storage, tst_exportimport, ...).

#include "chat/MessageRecord.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Lineup::Test {

// A key that must never appear in any file a test run writes.
inline constexpr char LeakCanaryKey[] = "sk-lineup-test-LEAKCANARY-5f2e8b1c9d";

// A valid 1x1 PNG.
QByteArray tinyPng();
// A user turn with text and (optionally) an embedded image.
MessageRecord sampleUserTurn(const QString &text, bool withImage = false);
// An assistant answer with every stored field set: reasoning, refusal, tool calls, usage with
// cached/reasoning tokens, timings, finish reason, status, error, parameters, alternatives.
MessageRecord sampleAssistant(const QString &text);
// A tool result answering `toolCallId`.
MessageRecord sampleToolResult(const QString &toolCallId, const QString &text);
ConversationInfo sampleConversation(const QString &title = {});

// Every regular file below `dir` (recursively, hidden ones too) whose bytes contain `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle);

} // namespace Lineup::Test
