#pragma once

#include <QString>

namespace Lineup {

// JSON as text, as an answer arrived: offsets into it and a re-indented copy. Unlike a round
// trip through QJsonDocument (which sorts object keys and rewrites numbers), nothing but
// whitespace ever changes, so what a reader sees in the pretty view is what the model wrote.
namespace JsonText {

// [start, end) in UTF-16 code units of a QString; empty (-1, -1) when nothing was found.
struct Range
{
    int start = -1;
    int end = -1;
    bool isEmpty() const { return start < 0 || end <= start; }
    friend bool operator==(const Range &, const Range &) = default;
};

// The part of `json` that the JSON pointer (RFC 6901, "" for the whole value) names: an object
// member from its key to the end of its value, an array element or the root value. A pointer that
// leaves the value (a missing property, an index past the end) gives the deepest value on its
// way, which is where a schema reports what is missing. Empty when `json` holds no value.
Range pointerRange(const QString &json, const QString &pointer);

// `json` re-indented (two spaces, one member or element per line, "key": value); the tokens and
// their order are kept exactly. Returns `json` unchanged when it is not one JSON value.
QString indented(const QString &json);

} // namespace JsonText

} // namespace Lineup
