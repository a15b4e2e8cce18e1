#pragma once

#include "arena/Vote.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Lineup {

// Votes as JSON lines (`lineup-cli votes export/import`), one object per line:
//   {"model_a":"…","model_b":"…","winner":"a"|"b"|"tie"|"both_bad","tag":"…","time":"ISO 8601"}
// `tag` and `time` are optional. Beyond that shape, and only when they say something:
//   "model_c".."model_h"   further panes, in order (a round of more than two panes);
//                           "winner" may then name any pane letter (the best pick);
//   "order": ["c","a","b"] every pane once, best first ("winner" is its first letter);
//   "profile_a".."profile_h" the profile a pane's model was asked through;
//   "prompt": "…"; "identity_flag": true (the identity guard flagged an answer);
//   "counted": false (left out of the leaderboard).
// The comparison id is local to one database and is not written.
namespace VoteCodec {

QByteArray toJsonLine(const Vote &vote); // without the newline
// Null when the line is not a vote; *reason then says why.
std::optional<Vote> fromJsonLine(QByteArrayView line, QString *reason);

QByteArray toJsonLines(const QList<Vote> &votes); // one line each, newline-terminated

struct LineError
{
    int line = 0; // 1-based
    QString reason;
};

struct ParseResult
{
    QList<Vote> votes;
    QList<LineError> errors; // every bad line; votes are to be used only when this is empty

    bool ok() const { return errors.isEmpty(); }
};

// Checks every line (blank lines are skipped).
ParseResult fromJsonLines(const QByteArray &data);

} // namespace VoteCodec
} // namespace Lineup
