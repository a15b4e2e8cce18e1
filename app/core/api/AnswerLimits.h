#pragma once

#include <QtGlobal>

namespace Lineup::AnswerLimits {

// Bounds on what a service may make Lineup hold for one answer. Each is far above any real
// answer (the largest models answer well under 1 M tokens, about 4 MB of text) and exists so a
// buggy or hostile service cannot make memory or time grow with a number it chose. Crossing one
// ends the answer with ApiError::Kind::LimitExceeded naming the bound; what arrived is kept.
// Documented in the README ("Limits").

// The API allows n <= 128, so choice indexes are 0..127.
inline constexpr int MaxChoices = 128;
// Tool calls in one choice, and the largest tool-call index accepted.
inline constexpr int MaxToolCalls = 1024;
// One server-sent event (all its data: lines together).
inline constexpr qsizetype MaxEventBytes = 16 * 1024 * 1024;
// A whole non-streaming answer body.
inline constexpr qsizetype MaxBodyBytes = 64 * 1024 * 1024;
// Text of one choice: content, reasoning and refusal together (UTF-16 code units).
inline constexpr qsizetype MaxAnswerChars = 32 * 1024 * 1024;
// Arguments of one tool call (UTF-16 code units).
inline constexpr qsizetype MaxToolArgumentsChars = 8 * 1024 * 1024;
// Nesting of arrays and objects in one JSON document from the service.
inline constexpr int MaxJsonDepth = 64;

// True when `json` nests arrays/objects deeper than maxDepth (strings are skipped correctly).
// Linear in the size, no allocation.
bool jsonNestsDeeperThan(const char *json, qsizetype size, int maxDepth);

} // namespace Lineup::AnswerLimits
