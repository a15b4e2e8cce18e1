#pragma once

#include <QString>

namespace Lineup {

constexpr int ConversationTitleMaxLength = 60;

// The title a conversation gets from its first prompt: the first non-empty line, whitespace
// simplified, cut at a word to about ConversationTitleMaxLength characters. Lives outside the
// store so that import parsing (and its fuzzer) can name conversations without QtSql.
QString conversationTitleFromPrompt(const QString &prompt);

} // namespace Lineup
