#pragma once

#include "CliCommon.h"

namespace Lineup::Cli {

// `lineup-cli votes list|export|import`: the blind arena's votes in the history database, as
// JSON lines (arena/VoteCodec.h).
int runVotesCommand(const QStringList &arguments, Console &console);
// `lineup-cli leaderboard`: the Bradley-Terry ranking of the votes (arena/Leaderboard.h), the
// same numbers as the app's leaderboard window.
int runLeaderboardCommand(const QStringList &arguments, Console &console);

} // namespace Lineup::Cli
