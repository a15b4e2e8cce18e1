#pragma once

#include "CliCommon.h"

namespace Lineup::Cli {

// `lineup-cli profiles list|add|remove|set-default`: the same profiles the app shows.
int runProfilesCommand(const QStringList &arguments, Console &console);

} // namespace Lineup::Cli
